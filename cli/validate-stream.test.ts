import { describe, expect, it } from 'vitest';
import { run } from './main';
import { fakeIo, type FakeIo } from './testing';
import { DEFAULT_MAX_FINDINGS, MAX_SUBJECTS_SHOWN } from './text-report';

const region = { id: 'region-tokyo', kind: 'region', name: 'Tokyo', props: { code: 'ap-northeast-1' } };

/** `warnings` VPCs whose block has host bits set (one cidr-host-bits warning each), and `errors` overlapping peerings. */
function manyFindings(warnings: number, errors = 0): string {
  const nodes: object[] = [region];
  const connections: object[] = [];
  for (let i = 0; i < warnings; i++) {
    nodes.push({ id: `vpc-h${i}`, kind: 'vpc', name: `hosty ${i}`, parent: 'region-tokyo', props: { cidrs: [`10.${i >> 8}.${i & 255}.1/24`] } });
  }
  for (let i = 0; i < errors; i++) {
    nodes.push({ id: `vpc-a${i}`, kind: 'vpc', name: `a ${i}`, parent: 'region-tokyo', props: { cidrs: [`172.16.${i}.0/24`] } });
    nodes.push({ id: `vpc-b${i}`, kind: 'vpc', name: `b ${i}`, parent: 'region-tokyo', props: { cidrs: [`172.16.${i}.0/25`] } });
    connections.push({ id: `pcx-${i}`, kind: 'vpc-peering', source: `vpc-a${i}`, target: `vpc-b${i}` });
  }
  return JSON.stringify({ format: 'vpc-canvas', version: 1, nodes, connections });
}

const CLEAN = manyFindings(0);
const ONE_WARNING = manyFindings(1);
const BROKEN = manyFindings(1, 1);

/** Records reads and writes in order, so a test can see whether output comes before the next read. */
function recordingIo(files: Record<string, string>): FakeIo & { events: string[] } {
  const io = fakeIo(files) as FakeIo & { events: string[] };
  io.events = [];
  const { readFile, stdout } = io;
  io.readFile = (path) => {
    io.events.push(`read ${path}`);
    return readFile(path);
  };
  io.stdout = (text) => {
    io.events.push('write');
    stdout(text);
  };
  return io;
}

/** Any character the text output must never print raw (controls, C1, bidi, zero-width, lone surrogates). */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const withoutNewlines = (text: string) => text.replace(/\n/g, '');

describe('validate, many files', () => {
  const files = { 'a.json': BROKEN, 'b.json': CLEAN, 'c.json': ONE_WARNING, 'd.json': BROKEN, 'bad.json': '{' };

  // Files with findings, so that each has something to write in every format.
  it.each(['text', 'json', 'sarif'])('%s: writes each file\'s output before reading the next file', async (format) => {
    const io = recordingIo(files);
    expect(await run(['validate', 'a.json', 'c.json', 'd.json', '--format', format], io)).toBe(1);
    const reads = io.events.map((e, i) => (e.startsWith('read') ? i : -1)).filter((i) => i >= 0);
    expect(reads).toHaveLength(3);
    // Between two reads, something was written: the earlier file's part of the output.
    for (let k = 0; k + 1 < reads.length; k++) expect(io.events.slice(reads[k]! + 1, reads[k + 1]!)).toContain('write');
  });

  it('json: streamed text is exactly JSON.stringify(value, null, 2) of the array', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'a.json', 'bad.json', 'b.json', 'c.json', '--format', 'json'], io)).toBe(2);
    const parsed = JSON.parse(io.out);
    expect(io.out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.map((e: { file: string }) => e.file)).toEqual(['a.json', 'bad.json', 'b.json', 'c.json']);
    expect(parsed[0].summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(parsed[1].error).toMatch(/^bad\.json: not valid JSON/);
    expect(parsed[2]).toEqual({ file: 'b.json', findings: [], summary: { errors: 0, warnings: 0, infos: 0 } });
  });

  it('json: one file is exactly JSON.stringify({ findings, summary }, null, 2), empty findings included', async () => {
    for (const file of ['a.json', 'b.json']) {
      const io = fakeIo(files);
      await run(['validate', file, '--format', 'json'], io);
      expect(io.out).toBe(`${JSON.stringify(JSON.parse(io.out), null, 2)}\n`);
    }
  });

  it('sarif: one log with every file\'s results in order and the unreadable file as a notification', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'a.json', 'bad.json', 'c.json', '--format', 'sarif'], io)).toBe(2);
    const log = JSON.parse(io.out);
    const run0 = log.runs[0];
    expect(run0.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['a.json', 'a.json', 'c.json']);
    expect(run0.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['peering-cidr-overlap', 'cidr-host-bits', 'cidr-host-bits']);
    expect(run0.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: expect.stringMatching(/^bad\.json: not valid JSON/) }, locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.json', uriBaseId: '%SRCROOT%' } } }] },
        ],
      },
    ]);
    expect(run0.tool.driver.name).toBe('vpc-canvas');
    expect(run0.columnKind).toBe('utf16CodeUnits');
  });
});

describe('validate, text output is capped per file', () => {
  const big = manyFindings(DEFAULT_MAX_FINDINGS + 50, 3);
  const files = { 'big.json': big, 'small.json': ONE_WARNING };
  const findingLines = (out: string) => out.split('\n').filter((l) => /^ {2}(error|warning|info) /.test(l));

  /** The findings as JSON lists them all, in order. */
  const allFindings = async () => {
    const io = fakeIo(files);
    await run(['validate', 'big.json', '--format', 'json'], io);
    return JSON.parse(io.out).findings as Array<{ severity: string; rule: string }>;
  };
  const counts = (findings: Array<{ severity: string }>) =>
    `${findings.filter((f) => f.severity === 'error').length} errors, ${findings.filter((f) => f.severity === 'warning').length} warnings, ${findings.filter((f) => f.severity === 'info').length} infos`;

  it(`prints ${DEFAULT_MAX_FINDINGS} findings, errors first, then "… and N more" with their counts; exit 1`, async () => {
    const all = await allFindings();
    expect(all.length).toBeGreaterThan(DEFAULT_MAX_FINDINGS + 50);
    const io = fakeIo(files);
    expect(await run(['validate', 'big.json', 'small.json'], io)).toBe(1);
    const report = io.out.slice(0, io.out.indexOf('\nsmall.json\n'));
    const lines = findingLines(report);
    expect(lines).toHaveLength(DEFAULT_MAX_FINDINGS);
    // The same findings JSON lists first, in the same order: the three errors lead.
    expect(lines.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual(all.slice(0, DEFAULT_MAX_FINDINGS).map((f) => `${f.severity} ${f.rule}`));
    expect(lines.slice(0, 3).every((l) => l.startsWith('  error '))).toBe(true);
    const hidden = all.slice(DEFAULT_MAX_FINDINGS);
    expect(report).toContain(`  … and ${hidden.length} more (${counts(hidden)}); --format json lists them all, --max-findings 0 prints them all\n`);
    // The summary still counts everything, and the next file is reported in full.
    expect(report).toContain(`  ${counts(all)}\n`);
    expect(io.out).toMatch(/\n {2}0 errors, 1 warning, 0 infos\n\n2 files: /);
  });

  it('--max-findings N prints N, and 0 prints them all', async () => {
    const all = await allFindings();
    const five = fakeIo(files);
    await run(['validate', 'big.json', '--max-findings', '5'], five);
    expect(findingLines(five.out)).toHaveLength(5);
    expect(five.out).toContain(`… and ${all.length - 5} more (${counts(all.slice(5))})`);
    const every = fakeIo(files);
    await run(['validate', '--max-findings=0', 'big.json'], every);
    expect(findingLines(every.out)).toHaveLength(all.length);
    expect(every.out).not.toContain('more (');
  });

  it('json and sarif keep every finding', async () => {
    const json = fakeIo(files);
    await run(['validate', 'big.json', '--format', 'json'], json);
    const { findings, summary } = JSON.parse(json.out);
    expect(findings).toHaveLength(summary.errors + summary.warnings + summary.infos);
    expect(findings.length).toBeGreaterThan(DEFAULT_MAX_FINDINGS + 50);
    const sarif = fakeIo(files);
    await run(['validate', 'big.json', '--format', 'sarif'], sarif);
    expect(JSON.parse(sarif.out).runs[0].results).toHaveLength(findings.length);
  });

  it.each([
    [['validate', 'big.json', '--max-findings'], '--max-findings needs a number'],
    [['validate', 'big.json', '--max-findings', '-1'], '--max-findings takes a whole number (0 for no limit); got "-1"'],
    [['validate', 'big.json', '--max-findings', 'all'], 'got "all"'],
    [['validate', 'big.json', '--max-findings', '5', '--format', 'json'], '--max-findings is for text output; --format json lists every finding'],
    [['rules', '--max-findings', '5'], 'rules takes no --max-findings'],
  ])('%j is a usage mistake, exit 2', async (argv, message) => {
    const io = fakeIo(files);
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toContain(message);
  });

  it(`lists at most ${MAX_SUBJECTS_SHOWN} subjects of a finding, then "… and N more"`, async () => {
    // One region over its default VPC quota names the region and every VPC in it.
    const io = fakeIo(files);
    await run(['validate', 'big.json', '--max-findings', '0'], io);
    const subjectLines = io.out.split('\n').filter((l) => l.includes('subjects: '));
    expect(subjectLines.length).toBeGreaterThan(0);
    for (const line of subjectLines) {
      const listed = line.slice(line.indexOf('subjects: ') + 'subjects: '.length).split(' … and ')[0]!.split(', ');
      expect(listed.length).toBeLessThanOrEqual(MAX_SUBJECTS_SHOWN);
    }
    const quota = subjectLines.find((l) => l.includes('region-tokyo'));
    expect(quota).toMatch(/ … and \d+ more$/);
  });
});

describe('text output escapes what a document or a file name could use to spoof it', () => {
  const doc = (name: string, id = 'vpc-x') =>
    JSON.stringify({
      format: 'vpc-canvas',
      version: 1,
      nodes: [
        { id: 'region-tokyo', kind: 'region', name: 'Tokyo', props: { code: 'ap-northeast-1' } },
        { id, kind: 'vpc', name, parent: 'region-tokyo', props: { cidrs: ['10.0.0.1/16'] } },
      ],
      connections: [],
    });

  it('escapes a right-to-left override and a zero-width space in names and ids, in text but not in JSON', async () => {
    const files = { 'bidi.json': doc('prod\u202Eved', 'vpc-pr\u200Bod') };
    const io = fakeIo(files);
    await run(['validate', 'bidi.json'], io);
    expect(withoutNewlines(io.out)).not.toMatch(UNSAFE);
    expect(io.out).toContain('vpc-pr\\u{200B}od (prod\\u{202E}ved)');
    const json = fakeIo(files);
    await run(['validate', 'bidi.json', '--format', 'json'], json);
    expect(JSON.parse(json.out).findings[0].subjects).toEqual(['vpc-pr\u200Bod']);
  });

  // Whether the parser refuses these names (exit 2) or accepts them (a finding), nothing raw gets out.
  it.each([
    ['an escape sequence erasing the line', 'prod\u001b[2K\u001b[1A'],
    ['a carriage return and a fake verdict', 'prod\r  No findings.'],
    ['a line feed', 'prod\nfake: 0 errors'],
    ['a C1 control sequence introducer', 'prod\u009b2K'],
  ])('never prints %s raw, on stdout or stderr', async (_what, name) => {
    for (const format of ['text', 'json', 'sarif']) {
      const io = fakeIo({ 'evil.json': doc(name) });
      const status = await run(['validate', 'evil.json', '--format', format], io);
      expect([0, 2]).toContain(status);
      expect(withoutNewlines(io.err)).not.toMatch(UNSAFE);
      if (format === 'text') expect(withoutNewlines(io.out)).not.toMatch(UNSAFE);
    }
  });

  it('escapes a file name in messages', async () => {
    const io = fakeIo({});
    expect(await run(['validate', 'evil\u001b[2K\r.json'], io)).toBe(2);
    expect(io.err).toBe('evil\\u{1B}[2K\\u{D}.json: cannot read: no such file\n');
  });

  it('escapes reach\'s ends, path and blockers', async () => {
    const text = JSON.stringify({
      format: 'vpc-canvas',
      version: 1,
      nodes: [
        { id: 'region-tokyo', kind: 'region', name: 'Tokyo', props: { code: 'ap-northeast-1' } },
        { id: 'vpc-a', kind: 'vpc', name: 'a\u202Eb', parent: 'region-tokyo', props: { cidrs: ['10.0.0.0/16'] } },
        { id: 'vpc-b', kind: 'vpc', name: 'c\u2066d', parent: 'region-tokyo', props: { cidrs: ['10.1.0.0/16'] } },
        { id: 'vpc-c', kind: 'vpc', name: 'e\u200Bf', parent: 'region-tokyo', props: { cidrs: ['10.2.0.0/16'] } },
      ],
      connections: [{ id: 'pcx-ab', kind: 'vpc-peering', name: 'link\u202E', source: 'vpc-a', target: 'vpc-b' }],
    });
    const yes = fakeIo({ 'r.json': text });
    expect(await run(['reach', 'r.json', 'a\u202Eb', 'vpc-b'], yes)).toBe(0);
    expect(yes.out).toBe('a\\u{202E}b → vpc-b: reachable\n  path: VPC a\\u{202E}b → [VPC peering link\\u{202E}] → VPC c\\u{2066}d\n');
    const no = fakeIo({ 'r.json': text });
    expect(await run(['reach', 'r.json', 'vpc-a', 'vpc-c'], no)).toBe(1);
    expect(withoutNewlines(no.out)).not.toMatch(UNSAFE);
    expect(no.out).toContain('\\u{200B}');
  });
});

describe('- reads standard input', () => {
  it('validates a document given as -, naming it <stdin> in messages', async () => {
    const io = fakeIo({ '-': BROKEN });
    expect(await run(['validate', '-'], io)).toBe(1);
    expect(io.out.split('\n')[0]).toBe('<stdin>');
    const bad = fakeIo({ '-': '{' });
    expect(await run(['validate', '-'], bad)).toBe(2);
    expect(bad.err).toMatch(/^<stdin>: not valid JSON/);
  });

  it('mixes with files; JSON keeps "-" as the file given', async () => {
    const io = fakeIo({ '-': ONE_WARNING, 'b.json': CLEAN });
    expect(await run(['validate', 'b.json', '-', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).map((e: { file: string }) => e.file)).toEqual(['b.json', '-']);
  });

  it('gives SARIF a location described as standard input', async () => {
    const io = fakeIo({ '-': ONE_WARNING });
    await run(['validate', '-', '--format', 'sarif'], io);
    expect(JSON.parse(io.out).runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ description: { text: 'standard input' } });
  });

  it('works for reach and layout', async () => {
    const reach = fakeIo({ '-': BROKEN });
    expect(await run(['reach', '-', 'vpc-a0', 'vpc-h0'], reach)).toBe(1);
    expect(reach.out).toMatch(/^vpc-a0 → vpc-h0: not reachable\n/);
    const layout = fakeIo({ '-': CLEAN });
    expect(await run(['layout', '-', '-o', 'out.json'], layout)).toBe(0);
    expect(layout.err).toMatch(/^<stdin>: laid out/);
  });

  it('is read once only', async () => {
    const io = fakeIo({ '-': CLEAN });
    expect(await run(['validate', '-', '-'], io)).toBe(2);
    expect(io.err).toContain('standard input (-) can be read only once');
  });
});
