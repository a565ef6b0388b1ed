/**
 * The command line with hundreds of thousands of findings (issue 14: a hub with 1,000 overlapping
 * spokes once gave 499,501). The rules now group such findings, so a real document that yields
 * this many would be huge; here `validate` is replaced by one that returns that many, to test
 * what the command line does with them: no argument spread blowing the stack, the text capped,
 * JSON complete, and the exit status that of the findings.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ElementId } from '../model/document/types';
import type { Finding } from '../model/rules/finding';
import { run } from './main';
import { fakeIo } from './testing';
import { DEFAULT_MAX_FINDINGS } from './text-report';

const COUNT = 500_000;

vi.mock('../model/validate', () => ({
  validate: (): Finding[] => {
    const findings: Finding[] = [];
    for (let i = 0; i < COUNT; i++) {
      findings.push({
        rule: i % 2 ? 'peering-overlapping-spokes' : 'peering-cidr-overlap',
        severity: i < COUNT / 2 ? 'error' : 'warning',
        message: `finding ${i}`,
        subjects: ['vpc-a' as ElementId],
      });
    }
    return findings;
  },
}));

const DOC = JSON.stringify({
  format: 'vpc-canvas',
  version: 1,
  nodes: [{ id: 'vpc-a', kind: 'vpc', name: 'a', props: { cidrs: ['10.0.0.0/16'] } }],
  connections: [],
});

describe(`validate with ${COUNT.toLocaleString('en')} findings`, () => {
  it('text: exit 1 (not an internal error), the first findings and "… and N more"', async () => {
    const io = fakeIo({ 'hub.json': DOC });
    expect(await run(['validate', 'hub.json'], io)).toBe(1);
    expect(io.err).toBe('');
    expect(io.out).toContain(`  … and ${COUNT - DEFAULT_MAX_FINDINGS} more (${COUNT / 2 - DEFAULT_MAX_FINDINGS} errors, ${COUNT / 2} warnings, 0 infos)`);
    expect(io.out).toContain(`  ${COUNT / 2} errors, ${COUNT / 2} warnings, 0 infos\n`);
    expect(io.out.length).toBeLessThan(50_000);
  }, 60_000);

  it('json: every finding, valid JSON, exit 1', async () => {
    const io = fakeIo({ 'hub.json': DOC });
    expect(await run(['validate', 'hub.json', '--format', 'json'], io)).toBe(1);
    const parsed = JSON.parse(io.out);
    expect(parsed.findings).toHaveLength(COUNT);
    expect(parsed.findings[COUNT - 1].message).toBe(`finding ${COUNT - 1}`);
    expect(parsed.summary).toEqual({ errors: COUNT / 2, warnings: COUNT / 2, infos: 0 });
  }, 60_000);
});
