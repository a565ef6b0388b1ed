/** AWS's size bounds for a VPC's or a subnet's IPv4 block. */
import type { CidrBlock } from './cidr';

/** AWS's bounds for an IPv4 block of a VPC or a subnet: /16 at the largest, /28 at the smallest. */
const LARGEST_IPV4_PREFIX = 16;
const SMALLEST_IPV4_PREFIX = 28;

/** Why an IPv4 block is outside AWS's /16–/28 range, or undefined when it fits. */
export function ipv4SizeProblem(block: CidrBlock): string | undefined {
  if (block.prefix < LARGEST_IPV4_PREFIX) return `is larger than /${LARGEST_IPV4_PREFIX}`;
  if (block.prefix > SMALLEST_IPV4_PREFIX) return `is smaller than /${SMALLEST_IPV4_PREFIX}`;
  return undefined;
}
