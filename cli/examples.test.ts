import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/document/parse';
import type { TopologyDocument } from '../model/document/types';
import { RULES } from '../model/all-rules';
import type { RuleId } from '../model/rules/catalogue';
import { validate } from '../model/validate';

const dir = new URL('../examples/', import.meta.url);
const load = (name: string): TopologyDocument => parseDocument(readFileSync(new URL(name, dir), 'utf8'));
const implemented = new Set<string>(RULES.map((r) => r.id));
const show = (doc: TopologyDocument) =>
  validate(doc)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} [${f.subjects.join(', ')}]: ${f.message}`);

/** The explicitly routed examples (routing.md): every VPC and transit gateway has route tables, and nothing is found. */
const ROUTED = ['isolated-spokes.json', 'inspection-vpc.json'];

describe('examples/', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('holds the six documented examples', () => {
    expect(files).toEqual(expect.arrayContaining(['three-tier.json', 'tgw-hub.json', 'hybrid-dx-vpn.json', 'broken.json', 'isolated-spokes.json', 'inspection-vpc.json']));
  });

  it.each(files)('%s parses, has a name, and gives every node a name and a position', (file) => {
    const doc = load(file);
    expect(doc.name).toBeTruthy();
    for (const node of doc.nodes) {
      expect(node.name, node.id).toBeTruthy();
      expect(node.position, node.id).toBeDefined();
    }
  });

  it.each(['three-tier.json', 'tgw-hub.json', 'hybrid-dx-vpn.json', ...ROUTED])('%s has no error findings', (file) => {
    expect(show(load(file))).toEqual([]);
  });

  it.each(['three-tier.json', 'tgw-hub.json', 'hybrid-dx-vpn.json', ...ROUTED])('%s has flows, and every flow holds', (file) => {
    const doc = load(file);
    const flows = doc.connections.filter((c) => c.kind === 'flow');
    expect(flows.length).toBeGreaterThan(0);
    const flowIds = new Set<string>(flows.map((f) => f.id));
    expect(validate(doc).filter((f) => flowIds.has(f.subjects[0]!))).toEqual([]);
  });

  it.each(ROUTED)('%s is explicitly routed throughout and has no finding at all', (file) => {
    const doc = load(file);
    for (const node of doc.nodes) {
      if (node.kind === 'vpc' || node.kind === 'transit-gateway') expect((node.props?.routeTables ?? []).length, node.id).toBeGreaterThan(0);
    }
    expect(validate(doc).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('containers are big enough for their children', () => {
    const EDGE_KINDS = new Set<string>(['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway']);
    const leaf = { width: 112, height: 84 };
    for (const file of files) {
      const doc = load(file);
      const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
      for (const node of doc.nodes) {
        const parent = node.parent === undefined ? undefined : byId.get(node.parent);
        // Gateways on a VPC's edge straddle its border on purpose.
        if (!parent || !parent.size || (parent.kind === 'vpc' && EDGE_KINDS.has(node.kind))) continue;
        const size = node.size ?? leaf;
        const where = `${file}: ${node.id} in ${parent.id}`;
        expect(node.position!.x, where).toBeGreaterThanOrEqual(0);
        expect(node.position!.y, where).toBeGreaterThanOrEqual(40);
        expect(node.position!.x + size.width, where).toBeLessThanOrEqual(parent.size.width);
        expect(node.position!.y + size.height, where).toBeLessThanOrEqual(parent.size.height);
      }
    }
  });
});

describe('examples/broken.json', () => {
  const doc = load('broken.json');
  const findings = validate(doc);

  /**
   * The mistakes it was drawn with: the rule, and the element that breaks (the first subject).
   * Flow findings carry the id of the rule that blocks the flow; they come from the flow rule.
   */
  const designed: Array<{ rule: RuleId; first: string; by?: RuleId }> = [
    { rule: 'peering-cidr-overlap', first: 'pcx-core-legacy' },
    { rule: 'subnet-cidr-overlap', first: 'subnet-core-db' },
    { rule: 'subnet-outside-vpc', first: 'subnet-analytics-stray' },
    { rule: 'vgw-one-per-vpc', first: 'vgw-analytics-2' },
    { rule: 'public-subnet-without-igw', first: 'subnet-reporting-public' },
    { rule: 'nat-public-placement', first: 'nat-misplaced' },
    { rule: 'vif-target', first: 'vif-public-to-vgw' },
    { rule: 'vpn-ends', first: 'vpn-half' },
    { rule: 'peering-not-transitive', first: 'flow-analytics-reporting', by: 'flow-no-path' },
    { rule: 'dxgw-not-transitive', first: 'flow-east-west', by: 'flow-no-path' },
    { rule: 'flow-no-path', first: 'flow-island-core', by: 'flow-no-path' },
  ];

  // A rule another helper has not registered yet is reported as skipped, never as passed.
  it.for(designed.map((d) => [d.rule, d.first, d.by ?? d.rule] as const))('has %s on %s', ([rule, first, by], { skip }) => {
    if (!implemented.has(by)) skip(`${by} is not registered in RULES yet`);
    const match = findings.find((f) => f.rule === rule && f.subjects[0] === first);
    expect(match, `no ${rule} finding on ${first}; errors: ${show(doc).join('\n')}`).toBeDefined();
    expect(match!.severity).toBe('error');
  });

  it('has no error it was not designed to have', () => {
    const expected = new Set(designed.map((d) => `${d.rule} ${d.first}`));
    const unexpected = findings.filter((f) => f.severity === 'error' && !expected.has(`${f.rule} ${f.subjects[0]}`));
    expect(unexpected.map((f) => `${f.rule} [${f.subjects.join(', ')}]: ${f.message}`)).toEqual([]);
  });
});
