import { describe, expect, it } from 'vitest';
import { destinationProblem } from './add-route-form';

describe('destinationProblem', () => {
  it('accepts IPv4 and IPv6 blocks, default routes included', () => {
    for (const ok of ['10.0.0.0/8', '0.0.0.0/0', '::/0', '2600:1f18::/56', ' 192.168.0.0/16 ']) expect(destinationProblem(ok, [])).toBeUndefined();
  });

  it('says what is wrong with a malformed block, naming it', () => {
    expect(destinationProblem('', [])).toMatch(/Type a destination block/);
    expect(destinationProblem('10.0.0.0/33', [])).toMatch(/^10\.0\.0\.0\/33 /);
    expect(destinationProblem('10.0.0.0', [])).toMatch(/no prefix length/);
    expect(destinationProblem('10.0.0.1/8', [])).toBe('10.0.0.1/8 has host bits set; AWS stores 10.0.0.0/8.');
  });

  it('refuses a destination the table already routes (route-duplicate)', () => {
    expect(destinationProblem('10.0.0.0/8', ['10.0.0.0/8'])).toMatch(/already has a route to 10\.0\.0\.0\/8/);
    expect(destinationProblem('10.0.0.0/8', ['10.0.0.0/16'])).toBeUndefined();
  });
});
