import { addressingOf, type CidrField } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { fieldOwnerLabel, fieldPhrase } from './wording';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The prop value after the fix: for a list prop, the whole list with this one entry corrected. */
function correctedValue(index: TopologyIndex, field: CidrField, canonical: string): unknown {
  if (field.position === undefined) return canonical;
  const element = index.node(field.element.id) ?? index.connection(field.element.id);
  const stored = (element?.props as Record<string, unknown> | undefined)?.[field.field];
  const list = Array.isArray(stored) ? [...(stored as unknown[])] : [];
  list[field.position] = canonical;
  return list;
}

/** A warning with a one-click fix for each CIDR whose address is not the network address. */
function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const field of addressingOf(index).flawedFields) {
    const { result } = field;
    // Blocks that do not parse are cidr-invalid's to report.
    if (!result.ok || !result.block.hostBitsSet) continue;
    const { canonical } = result.block;
    const f = finding(
      'cidr-host-bits',
      `${fieldOwnerLabel(index, field)}: ${field.text} in ${fieldPhrase(index, field)} has host bits set; AWS stores it as ${canonical}, so the value drawn is not the one deployed.`,
      [field.element.id],
    );
    f.fix = { label: `Use ${canonical}`, element: f.subjects[0]!, prop: field.field, value: correctedValue(index, field, canonical) };
    findings.push(f);
  }
  return findings;
}

/** `cidr-host-bits`: `10.0.0.1/16` is stored by AWS as `10.0.0.0/16`; offers that fix. */
export const cidrHostBits = defineRule('cidr-host-bits', { check });
