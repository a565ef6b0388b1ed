import { describe, expect, it } from 'vitest';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { keyboardDrop } from './keyboard-drop';

const doc = buildDocument([
  region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 1200, height: 900 } }),
  vpc('prod', ['10.0.0.0/16'], { parent: 'r', position: { x: 100, y: 100 }, size: { width: 700, height: 500 } }),
  subnet('app', 'prod', '10.0.1.0/24', { position: { x: 20, y: 40 }, size: { width: 200, height: 150 } }),
  node('web', 'instance', 'app', undefined, { position: { x: 20, y: 40 } }),
]);

const dropAt = (kind: Parameters<typeof keyboardDrop>[1], selected: string | undefined) => {
  const result = keyboardDrop(doc, kind, selected);
  return result?.doc.nodes.find((n) => n.id === result.created[0]);
};

describe('keyboardDrop', () => {
  it('puts a subnet into the selected VPC, beside the subnet already there rather than inside it', () => {
    expect(dropAt('subnet', 'prod')).toMatchObject({ kind: 'subnet', parent: 'prod' });
  });

  it('puts an instance into the selected subnet, beside the instance already there', () => {
    const added = dropAt('instance', 'app')!;
    expect(added).toMatchObject({ parent: 'app' });
    expect(added.position!.x >= 20 + 112 || added.position!.y >= 40 + 84).toBe(true);
  });

  it('goes up to the nearest container that may hold the kind: a gateway added with a subnet selected joins its VPC', () => {
    expect(dropAt('internet-gateway', 'web')).toMatchObject({ kind: 'internet-gateway', parent: 'prod' });
    expect(dropAt('vpc', 'web')).toMatchObject({ kind: 'vpc', parent: 'r' });
  });

  it('leaves it to the caller when nothing selected can hold the kind', () => {
    expect(keyboardDrop(doc, 'on-premises', 'web')).toBeUndefined();
    expect(keyboardDrop(doc, 'subnet', undefined)).toBeUndefined();
  });

  it('says why AWS refuses, leaving the document as it was', () => {
    const withVgw = keyboardDrop(doc, 'vpn-gateway', 'prod')!;
    const second = keyboardDrop(withVgw.doc, 'vpn-gateway', 'prod')!;
    expect(second.created).toEqual([]);
    expect(second.doc).toBe(withVgw.doc);
    expect(second.refusals[0]).toMatch(/virtual private gateway/i);
  });
});
