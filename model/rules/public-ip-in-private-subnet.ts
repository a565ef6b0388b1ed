import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** A warning when an instance with a public IP stands in a subnet that does not route to the internet gateway. */
function unreachablePublicIp(index: TopologyIndex, instance: TopologyNode): Finding | undefined {
  if (instance.kind !== 'instance' || !index.props(instance).publicIp) return undefined;
  const subnet = index.parentOf(instance);
  if (subnet?.kind !== 'subnet' || index.props(subnet).public) return undefined;
  return finding(
    'public-ip-in-private-subnet',
    `${index.label(instance)} has a public IP, but ${index.label(subnet)} is private (no route to an internet gateway), so the address cannot be reached.`,
    [instance.id, subnet.id],
  );
}

/** `public-ip-in-private-subnet`: an instance with `publicIp` in a subnet that is not public. */
export const publicIpInPrivateSubnet = defineRule('public-ip-in-private-subnet', {
  check: (index) => index.nodesOfKind('instance').flatMap((i) => unreachablePublicIp(index, i) ?? []),
  checkPlacement: (index, node) => [unreachablePublicIp(index, node)].filter((f): f is Finding => !!f),
});
