/** Address ranges that AWS's rules on VPC blocks name: link-local and the RFC 1918 private ranges. */
import { parseCidr, type CidrBlock } from './cidr';

/** A block from a constant of this module's callers; a typo in one is a programming error. */
export function block(text: string): CidrBlock {
  const result = parseCidr(text, 4);
  if (!result.ok) throw new Error(`bad constant ${text}`);
  return result.block;
}

/** 169.254.0.0/16: link-local, never allowed in a VPC. */
export const LINK_LOCAL = block('169.254.0.0/16');
/** The RFC 1918 private ranges. */
export const RFC1918 = [block('10.0.0.0/8'), block('172.16.0.0/12'), block('192.168.0.0/16')] as const;
