import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../model';
import { readFixtureFolder } from '../../../model/import/aws/testing/read-fixtures';
import { readSourceFiles, reportLines } from './source-files';

const fixture = (path: string) => readFileSync(new URL(`../../../model/import/${path}`, import.meta.url), 'utf8');

describe('readSourceFiles: what Open reads', () => {
  it('opens a topology document as before, without a report', async () => {
    const text = serializeDocument({ format: 'vpc-canvas', version: 2, name: 'mine', nodes: [], connections: [] });
    const result = await readSourceFiles([{ path: 'mine.json', text }]);
    expect(result).toMatchObject({ ok: true, doc: { name: 'mine' } });
    expect(result.ok && result.report).toBeUndefined();
  });

  it('imports a folder of describe files, a Terraform plan and a CloudFormation template, each with its report', async () => {
    const aws = await readSourceFiles(readFixtureFolder().map((f) => ({ path: f.path, text: f.text })));
    expect(aws.ok && aws.report?.format).toBe('aws');
    expect(aws.ok && aws.doc.nodes.some((n) => n.id === 'vpc-0a60eb65b4EXAMPLE')).toBe(true);
    const plan = await readSourceFiles([{ path: 'plan.json', text: fixture('terraform/fixtures/plan-modules.json') }]);
    expect(plan.ok && plan.doc.name).toBe('Imported from Terraform');
    const template = await readSourceFiles([{ path: 'vpc.yaml', text: fixture('cloudformation/fixtures/vpc-conditions.yaml') }]);
    expect(template.ok && template.report?.gaps).toContainEqual({ resource: 'NatGateway', reason: 'its Condition WithNat is false: not created' });
    const lines = template.ok && template.report ? reportLines(template.report) : undefined;
    expect(lines?.summary).toMatch(/^Read 1 input \(CloudFormation template \(YAML\)\)\. Made .*1 vpc.*\. \d+ resources or fields were not mapped, or only in part:$/);
    expect(lines?.details).toContain('NatGateway: its Condition WithNat is false: not created');
  });

  it('refuses text that is none of them with the parser\'s message, and a mix of formats with the reason', async () => {
    const single = await readSourceFiles([{ path: 'x.json', text: '{"hello": 1}' }]);
    expect(single).toMatchObject({ ok: false, title: 'x.json cannot be opened' });
    const mixed = await readSourceFiles([
      { path: 'plan.json', text: fixture('terraform/fixtures/plan-modules.json') },
      { path: 'vpcs.json', text: fixture('aws/fixtures/111122223333/us-east-1/vpcs.json') },
    ]);
    expect(mixed).toMatchObject({ ok: false, title: 'Nothing was imported' });
    expect(!mixed.ok && mixed.message).toContain('the inputs mix formats');
  });
});
