import type { TopologyNode } from '../document/types';
import { NODE_KINDS } from '../kinds/node-kinds';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const listKinds = (kinds: readonly string[]) =>
  kinds.map((k) => `a ${NODE_KINDS[k as keyof typeof NODE_KINDS].label.replace(/^VPC$/, 'VPC')}`).join(' or ');

/** Why a node of this kind cannot be inside that parent (undefined: it can). */
export function placementProblem(index: TopologyIndex, node: TopologyNode): Finding | undefined {
  const spec = NODE_KINDS[node.kind];
  const parent = index.parentOf(node);
  const name = index.label(node);
  if (!parent) {
    if (!spec.parentRequired) return undefined;
    return finding('parent-invalid', `${name} must be inside ${listKinds(spec.parents)}.`, [node.id]);
  }
  if ((spec.parents as readonly string[]).includes(parent.kind)) return undefined;
  const where = spec.parents.length ? `it must be inside ${listKinds(spec.parents)}` : 'it stands outside every container';
  return finding('parent-invalid', `${name} cannot be inside ${index.label(parent)}: ${where}.`, [node.id, parent.id]);
}

export const parentInvalid = defineRule('parent-invalid', {
  check: (index) => index.nodes().flatMap((n) => placementProblem(index, n) ?? []),
  checkPlacement: (index, node) => [placementProblem(index, node)].filter((f): f is Finding => !!f),
});
