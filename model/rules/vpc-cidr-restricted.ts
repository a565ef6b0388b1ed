import { contains, overlaps, tryParseCidr, type CidrBlock } from '../cidr/cidr';
import { block, LINK_LOCAL, RFC1918 } from '../cidr/special-ranges';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const [TEN, ONE72, ONE92] = RFC1918;
const BENCHMARK = block('198.19.0.0/16');
const SHARED = block('100.64.0.0/10');
const TEN_ZERO_15 = block('10.0.0.0/15');
const TEN_ZERO_16 = block('10.0.0.0/16');
const ONE72_31 = block('172.31.0.0/16');

/** A range that a VPC's secondary blocks may not come from, and why: where the primary block is. */
export interface RefusedRange {
  range: CidrBlock;
  /** Where the primary block is, as the message says it: "is in 10.0.0.0/8". */
  primaryRange: string;
}

const refusing = (primaryRange: string, ranges: readonly CidrBlock[]): RefusedRange[] => ranges.map((range) => ({ range, primaryRange }));

/**
 * The ranges AWS's "IPv4 CIDR block association restrictions" table refuses as secondary blocks
 * of a VPC whose primary block is `primary` (rules.md, vpc-cidr-restricted). Empty for a
 * link-local primary: AWS refuses the VPC itself, so its secondaries are moot.
 */
function refusedSecondaryRanges(primary: CidrBlock): RefusedRange[] {
  if (overlaps(primary, LINK_LOCAL)) return [];
  if (contains(TEN, primary)) {
    const rows = refusing('is in 10.0.0.0/8', [ONE72, ONE92, BENCHMARK]);
    // AWS keeps 10.0.0.0/16 apart for VPCs whose primary is in 10.0.0.0/15.
    if (contains(TEN_ZERO_15, primary)) rows.push(...refusing('is in 10.0.0.0/15', [TEN_ZERO_16]));
    return rows;
  }
  if (contains(ONE72, primary)) return refusing('is in 172.16.0.0/12', [TEN, ONE92, ONE72_31, BENCHMARK]);
  if (contains(ONE92, primary)) return refusing('is in 192.168.0.0/16', [TEN, ONE72, BENCHMARK]);
  if (contains(BENCHMARK, primary)) return refusing('is in 198.19.0.0/16', [TEN, ONE72, ONE92]);
  return refusing(contains(SHARED, primary) ? 'is in 100.64.0.0/10' : 'is publicly routable', [TEN, ONE72, ONE92, BENCHMARK]);
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    const name = index.label(vpc);
    for (const b of index.ipv4Blocks(vpc)) {
      if (overlaps(b, LINK_LOCAL)) {
        findings.push(finding('vpc-cidr-restricted', `${name}: block ${b.text} is in the link-local range 169.254.0.0/16, which AWS never allows in a VPC.`, [vpc.id]));
      }
    }
    const cidrs = index.props(vpc).cidrs;
    // Only secondary blocks can be refused; most VPCs have none.
    if (cidrs.length < 2) continue;
    // The primary is the first block as written; when it does not parse, the table cannot be applied.
    const primary = tryParseCidr(cidrs[0], 4);
    if (!primary) continue;
    const refused = refusedSecondaryRanges(primary);
    for (const text of cidrs.slice(1)) {
      const secondary = tryParseCidr(text, 4);
      if (!secondary) continue;
      const hit = refused.find((r) => overlaps(r.range, secondary));
      if (hit) {
        findings.push(
          finding(
            'vpc-cidr-restricted',
            `${name}: AWS refuses the secondary block ${secondary.text}, because the primary block ${primary.text} ${hit.primaryRange} and such a VPC cannot add blocks from ${hit.range.text}.`,
            [vpc.id],
          ),
        );
      }
    }
  }
  return findings;
}

/** `vpc-cidr-restricted`: a link-local block, or a secondary block AWS's association table refuses for the primary's range. */
export const vpcCidrRestricted = defineRule('vpc-cidr-restricted', { check });
