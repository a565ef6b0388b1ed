import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff-documents';
import { buildDocument, link, vpc } from '../testing/build';
import { validate } from '../validate';
import { comparisonSection } from './comparison-markdown';
import { reviewMarkdown } from '../review/markdown-report';
import { reachMatrix } from '../review/reach-matrix';
import { summarizeDesign } from '../review/summary';

const HOSTILE = '<img src=x onerror=alert(1)> [x](https://evil.example)';

const deployed = buildDocument(
  [vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']), vpc('legacy', ['10.7.0.0/16'], { name: HOSTILE })],
  [link('pcx-ab', 'vpc-peering', 'a', 'b')],
);
const design = buildDocument(
  [vpc('a', ['10.0.0.0/16', '10.5.0.0/16']), vpc('b', ['10.1.0.0/16']), vpc('c', ['10.2.0.0/16'])],
  [link('pcx-ab', 'vpc-peering', 'a', 'b'), link('pcx-ac', 'vpc-peering', 'a', 'c')],
);
const diff = diffDocuments(deployed, design);

/** The list items under a `### ` heading of the section. */
function items(lines: readonly string[], headingStart: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`### ${headingStart}`));
  expect(start, `missing ### ${headingStart}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((l) => l.startsWith('- '));
}

describe('the comparison section of the downloaded review', () => {
  const lines = comparisonSection({ name: '“Deployed”', diff, link: 'https://canvas.example/review#v1.0.A&compare=v1.0.B' });

  it('says what the design adds, changes and lacks, as the page lists it, with the values of changed fields', () => {
    expect(lines[0]).toBe('## Compared with “Deployed”');
    const counts = `${diff.nodes.added.length + diff.connections.added.length} added · ${diff.nodes.removed.length + diff.connections.removed.length} removed · ` +
      `${diff.nodes.changed.length + diff.connections.changed.length} changed`;
    expect(lines[2]).toContain(counts);
    expect(items(lines, 'Added here')).toEqual(expect.arrayContaining(['- vpc c', expect.stringMatching(/^- vpc-peering /)]));
    expect(items(lines, 'Changed')).toEqual(['- vpc a: `props.cidrs`: \\["10.0.0.0/16"\\] → \\["10.0.0.0/16","10.5.0.0/16"\\]']);
    expect(items(lines, 'Only in “Deployed”')).toHaveLength(1);
  });

  it('escapes names from the documents, so none becomes markup or a link', () => {
    const [legacy] = items(lines, 'Only in “Deployed”');
    expect(legacy).not.toContain('<img');
    expect(legacy).not.toMatch(/(?<!\\)\]\(/);
    expect(legacy).toContain('&lt;img');
  });

  it('links to the review page that draws the overlay, and leaves out a link it could not write safely', () => {
    expect(lines.join('\n')).toContain('[open this comparison in VPC Canvas](<https://canvas.example/review#v1.0.A&compare=v1.0.B>)');
    const unsafe = comparisonSection({ name: 'x', diff, link: 'https://canvas.example/review#a> b' }).join('\n');
    expect(unsafe).not.toContain('open this comparison');
  });

  it('says so when nothing differs', () => {
    expect(comparisonSection({ name: 'itself', diff: diffDocuments(design, design) })).toContain('No differences.');
  });

  it('sits in the review after the summary and before the findings, as on the page, and only when a comparison is shown', () => {
    const input = { findings: validate(design), matrix: reachMatrix(design), summary: summarizeDesign(design) };
    const plain = reviewMarkdown(design, input);
    expect(plain).not.toContain('## Compared with');
    const compared = reviewMarkdown(design, { ...input, comparison: comparisonSection({ name: '“Deployed”', diff }) });
    const at = (heading: string) => compared.split('\n').indexOf(heading);
    expect(at('## Compared with “Deployed”')).toBeGreaterThan(at('## Summary'));
    expect(at('## Compared with “Deployed”')).toBeLessThan(at('## Findings'));
    // The rest of the report is unchanged.
    expect(compared.replace(/## Compared with[\s\S]*?(?=## Findings)/, '')).toBe(plain);
  });
});
