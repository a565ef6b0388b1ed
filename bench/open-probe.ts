// scratch: opening timeline
import { launchChromium, startApp } from './app-server';
const sizes = process.argv.slice(2).map(Number);
const server = await startApp(3230);
try {
  const browser = await launchChromium();
  for (const n of sizes.length ? sizes : [2000, 5000]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(`window.__name=(f)=>f;window.__t=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__t.push([Math.round(e.startTime),Math.round(e.duration)])}).observe({type:'longtask',buffered:true});`);
    const cdp = await page.context().newCDPSession(page); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval',{interval:500}); await cdp.send('Profiler.start');
    await page.goto(`${server.base}/bench/editor?fixture=network&open=unplaced&n=${n}`);
    await page.waitForFunction(() => performance.getEntriesByName('vc-reveal-end').length > 0, undefined, { timeout: 180000, polling: 50 });
    const found = await page.waitForFunction(() => {
      const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
      if (!pane) return false;
      for (const el of document.querySelectorAll('.react-flow__node')) { const r = el.getBoundingClientRect(); const x = r.x + r.width / 2, y = r.y + Math.min(r.height / 2, 4); if (r.width >= 2 && x > pane.left && x < pane.right && y > pane.top && y < pane.bottom) return { x, y }; }
      return false;
    }, undefined, { timeout: 60000, polling: 100 });
    const clickAt = await page.evaluate(() => performance.now());
    const t = (await found.jsonValue()) as { x: number; y: number };
    await page.mouse.click(t.x, t.y);
    const answered = await page.waitForFunction(() => (document.querySelector('.react-flow__node.selected, .react-flow__edge.selected') ? performance.now() : false), undefined, { timeout: 120000, polling: 'raf' }).then((h) => h.jsonValue());
    const info = await page.evaluate(() => ({ marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime), (m as PerformanceMark).detail]), tasks: (window as any).__t, nodes: document.querySelectorAll('.react-flow__node').length }));
    const calib = await page.evaluate(() => { const t = performance.now(); (window as any).__calib = function __calib() { const e = performance.now() + 30; while (performance.now() < e); }; (window as any).__calib(); return t; });
    const { profile } = await cdp.send('Profiler.stop') as any; (await import('node:fs')).writeFileSync(`/tmp/pp/open-${n}.cpuprofile`, JSON.stringify(profile));
    (await import("node:fs")).writeFileSync(`/tmp/pp/open-${n}.json`, JSON.stringify({ calib: Math.round(calib), ...info }));
    console.log(n, JSON.stringify({ calib: Math.round(calib), clickAt: Math.round(clickAt), answered: Math.round(answered as number), ...info }));
    await page.close();
  }
  await browser.close();
} finally { server.stop(); }
