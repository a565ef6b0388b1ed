import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS, CONNECTION_KIND_LIST } from './connection-kinds';
import { NODE_KIND_LIST, nodeKindSpec, type NodeKind } from './node-kinds';

const containers = NODE_KIND_LIST.filter((kind) => nodeKindSpec(kind).container);

describe('the node kind registry', () => {
  it('gives every node and connection kind an id prefix, none shared: ids of both share one namespace', () => {
    const prefixes = [...NODE_KIND_LIST.map((k) => nodeKindSpec(k).idPrefix), ...CONNECTION_KIND_LIST.map((k) => CONNECTION_KINDS[k].idPrefix)];
    for (const prefix of prefixes) expect(prefix).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('never lets one prefix followed by a number read as another kind’s id', () => {
    // `vpce-svc-1` must not be taken for the 'vpce' prefix with a number, nor `tgw-attach-2` for 'tgw'.
    const prefixes = [...NODE_KIND_LIST.map((k) => nodeKindSpec(k).idPrefix), ...CONNECTION_KIND_LIST.map((k) => CONNECTION_KINDS[k].idPrefix)];
    for (const a of prefixes) {
      for (const b of prefixes) if (a !== b) expect(`${b}-1`, `${a} / ${b}`).not.toMatch(new RegExp(`^${a}-\\d+$`));
    }
  });

  it('sizes containers: a positive minimum no larger than the default', () => {
    expect(containers.length).toBeGreaterThan(0);
    for (const kind of containers) {
      const { defaultSize, minSize } = nodeKindSpec(kind).container!;
      expect(minSize.width, kind).toBeGreaterThan(0);
      expect(minSize.height, kind).toBeGreaterThan(0);
      expect(minSize.width, kind).toBeLessThanOrEqual(defaultSize.width);
      expect(minSize.height, kind).toBeLessThanOrEqual(defaultSize.height);
    }
  });

  it('lets kinds live only inside containers, and requires a parent only where one is allowed', () => {
    for (const kind of NODE_KIND_LIST) {
      const spec = nodeKindSpec(kind);
      for (const parent of spec.parents) expect(containers, `${kind} inside ${parent}`).toContain(parent);
      if (spec.parentRequired) expect(spec.parents.length, kind).toBeGreaterThan(0);
    }
  });

  it('attaches only leaves, and only to containers they may be placed in', () => {
    const attached = NODE_KIND_LIST.filter((kind) => nodeKindSpec(kind).attachment);
    expect(attached).toEqual(['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway']);
    for (const kind of attached) {
      const spec = nodeKindSpec(kind);
      expect(spec.container, kind).toBeUndefined();
      for (const parent of spec.attachment!.to) expect(spec.parents, `${kind} attaches to ${parent}`).toContain(parent);
    }
  });

  it('reads the layout left to right: sites, hybrid connections, hubs, networks', () => {
    const byRole = (role: string) => NODE_KIND_LIST.filter((kind) => nodeKindSpec(kind).layoutRole === role);
    expect(byRole('site')).toEqual<NodeKind[]>(['on-premises', 'customer-gateway', 'internet']);
    expect(byRole('hybrid')).toEqual<NodeKind[]>(['dx-connection', 'vpn-connection']);
    // Containers hold the networks; none of them is a hub or a hybrid connection.
    for (const kind of containers) expect(['site', 'network'], kind).toContain(nodeKindSpec(kind).layoutRole);
  });
});
