import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { fieldOwnerLabel, fieldPhrase } from './wording';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  const { flawedFields, subnets } = addressingOf(index);
  for (const field of flawedFields) {
    const { result } = field;
    if (!result.ok) {
      findings.push(
        finding('cidr-invalid', `${fieldOwnerLabel(index, field)}: ${JSON.stringify(field.text)} in ${fieldPhrase(index, field)} ${result.reason}.`, [field.element.id]),
      );
    }
  }
  // A VPC must have a primary block and a subnet a block: a missing one is reported here too,
  // so that half-drawn designs open and still say what is missing.
  for (const vpc of index.nodesOfKind('vpc')) {
    if (index.props(vpc).cidrs.length === 0) findings.push(finding('cidr-invalid', `${index.label(vpc)} has no IPv4 CIDR block; every VPC needs a primary block.`, [vpc.id]));
  }
  // An IPv6-only subnet has no IPv4 block, and needs none (routing.md, "IPv6").
  for (const { subnet, props } of subnets) {
    if (props.cidr === undefined && props.ipv6Cidr === undefined) findings.push(finding('cidr-invalid', `${index.label(subnet)} has no IPv4 CIDR block.`, [subnet.id]));
  }
  return findings;
}

/** `cidr-invalid`: a CIDR that does not parse as a block of its field's family, or a missing required block. */
export const cidrInvalid = defineRule('cidr-invalid', { check });
