import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../model/rules/catalogue';
import { withRulesTable } from '../model/rules/rules-table';

describe('README rule table', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  it('matches the catalogue (run `npm run docs:rules` after changing a rule)', () => {
    expect(withRulesTable(readme)).toBe(readme);
  });
  it('lists every rule id', () => {
    for (const id of RULE_IDS) expect(readme).toContain(`[\`${id}\`]`);
  });
});
