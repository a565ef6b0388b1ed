import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressCount,
  awsUsableAddresses,
  contains,
  findOverlappingPairs,
  nextFreeBlock,
  overlaps,
  parseCidr,
  tryParseCidr,
  type CidrBlock,
  type IpFamily,
} from './cidr';

// ---------------------------------------------------------------------------------------------
// Reference implementation: plain arithmetic on octets and hextets, written from the RFCs
// (RFC 4291 section 2.2 for IPv6 text, RFC 5952 for its canonical form), sharing no code with
// cidr.ts or ip-address.

interface Ref {
  family: IpFamily;
  prefix: number;
  address: bigint;
  first: bigint;
  last: bigint;
}

const BITS = { 4: 32, 6: 128 } as const;

function refIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256n + BigInt(part);
  }
  return value;
}

/** Hextets of one side of "::"; the last one of the address may be a dotted IPv4 address (two hextets). */
function refHextets(side: string, mayEndInIpv4: boolean): bigint[] | undefined {
  if (side === '') return [];
  const groups = side.split(':');
  const out: bigint[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    if (mayEndInIpv4 && i === groups.length - 1 && group.includes('.')) {
      const v4 = refIpv4(group);
      if (v4 === undefined) return undefined;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
      out.push(BigInt(`0x${group}`));
    } else {
      return undefined;
    }
  }
  return out;
}

function refIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  let hextets: bigint[];
  if (halves.length === 1) {
    const all = refHextets(text, true);
    if (all === undefined || all.length !== 8) return undefined;
    hextets = all;
  } else {
    const head = refHextets(halves[0]!, false);
    const tail = refHextets(halves[1]!, true);
    // "::" stands for one or more zero hextets.
    if (head === undefined || tail === undefined || head.length + tail.length > 7) return undefined;
    hextets = [...head, ...Array<bigint>(8 - head.length - tail.length).fill(0n), ...tail];
  }
  return hextets.reduce((value, hextet) => (value << 16n) | hextet, 0n);
}

function refParse(text: string): Ref | undefined {
  const slash = text.indexOf('/');
  if (slash === -1 || text.indexOf('/', slash + 1) !== -1) return undefined;
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const family: IpFamily = addressText.includes(':') ? 6 : 4;
  if (!/^(0|[1-9][0-9]*)$/.test(prefixText) || Number(prefixText) > BITS[family]) return undefined;
  const address = family === 4 ? refIpv4(addressText) : refIpv6(addressText);
  if (address === undefined) return undefined;
  const prefix = Number(prefixText);
  const size = 2n ** BigInt(BITS[family] - prefix);
  const first = (address / size) * size;
  return { family, prefix, address, first, last: first + size - 1n };
}

function refFormat(family: IpFamily, value: bigint): string {
  if (family === 4) return [3, 2, 1, 0].map((i) => ((value / 256n ** BigInt(i)) % 256n).toString()).join('.');
  const hextets = [7, 6, 5, 4, 3, 2, 1, 0].map((i) => Number((value / 65536n ** BigInt(i)) % 65536n));
  // RFC 5952: compress the longest run of two or more zero hextets, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (hextets[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && hextets[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = (hs: number[]) => hs.map((h) => h.toString(16)).join(':');
  if (bestStart === -1) return hex(hextets);
  return `${hex(hextets.slice(0, bestStart))}::${hex(hextets.slice(bestStart + bestLength))}`;
}

const refOverlaps = (a: Ref, b: Ref) => a.family === b.family && a.first <= b.last && b.first <= a.last;
const refContains = (outer: Ref, inner: Ref) => outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;

function block(text: string): CidrBlock {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(`${text} ${result.reason}`);
  return result.block;
}

function ref(text: string): Ref {
  const result = refParse(text);
  if (!result) throw new Error(`reference refuses ${text}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generators: CIDR text in the many ways people write it.

const hexDigits = (value: number, pad: boolean, upper: boolean) => {
  const text = value.toString(16).padStart(pad ? 4 : 1, '0');
  return upper ? text.toUpperCase() : text;
};

/** An address of the family written in one of its valid forms. */
function arbitraryAddressText(family: IpFamily, value: fc.Arbitrary<bigint>): fc.Arbitrary<string> {
  if (family === 4) return value.map((v) => refFormat(4, v));
  return fc.tuple(value, fc.boolean(), fc.boolean(), fc.nat(), fc.nat(8), fc.boolean()).map(([v, pad, upper, runPick, runLength, dotted]) => {
    const hextets = [7, 6, 5, 4, 3, 2, 1, 0].map((i) => Number((v >> BigInt(16 * i)) & 0xffffn));
    // Compress some run of zero hextets (possibly a single one, which is valid input if not canonical).
    const runs: Array<[number, number]> = [];
    for (let i = 0; i < 8; i++) {
      if (hextets[i] !== 0) continue;
      for (let j = i + 1; j <= 8 && hextets[j - 1] === 0; j++) runs.push([i, j]);
    }
    const run = runLength > 0 && runs.length > 0 ? runs[runPick % runs.length] : undefined;
    const words = hextets.map((h) => hexDigits(h, pad, upper));
    let tail = words;
    if (dotted && (run === undefined || run[1] <= 6)) {
      // The last 32 bits as a dotted IPv4 address, as in ::ffff:192.0.2.1.
      tail = [...words.slice(0, 6), `${refFormat(4, v & 0xffffffffn)}`];
    }
    if (run === undefined) return tail.join(':');
    const [start, end] = run;
    return `${tail.slice(0, start).join(':')}::${tail.slice(end).join(':')}`;
  });
}

const addressValue = (family: IpFamily) =>
  fc.oneof(
    fc.bigInt(0n, 2n ** BigInt(BITS[family]) - 1n),
    // Many zero hextets or octets, so that compression and edge values come up often.
    fc.array(fc.oneof(fc.constant(0n), fc.bigInt(0n, 0xffffn)), { minLength: 8, maxLength: 8 }).map((parts) =>
      family === 4 ? parts.reduce((v, p) => (v << 4n) | (p & 0xfn), 0n) : parts.reduce((v, p) => (v << 16n) | p, 0n),
    ),
    fc.constantFrom(0n, 2n ** BigInt(BITS[family]) - 1n),
  );

const arbitraryCidr = (family: IpFamily) =>
  fc
    .tuple(arbitraryAddressText(family, addressValue(family)), fc.integer({ min: 0, max: BITS[family] }))
    .map(([address, prefix]) => `${address}/${prefix}`);

const anyFamily = fc.constantFrom<IpFamily>(4, 6);
const anyCidr = anyFamily.chain((family) => arbitraryCidr(family));

/** Text close to a CIDR: right pieces in wrong numbers and places, and characters that should be refused. */
const nearCidr = fc.oneof(
  fc.tuple(
    fc.array(fc.stringMatching(/^[0-9a-fA-F]{0,5}$/), { minLength: 1, maxLength: 10 }),
    fc.array(fc.constantFrom(':', '::', '.', ':::'), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('/0', '/8', '/32', '/33', '/64', '/128', '/129', '/08', '/', '', '/1/2', '/ 8', '%eth0/64'),
  ).map(([parts, separators, suffix]) => parts.map((p, i) => (i === 0 ? p : separators[i]! + p)).join('') + suffix),
  fc.tuple(fc.array(fc.stringMatching(/^[0-9]{0,4}$/), { minLength: 1, maxLength: 6 }), fc.constantFrom('/0', '/24', '/32', '/33', '/024', '')).map(
    ([parts, suffix]) => parts.join('.') + suffix,
  ),
  fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', 'F', ':', '.', '/', '2', '5', '%', ' ', 'x') }),
);

// ---------------------------------------------------------------------------------------------

describe('parseCidr', () => {
  it('reads the examples of rules.md', () => {
    expect(overlaps(block('192.168.224.0/19'), block('192.168.128.0/17'))).toBe(true);
    expect(contains(block('192.168.128.0/17'), block('192.168.224.0/19'))).toBe(true);
    expect(overlaps(block('10.0.0.0/16'), block('192.168.0.0/16'))).toBe(false);
    expect(overlaps(block('10.0.0.0/16'), block('10.0.128.0/17'))).toBe(true);
    const hostBits = block('10.0.0.1/16');
    expect([hostBits.canonical, hostBits.hostBitsSet, hostBits.text]).toEqual(['10.0.0.0/16', true, '10.0.0.1/16']);
    expect(block('10.0.0.0/16').hostBitsSet).toBe(false);
  });

  it('refuses what cidr-invalid reports, with a reason', () => {
    const cases: Array<[string, IpFamily | undefined, string]> = [
      ['10.0.0.0/33', undefined, 'has prefix length /33; an IPv4 prefix is at most /32'],
      ['300.1.1.1/16', undefined, 'is not a valid IPv4 address'],
      ['10.0.0.0', undefined, 'has no prefix length (write it as address/length, e.g. 10.0.0.0/16)'],
      ['2001:db8::/32', 4, 'is an IPv6 block in an IPv4 field'],
      ['10.0.0.0/16', 6, 'is an IPv4 block in an IPv6 field'],
      // Malformed as well as misplaced: the misplacement is what the author needs to hear.
      ['10.0.0.0/56', 6, 'is an IPv4 block in an IPv6 field'],
      ['10.0.0.0', 6, 'is an IPv4 block in an IPv6 field'],
      ['2001:db8::/129', 4, 'is an IPv6 block in an IPv4 field'],
      ['prod', 6, 'is not a valid IPv6 block'],
      ['2001:db8::/129', undefined, 'has prefix length /129; an IPv6 prefix is at most /128'],
      ['', undefined, 'is empty'],
      ['10.0.0.0/08', undefined, 'has a malformed prefix length'],
      ['10.0.0.0/16 ', undefined, 'has a malformed prefix length'],
      [' 10.0.0.0/16', undefined, 'is not a valid IPv4 address'],
      ['10.0.0.0/16/16', undefined, 'is not a valid IPv4 address'],
      ['010.0.0.0/8', undefined, 'is not a valid IPv4 address'],
      // A zone index names an interface, not a network: ip-address accepts it, a CIDR block has none.
      ['fe80::1%eth0/64', undefined, 'is not a valid IPv6 address'],
      ['::%1/64', undefined, 'is not a valid IPv6 address'],
    ];
    for (const [text, family, reason] of cases) {
      expect(parseCidr(text, family), text).toEqual({ ok: false, reason });
      expect(tryParseCidr(text, family), text).toBeUndefined();
    }
    expect(tryParseCidr(undefined)).toBeUndefined();
    expect(tryParseCidr('10.0.0.0/16', 4)?.canonical).toBe('10.0.0.0/16');
  });

  it('agrees with the reference on every valid way of writing a block (property)', () => {
    fc.assert(
      fc.property(anyCidr, (text) => {
        const expected = ref(text);
        const parsed = block(text);
        expect(parsed.family).toBe(expected.family);
        expect(parsed.prefix).toBe(expected.prefix);
        expect(parsed.first).toBe(expected.first);
        expect(parsed.last).toBe(expected.last);
        expect(parsed.text).toBe(text);
        expect(parsed.hostBitsSet).toBe(expected.address !== expected.first);
        expect(parsed.canonical).toBe(`${refFormat(expected.family, expected.first)}/${expected.prefix}`);
        expect(parseCidr(text, expected.family).ok).toBe(true);
        expect(parseCidr(text, expected.family === 4 ? 6 : 4).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly what the reference accepts, on text close to a CIDR (property)', () => {
    fc.assert(
      fc.property(nearCidr, (text) => {
        const expected = refParse(text);
        const parsed = parseCidr(text);
        expect(parsed.ok, text).toBe(expected !== undefined);
        if (parsed.ok && expected) {
          expect([parsed.block.family, parsed.block.prefix, parsed.block.first, parsed.block.last]).toEqual([
            expected.family, expected.prefix, expected.first, expected.last,
          ]);
        }
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a canonical form that parses to the same block, without host bits, and is its own canonical form (property)', () => {
    fc.assert(
      fc.property(anyCidr, (text) => {
        const parsed = block(text);
        const canonical = block(parsed.canonical);
        expect([canonical.first, canonical.last, canonical.prefix, canonical.family]).toEqual([parsed.first, parsed.last, parsed.prefix, parsed.family]);
        expect(canonical.hostBitsSet).toBe(false);
        expect(canonical.canonical).toBe(parsed.canonical);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes IPv6 in the RFC 5952 form', () => {
    const cases: Array<[string, string]> = [
      ['2001:0DB8:0000:0000:0000:0000:0000:0000/32', '2001:db8::/32'],
      ['2001:db8:0:0:1:0:0:1/128', '2001:db8::1:0:0:1/128'],
      ['2001:db8:0:1:0:0:0:0/64', '2001:db8:0:1::/64'],
      ['1:2:3:4:5:6:0:8/128', '1:2:3:4:5:6:0:8/128'],
      ['0:0:0:0:0:0:0:1/128', '::1/128'],
      ['1:2:3:4:5:6:7::/128', '1:2:3:4:5:6:7:0/128'],
      ['::ffff:192.0.2.1/128', '::ffff:c000:201/128'],
      ['2600:1f18:abcd:ef12::1/56', '2600:1f18:abcd:ef00::/56'],
      ['::/0', '::/0'],
    ];
    for (const [text, canonical] of cases) expect(block(text).canonical, text).toBe(canonical);
  });
});

/** A pair of blocks, often related (one inside, around or beside the other) so that every answer comes up. */
const relatedPair = anyFamily.chain((family) =>
  fc
    .tuple(
      fc.bigInt(0n, 2n ** BigInt(BITS[family]) - 1n),
      fc.integer({ min: 0, max: BITS[family] }),
      fc.integer({ min: 0, max: BITS[family] }),
      fc.oneof(fc.constant(0n), fc.bigInt(-1000n, 1000n), fc.bigInt(-(2n ** 40n), 2n ** 40n)),
    )
    .map(([address, prefixA, prefixB, shift]) => {
      const max = 2n ** BigInt(BITS[family]) - 1n;
      const other = address + shift < 0n ? 0n : address + shift > max ? max : address + shift;
      return [`${refFormat(family, address)}/${prefixA}`, `${refFormat(family, other)}/${prefixB}`] as const;
    }),
);

describe('overlaps and contains', () => {
  it('agree with the reference on first and last addresses (property)', () => {
    let overlapping = 0;
    let nested = 0;
    fc.assert(
      fc.property(fc.oneof(relatedPair, fc.tuple(anyCidr, anyCidr)), ([a, b]) => {
        const [ra, rb] = [ref(a), ref(b)];
        const [ba, bb] = [block(a), block(b)];
        expect(overlaps(ba, bb)).toBe(refOverlaps(ra, rb));
        expect(overlaps(bb, ba)).toBe(refOverlaps(ra, rb));
        expect(contains(ba, bb)).toBe(refContains(ra, rb));
        expect(contains(bb, ba)).toBe(refContains(rb, ra));
        // Aligned blocks either nest or are disjoint.
        expect(refOverlaps(ra, rb)).toBe(refContains(ra, rb) || refContains(rb, ra));
        if (refOverlaps(ra, rb)) overlapping++;
        if (refContains(ra, rb) && ra.prefix !== rb.prefix) nested++;
      }),
      { numRuns: 2000 },
    );
    // The generator must reach both answers, or the property proves little.
    expect(overlapping).toBeGreaterThan(100);
    expect(nested).toBeGreaterThan(50);
  });

  it('never relate blocks of different families, even with equal numbers', () => {
    expect(overlaps(block('0.0.0.0/0'), block('::/0'))).toBe(false);
    expect(contains(block('::/0'), block('0.0.0.1/32'))).toBe(false);
    expect(overlaps(block('0.0.0.1/32'), block('::1/128'))).toBe(false);
  });
});

describe('addressCount and awsUsableAddresses', () => {
  it('count 2^(bits - prefix) addresses, of which AWS leaves all but five', () => {
    expect(awsUsableAddresses(block('10.0.0.0/28'))).toBe(11n);
    expect(awsUsableAddresses(block('10.0.0.0/24'))).toBe(251n);
    expect(awsUsableAddresses(block('10.0.0.0/16'))).toBe(65531n);
    expect(awsUsableAddresses(block('10.0.0.0/29'))).toBe(3n);
    expect(awsUsableAddresses(block('10.0.0.0/30'))).toBe(0n);
    expect(awsUsableAddresses(block('10.0.0.0/32'))).toBe(0n);
    expect(addressCount(block('0.0.0.0/0'))).toBe(4294967296n);
    expect(addressCount(block('2001:db8::/64'))).toBe(18446744073709551616n);
    fc.assert(
      fc.property(anyCidr, (text) => {
        const expected = 2n ** BigInt(BITS[ref(text).family] - ref(text).prefix);
        expect(addressCount(block(text))).toBe(expected);
        expect(awsUsableAddresses(block(text))).toBe(expected > 5n ? expected - 5n : 0n);
      }),
      { numRuns: 500 },
    );
  });
});

/** The lowest aligned block found by trying every candidate in turn. */
function bruteForceNextFree(within: Ref, prefix: number, avoid: Ref[]): bigint | undefined {
  const size = 2n ** BigInt(BITS[within.family] - prefix);
  for (let first = within.first; first + size - 1n <= within.last; first += size) {
    const candidate: Ref = { family: within.family, prefix, address: first, first, last: first + size - 1n };
    if (!avoid.some((b) => refOverlaps(b, candidate))) return first;
  }
  return undefined;
}

/** A small range, a prefix to fit in it, and blocks in and around it to avoid. */
const nextFreeCase = anyFamily.chain((family) => {
  const bits = BITS[family];
  return fc
    .tuple(fc.bigInt(0n, 2n ** BigInt(bits) - 1n), fc.integer({ min: bits - 10, max: bits - 2 }), fc.nat(7))
    .chain(([address, withinPrefix, extra]) => {
      const size = 2n ** BigInt(bits - withinPrefix);
      const start = (address / size) * size;
      const max = 2n ** BigInt(bits) - 1n;
      const near = fc.bigInt(-size, 2n * size).map((offset) => {
        const a = start + offset;
        return a < 0n ? 0n : a > max ? max : a;
      });
      const avoidOne = fc
        .tuple(near, fc.integer({ min: withinPrefix - 2, max: bits }))
        .map(([a, p]) => `${refFormat(family, a)}/${p}`);
      const otherFamily = fc.constantFrom(family === 4 ? '::/0' : '0.0.0.0/0', family === 4 ? '2001:db8::/32' : '10.0.0.0/8');
      return fc.record({
        within: fc.constant(`${refFormat(family, address)}/${withinPrefix}`),
        prefix: fc.constant(Math.min(bits, withinPrefix + extra)),
        avoid: fc.array(fc.oneof({ weight: 6, arbitrary: avoidOne }, { weight: 1, arbitrary: otherFamily }), { maxLength: 12 }),
      });
    });
});

describe('nextFreeBlock', () => {
  it('finds the lowest aligned free block, checked against brute force on small ranges (property)', () => {
    let found = 0;
    let full = 0;
    fc.assert(
      fc.property(nextFreeCase, ({ within, prefix, avoid }) => {
        const result = nextFreeBlock(block(within), prefix, avoid.map(block));
        const expected = bruteForceNextFree(ref(within), prefix, avoid.map(ref));
        expect(result?.first).toBe(expected);
        if (result) {
          found++;
          const size = 2n ** BigInt(BITS[result.family] - prefix);
          expect(result.prefix).toBe(prefix);
          expect(result.first % size).toBe(0n);
          expect(result.last - result.first + 1n).toBe(size);
          expect(result.hostBitsSet).toBe(false);
          expect(contains(block(within), result)).toBe(true);
          for (const b of avoid) expect(overlaps(block(b), result)).toBe(false);
        } else {
          full++;
        }
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(200);
    expect(full).toBeGreaterThan(50);
  });

  it('handles the everyday cases', () => {
    const used = ['10.0.0.0/24', '10.0.1.0/24', '10.0.3.0/24'].map(block);
    expect(nextFreeBlock(block('10.0.0.0/16'), 24, used)?.canonical).toBe('10.0.2.0/24');
    expect(nextFreeBlock(block('10.0.0.0/16'), 23, used)?.canonical).toBe('10.0.4.0/23');
    expect(nextFreeBlock(block('10.0.0.0/16'), 16, used)).toBeUndefined();
    expect(nextFreeBlock(block('10.0.0.0/16'), 15, [])).toBeUndefined();
    expect(nextFreeBlock(block('10.0.0.0/16'), 33, [])).toBeUndefined();
    expect(nextFreeBlock(block('10.0.0.0/28'), 28, [])?.canonical).toBe('10.0.0.0/28');
    expect(nextFreeBlock(block('10.0.0.7/24'), 26, [block('10.0.0.0/26')])?.canonical).toBe('10.0.0.64/26');
    expect(nextFreeBlock(block('2600:1f18:abcd:ef00::/56'), 64, [block('2600:1f18:abcd:ef00::/64')])?.canonical).toBe('2600:1f18:abcd:ef01::/64');
    expect(nextFreeBlock(block('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120'), 128, [block('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/121')])?.canonical).toBe(
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff80/128',
    );
    expect(nextFreeBlock(block('255.255.255.0/24'), 32, [block('255.255.255.0/24')])).toBeUndefined();
  });
});

describe('findOverlappingPairs', () => {
  /** Blocks clustered around a few addresses, with duplicates and nesting, in both families. */
  const blockList = fc.array(
    anyFamily.chain((family) =>
      fc.tuple(fc.constantFrom(0n, 1n, 2n ** 20n, 2n ** 31n, 2n ** BigInt(BITS[family]) - 1n), fc.bigInt(0n, 4096n), fc.integer({ min: 0, max: BITS[family] })).map(
        ([base, offset, prefix]) => {
          const max = 2n ** BigInt(BITS[family]) - 1n;
          const address = base + offset > max ? max - offset : base + offset;
          return `${refFormat(family, address)}/${prefix}`;
        },
      ),
    ),
    { maxLength: 40 },
  );

  it('returns exactly the pairs brute force finds, each once (property)', () => {
    fc.assert(
      fc.property(blockList, (texts) => {
        const items = texts.map((text, owner) => ({ block: block(text), owner }));
        const pairs = findOverlappingPairs(items);
        const key = (i: number, j: number) => `${Math.min(i, j)}-${Math.max(i, j)}`;
        const found = pairs.map(([a, b]) => {
          expect(items[a.owner]).toBe(a);
          expect(items[b.owner]).toBe(b);
          expect(a.owner).not.toBe(b.owner);
          return key(a.owner, b.owner);
        });
        expect(new Set(found).size).toBe(found.length);
        const expected: string[] = [];
        const refs = texts.map(ref);
        for (let i = 0; i < refs.length; i++) for (let j = i + 1; j < refs.length; j++) if (refOverlaps(refs[i]!, refs[j]!)) expected.push(key(i, j));
        expect(new Set(found)).toEqual(new Set(expected));
      }),
      { numRuns: 800 },
    );
  });

  it('finds the rules.md example and ignores disjoint blocks', () => {
    const items = ['10.0.0.0/16', '192.168.128.0/17', '192.168.0.0/16', '192.168.224.0/19', '2001:db8::/32'].map((text) => ({ block: block(text), owner: text }));
    const pairs = findOverlappingPairs(items).map(([a, b]) => [a.owner, b.owner].sort().join(' & '));
    expect(pairs.sort()).toEqual([
      '192.168.0.0/16 & 192.168.128.0/17',
      '192.168.0.0/16 & 192.168.224.0/19',
      '192.168.128.0/17 & 192.168.224.0/19',
    ]);
  });

  it('finds exactly the overlapping pairs among 40,000 blocks', () => {
    const items = Array.from({ length: 40_000 }, (_, i) => ({ block: block(`10.${(i >> 8) & 255}.${i & 255}.0/24`), owner: i }));
    items.push({ block: block('10.0.0.0/8'), owner: -1 });
    const pairs = findOverlappingPairs(items);
    // Distinct /24s: each overlaps the /8 only.
    expect(pairs).toHaveLength(40_000);
  });
});
