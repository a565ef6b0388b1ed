import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ElementId, TopologyDocument } from '../document/types';
import { RULE_CATALOGUE } from '../rules/catalogue';
import type { Finding } from '../rules/finding';
import { buildDocument, link, node, onPrem, region, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { escapeMarkdown, reviewMarkdown } from './markdown-report';
import { reachMatrix } from './reach-matrix';
import { summarizeDesign } from './summary';
import { hasInvisible, markInvisible } from '../text/names';

const XSS = '<img src=x onerror=alert(1)>';
const PIPES = 'a | b || c';

/**
 * A name the parser now refuses (a line break), put in after parsing: the report must stay safe for
 * any document in memory. Ends with a backslash: beside a table's pipe it must not escape that pipe.
 */
const SHARED_NAME = 'line\nbreak **bold** [link](https://evil.example) `code` _u_ ~s~ #h $x$ \\';

const withSharedName = (doc: TopologyDocument): TopologyDocument => ({ ...doc, nodes: doc.nodes.map((n) => (n.id === 'shared' ? { ...n, name: SHARED_NAME } : n)) });

const design = () =>
  withSharedName(buildDocument(
    [
      region('tokyo', 'ap-northeast-1'),
      vpc('prod', ['10.0.0.0/16'], { parent: 'tokyo', name: XSS }),
      subnet('prod-a', 'prod', '10.0.0.0/24', { props: { public: true } }),
      node('igw', 'internet-gateway', 'prod'),
      vpc('dev', ['10.0.128.0/17'], { parent: 'tokyo', name: PIPES }),
      vpc('shared', ['10.1.0.0/16'], { parent: 'tokyo', name: 'shared' }),
      vpc('lab', ['172.16.0.0/20'], { name: 'lab' }),
      onPrem('dc', ['192.168.0.0/16']),
      node('net', 'internet', undefined, undefined, { name: 'Internet' }),
    ],
    [link('pcx-1', 'vpc-peering', 'prod', 'dev'), link('pcx-2', 'vpc-peering', 'prod', 'shared')],
  ));

function report(doc = design(), findings: readonly Finding[] = validate(doc), generatedAt?: Date | string): string {
  return reviewMarkdown(doc, { findings, matrix: reachMatrix(doc), summary: summarizeDesign(doc), generatedAt });
}

/** A GFM table row's cells, split as GitHub splits them: on every pipe not right after a backslash. */
function cells(line: string): string[] {
  expect(line.startsWith('| ') && line.endsWith(' |'), line).toBe(true);
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The lines of a section, from its heading to the next heading of the same or higher level. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `missing ${heading}`).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(' ') <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Undoes escapeMarkdown's escapes (not its replacement of control characters, nor the marking of invisible ones). */
const unescape = (text: string) =>
  text
    .replace(/\\(.)/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('escapeMarkdown', () => {
  // fast-check's binary strings are slow to make: 500 of them take seconds on a busy machine.
  it('keeps the text (property): unescaping gives it back, control characters as spaces, invisible ones marked', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(unescape(escaped)).toBe(markInvisible(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')));
        // Nothing that could start a tag, an entity, a line, a code span, emphasis, a link or a table cell.
        expect(escaped).not.toMatch(/[<>\n\r]/);
        expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;|#64;|#58;|#46;)/);
        expect(escaped).not.toMatch(/(?<!\\)(?:\\\\)*[`*_[\]|~$]/);
        expect(escaped).not.toMatch(/(?<!&)#/);
        // Nor any invisible character, which would hide a difference between two names.
        expect(hasInvisible(escaped)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes a script tag, pipes and Markdown syntax', () => {
    expect(escapeMarkdown(XSS)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown(PIPES)).toBe('a \\| b \\|\\| c');
    expect(escapeMarkdown('[x](javascript:alert(1)) **b** &amp;')).toBe('\\[x\\](javascript:alert(1)) \\*\\*b\\*\\* &amp;amp;');
    expect(escapeMarkdown('a\r\nb')).toBe('a b');
  });

  it('shows invisible characters instead of letting them disguise a name', () => {
    expect(escapeMarkdown('pr\u200bod')).toBe('pr⟨U+200B⟩od');
    expect(escapeMarkdown('evil\u202Egnp')).toBe('evil⟨U+202E⟩gnp');
  });

  it('leaves nothing an autolinker would turn into a link: URLs, www., bare domains, e-mail addresses', () => {
    const escaped = escapeMarkdown('see https://evil.example/login, www.evil.com, evil.com or mail ops@evil.com');
    expect(escaped).toBe('see https&#58;//evil&#46;example/login, www&#46;evil&#46;com, evil&#46;com or mail ops&#64;evil&#46;com');
    // GitHub's extended autolinks and markdown-it's linkify all need one of these in the source.
    expect(escaped).not.toMatch(/:\/\/|www\.|@|[a-z]\.[a-z]/i);
    // Blocks, versions and decimals keep their dots.
    expect(escapeMarkdown('10.0.0.0/16 and 2001:db8::/56 in v1.2')).toBe('10.0.0.0/16 and 2001:db8::/56 in v1.2');
  });
});

describe('reviewMarkdown', () => {
  it('starts with the title and says when it was generated', () => {
    const doc = { ...design(), name: 'Hub **and** spoke <b>' };
    const text = report(doc, validate(doc), new Date(Date.UTC(2025, 0, 2, 3, 4, 5)));
    expect(text.split('\n').slice(0, 3)).toEqual(['# Design review: Hub \\*\\*and\\*\\* spoke &lt;b&gt;', '', 'Generated 2025-01-02T03:04:05.000Z by VPC Canvas.']);
    expect(report().startsWith('# Design review: untitled design\n\nGenerated by VPC Canvas.\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('gives the same text for the same input', () => {
    expect(report()).toBe(report());
  });

  it('has a summary table of counts and an address-space table per region', () => {
    const text = report();
    const summary = section(text, '## Summary');
    expect(summary).toContain('| VPCs | 4 |');
    expect(summary).toContain('| Subnets | 1 |');
    expect(summary).toContain('| On-premises networks | 1 |');
    expect(summary).toContain('| Connections | 2 |');
    expect(section(text, '### Connections by kind')).toContain('| VPC peering | 2 |');
    const space = section(text, '### IPv4 address space by region').filter((l) => l.startsWith('|'));
    expect(cells(space[0]!)).toEqual(['Region', 'VPCs', 'Subnets', 'VPC addresses', 'Subnet addresses', 'In subnets']);
    // 10.0.0.0/16 with dev's /17 inside it, plus shared's /16; one /24 subnet.
    expect(cells(space[2]!)).toEqual(['ap-northeast-1', '3', '1', '131,072', '256', '0.2 %']);
    expect(cells(space[3]!)).toEqual(['*no region*', '1', '0', '4,096', '0', '0.0 %']);
    expect(cells(space[4]!)).toEqual(['**All regions**', '4', '1', '135,168', '256', '0.2 %']);
  });

  it('groups findings by severity, each with its rule, escaped message, subjects by name and the rule\'s AWS page', () => {
    const findings: Finding[] = [
      { rule: 'peering-cidr-overlap', severity: 'error', message: `VPC ${XSS} (10.0.0.0/16) and VPC ${PIPES} overlap.`, subjects: ['pcx-1', 'prod', 'dev'] as ElementId[] },
      { rule: 'vpc-cidr-public-range', severity: 'warning', message: 'VPC lab is outside RFC 1918.', subjects: ['lab'] as ElementId[] },
      { rule: 'hybrid-single-path', severity: 'info', message: 'One path.', subjects: ['dc', 'gone'] as ElementId[] },
      { rule: 'cidr-invalid', severity: 'error', message: 'Second error.', subjects: [] },
    ];
    const text = report(design(), findings);
    const all = section(text, '## Findings');
    expect(all.filter((l) => l.startsWith('### '))).toEqual(['### Errors (2)', '### Warnings (1)', '### Information (1)']);
    expect(section(text, '## Summary')).toContain('| Findings | 2 errors, 1 warning, 1 note |');
    const errors = section(text, '### Errors (2)').filter((l) => l !== '');
    expect(errors).toEqual([
      '- `peering-cidr-overlap`: VPC &lt;img src=x onerror=alert(1)&gt; (10.0.0.0/16) and VPC a \\| b \\|\\| c overlap.',
      `  Involves: VPC peering pcx-1, VPC &lt;img src=x onerror=alert(1)&gt;, VPC a \\| b \\|\\| c · [AWS documentation](${RULE_CATALOGUE['peering-cidr-overlap'].docs})`,
      '- `cidr-invalid`: Second error.',
      `  Involves the whole design · [AWS documentation](${RULE_CATALOGUE['cidr-invalid'].docs})`,
    ]);
    // A subject that is not in the document is named by its id.
    expect(section(text, '### Information (1)')).toContain(`  Involves: On-premises network dc, gone · [AWS documentation](${RULE_CATALOGUE['hybrid-single-path'].docs})`);
  });

  it('says so when there are no findings', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/16'])]);
    expect(section(report(doc, []), '## Findings')).toEqual(['', 'No findings: every rule passes.', '']);
  });

  it('draws the reachability matrix as a table with ✓, ✗ and the blocking rule, one cell per column whatever the names', () => {
    const doc = design();
    const matrix = reachMatrix(doc);
    const text = report(doc);
    const table = section(text, '## Reachability').filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(matrix.rows.length + 2);
    for (const line of table) expect(cells(line)).toHaveLength(matrix.columns.length + 1);
    const header = cells(table[0]!);
    expect(header[0]).toBe('From ↓ To →');
    expect(header).toContain('VPC &lt;img src=x onerror=alert(1)&gt;');
    expect(header).toContain('VPC a \\| b \\|\\| c');
    expect(header[header.length - 1]).toBe('Internet');
    const rowOf = (label: string) => cells(table.find((l) => cells(l)[0] === `**${label}**`)!);
    const prod = rowOf('VPC &lt;img src=x onerror=alert(1)&gt;');
    const prodIndex = matrix.rows.findIndex((r) => r.id === 'prod');
    expect(prod[prodIndex + 1]).toBe('—');
    expect(prod[header.length - 1]).toBe('✓');
    // dev overlaps prod: no peering is usable, and overlapping networks never reach each other.
    const devIndex = matrix.columns.findIndex((c) => c.id === 'dev');
    const devCell = matrix.cells[prodIndex]![devIndex]!;
    expect(devCell.reachable).toBe(false);
    expect(prod[devIndex + 1]).toBe(`✗ ${devCell.blockedBy.map((b) => `\`${b.rule}\``).join(', ')}`);
    // Each blocker is explained below the table, pair by pair.
    const why = section(text, '### Why pairs are blocked');
    expect(why).toContain(`- VPC &lt;img src=x onerror=alert(1)&gt; → VPC a \\| b \\|\\| c: \`${devCell.blockedBy[0]!.rule}\`: ${escapeMarkdown(devCell.blockedBy[0]!.message)}`);
  });

  it('never lets a hostile name open a tag or start a line', () => {
    const text = report();
    expect(text).not.toMatch(/<[a-z/!?]/i);
    expect(text).not.toContain('<img');
    // The newline inside a name did not become a line of its own.
    expect(text.split('\n').some((l) => l.startsWith('break'))).toBe(false);
    expect(text).toContain('line break \\*\\*bold\\*\\* \\[link\\](https&#58;//evil&#46;example) \\`code\\` \\_u\\_ \\~s\\~ \\#h \\$x\\$ \\\\');
    // Every table line is a whole row.
    for (const line of text.split('\n')) if (line.startsWith('|')) expect(line.endsWith(' |'), line).toBe(true);
  });

  it('names the first ten subjects of a large finding and counts the rest', () => {
    const doc = buildDocument([vpc('hub', ['10.0.0.0/16']), ...Array.from({ length: 30 }, (_, i) => vpc(`s${i}`, ['10.1.0.0/16']))]);
    const big: Finding = { rule: 'peering-overlapping-spokes', severity: 'warning', message: 'grouped', subjects: ['hub', ...Array.from({ length: 30 }, (_, i) => `s${i}`)] as ElementId[] };
    const involves = report(doc, [big]).split('\n').find((l) => l.includes('Involves:'))!;
    expect(involves).toContain('Involves: VPC hub, VPC s0, VPC s1, VPC s2, VPC s3, VPC s4, VPC s5, VPC s6, VPC s7, VPC s8 and 21 more');
  });

  it('reports an empty design without tables it cannot fill', () => {
    const doc = buildDocument([]);
    const text = report(doc, []);
    expect(section(text, '### IPv4 address space by region')).toContain('The design has no VPCs yet.');
    expect(section(text, '## Reachability')).toContain('The design has no VPCs or on-premises networks.');
    expect(text).not.toContain('### Connections by kind');
  });
});
