import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { parseDocumentValue } from '../document/parse';
import { toJsonValue } from '../document/serialize';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import {
  addRoute,
  addTgwRouteTable,
  addVpcRouteTable,
  removeRoute,
  removeRouteTable,
  renameRouteTable,
  setMainRouteTable,
  setTgwAssociation,
  setTgwPropagation,
  setVgwPropagation,
} from './route-table-edits';

const doc = buildDocument(
  [
    vpc('dev', ['10.1.0.0/16'], {
      props: {
        routeTables: [
          { id: 'rt-main', name: 'private', main: true, routes: [{ destination: '0.0.0.0/0', target: 'tgw' }], 'x-kept': 1, tags: { team: 'net' } },
          { id: 'rt-pub', name: 'public', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
        ],
      },
    }),
    subnet('a', 'dev', '10.1.0.0/24', { props: { routeTable: 'rt-pub' } }),
    subnet('b', 'dev', '10.1.1.0/24'),
    node('igw', 'internet-gateway', 'dev'),
    node('vgw', 'vpn-gateway', 'dev'),
    node('s3', 'vpc-endpoint', 'dev', { type: 'gateway', routeTables: ['rt-main', 'rt-pub'] }),
    vpc('plain', ['10.2.0.0/16']),
    node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 'tgw-rt-a', associations: ['att-dev'], propagations: [] }, { id: 'tgw-rt-b', associations: [] }] }),
    node('tgw-2', 'transit-gateway'),
    node('rtb-1', 'internet-gateway', 'plain'),
  ],
  [link('att-dev', 'tgw-attachment', 'tgw', 'dev'), link('att-plain', 'tgw-attachment', 'tgw-2', 'plain')],
);

const props = (d: TopologyDocument, id: string) => d.nodes.find((n) => n.id === id)!.props as Record<string, unknown>;
const tables = (d: TopologyDocument, id: string) => props(d, id).routeTables as Array<Record<string, unknown>>;
const table = (d: TopologyDocument, owner: string, id: string) => tables(d, owner).find((t) => t.id === id)!;
/** An edited document must open again as the user's file would. */
const reopened = (d: TopologyDocument) => parseDocumentValue(toJsonValue(d));

describe('VPC route table edits', () => {
  it('adds the first table of an implicitly routed VPC as its main table, with an id no element or table uses', () => {
    const { doc: next, id } = addVpcRouteTable(doc, 'plain');
    expect(id).toBe('rtb-2');
    expect(tables(next, 'plain')).toEqual([{ id: 'rtb-2', name: 'main', main: true, routes: [] }]);
    const { doc: again, id: second } = addVpcRouteTable(next, 'plain');
    expect(second).toBe('rtb-3');
    expect(table(again, 'plain', second).main).toBeUndefined();
    expect(reopened(again)).toEqual(again);
  });

  it('removes a table: its subnets fall back on the main table, endpoints forget it, unknown fields of others survive', () => {
    const next = removeRouteTable(doc, 'dev', 'rt-pub');
    expect(tables(next, 'dev').map((t) => t.id)).toEqual(['rt-main']);
    expect(props(next, 'a').routeTable).toBeUndefined();
    expect(props(next, 's3').routeTables).toEqual(['rt-main']);
    expect(table(next, 'dev', 'rt-main')['x-kept']).toBe(1);
  });

  it("removing a VPC's last table makes it implicitly routed", () => {
    const next = removeRouteTable(removeRouteTable(doc, 'dev', 'rt-pub'), 'dev', 'rt-main');
    expect(props(next, 'dev').routeTables).toBeUndefined();
    expect(props(next, 's3').routeTables).toEqual([]);
  });

  it('renames, and a blank name removes the name', () => {
    expect(table(renameRouteTable(doc, 'dev', 'rt-pub', 'edge'), 'dev', 'rt-pub').name).toBe('edge');
    expect('name' in table(renameRouteTable(doc, 'dev', 'rt-pub', '  '), 'dev', 'rt-pub')).toBe(false);
  });

  it('makes exactly one table main', () => {
    const next = setMainRouteTable(doc, 'dev', 'rt-pub');
    expect(tables(next, 'dev').map((t) => [t.id, t.main])).toEqual([
      ['rt-main', undefined],
      ['rt-pub', true],
    ]);
    expect(setMainRouteTable(doc, 'dev', 'nope')).toBe(doc);
  });

  it('adds a route at the end and removes one by position', () => {
    const added = addRoute(doc, 'dev', 'rt-main', { destination: '192.168.0.0/16', target: 'vgw' });
    expect(table(added, 'dev', 'rt-main').routes).toEqual([
      { destination: '0.0.0.0/0', target: 'tgw' },
      { destination: '192.168.0.0/16', target: 'vgw' },
    ]);
    const removed = removeRoute(added, 'dev', 'rt-main', 0);
    expect(table(removed, 'dev', 'rt-main').routes).toEqual([{ destination: '192.168.0.0/16', target: 'vgw' }]);
    expect(removeRoute(doc, 'dev', 'rt-main', 5)).toEqual(doc);
  });

  it('turns VGW propagation on and off, dropping an empty list', () => {
    const on = setVgwPropagation(doc, 'dev', 'rt-main', 'vgw', true);
    expect(table(on, 'dev', 'rt-main').propagate).toEqual(['vgw']);
    expect(table(setVgwPropagation(on, 'dev', 'rt-main', 'vgw', true), 'dev', 'rt-main').propagate).toEqual(['vgw']);
    expect('propagate' in table(setVgwPropagation(on, 'dev', 'rt-main', 'vgw', false), 'dev', 'rt-main')).toBe(false);
  });

  it('leaves the document alone for an owner or table that does not exist', () => {
    expect(addRoute(doc, 'nope', 'rt-main', { destination: '0.0.0.0/0', target: 'igw' })).toBe(doc);
    expect(addRoute(doc, 'dev', 'nope', { destination: '0.0.0.0/0', target: 'igw' })).toBe(doc);
    expect(removeRouteTable(doc, 'dev', 'tgw-rt-a')).toBe(doc);
  });
});

describe('transit gateway route table edits', () => {
  it("writes out an implicitly routed gateway's default table as its first table; later tables start empty", () => {
    const { doc: next, id } = addTgwRouteTable(doc, 'tgw-2', [
      { id: 'att-plain', propagates: true },
      { id: 'peer', propagates: false },
    ]);
    expect(tables(next, 'tgw-2')).toEqual([{ id, name: 'default', associations: ['att-plain', 'peer'], propagations: ['att-plain'], routes: [] }]);
    const { doc: again, id: second } = addTgwRouteTable(next, 'tgw-2', [{ id: 'att-plain', propagates: true }]);
    expect(table(again, 'tgw-2', second)).toMatchObject({ associations: [], propagations: [], routes: [] });
  });

  it('associates an attachment with one table only, moving it out of the other', () => {
    const next = setTgwAssociation(doc, 'tgw', 'att-dev', 'tgw-rt-b');
    expect(table(next, 'tgw', 'tgw-rt-a').associations).toEqual([]);
    expect(table(next, 'tgw', 'tgw-rt-b').associations).toEqual(['att-dev']);
    const none = setTgwAssociation(next, 'tgw', 'att-dev', undefined);
    expect(tables(none, 'tgw').map((t) => t.associations)).toEqual([[], []]);
  });

  it('turns propagation on and off', () => {
    const on = setTgwPropagation(doc, 'tgw', 'tgw-rt-b', 'att-dev', true);
    expect(table(on, 'tgw', 'tgw-rt-b').propagations).toEqual(['att-dev']);
    expect(table(setTgwPropagation(on, 'tgw', 'tgw-rt-b', 'att-dev', false), 'tgw', 'tgw-rt-b').propagations).toEqual([]);
  });
});
