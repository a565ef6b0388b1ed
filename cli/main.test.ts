import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE, RULE_IDS } from '../model/rules/catalogue';
import { run } from './main';
import { fakeIo } from './testing';

/** One element per line, so that tests know which line each id is on (node i is on line 5 + i). */
function docText(nodes: object[], connections: object[] = []): string {
  const lines = ['{', '  "format": "vpc-canvas",', '  "version": 1,', '  "nodes": ['];
  nodes.forEach((n, i) => lines.push(`    ${JSON.stringify(n)}${i < nodes.length - 1 ? ',' : ''}`));
  lines.push('  ],', '  "connections": [');
  connections.forEach((c, i) => lines.push(`    ${JSON.stringify(c)}${i < connections.length - 1 ? ',' : ''}`));
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

const region = { id: 'region-tokyo', kind: 'region', name: 'Tokyo', props: { code: 'ap-northeast-1' } };
const vpcA = { id: 'vpc-a', kind: 'vpc', name: 'prod', parent: 'region-tokyo', props: { cidrs: ['10.0.0.0/16'] } };
const vpcB = { id: 'vpc-b', kind: 'vpc', name: 'dev', parent: 'region-tokyo', props: { cidrs: ['10.0.128.0/17'] } };
const vpcC = { id: 'vpc-c', kind: 'vpc', name: 'shared', parent: 'region-tokyo', props: { cidrs: ['10.1.0.0/16'] } };
const peering = (id: string, source: string, target: string) => ({ id, kind: 'vpc-peering', source, target });

/** Valid: two peered VPCs with distinct blocks. */
const CLEAN = docText([region, vpcA, vpcC], [peering('pcx-ac', 'vpc-a', 'vpc-c')]);
/** One error: the peered VPCs overlap. `pcx-ab` is on line 10. */
const OVERLAP = docText([region, vpcA, vpcB], [peering('pcx-ab', 'vpc-a', 'vpc-b')]);
/** One warning only: host bits set in the VPC's block. */
const HOST_BITS = docText([{ id: 'vpc-h', kind: 'vpc', name: 'hosty', props: { cidrs: ['10.0.0.1/16'] } }]);
/** Not a topology document: the subnet's parent does not exist (nodes[1].parent). */
const DANGLING = docText([{ ...vpcC, parent: undefined }, { id: 'subnet-1', kind: 'subnet', parent: 'vpc-x', props: { cidr: '10.1.0.0/24' } }]);

const files = {
  'clean.json': CLEAN,
  'overlap.json': OVERLAP,
  'host-bits.json': HOST_BITS,
  'dangling.json': DANGLING,
  'not-json.json': '{ "format": "vpc-canvas", nodes: [] }',
};

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

const packageHomepage: string | undefined = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).homepage;

describe('validate, text', () => {
  it('prints the file, "No findings" and a zero summary for a valid document, exit 0', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'clean.json'], io)).toBe(0);
    expect(io.out).toBe('clean.json\n  No findings.\n  0 errors, 0 warnings, 0 infos\n');
    expect(io.err).toBe('');
  });

  it('prints one line per finding with severity, rule id and message, then its subjects, exit 1 on an error', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'overlap.json'], io)).toBe(1);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('overlap.json');
    expect(lines[1]).toMatch(/^ {2}error {4}peering-cidr-overlap {2}VPC prod \(10\.0\.0\.0\/16\) and VPC dev \(10\.0\.128\.0\/17\) overlap/);
    expect(lines[2]).toMatch(/^\s+subjects: pcx-ab, vpc-a \(prod\), vpc-b \(dev\)$/);
    expect(lines[3]).toBe('  1 error, 0 warnings, 0 infos');
  });

  it('exits 0 when the findings are warnings only', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'host-bits.json'], io)).toBe(0);
    expect(io.out).toMatch(/warning {2}cidr-host-bits/);
    expect(io.out).toContain('0 errors, 1 warning, 0 infos');
  });

  it('refuses a file that is not JSON with exit 2 and a one-line message naming the file and place', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'not-json.json'], io)).toBe(2);
    expect(io.err).toMatch(/^not-json\.json: not valid JSON: .*\(line 1, column \d+\)\n$/);
    expect(io.out).toBe('');
    noStack(io.err);
  });

  it('refuses a dangling parent naming nodes[i].parent, exit 2, no stack trace', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'dangling.json'], io)).toBe(2);
    expect(io.err).toBe('dangling.json: nodes[1].parent: no node has id "vpc-x"\n');
    noStack(io.err);
  });

  it('says a missing file cannot be read, exit 2', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'missing.json'], io)).toBe(2);
    expect(io.err).toBe('missing.json: cannot read: no such file\n');
  });

  it('with several files, groups by file, prints a total and exits with the highest status', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'clean.json', 'overlap.json', 'host-bits.json'], io)).toBe(1);
    expect(io.out.indexOf('clean.json\n')).toBeLessThan(io.out.indexOf('overlap.json\n'));
    expect(io.out.indexOf('overlap.json\n')).toBeLessThan(io.out.indexOf('host-bits.json\n'));
    expect(io.out).toMatch(/\n3 files: 1 error, 1 warning, 0 infos\n$/);

    const withBroken = fakeIo(files);
    expect(await run(['validate', 'overlap.json', 'dangling.json', 'clean.json'], withBroken)).toBe(2);
    expect(withBroken.err).toBe('dangling.json: nodes[1].parent: no node has id "vpc-x"\n');
    expect(withBroken.out).toMatch(/3 files: 1 error, 0 warnings, 0 infos; 1 file could not be validated\n$/);
  });

  it('uses ANSI colour only on a terminal without NO_COLOR', async () => {
    const tty = fakeIo(files, { isTTY: true });
    await run(['validate', 'overlap.json'], tty);
    expect(tty.out).toContain('\u001b[');
    const noColor = fakeIo(files, { isTTY: true, env: { NO_COLOR: '1' } });
    await run(['validate', 'overlap.json'], noColor);
    expect(noColor.out).not.toContain('\u001b[');
    const pipe = fakeIo(files, { isTTY: false });
    await run(['validate', 'overlap.json'], pipe);
    expect(pipe.out).not.toContain('\u001b[');
  });
});

describe('validate --format json', () => {
  it('prints exactly { findings, summary } for one file, findings with rule, severity, message, subjects only', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'host-bits.json', '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(io.out);
    expect(Object.keys(parsed)).toEqual(['findings', 'summary']);
    expect(parsed.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(parsed.findings).toHaveLength(1);
    // cidr-host-bits offers a fix in the editor; the public format has no such field.
    expect(Object.keys(parsed.findings[0]).sort()).toEqual(['message', 'rule', 'severity', 'subjects']);
    expect(parsed.findings[0]).toMatchObject({ rule: 'cidr-host-bits', severity: 'warning', subjects: ['vpc-h'] });
  });

  it('accepts --format=json too', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', '--format=json', 'overlap.json'], io)).toBe(1);
    expect(JSON.parse(io.out).summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it('prints nothing on stdout for one unreadable file, the message on stderr', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'dangling.json', '--format', 'json'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toContain('nodes[1].parent');
  });

  it('prints an array of { file, findings, summary } or { file, error } in the order given for several files', async () => {
    const io = fakeIo(files);
    expect(await run(['validate', 'overlap.json', 'dangling.json', 'clean.json', '--format', 'json'], io)).toBe(2);
    const parsed = JSON.parse(io.out);
    expect(parsed.map((e: { file: string }) => e.file)).toEqual(['overlap.json', 'dangling.json', 'clean.json']);
    expect(Object.keys(parsed[0])).toEqual(['file', 'findings', 'summary']);
    expect(parsed[0].findings[0].rule).toBe('peering-cidr-overlap');
    expect(parsed[1]).toEqual({ file: 'dangling.json', error: 'dangling.json: nodes[1].parent: no node has id "vpc-x"' });
    expect(parsed[2]).toEqual({ file: 'clean.json', findings: [], summary: { errors: 0, warnings: 0, infos: 0 } });
  });
});

describe('validate --format sarif', () => {
  const sarifOf = async (args: string[]) => {
    const io = fakeIo(files);
    const status = await run(['validate', ...args, '--format', 'sarif'], io);
    return { status, log: JSON.parse(io.out), err: io.err };
  };

  it('is a SARIF 2.1.0 log with the required fields', async () => {
    const { status, log } = await sarifOf(['overlap.json']);
    expect(status).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\/.*sarif-(schema-)?2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0];
    const driver = run0.tool.driver;
    expect(driver.name).toBe('vpc-canvas');
    // informationUri is optional in SARIF and written only when package.json names a homepage.
    expect(driver.informationUri).toBe(packageHomepage);
    // Every rule of the catalogue, each with a short description, its AWS page and a default level.
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_IDS);
    for (const rule of driver.rules) {
      const info = RULE_CATALOGUE[rule.id as keyof typeof RULE_CATALOGUE];
      expect(rule.shortDescription.text).toBe(info.summary);
      expect(rule.helpUri).toBe(info.docs);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(driver.rules.find((r: { id: string }) => r.id === 'hybrid-single-path').defaultConfiguration.level).toBe('note');
    expect(driver.rules.find((r: { id: string }) => r.id === 'vpc-cidr-count').defaultConfiguration.level).toBe('warning');

    expect(run0.results).toHaveLength(1);
    const result = run0.results[0];
    expect(result.ruleId).toBe('peering-cidr-overlap');
    expect(driver.rules[result.ruleIndex].id).toBe('peering-cidr-overlap');
    expect(result.level).toBe('error');
    expect(result.message.text).toMatch(/VPC prod \(10\.0\.0\.0\/16\) and VPC dev/);
    const location = result.locations[0];
    expect(location.physicalLocation.artifactLocation.uri).toBe('overlap.json');
    // pcx-ab, the first subject, is the first connection: line 10 of the file.
    expect(OVERLAP.split('\n')[9]).toContain('"id":"pcx-ab"');
    expect(location.physicalLocation.region.startLine).toBe(10);
    expect(location.logicalLocations.map((l: { name: string }) => l.name)).toEqual(['pcx-ab', 'vpc-a', 'vpc-b']);
    expect(location.logicalLocations[0].fullyQualifiedName).toBe('connections[0]');
  });

  it('maps info findings to "note" and warnings to "warning"', async () => {
    const { status, log } = await sarifOf(['host-bits.json']);
    expect(status).toBe(0);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'cidr-host-bits', level: 'warning' });
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(5);
  });

  it('reports an unreadable file as a failed invocation and still prints a valid log', async () => {
    const { status, log, err } = await sarifOf(['overlap.json', 'dangling.json']);
    expect(status).toBe(2);
    expect(err).toContain('dangling.json: nodes[1].parent');
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].message.text).toContain('no node has id "vpc-x"');
    expect(log.runs[0].results).toHaveLength(1);
  });
});

describe('rules', () => {
  it('lists every rule of the catalogue with severity, tier, summary and docs', async () => {
    const io = fakeIo();
    expect(await run(['rules'], io)).toBe(0);
    for (const id of RULE_IDS) expect(io.out).toContain(id);
    expect(io.out).toMatch(/vpc-cidr-count\s+warning \/ error\s+T2\s+A VPC has more IPv4 blocks/);
    expect(io.out).toContain('https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations');
  });

  it('prints an array of objects with --format json', async () => {
    const io = fakeIo();
    expect(await run(['rules', '--format', 'json'], io)).toBe(0);
    const rules = JSON.parse(io.out);
    expect(rules).toHaveLength(RULE_IDS.length);
    expect(rules.find((r: { id: string }) => r.id === 'nat-elastic-ip')).toEqual({
      id: 'nat-elastic-ip',
      severity: 'error / warning',
      tier: 'T2',
      section: 'Internet gateways and NAT',
      summary: RULE_CATALOGUE['nat-elastic-ip'].summary,
      docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
    });
  });
});

describe('usage', () => {
  const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

  it.each([
    [['--help']],
    [['-h']],
    [['validate', '--help']],
  ])('%j prints the usage on stdout, exit 0', async (argv) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(0);
    expect(io.out).toMatch(/^Usage: vpc-canvas/);
    expect(io.err).toBe('');
  });

  it('--version prints the package version', async () => {
    const io = fakeIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out).toBe(`${version}\n`);
  });

  it.each([
    [[], 'no command given'],
    [['lint', 'a.json'], 'unknown command "lint"'],
    [['--verbose'], 'unknown option "--verbose"'],
    [['validate', 'clean.json', '--strict'], 'unknown option "--strict"'],
    [['validate'], 'validate takes one or more FILEs'],
    [['validate', 'clean.json', '--format', 'xml'], 'validate: unknown format "xml"; expected text, json or sarif'],
    [['validate', 'clean.json', '--format'], '--format needs a value'],
    [['reach', 'clean.json', 'vpc-a'], 'reach takes FILE FROM TO'],
    [['reach', 'clean.json', 'vpc-a', 'vpc-c', '--format', 'sarif'], 'reach: unknown format "sarif"; expected text or json'],
    [['rules', 'extra'], 'rules takes no arguments'],
    [['layout'], 'layout takes one FILE'],
  ])('%j prints the usage on stderr, exit 2', async (argv, message) => {
    const io = fakeIo(files);
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toContain(`vpc-canvas: ${message}`);
    expect(io.err).toContain('Usage: vpc-canvas');
    expect(io.out).toBe('');
  });

  it('treats arguments after -- as files', async () => {
    const io = fakeIo({ '--odd.json': CLEAN });
    expect(await run(['validate', '--', '--odd.json'], io)).toBe(0);
  });
});

describe('reach', () => {
  const onPrem = { id: 'onprem', kind: 'on-premises', name: 'HQ', props: { cidrs: ['192.168.0.0/16'] } };
  const hub = docText(
    [
      region,
      vpcA,
      vpcC,
      { id: 'vpc-d', kind: 'vpc', name: 'data', parent: 'region-tokyo', props: { cidrs: ['10.2.0.0/16'] } },
      { id: 'tgw', kind: 'transit-gateway', name: 'hub', parent: 'region-tokyo' },
      onPrem,
    ],
    [
      { id: 'tgwa-a', kind: 'tgw-attachment', source: 'tgw', target: 'vpc-a' },
      { id: 'tgwa-c', kind: 'tgw-attachment', source: 'tgw', target: 'vpc-c' },
      peering('pcx-cd', 'vpc-c', 'vpc-d'),
    ],
  );
  const reachFiles = { ...files, 'hub.json': hub };

  it('exit 0 and the path by names when reachable', async () => {
    const io = fakeIo(reachFiles);
    expect(await run(['reach', 'hub.json', 'vpc-a', 'vpc-c'], io)).toBe(0);
    expect(io.out).toBe(
      'vpc-a → vpc-c: reachable\n  path: VPC prod → [Transit gateway attachment] → Transit gateway hub → [Transit gateway attachment] → VPC shared\n',
    );
  });

  it('exit 1 with each blocker rule and sentence when not reachable', async () => {
    const io = fakeIo(reachFiles);
    expect(await run(['reach', 'hub.json', 'vpc-a', 'vpc-d'], io)).toBe(1);
    expect(io.out.split('\n')[0]).toBe('vpc-a → vpc-d: not reachable');
    expect(io.out).toMatch(/\n {2}peering-not-transitive {2}\S.*VPC shared/);
  });

  it('exit 1 with flow-no-path when the two are not joined at all', async () => {
    const io = fakeIo(reachFiles);
    expect(await run(['reach', 'hub.json', 'onprem', 'vpc-a'], io)).toBe(1);
    expect(io.out).toMatch(/not reachable\n {2}flow-no-path/);
  });

  it('prints exactly { reachable, path, blockedBy } with --format json', async () => {
    const io = fakeIo(reachFiles);
    expect(await run(['reach', 'hub.json', 'vpc-a', 'vpc-c', '--format', 'json'], io)).toBe(0);
    const answer = JSON.parse(io.out);
    expect(Object.keys(answer)).toEqual(['reachable', 'path', 'blockedBy']);
    expect(answer).toEqual({ reachable: true, path: ['vpc-a', 'tgwa-a', 'tgw', 'tgwa-c', 'vpc-c'], blockedBy: [] });

    const blocked = fakeIo(reachFiles);
    expect(await run(['reach', 'hub.json', 'vpc-a', 'vpc-d', '--format', 'json'], blocked)).toBe(1);
    const no = JSON.parse(blocked.out);
    expect(no.reachable).toBe(false);
    expect(no.blockedBy[0]).toMatchObject({ rule: 'peering-not-transitive' });
    expect(Object.keys(no.blockedBy[0]).sort()).toEqual(['message', 'rule', 'subjects']);
  });

  it('accepts a unique node name in place of an id', async () => {
    const io = fakeIo(reachFiles);
    expect(await run(['reach', 'hub.json', 'prod', 'shared'], io)).toBe(0);
    expect(io.out).toMatch(/^prod → shared: reachable/);
  });

  it.each([
    [['missing.json', 'vpc-a', 'vpc-c'], 'missing.json: cannot read: no such file'],
    [['dangling.json', 'vpc-c', 'vpc-c'], 'dangling.json: nodes[1].parent: no node has id "vpc-x"'],
    [['hub.json', 'vpc-a', 'vpc-nope'], 'hub.json: to: no node has id "vpc-nope"'],
    [['hub.json', 'tgw', 'vpc-a'], 'hub.json: from: "tgw" is a transit gateway'],
  ])('exit 2 on bad input %j', async (args, message) => {
    const io = fakeIo(reachFiles);
    expect(await run(['reach', ...args], io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.out).toBe('');
    noStack(io.err);
  });
});
