import { encodeShareFragment } from '../model/share/share-link';
import { parseDocumentValue } from '../model/document/parse';
import { expect, test } from './helpers';

/** 2,000 VPCs in two regions, no positions: the kind of link that used to freeze the review page. */
function largeDesign() {
  const nodes: Array<Record<string, unknown>> = [
    { id: 'r-eu', kind: 'region', props: { code: 'eu-west-1' } },
    { id: 'r-us', kind: 'region', props: { code: 'us-east-1' } },
  ];
  for (let i = 0; i < 2000; i++) {
    nodes.push({ id: `v${i}`, kind: 'vpc', parent: i % 2 ? 'r-us' : 'r-eu', props: { cidrs: [`10.${i >> 8}.${i & 255}.0/24`] } });
  }
  return parseDocumentValue({ format: 'vpc-canvas', version: 2, name: 'Two thousand VPCs', nodes, connections: [] });
}

test('a review link of 2,000 VPCs opens in under 3 s, with the matrix shown one group of networks at a time', async ({ page }) => {
  const share = encodeShareFragment(largeDesign());
  if (!share.ok) throw new Error('the test design does not fit in a link');
  const started = Date.now();
  await page.goto(`/review#${share.fragment}`);
  const picker = page.getByLabel('Networks');
  await expect(picker).toBeVisible({ timeout: 10_000 });
  const elapsed = Date.now() - started;
  expect(elapsed, `opened in ${elapsed} ms`).toBeLessThan(3_000);
  await expect(page.getByText('The design has 2,000 networks')).toBeVisible();
  // The first group is open: 40 rows, not 2,000.
  await expect(page.locator('.vc-reach-matrix tbody tr')).toHaveCount(40);
  await picker.selectOption({ label: 'VPCs in us-east-1 (25 of 25) (40)' });
  await expect(page.locator('.vc-reach-matrix tbody th').first()).toHaveText(/^v\d+$/);
  // The diagram of 2,002 boxes is drawn when the reader asks for it.
  await page.getByRole('button', { name: 'Draw the diagram' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
});
