import { describe, expect, it } from 'vitest';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { dropTarget } from './drop-target';

const doc = buildDocument([
  region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 1000, height: 800 } }),
  vpc('prod', ['10.0.0.0/16'], { parent: 'r', position: { x: 100, y: 100 }, size: { width: 500, height: 400 } }),
  subnet('app', 'prod', '10.0.1.0/24', { position: { x: 40, y: 60 }, size: { width: 200, height: 150 } }),
  node('vgw', 'vpn-gateway', 'prod', undefined, { position: { x: -56, y: 100 } }),
  node('web', 'instance', 'app', undefined, { position: { x: 20, y: 40 } }),
]);

const inApp = { x: 100 + 40 + 100, y: 100 + 60 + 100 };
const inProd = { x: 100 + 400, y: 100 + 300 };
const inRegion = { x: 800, y: 700 };
const outside = { x: 2000, y: 2000 };

describe('dropTarget', () => {
  it('puts an instance into the subnet under the pointer', () => {
    expect(dropTarget(doc, 'instance', inApp)).toMatchObject({ parentId: 'app', answer: { ok: true } });
  });
  it('puts a transit gateway dropped over a subnet into the region around it', () => {
    expect(dropTarget(doc, 'transit-gateway', inApp)).toMatchObject({ parentId: 'r', answer: { ok: true } });
  });
  it('refuses a subnet outside every VPC, saying why', () => {
    const target = dropTarget(doc, 'subnet', inRegion);
    expect(target.answer.ok).toBe(false);
    expect(target.answer.reason).toMatch(/VPC/);
  });
  it('refuses a NAT gateway dropped on a VPC outside its subnets', () => {
    const target = dropTarget(doc, 'nat-gateway', inProd);
    expect(target).toMatchObject({ parentId: 'prod', answer: { ok: false } });
    expect(target.answer.reason).toMatch(/inside a subnet/i);
  });
  it('refuses a second virtual private gateway instead of placing it elsewhere', () => {
    const target = dropTarget(doc, 'vpn-gateway', inProd);
    expect(target).toMatchObject({ parentId: 'prod', answer: { ok: false } });
    expect(target.answer.reason).toMatch(/only one virtual private gateway/);
  });
  it('counts a gateway dropped just outside a VPC border as on its edge', () => {
    expect(dropTarget(doc, 'internet-gateway', { x: 100 + 500 + 20, y: 300 })).toMatchObject({ parentId: 'prod', answer: { ok: true } });
  });
  it('puts a node that may stand alone at the top level', () => {
    expect(dropTarget(doc, 'internet', outside)).toMatchObject({ parentId: undefined, answer: { ok: true } });
  });
  it('never targets a moved node itself or its contents', () => {
    const target = dropTarget(doc, 'vpc', inApp, 'prod');
    expect(target.parentId).toBe('r');
  });
  it('refuses moving an instance out of every subnet', () => {
    expect(dropTarget(doc, 'instance', outside, 'web').answer.ok).toBe(false);
  });
});
