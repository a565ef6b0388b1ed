import { describe, expect, it } from 'vitest';
import { canConnect, canPlace } from './connect';
import { buildDocument, link, node, subnet, vpc } from './testing/build';

const doc = buildDocument(
  [
    vpc('prod', ['10.0.0.0/16']),
    vpc('dev', ['10.0.128.0/17']),
    vpc('shared', ['10.1.0.0/16']),
    node('vgw-prod', 'vpn-gateway', 'prod'),
    node('tgw', 'transit-gateway'),
    node('dx', 'dx-connection'),
    node('dxgw', 'dx-gateway'),
    subnet('app', 'prod', '10.0.1.0/24'),
    node('igw', 'internet-gateway'),
  ],
  [link('pcx-1', 'vpc-peering', 'prod', 'shared')],
);

describe('canConnect', () => {
  it('infers a peering between two VPCs', () => {
    expect(canConnect(doc, 'dev', 'shared')).toMatchObject({ ok: true, kind: 'vpc-peering' });
  });
  it('refuses a peering between overlapping VPCs, naming both blocks', () => {
    const answer = canConnect(doc, 'prod', 'dev');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('10.0.0.0/16');
    expect(answer.reason).toContain('10.0.128.0/17');
  });
  it('refuses ends no connection kind joins', () => {
    expect(canConnect(doc, 'app', 'tgw')).toMatchObject({ ok: false });
  });
  it('explains that gateways attach by containment, from either end', () => {
    expect(canConnect(doc, 'prod', 'igw').reason).toBe('Internet gateway igw is attached by placing it inside VPC prod, not with a line.');
    expect(canConnect(doc, 'vgw-prod', 'dev').reason).toBe('Virtual private gateway vgw-prod is attached by placing it inside VPC dev, not with a line.');
  });
  it('names a proposed flow as the new flow when its ends do not fit', () => {
    expect(canConnect(doc, 'tgw', 'prod', { kind: 'flow' }).reason).toBe(
      'The new flow cannot join Transit gateway tgw to VPC prod: a flow goes from a VPC, a subnet, an instance or an on-premises network to a VPC, a subnet, an instance, an on-premises network or the internet.',
    );
  });
  it('offers the VIF types that fit a DX gateway', () => {
    const answer = canConnect(doc, 'dx', 'dxgw');
    expect(answer.ok).toBe(true);
    expect(answer.options.map((o) => o.props?.type)).toEqual(expect.arrayContaining(['private', 'transit']));
  });
  it('never infers an intent flow, but checks one on request', () => {
    expect(canConnect(doc, 'dev', 'shared').options.map((o) => o.kind)).not.toContain('flow');
    expect(canConnect(doc, 'dev', 'shared', { kind: 'flow' })).toMatchObject({ ok: true, kind: 'flow' });
  });
});

describe('canPlace', () => {
  it('refuses a second virtual private gateway in a VPC', () => {
    const answer = canPlace(doc, 'vpn-gateway', 'prod');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/only one virtual private gateway/);
  });
  it('accepts a first virtual private gateway', () => {
    expect(canPlace(doc, 'vpn-gateway', 'dev').ok).toBe(true);
  });
  it('refuses a subnet outside every VPC', () => {
    expect(canPlace(doc, 'subnet', undefined)).toMatchObject({ ok: false, reason: expect.stringMatching(/must be inside a VPC/) });
  });
  it('refuses moving a node into its own descendant', () => {
    expect(canPlace(doc, 'vpc', 'app', 'prod').ok).toBe(false);
  });
});
