import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { buildDocument, node, region, vpc } from '../testing/build';
import { applyConnectShortcut, connectShortcuts } from './connect-shortcuts';

const doc = buildDocument([
  region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 1400, height: 900 } }),
  vpc('prod', ['10.0.0.0/16'], { parent: 'r', position: { x: 40, y: 60 }, size: { width: 440, height: 280 } }),
  node('vgw', 'vpn-gateway', 'prod', undefined, { position: { x: 384, y: 100 } }),
  node('tgw', 'transit-gateway', 'r', undefined, { position: { x: 700, y: 400 } }),
  node('dc', 'on-premises', undefined, { cidrs: ['192.168.0.0/16'] }, { position: { x: 1600, y: 100 }, size: { width: 300, height: 200 } }),
  node('cgw', 'customer-gateway', 'dc', { ip: '203.0.113.10', asn: 65010 }, { position: { x: 60, y: 60 } }),
]);

const ids = (list: ReturnType<typeof connectShortcuts>) => list.map((s) => s.id);
const kinds = (d: typeof doc, created: readonly string[]) =>
  created.map((id) => d.nodes.find((n) => n.id === id)?.kind ?? d.connections.find((c) => c.id === id)?.kind).sort();

describe('connectShortcuts', () => {
  it('offers a Site-to-Site VPN and Direct Connect from a customer gateway to a transit gateway or VGW, either way round', () => {
    expect(ids(connectShortcuts(doc, 'cgw', 'tgw'))).toEqual(['site-to-site-vpn', 'direct-connect-transit']);
    expect(ids(connectShortcuts(doc, 'tgw', 'cgw'))).toEqual(['site-to-site-vpn', 'direct-connect-transit']);
    expect(ids(connectShortcuts(doc, 'cgw', 'vgw'))).toEqual(['site-to-site-vpn', 'direct-connect-private']);
  });

  it('offers nothing between nodes no shortcut joins', () => {
    expect(connectShortcuts(doc, 'prod', 'tgw')).toEqual([]);
    expect(connectShortcuts(doc, 'cgw', 'prod')).toEqual([]);
  });

  it('builds the VPN: a VPN connection and its two links, with no finding about them', () => {
    const result = applyConnectShortcut(doc, 'cgw', 'tgw', 'site-to-site-vpn')!;
    expect(kinds(result.doc, result.ids)).toEqual(['vpn-connection', 'vpn-link', 'vpn-link']);
    const created = new Set(result.ids);
    expect(validate(result.doc).filter((f) => f.severity === 'error' && f.subjects.some((s) => created.has(s)))).toEqual([]);
  });

  it('builds Direct Connect to a transit gateway through a new Direct Connect gateway with a transit VIF', () => {
    const result = applyConnectShortcut(doc, 'cgw', 'tgw', 'direct-connect-transit')!;
    expect(kinds(result.doc, result.ids)).toEqual(['dx-connection', 'dx-gateway', 'dx-link', 'dxgw-association', 'vif']);
    const vif = result.doc.connections.find((c) => c.kind === 'vif')!;
    expect(vif.props).toMatchObject({ type: 'transit' });
  });

  it('builds Direct Connect to a VGW with a private VIF', () => {
    const result = applyConnectShortcut(doc, 'cgw', 'vgw', 'direct-connect-private')!;
    expect(kinds(result.doc, result.ids)).toEqual(['dx-connection', 'dx-link', 'vif']);
    expect(result.doc.connections.find((c) => c.kind === 'vif')!.props).toMatchObject({ type: 'private' });
  });

  it('refuses a shortcut that does not fit the pair', () => {
    expect(applyConnectShortcut(doc, 'cgw', 'vgw', 'direct-connect-transit')).toBeUndefined();
    expect(applyConnectShortcut(doc, 'prod', 'tgw', 'site-to-site-vpn')).toBeUndefined();
  });
});
