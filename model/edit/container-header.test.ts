import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { layoutDocument } from '../layout/layout-document';
import { createNodeElk } from '../layout/node-elk';
import { buildDocument, node, onPrem, subnet, vpc } from '../testing/build';
import { layoutContainerTitle } from '../text/container-title';
import { addNode, rename, updateNodeProps } from './commands';
import { absolutePosition, CONTAINER_HEADER, containerHeader, containerTitle, grownLeafSizes, LEAF_SIZE, leafSize, sizeOf } from './geometry';
import { keyboardDrop } from './keyboard-drop';
import { minimumSize, resizeContainer } from './resize';

const LONG_NAME = 'Payments platform production VPC shared with the analytics and data science teams';
const FOUR_BLOCKS = ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16'];

const byId = (doc: TopologyDocument, id: string) => doc.nodes.find((n) => n.id === id)!;

/** A 400 px VPC named `name` with `cidrs`, holding one subnet right under a one-line title bar, at (20, 40). */
function vpcWithSubnet(name: string, cidrs: string[]): TopologyDocument {
  return buildDocument([
    vpc('v', cidrs, { name, position: { x: 100, y: 100 }, size: { width: 400, height: 300 } }),
    subnet('s', 'v', '10.0.1.0/24', { position: { x: 20, y: 40 }, size: { width: 240, height: 150 } }),
  ]);
}

/** Every non-edge child of `id` starts below its title bar. */
function expectChildrenBelowTitle(doc: TopologyDocument, id: string): void {
  const header = containerHeader(byId(doc, id));
  for (const child of doc.nodes.filter((n) => n.parent === id)) expect(child.position!.y, child.id).toBeGreaterThanOrEqual(header);
}

describe('containerHeader: title bars grow for wrapped names and details', () => {
  it('is 40 for a short title, taller for a long name and four address blocks', () => {
    const short = vpcWithSubnet('prod', ['10.0.0.0/16']);
    expect(containerHeader(byId(short, 'v'))).toBe(CONTAINER_HEADER);
    const long = vpcWithSubnet(LONG_NAME, FOUR_BLOCKS);
    const title = containerTitle(byId(long, 'v'));
    expect(title.name.length).toBeGreaterThan(1);
    expect(title.details.length).toBeGreaterThan(1);
    expect(containerHeader(byId(long, 'v'))).toBe(title.height);
    expect(title.height).toBeGreaterThan(CONTAINER_HEADER);
    // Measured at the box's own width, with the words the canvas writes.
    expect(title).toEqual(layoutContainerTitle(LONG_NAME, 'VPC', FOUR_BLOCKS.join(', '), 400));
  });

  it('is 40 for a node that is not a container', () => {
    const doc = buildDocument([node('i', 'instance', undefined, undefined, { name: LONG_NAME })]);
    expect(containerHeader(byId(doc, 'i'))).toBe(CONTAINER_HEADER);
  });
});

describe('edits keep children below a taller title bar', () => {
  it('renaming a container to a long name grows it upward, its children staying where they are on the canvas', () => {
    const doc = vpcWithSubnet('prod', ['10.0.0.0/16']);
    const before = absolutePosition(doc, 's');
    const next = rename(doc, 'v', LONG_NAME);
    expect(containerHeader(byId(next, 'v'))).toBeGreaterThan(CONTAINER_HEADER);
    expectChildrenBelowTitle(next, 'v');
    expect(absolutePosition(next, 's')).toEqual(before);
    // A rename that needs no more room moves nothing.
    const renamed = rename(doc, 'v', 'prod-2');
    expect(byId(renamed, 's')).toBe(byId(doc, 's'));
    expect(byId(renamed, 'v').position).toEqual(byId(doc, 'v').position);
  });

  it('adding address blocks to a VPC grows it for the lines they take', () => {
    const doc = vpcWithSubnet(LONG_NAME, ['10.0.0.0/16']);
    const next = updateNodeProps(doc, 'v', { cidrs: FOUR_BLOCKS });
    expect(containerHeader(byId(next, 'v'))).toBeGreaterThan(containerHeader(byId(doc, 'v')));
    expectChildrenBelowTitle(next, 'v');
  });

  it('a node added from the keyboard goes below the title bar', () => {
    const doc = vpcWithSubnet(LONG_NAME, FOUR_BLOCKS);
    const emptied = { ...doc, nodes: doc.nodes.filter((n) => n.id !== 's') };
    const result = keyboardDrop(emptied, 'subnet', 'v')!;
    expect(result.created).toHaveLength(1);
    expectChildrenBelowTitle(result.doc, 'v');
  });

  it('a node dropped into the title bar pushes the container to grow above it', () => {
    const doc = vpcWithSubnet(LONG_NAME, FOUR_BLOCKS);
    const at = absolutePosition(doc, 'v');
    const { doc: next } = addNode(doc, { kind: 'instance', parentId: 'v', at: { x: at.x + 300, y: at.y + 10 } });
    expectChildrenBelowTitle(next, 'v');
  });
});

/** The narrowest width `minimumSize` allows keeps the title above the subnet, and one pixel less would not. */
function minimumSizeCheck(doc: TopologyDocument): boolean {
  const min = minimumSize(doc, 'v')!;
  const top = byId(doc, 's').position!.y;
  return containerHeader(byId(doc, 'v'), min.width) <= top && containerHeader(byId(doc, 'v'), min.width - 1) > top;
}

describe('resizing respects the title bar', () => {
  it('a container cannot narrow until its title would reach its children', () => {
    // The subnet 80 px down: room for a title of a few lines, not for the one a narrow box needs.
    const doc = vpcWithSubnet(LONG_NAME, FOUR_BLOCKS);
    const lowered = { ...doc, nodes: doc.nodes.map((n) => (n.id === 's' ? { ...n, position: { x: 20, y: 80 } } : n)) };
    expect(containerHeader(byId(lowered, 'v'))).toBeLessThanOrEqual(80);
    expect(minimumSizeCheck(lowered)).toBe(true);
  });

  it('resizing to a tiny box stops at that width', () => {
    const doc = rename(vpcWithSubnet('prod', ['10.0.0.0/16']), 'v', LONG_NAME);
    const min = minimumSize(doc, 'v')!;
    const top = byId(doc, 's').position!.y;
    expect(containerHeader(byId(doc, 'v'), min.width)).toBeLessThanOrEqual(top);
    // One pixel narrower, the title would take another line and reach the subnet.
    expect(containerHeader(byId(doc, 'v'), min.width - 1)).toBeGreaterThan(top);
    expect(min.width).toBeGreaterThan(byId(doc, 's').position!.x + 240 + 20);
    const resized = resizeContainer(doc, 'v', { width: 100, height: 100 });
    expect(sizeOf(byId(resized, 'v')).width).toBe(min.width);
    expectChildrenBelowTitle(resized, 'v');
  });

  it('an empty container stays tall enough for its title', () => {
    const doc = buildDocument([onPrem('dc', ['192.168.0.0/16', '172.16.0.0/12', '10.200.0.0/16'])]);
    const named = rename(doc, 'dc', 'Corporate data centre in Frankfurt, second floor, racks 12 to 14');
    const min = minimumSize(named, 'dc')!;
    expect(min.height).toBeGreaterThan(containerHeader(byId(named, 'dc'), min.width));
  });
});

describe('leafSize: subtitles wrap too', () => {
  it('makes a leaf taller for a subtitle that takes two lines', () => {
    const doc = buildDocument([
      node('cgw', 'customer-gateway', undefined, { ip: '203.0.113.12' }),
      node('cgw6', 'customer-gateway', undefined, { ip: '2001:db8:ffff:ffff:ffff:ffff:ffff:1' }),
    ]);
    expect(leafSize(byId(doc, 'cgw'))).toBe(LEAF_SIZE);
    expect(leafSize(byId(doc, 'cgw6')).height).toBeGreaterThan(LEAF_SIZE.height);
    expect(grownLeafSizes(doc).has('cgw6')).toBe(true);
  });
});

describe('auto-layout reserves each title bar', () => {
  it('places children below a long title, in a VPC and in a grid container', async () => {
    const doc = buildDocument([
      vpc('v', FOUR_BLOCKS, { name: LONG_NAME }),
      subnet('s1', 'v', '10.0.1.0/24', { props: { az: 'eu-west-1a' } }),
      subnet('s2', 'v', '10.0.2.0/24', { props: { az: 'eu-west-1b', public: true } }),
      { ...onPrem('dc', ['192.168.0.0/16']), name: 'Corporate data centre in Frankfurt, second floor, racks 12 to 14' },
      node('cgw', 'customer-gateway', 'dc'),
    ]);
    const { document } = await layoutDocument(doc, { elk: createNodeElk(), sizes: grownLeafSizes(doc) });
    for (const id of ['v', 'dc']) {
      const container = byId(document, id);
      expect(containerHeader(container)).toBeGreaterThan(CONTAINER_HEADER);
      for (const child of document.nodes.filter((n) => n.parent === id)) {
        expect(child.position!.y, child.id).toBeGreaterThanOrEqual(containerHeader(container));
      }
    }
  });
});
