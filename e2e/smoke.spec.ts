import { expect, test } from '@playwright/test';

test('the app opens', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'VPC Canvas' })).toBeVisible();
  expect(problems).toEqual([]);
});
