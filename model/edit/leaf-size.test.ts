import { describe, expect, it } from 'vitest';
import { parseDocumentValue } from '../document/parse';
import { wrapText } from '../text/text-metrics';
import { absoluteRect, grownLeafSizes, LEAF_SIZE, leafSize, sizeOf } from './geometry';

const doc = parseDocumentValue({
  format: 'vpc-canvas',
  version: 2,
  nodes: [
    { id: 'vpc', kind: 'vpc', props: { cidrs: ['10.0.0.0/16'] }, size: { width: 600, height: 400 } },
    { id: 'igw', kind: 'internet-gateway', parent: 'vpc', name: 'igw' },
    { id: 'dc', kind: 'on-premises', name: 'Corporate data centre in Frankfurt, second floor, rack 12' },
    { id: 'cgw', kind: 'customer-gateway', parent: 'dc', name: 'Corporate data centre router prod-private-c, the one on the left', position: { x: 20, y: 60 } },
    { id: 'unnamed-instance-with-a-long-generated-identifier-0001', kind: 'internet' },
  ],
  connections: [],
});
const node = (id: string) => doc.nodes.find((n) => n.id === id)!;
const nameLines = (text: string) => wrapText(text, LEAF_SIZE.width - 4, { size: 12, bold: true }).length;

describe('leafSize: boxes grow to fit names', () => {
  it('keeps the default size for a name on one line', () => {
    expect(nameLines('igw')).toBe(1);
    expect(leafSize(node('igw'))).toBe(LEAF_SIZE);
  });

  it('makes a leaf taller, never narrower, for every line its name needs, so that nothing is cut', () => {
    const cgw = node('cgw');
    const lines = nameLines(cgw.name!);
    expect(lines).toBeGreaterThan(2);
    const size = leafSize(cgw);
    expect(size.width).toBe(LEAF_SIZE.width);
    // Icon and detail line (63 px) plus 14.4 px per line of name.
    expect(size.height).toBeGreaterThanOrEqual(63 + lines * 14.4);
    expect(sizeOf(cgw)).toEqual(size);
    expect(absoluteRect(doc, 'cgw')!.height).toBe(size.height);
  });

  it('sizes a leaf without a name by the id it shows instead', () => {
    expect(leafSize(node('unnamed-instance-with-a-long-generated-identifier-0001')).height).toBeGreaterThan(LEAF_SIZE.height);
  });

  it('lists the grown leaves for the layout, and never a container (sized by its own field)', () => {
    const sizes = grownLeafSizes(doc);
    expect([...sizes.keys()].sort()).toEqual(['cgw', 'unnamed-instance-with-a-long-generated-identifier-0001']);
    expect(sizeOf(node('dc'))).not.toEqual(sizes.get('cgw'));
  });
});
