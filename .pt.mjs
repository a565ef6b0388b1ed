import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function run(kind, css) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:3100/bench/${kind}?n=500`);
  await page.waitForFunction(() => window.__benchFirstRender !== undefined);
  await page.waitForTimeout(400);
  if (css) await page.addStyleTag({ content: css });
  const pane = await page.locator('.react-flow__pane').boundingBox(); const s = { x: pane.x + 60, y: pane.y + pane.height / 2 };
  await page.mouse.move(s.x, s.y); await page.mouse.down();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(`new Promise((resolve) => { let i = 0; const tick = () => { i++; document.dispatchEvent(new MouseEvent('mousemove', { clientX: ${s.x} - 2 * i, clientY: ${s.y} - i, bubbles: true, buttons: 1, view: window })); if (i < 60) requestAnimationFrame(tick); else resolve(); }; requestAnimationFrame(tick); })`);
  const buf = await browser.stopTracing(); await page.mouse.up(); await page.close();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const paints = ev.filter(e => e.name === 'Paint' && e.dur);
  const byNode = new Map(); for (const p of paints) { const k = p.args?.data?.nodeName ?? '?'; byNode.set(k, (byNode.get(k) ?? 0) + p.dur / 1000); }
  const sum = (n) => ev.filter(e => e.name === n && e.dur).reduce((x, e) => x + e.dur, 0) / 1000;
  console.log(kind, css ?? '', 'Paint', sum('Paint').toFixed(0), 'Layerize', sum('Layerize').toFixed(0), 'Commit', sum('Commit').toFixed(0), 'UpdateLayoutTree', sum('UpdateLayoutTree').toFixed(0), 'PrePaint', sum('PrePaint').toFixed(0), 'RasterTask', sum('RasterTask').toFixed(0));
  console.log('   paints by node:', [...byNode.entries()].sort((a,b)=>b[1]-a[1]).slice(0,6).map(([k,v]) => `${k} ${v.toFixed(0)}`).join(', '));
}
await run('baseline'); await run('editor'); await run('editor', '.react-flow__background{display:none}');
await browser.close();
