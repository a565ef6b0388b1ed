import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { vpcCidrRestricted } from './vpc-cidr-restricted';

const run = (cidrs: string[]) => vpcCidrRestricted.check(indexOf(buildDocument([vpc('v', cidrs)])));
const refused = (primary: string, secondary: string) => run([primary, secondary]).length > 0;

describe('vpc-cidr-restricted', () => {
  it('refuses a link-local block, primary or secondary', () => {
    const findings = run(['169.254.0.0/16']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpc-cidr-restricted', severity: 'error', subjects: ['v'] });
    expect(findings[0]!.message).toMatch(/VPC v: block 169\.254\.0\.0\/16 is in the link-local range/);
    expect(run(['10.0.0.0/16', '169.254.10.0/24'])).toHaveLength(1);
  });

  it('names the secondary block, the primary block and the refused range', () => {
    const [f] = run(['10.1.0.0/16', '192.168.0.0/16']);
    expect(f!.message).toBe(
      'VPC v: AWS refuses the secondary block 192.168.0.0/16, because the primary block 10.1.0.0/16 is in 10.0.0.0/8 and such a VPC cannot add blocks from 192.168.0.0/16.',
    );
  });

  describe('primary in 10.0.0.0/8', () => {
    it.each([
      ['172.16.0.0/16', true],
      ['172.31.0.0/16', true],
      ['192.168.0.0/16', true],
      ['198.19.0.0/16', true],
      ['10.2.0.0/16', false],
      ['100.64.0.0/16', false],
      ['52.0.0.0/16', false],
    ])('secondary %s refused: %s', (secondary, expected) => {
      expect(refused('10.1.0.0/16', secondary)).toBe(expected);
    });
    it('refuses 10.0.0.0/16 only when the primary is inside 10.0.0.0/15', () => {
      expect(run(['10.1.0.0/16', '10.0.0.0/16'])[0]!.message).toContain('is in 10.0.0.0/15');
      expect(refused('10.1.0.0/16', '10.0.5.0/24')).toBe(true);
      expect(refused('10.2.0.0/16', '10.0.0.0/16')).toBe(false);
    });
  });

  describe('primary in 172.16.0.0/12', () => {
    it.each([
      ['10.0.0.0/16', true],
      ['192.168.0.0/16', true],
      ['172.31.0.0/16', true],
      ['198.19.0.0/16', true],
      ['172.20.0.0/16', false],
      ['100.64.0.0/16', false],
      ['52.0.0.0/16', false],
    ])('secondary %s refused: %s', (secondary, expected) => {
      expect(refused('172.30.0.0/16', secondary)).toBe(expected);
    });
  });

  describe('primary in 192.168.0.0/16', () => {
    it.each([
      ['10.0.0.0/16', true],
      ['172.16.0.0/16', true],
      ['198.19.0.0/16', true],
      ['192.168.0.0/24', false],
      ['100.64.0.0/16', false],
      ['52.0.0.0/16', false],
    ])('secondary %s refused: %s', (secondary, expected) => {
      expect(refused('192.168.1.0/24', secondary)).toBe(expected);
    });
  });

  describe('primary in 198.19.0.0/16', () => {
    it.each([
      ['10.0.0.0/16', true],
      ['172.16.0.0/16', true],
      ['192.168.0.0/16', true],
      ['100.64.0.0/16', false],
      ['52.0.0.0/16', false],
    ])('secondary %s refused: %s', (secondary, expected) => {
      expect(refused('198.19.0.0/20', secondary)).toBe(expected);
    });
  });

  describe('primary publicly routable or in 100.64.0.0/10', () => {
    it.each([
      ['52.0.0.0/16', '10.0.0.0/16', true],
      ['52.0.0.0/16', '172.16.0.0/16', true],
      ['52.0.0.0/16', '192.168.0.0/16', true],
      ['52.0.0.0/16', '198.19.0.0/16', true],
      ['52.0.0.0/16', '100.64.0.0/16', false],
      ['52.0.0.0/16', '53.0.0.0/16', false],
      ['100.64.0.0/16', '10.0.0.0/16', true],
      ['100.64.0.0/16', '198.19.0.0/16', true],
      ['100.64.0.0/16', '100.65.0.0/16', false],
    ])('primary %s, secondary %s refused: %s', (primary, secondary, expected) => {
      expect(refused(primary, secondary)).toBe(expected);
    });
    it('says where the primary is', () => {
      expect(run(['100.64.0.0/16', '10.0.0.0/16'])[0]!.message).toContain('100.64.0.0/16 is in 100.64.0.0/10');
      expect(run(['52.0.0.0/16', '10.0.0.0/16'])[0]!.message).toContain('52.0.0.0/16 is publicly routable');
    });
  });

  it('takes the first block as written as the primary, and skips the table when it does not parse', () => {
    // With 192.168.0.0/16 as the primary, 10.0.0.0/16 would be refused; an unparsable primary decides nothing.
    expect(run(['10.0.0.0/33', '192.168.0.0/16', '10.0.0.0/16'])).toEqual([]);
    expect(vpcCidrRestricted.check(indexOf(buildDocument([node('empty', 'vpc')])))).toEqual([]);
  });

  it('does not compare secondary blocks with each other', () => {
    expect(run(['100.64.0.0/16', '52.0.0.0/16', '100.65.0.0/16'])).toEqual([]);
  });
});
