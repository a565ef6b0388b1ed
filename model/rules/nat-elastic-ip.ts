import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Elastic IPs per public NAT gateway: the default quota (adjustable) and the most AWS allows. */
const NAT_EIP_DEFAULT_QUOTA = 2;
const NAT_EIP_MAX = 8;

/** What is wrong with a NAT gateway's Elastic IP count, if anything. */
function natElasticIpProblem(index: TopologyIndex, nat: TopologyNode<'nat-gateway'>): Finding | undefined {
  const { connectivity, elasticIps } = index.props(nat);
  const name = index.label(nat);
  const subjects = [nat.id];
  if (connectivity === 'private') {
    if (elasticIps === 0) return undefined;
    return finding('nat-elastic-ip', `${name} is private but has ${elasticIps} Elastic IP${elasticIps === 1 ? '' : 's'}; AWS cannot associate Elastic IPs with a private NAT gateway.`, subjects);
  }
  if (elasticIps === 0) {
    return finding('nat-elastic-ip', `${name} is public but has no Elastic IP; a public NAT gateway needs one to give its traffic a public address.`, subjects);
  }
  if (elasticIps > NAT_EIP_MAX) {
    return finding('nat-elastic-ip', `${name} has ${elasticIps} Elastic IPs; a public NAT gateway takes at most ${NAT_EIP_MAX}.`, subjects);
  }
  if (elasticIps > NAT_EIP_DEFAULT_QUOTA) {
    return finding(
      'nat-elastic-ip',
      `${name} has ${elasticIps} Elastic IPs, more than the default quota of ${NAT_EIP_DEFAULT_QUOTA} per NAT gateway; request a quota increase (up to ${NAT_EIP_MAX}).`,
      subjects,
      'warning',
    );
  }
  return undefined;
}

/** `nat-elastic-ip`: a public NAT gateway with no Elastic IP or too many, a private one with any. */
export const natElasticIp = defineRule('nat-elastic-ip', {
  check: (index) => index.nodesOfKind('nat-gateway').flatMap((nat) => natElasticIpProblem(index, nat) ?? []),
});
