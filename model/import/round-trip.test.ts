import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { importAws } from './aws/import-aws';
import { exportDescribe } from './testing/export-describe';
import { exportTerraformState } from './testing/export-terraform';
import { exportCloudFormation, forCloudFormation } from './testing/export-cloudformation';
import { importCloudFormation } from './cloudformation/import-cloudformation';
import { stringify } from 'yaml';
import { importTerraform } from './terraform/import-terraform';
import { canonical, expressible, type Exported, type Net } from './testing/round-trip';
import type { TopologyDocument } from '../document/types';

/** The imported document's topology, named by the original ids. */
function importedTopology(doc: TopologyDocument, exported: Exported<unknown>): unknown {
  const back = new Map([...exported.ids].map(([original, imported]) => [imported, original]));
  return canonical(doc, (id) => back.get(id));
}

const documents = arbitraryDocument({ maxNodes: 24, maxConnections: 16, unknownFields: false });

describe('exporting a generated document to each source and importing it gives the same topology', () => {
  it('AWS describe output', () => {
    fc.assert(fc.property(documents, (doc) => {
      const net: Net = expressible(doc);
      const exported = exportDescribe(net);
      const { document } = importAws(exported.output);
      expect(importedTopology(document, exported)).toEqual(canonical(net));
    }), { numRuns: 150 });
  });

  it('a Terraform state (terraform show -json)', () => {
    fc.assert(fc.property(documents, (doc) => {
      const net: Net = expressible(doc);
      const exported = exportTerraformState(net);
      const { document } = importTerraform(exported.output);
      expect(importedTopology(document, exported)).toEqual(canonical(net));
    }), { numRuns: 150 });
  });

  it('a CloudFormation template, in JSON or YAML', () => {
    fc.assert(fc.property(documents, fc.boolean(), (doc, asYaml) => {
      const net: Net = forCloudFormation(expressible(doc));
      const exported = exportCloudFormation(net);
      const text = asYaml ? stringify(exported.output) : JSON.stringify(exported.output);
      const { document } = importCloudFormation(text);
      expect(importedTopology(document, exported)).toEqual(canonical(net));
    }), { numRuns: 150 });
  });
});

describe('the round-trip comparison', () => {
  it('sees a lost route, a subnet moved to another table and a lost connection', () => {
    const doc = {
      format: 'vpc-canvas', version: 2, nodes: [
        { id: 'a', kind: 'vpc', props: { cidrs: ['10.0.0.0/16'] } }, { id: 'b', kind: 'vpc', props: { cidrs: ['10.1.0.0/16'] } },
        { id: 'igw', kind: 'internet-gateway', parent: 'a' }, { id: 's1', kind: 'subnet', parent: 'a', props: { cidr: '10.0.1.0/24' } },
      ],
      connections: [{ id: 'p', kind: 'vpc-peering', source: 'a', target: 'b' }],
    } as unknown as TopologyDocument;
    const net = expressible(doc);
    const exported = exportDescribe(net);
    const { document } = importAws(exported.output);
    const expected = canonical(net);
    expect(importedTopology(document, exported)).toEqual(expected);
    const vpc = (d: TopologyDocument) => d.nodes.find((n) => n.kind === 'vpc' && (n.props?.routeTables as unknown[] | undefined)?.length)!;
    const lostRoute = structuredClone(document);
    (vpc(lostRoute).props!.routeTables as Array<{ routes?: unknown[] }>)[0]!.routes!.pop();
    expect(importedTopology(lostRoute, exported)).not.toEqual(expected);
    const moved = structuredClone(document);
    delete moved.nodes.find((n) => n.kind === 'subnet')!.props!.routeTable;
    expect(importedTopology(moved, exported)).not.toEqual(expected);
    const lostPeering = { ...document, connections: document.connections.filter((c) => c.kind !== 'vpc-peering') };
    expect(importedTopology(lostPeering, exported)).not.toEqual(expected);
  });
});
