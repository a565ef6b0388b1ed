/** Rewrites the rule table in README.md from the rule catalogue. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withRulesTable } from '../model/rules/rules-table';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(readmePath, 'utf8');
const after = withRulesTable(before);
if (after !== before) writeFileSync(readmePath, after);
console.log(after === before ? 'README.md rule table is up to date' : 'README.md rule table updated');
