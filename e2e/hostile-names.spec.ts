import { HOSTILE, HOSTILE_NAME, HOSTILE_SCRIPT, text } from './documents';
import { chooseFile, downloadOf } from './files';
import { watchConsole } from './fresh-page';
import { expect, node, openEditor, test } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const INSTANCE_NAME = '"><svg onload=alert(3)>';
const EDGE_NAME = '<b onmouseover=alert(4)>peer</b>';
/** Elements or attributes that would exist only if a name had been read as markup. */
const INJECTED = 'img[src="x"], script, svg[onload], b[onmouseover], [onerror]';

test('names full of markup show as their characters in the canvas, the exports and the review page; nothing runs', async ({ page, context }) => {
  const alerts: string[] = [];
  const requests: string[] = [];
  context.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) requests.push(request.url());
  });

  await openEditor(page);
  await chooseFile(page, 'hostile.json', text(HOSTILE));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'vpc-x').locator('.vc-group-name').first()).toHaveText(HOSTILE_NAME);
  await expect(node(page, 'subnet-x').locator('.vc-group-name').first()).toHaveText(HOSTILE_SCRIPT);
  await expect(node(page, 'i-x').locator('.vc-leaf-name')).toHaveText(INSTANCE_NAME);
  await expect(page.locator('.vc-edge-name')).toHaveText(EDGE_NAME);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(HOSTILE_NAME);
  await expect(page.locator(`.vc-canvas :is(${INJECTED})`)).toHaveCount(0);

  // The SVG export carries the names as text, and no element made from them.
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('menuitem', { name: /^Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByText('SVG', { exact: true }).click();
  const svg = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export SVG' }).click());
  // The file name is made from the title, with the markup left out.
  expect(svg.name).toBe('img-src-x-onerror-alert-1.svg');
  // Parsed in a blank page: the editor's Content-Security-Policy refuses the style attributes of
  // markup parsed inside it (a console error), and the file is read elsewhere anyway.
  const blank = await page.context().newPage();
  const found = await blank.evaluate(
    ({ source, injected }) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { text: doc.documentElement.textContent ?? '', injected: doc.querySelectorAll(injected).length, error: doc.querySelector('parsererror') !== null };
    },
    { source: svg.bytes.toString('utf8'), injected: INJECTED },
  );
  await blank.close();
  expect(found.error).toBe(false);
  expect(found.injected).toBe(0);
  for (const name of [HOSTILE_NAME, HOSTILE_SCRIPT, INSTANCE_NAME, EDGE_NAME]) expect(found.text).toContain(name);

  // The PNG is drawn from the same SVG as an image, where nothing can run; it is made all the same.
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('menuitem', { name: /^Export/ }).click();
  await dialog.getByText('PNG', { exact: true }).click();
  const png = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  expect(png.bytes.length).toBeGreaterThan(1000);

  // The review page.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const [review] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Open review page' }).click()]);
  const checkReview = watchConsole(review);
  await expect(review.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_NAME);
  const matrix = review.getByRole('table', { name: 'Reachability matrix' });
  await expect(matrix.getByRole('rowheader').first()).toHaveText(HOSTILE_NAME);
  await expect(review.getByTestId('review-canvas').locator('.vc-group-name').first()).toContainText(HOSTILE_NAME);
  await expect(review.locator(`.vc-review :is(${INJECTED})`)).toHaveCount(0);
  checkReview();

  expect(alerts).toEqual([]);
  expect(requests).toEqual([]);
});
