import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from './node-kinds';
import { readProps } from './prop-spec';

describe('readProps', () => {
  it('fills missing defaults on a copy, computing later defaults from earlier ones, and keeps unknown keys', () => {
    const stored = { connectivity: 'private', note: 'kept' };
    const props = readProps(NODE_KINDS['nat-gateway'].props, stored);
    expect(props).toEqual({ connectivity: 'private', elasticIps: 0, note: 'kept' });
    expect(stored).toEqual({ connectivity: 'private', note: 'kept' });
    // A default computed from a default filled before it: a fresh NAT gateway is public, with one Elastic IP.
    expect(readProps(NODE_KINDS['nat-gateway'].props, {})).toEqual({ connectivity: 'public', elasticIps: 1 });
  });

  it('returns stored props that lack no default as they are', () => {
    const stored = { cidr: '10.0.0.0/24', public: true };
    expect(readProps(NODE_KINDS.subnet.props, stored)).toBe(stored);
  });

  it('shares one frozen object among the elements of a kind that store no props', () => {
    const a = readProps(NODE_KINDS['vpc-endpoint'].props, undefined);
    expect(a).toEqual({ type: 'interface', service: 's3', privateDns: true, routeTables: [] });
    expect(readProps(NODE_KINDS['vpc-endpoint'].props, undefined)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
