import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const bg = `const vp = document.querySelector('.react-flow__viewport'); const d = document.createElement('div'); d.style.cssText = 'position:absolute;left:-100000px;top:-100000px;width:200000px;height:200000px;pointer-events:none;background-image:radial-gradient(circle, #b8b8c4 1.2px, transparent 1.3px);background-size:16px 16px;'; vp.prepend(d);`;
async function run(kind, css, js) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:3100/bench/${kind}?n=500`);
  await page.waitForFunction(() => window.__benchFirstRender !== undefined);
  await page.waitForTimeout(400);
  if (css) await page.addStyleTag({ content: css });
  if (js) await page.evaluate(js);
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page); await cdp.send('Performance.enable');
  const pane = await page.locator('.react-flow__pane').boundingBox(); const s = { x: pane.x + 60, y: pane.y + pane.height / 2 };
  await page.mouse.move(s.x, s.y); await page.mouse.down();
  const td = async () => (await cdp.send('Performance.getMetrics')).metrics.find(m => m.name === 'TaskDuration').value;
  const b = await td();
  await page.evaluate(`new Promise((resolve) => { let i = 0; const tick = () => { i++; document.dispatchEvent(new MouseEvent('mousemove', { clientX: ${s.x} - 2 * i, clientY: ${s.y} - i, bubbles: true, buttons: 1, view: window })); if (i < 150) requestAnimationFrame(tick); else resolve(); }; requestAnimationFrame(tick); })`);
  const a = await td(); await page.mouse.up();
  if (kind === 'editor' && js && !process.env.NOSHOT) await page.screenshot({ path: '/tmp/shots/cssbg.png' });
  await page.close();
  return (a - b) * 1000 / 150;
}
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const res = { baseline: [], editor: [], cssbg: [] };
for (let r = 0; r < 4; r++) { res.baseline.push(await run('baseline')); res.editor.push(await run('editor')); res.cssbg.push(await run('editor', '.react-flow__background{display:none}', bg)); }
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(10), med(v).toFixed(1), v.map(x => x.toFixed(1)).join(' '));
await browser.close();
