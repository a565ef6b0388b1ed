import { describe, expect, it } from 'vitest';
import { asNodeId } from '../document/types';
import { isKind } from '../document/kind-guards';
import { updateNodeProps } from '../edit/commands';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { addressingOf } from './addressing';
import { indexOf } from './topology-index';

const addressingFindings = (doc: Parameters<typeof validate>[0]) =>
  validate(doc)
    .filter((f) => f.rule.startsWith('cidr-') || f.rule.startsWith('subnet-'))
    .map((f) => [f.rule, ...f.subjects].join(' '));

describe('addressingOf', () => {
  const doc = buildDocument([
    vpc('prod', ['10.0.0.0/16']),
    subnet('a', 'prod', '10.0.0.0/24'),
    subnet('b', 'prod', '10.0.1.0/24', { props: { ipv6Cidr: 'nope' } }),
    node('loose', 'subnet', undefined, { cidr: '10.9.0.1/24' }),
  ]);

  it('parses every CIDR field once, keeping the flawed ones, with the subnet blocks and VPCs the rules read', () => {
    const { flawedFields, subnets } = addressingOf(indexOf(doc));
    expect(flawedFields.map((f) => [f.element.id, f.field, f.result.ok])).toEqual([
      ['b', 'ipv6Cidr', false],
      ['loose', 'cidr', true],
    ]);
    expect(subnets.map((s) => [s.subnet.id, s.vpc?.id, s.ipv4?.text, s.ipv6?.text])).toEqual([
      ['a', 'prod', '10.0.0.0/24', undefined],
      ['b', 'prod', '10.0.1.0/24', undefined],
      ['loose', undefined, '10.9.0.1/24', undefined],
    ]);
    expect(addressingOf(indexOf(doc))).toBe(addressingOf(indexOf(doc)));
  });

  it('re-validating after an edit reads the edited blocks, while the old document keeps its findings', () => {
    const before = addressingFindings(doc);
    expect(before).toEqual(['cidr-invalid b', 'subnet-ipv6-without-vpc-ipv6 b prod', 'cidr-host-bits loose']);

    // The edit shares every node but `a` with the old document.
    const moved = updateNodeProps(doc, 'a', { cidr: '10.1.0.0/24' });
    expect(moved.nodes.find((n) => n.id === 'b')).toBe(doc.nodes.find((n) => n.id === 'b'));
    expect(addressingFindings(moved)).toEqual(['cidr-invalid b', 'subnet-ipv6-without-vpc-ipv6 b prod', 'subnet-outside-vpc a prod', 'cidr-host-bits loose']);

    const overlapping = updateNodeProps(moved, 'b', { cidr: '10.1.0.128/25', ipv6Cidr: undefined });
    expect(addressingFindings(overlapping)).toEqual([
      'subnet-cidr-overlap b a prod',
      'subnet-outside-vpc a prod',
      'subnet-outside-vpc b prod',
      'cidr-host-bits loose',
    ]);

    expect(addressingFindings(doc)).toEqual(before);
  });

  it('gives an index with a proposed node tables of its own', () => {
    const index = indexOf(doc);
    const subnet = doc.nodes[1];
    if (!isKind(subnet, 'subnet')) throw new Error('the second node of the fixture is a subnet');
    const proposed = index.withNode({ ...subnet, id: asNodeId('new'), props: { cidr: '10.0.0.0/8' } });
    expect(addressingOf(proposed).subnets.map((s) => s.subnet.id)).toEqual(['a', 'b', 'loose', 'new']);
    expect(addressingOf(index).subnets.map((s) => s.subnet.id)).toEqual(['a', 'b', 'loose']);
  });
});
