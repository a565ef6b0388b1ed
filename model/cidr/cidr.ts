/**
 * CIDR arithmetic for IPv4 and IPv6: `ip-address` parses, BigInt does the range math.
 * Blocks are compared by their first and last address, so "overlap" means AWS's "matching or
 * overlapping", never string equality.
 */
import { Address4, Address6 } from 'ip-address';

export type IpFamily = 4 | 6;

/** A parsed CIDR block. */
export interface CidrBlock {
  readonly family: IpFamily;
  readonly prefix: number;
  /** First address of the block (the network address). */
  readonly first: bigint;
  /** Last address of the block. */
  readonly last: bigint;
  /** The text as written. */
  readonly text: string;
  /** The network form AWS would store, e.g. `10.0.0.0/16` for `10.0.0.1/16`. */
  readonly canonical: string;
  /** True when the written address is not the network address. */
  readonly hostBitsSet: boolean;
}

export type CidrParseResult = { ok: true; block: CidrBlock } | { ok: false; reason: string };

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };
const PREFIX_SYNTAX = /^[^/\s]+\/(0|[1-9][0-9]{0,2})$/;
const PREFIX_LENGTH = /^(0|[1-9][0-9]{0,2})$/;

/** Number of addresses in a block of this prefix length. */
export function blockSize(family: IpFamily, prefix: number): bigint {
  return 1n << BigInt(BITS[family] - prefix);
}

/** Formats an address of the family as text. */
function formatAddress(family: IpFamily, value: bigint): string {
  return family === 4 ? Address4.fromBigInt(value).correctForm() : Address6.fromBigInt(value).correctForm();
}

/** Formats a block from its first address and prefix. */
export function formatCidr(family: IpFamily, first: bigint, prefix: number): string {
  return `${formatAddress(family, first)}/${prefix}`;
}

function familyOf(text: string): IpFamily {
  return text.includes(':') ? 6 : 4;
}

function parseUncached(text: string): CidrParseResult {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, reason: 'is empty' };
  const family = familyOf(text);
  const slash = text.lastIndexOf('/');
  if (slash === -1) {
    const example = text.includes(':') ? '2001:db8::/56' : '10.0.0.0/16';
    return { ok: false, reason: `has no prefix length (write it as address/length, e.g. ${example})` };
  }
  // A well-formed length after a bad address (" 10.0.0.0/16") is an address problem, not a prefix one.
  if (!PREFIX_LENGTH.test(text.slice(slash + 1))) return { ok: false, reason: 'has a malformed prefix length' };
  if (!PREFIX_SYNTAX.test(text)) return { ok: false, reason: `is not a valid IPv${family} address` };
  const prefix = Number(text.slice(slash + 1));
  if (prefix > BITS[family]) return { ok: false, reason: `has prefix length /${prefix}; an IPv${family} prefix is at most /${BITS[family]}` };
  const addressText = text.slice(0, slash);
  // ip-address accepts a zone index (fe80::1%eth0); a CIDR block has none.
  if (addressText.includes('%')) return { ok: false, reason: `is not a valid IPv${family} address` };
  let address: bigint;
  try {
    const parsed = family === 4 ? new Address4(addressText) : new Address6(addressText);
    address = parsed.bigInt();
  } catch {
    return { ok: false, reason: `is not a valid IPv${family} address` };
  }
  const size = blockSize(family, prefix);
  const first = address - (address % size);
  return {
    ok: true,
    block: {
      family,
      prefix,
      first,
      last: first + size - 1n,
      text,
      canonical: formatCidr(family, first, prefix),
      hostBitsSet: first !== address,
    },
  };
}

const cache = new Map<string, CidrParseResult>();
const CACHE_LIMIT = 200_000;

/**
 * Parses `a.b.c.d/n` or an IPv6 block. With `family`, a block of the other family is refused
 * (an IPv6 block in an IPv4 field). Results are memoised: validation runs on every edit.
 */
export function parseCidr(text: string, family?: IpFamily): CidrParseResult {
  // A block of the other family is named as such even when it is malformed too: "10.0.0.0/56" in an
  // IPv6 field is a misplaced IPv4 block, not "an IPv4 prefix is at most /32".
  if (family && typeof text === 'string' && looksLike(text) === otherFamily(family)) {
    return { ok: false, reason: `is an IPv${otherFamily(family)} block in an IPv${family} field` };
  }
  let result = cache.get(text);
  if (!result) {
    result = parseUncached(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  if (family && result.ok && result.block.family !== family) {
    return { ok: false, reason: `is an IPv${result.block.family} block in an IPv${family} field` };
  }
  // The reasons of a text read as the other family (its examples, its limits) would mislead here.
  if (family && !result.ok && typeof text === 'string' && familyOf(text) !== family) return { ok: false, reason: `is not a valid IPv${family} block` };
  return result;
}

const otherFamily = (family: IpFamily): IpFamily => (family === 4 ? 6 : 4);

/** The family a text is plainly written in (dotted digits, or hex groups with colons), if any. */
function looksLike(text: string): IpFamily | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}(\/.*)?$/.test(text)) return 4;
  if (text.includes(':') && /^[\da-fA-F:.]+(\/.*)?$/.test(text)) return 6;
  return undefined;
}

/** The block, or undefined when the text does not parse (rules report that through `cidr-invalid`). */
export function tryParseCidr(text: string | undefined, family?: IpFamily): CidrBlock | undefined {
  if (text === undefined) return undefined;
  const result = parseCidr(text, family);
  return result.ok ? result.block : undefined;
}

/** AWS's "matching or overlapping": the blocks share at least one address. Different families never overlap. */
export function overlaps(a: CidrBlock, b: CidrBlock): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** True when every address of `inner` is in `outer`. */
export function contains(outer: CidrBlock, inner: CidrBlock): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** Number of addresses in the block. */
export function addressCount(block: CidrBlock): bigint {
  return block.last - block.first + 1n;
}

/** Addresses AWS lets you use in a subnet of this block: it reserves the first four and the last. */
export function awsUsableAddresses(block: CidrBlock): bigint {
  const total = addressCount(block);
  return total > 5n ? total - 5n : 0n;
}

/**
 * The lowest aligned block of length `prefix` inside `within` that overlaps none of `avoid`,
 * or undefined when `within` is full. Runs in O(k log k) for k blocks to avoid.
 */
export function nextFreeBlock(within: CidrBlock, prefix: number, avoid: readonly CidrBlock[]): CidrBlock | undefined {
  if (prefix < within.prefix || prefix > BITS[within.family]) return undefined;
  const size = blockSize(within.family, prefix);
  const taken = avoid
    .filter((b) => b.family === within.family && overlaps(b, within))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  let candidate = within.first;
  for (const block of taken) {
    if (candidate + size - 1n < block.first) break;
    if (block.last >= candidate) {
      // Skip past this block, then round up to the next aligned start.
      const after = block.last + 1n;
      candidate = ((after + size - 1n) / size) * size;
    }
  }
  if (candidate + size - 1n > within.last) return undefined;
  const text = formatCidr(within.family, candidate, prefix);
  const result = parseCidr(text);
  return result.ok ? result.block : undefined;
}

/** An item to check for overlaps: a block and whatever owns it. */
export interface OwnedBlock<T> {
  block: CidrBlock;
  owner: T;
}

/**
 * Every pair of overlapping blocks, without comparing every pair: aligned CIDR blocks either
 * nest or are disjoint, so after sorting by first address (larger first on ties) the blocks
 * that still cover the current one form a stack. O(n log n + pairs found).
 */
export function findOverlappingPairs<T>(items: readonly OwnedBlock<T>[]): Array<[OwnedBlock<T>, OwnedBlock<T>]> {
  const pairs: Array<[OwnedBlock<T>, OwnedBlock<T>]> = [];
  for (const family of [4, 6] as const) {
    const sorted = items
      .filter((item) => item.block.family === family)
      .sort((a, b) => (a.block.first < b.block.first ? -1 : a.block.first > b.block.first ? 1 : a.block.prefix - b.block.prefix));
    const open: OwnedBlock<T>[] = [];
    for (const item of sorted) {
      while (open.length > 0 && open[open.length - 1]!.block.last < item.block.first) open.pop();
      for (const cover of open) pairs.push([cover, item]);
      open.push(item);
    }
  }
  return pairs;
}
