import { describe, expect, it } from 'vitest';
import { containerHeader } from '../edit/geometry';
import { rename } from '../edit/commands';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { buildScene } from './scene';
import { exportSvg } from './svg-export';

const NAME = 'Payments platform production VPC shared with the analytics and data science teams';
const BLOCKS = ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16'];

/** A 420 px VPC with four blocks, its subnet right under a one-line title, then renamed long (the edit grows the VPC). */
const doc = rename(
  buildDocument([
    vpc('v', BLOCKS, { name: 'short', position: { x: 0, y: 0 }, size: { width: 420, height: 300 } }),
    subnet('s', 'v', '10.0.1.0/24', { position: { x: 20, y: 40 }, size: { width: 240, height: 150 } }),
    node('cgw', 'customer-gateway', undefined, { ip: '2001:db8:ffff:ffff:ffff:ffff:ffff:1' }, { position: { x: 600, y: 0 } }),
  ]),
  'v',
  NAME,
);
const squash = (text: string) => text.replace(/\s/g, '');

describe('export scene: titles and subtitles are wrapped, never cut', () => {
  const scene = buildScene(doc);
  const container = scene.containers.find((c) => c.node.id === 'v')!;

  it("writes the container's whole name and every address block, on as many lines as they take, inside its title bar", () => {
    const words = container.lines.map((l) => `${l.lead?.text ?? ''}${l.text}`).join('');
    expect(squash(words)).toBe(squash(`${NAME}VPC· ${BLOCKS.join(', ')}`));
    expect(container.lines.length).toBeGreaterThan(3);
    expect(container.lines[container.lines.length - 1]!.y).toBeLessThan(container.rect.y + containerHeader(doc.nodes[0]!));
    const subnetBox = scene.containers.find((c) => c.node.id === 's')!.rect;
    expect(subnetBox.y).toBeGreaterThanOrEqual(container.rect.y + containerHeader(doc.nodes[0]!));
  });

  it('sets the kind label in its own font before the monospaced details', () => {
    const lead = container.lines.find((l) => l.lead)!;
    expect(lead.lead).toMatchObject({ text: 'VPC', font: { size: 11, bold: true } });
    expect(lead.font.mono).toBe(true);
    const svg = exportSvg(doc)!.svg;
    // Bold and sans-serif inside a monospaced line: only what differs from the line is written.
    expect(svg).toMatch(/<text [^>]*font-family="Menlo[^>]*><tspan fill="#[0-9a-f]+" font-weight="bold" font-family="Helvetica[^"]*">VPC<\/tspan> ·/);
    for (const block of BLOCKS) expect(svg).toContain(block);
    expect(svg).not.toContain('…');
  });

  it("wraps a leaf's long subtitle within its box", () => {
    const leaf = scene.leaves.find((l) => l.node.id === 'cgw')!;
    expect(squash(leaf.lines.map((l) => l.text).join(''))).toBe(squash('cgw CGW · 2001:db8:ffff:ffff:ffff:ffff:ffff:1'));
    expect(leaf.lines.length).toBeGreaterThan(2);
    expect(leaf.lines[leaf.lines.length - 1]!.y).toBeLessThanOrEqual(leaf.rect.y + leaf.rect.height);
  });
});
