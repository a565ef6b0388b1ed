import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/document/parse';
import { nodeIo, run } from './main';
import { fakeIo } from './testing';

const PLAN = fileURLToPath(new URL('../model/import/terraform/fixtures/plan-modules.json', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../model/import/cloudformation/fixtures/vpc-conditions.yaml', import.meta.url));
const AWS_VPCS = fileURLToPath(new URL('../model/import/aws/fixtures/111122223333/us-east-1/vpcs.json', import.meta.url));

/** The real file system for reading, writes kept in memory. */
function diskIo() {
  const io = fakeIo();
  return Object.assign(io, { readFile: nodeIo().readFile });
}

describe('vpc-canvas import of Terraform and CloudFormation', () => {
  it('tells a terraform show -json plan by its content, writes the document and reports what stayed unknown', async () => {
    const io = diskIo();
    expect(await run(['import', PLAN, '-o', 'net.json'], io)).toBe(0);
    expect(io.err).toContain('plan-modules.json: terraform show -json (plan), 20 resources');
    expect(io.err).toContain('module.network.aws_subnet.extra cidr_block: its block is not known (unknown until apply): fill it in');
    const doc = parseDocument(io.written['net.json']!);
    expect(doc.nodes.find((n) => n.id === 'module.network.aws_vpc.this')?.kind).toBe('vpc');
  });

  it('imports a CloudFormation template with parameters from the command line, which turn its Conditions', async () => {
    const without = diskIo();
    expect(await run(['import', TEMPLATE], without)).toBe(0);
    expect(parseDocument(without.out).nodes.some((n) => n.id === 'NatGateway')).toBe(false);
    expect(without.err).toContain('NatGateway: its Condition WithNat is false: not created');
    const withNat = diskIo();
    expect(await run(['import', TEMPLATE, '--format', 'cloudformation', '--param', 'CreateNatGateway=true', '--param=EnvironmentName=prod', '--region', 'eu-west-1'], withNat)).toBe(0);
    const doc = parseDocument(withNat.out);
    expect(doc.nodes.find((n) => n.id === 'NatGateway')).toMatchObject({ kind: 'nat-gateway', parent: 'PublicSubnet1' });
    expect(doc.nodes.find((n) => n.id === 'PublicSubnet1')?.props).toMatchObject({ az: 'eu-west-1a', cidr: '10.192.0.0/22' });
  });

  it('exits 2 with the reason: a wrong parameter value, --param for another format, mixed formats, a bad template', async () => {
    const wrong = diskIo();
    expect(await run(['import', TEMPLATE, '--param', 'CreateNatGateway=maybe'], wrong)).toBe(2);
    expect(wrong.err).toContain('Parameters.CreateNatGateway: "maybe" is not one of its AllowedValues');
    const notCfn = diskIo();
    expect(await run(['import', PLAN, '--param', 'A=b'], notCfn)).toBe(2);
    expect(notCfn.err).toContain('--param is for CloudFormation templates; the input is terraform');
    const dir = mkdtempSync(join(tmpdir(), 'vpc-canvas-iac-'));
    copyFileSync(PLAN, join(dir, 'plan.json'));
    copyFileSync(AWS_VPCS, join(dir, 'vpcs.json'));
    const mixed = diskIo();
    expect(await run(['import', dir], mixed)).toBe(2);
    expect(mixed.err).toMatch(/the inputs mix formats \(.*plan\.json is terraform, .*vpcs\.json is aws\)/);
    writeFileSync(join(dir, 'broken.yaml'), 'Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Nowhere\n');
    const broken = diskIo();
    expect(await run(['import', join(dir, 'broken.yaml')], broken)).toBe(2);
    expect(broken.err).toContain('broken.yaml: Resources.A.Properties.VpcId.Ref: "Nowhere" is neither a parameter nor a resource of the template');
    const usage = diskIo();
    expect(await run(['import', TEMPLATE, '--param', 'novalue'], usage)).toBe(2);
    expect(usage.err).toContain('--param takes Key=Value');
  });
});
