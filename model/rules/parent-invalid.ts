import type { TopologyNode } from '../document/types';
import { NODE_KINDS } from '../kinds/node-kinds';
import type { TopologyIndex } from '../graph/topology-index';
import { kindPhrases } from './wording';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Why a node of this kind cannot be inside that parent (undefined: it can). */
function placementProblem(index: TopologyIndex, node: TopologyNode): Finding | undefined {
  const spec = NODE_KINDS[node.kind];
  const parent = index.parentOf(node);
  if (!parent) {
    if (!spec.parentRequired) return undefined;
    return finding('parent-invalid', `${index.label(node)} must be inside ${kindPhrases(spec.parents)}.`, [node.id]);
  }
  if ((spec.parents as readonly string[]).includes(parent.kind)) return undefined;
  const name = index.label(node);
  const where = spec.parents.length
    ? `it must be inside ${kindPhrases(spec.parents)}${spec.parentRequired ? '' : ' or stand outside every container'}`
    : 'it must stand outside every container';
  return finding('parent-invalid', `${name} cannot be inside ${index.label(parent)}: ${where}.`, [node.id, parent.id]);
}

/** `parent-invalid`: a node inside a kind it may not be inside, or missing a required parent. */
export const parentInvalid = defineRule('parent-invalid', {
  check: (index) => {
    // A loop, not flatMap: this visits every node, and all but a few have no problem.
    const findings: Finding[] = [];
    for (const node of index.nodes()) {
      const problem = placementProblem(index, node);
      if (problem) findings.push(problem);
    }
    return findings;
  },
  checkPlacement: (index, node) => [placementProblem(index, node)].filter((f): f is Finding => !!f),
});
