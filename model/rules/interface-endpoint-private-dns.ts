import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import type { FindingFix } from './finding';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Private DNS on an interface endpoint needs its VPC's `dnsSupport` and `dnsHostnames` both on. */
function privateDnsProblem(index: TopologyIndex, endpoint: TopologyNode<'vpc-endpoint'>): Finding | undefined {
  const p = index.props(endpoint);
  if (p.type !== 'interface' || p.privateDns !== true) return undefined;
  const vpc = index.vpcOf(endpoint);
  if (!vpc) return undefined;
  const v = index.props(vpc);
  const missing = [
    ...(v.dnsSupport === true ? [] : [{ prop: 'dnsSupport', words: 'DNS resolution (enableDnsSupport)' }]),
    ...(v.dnsHostnames === true ? [] : [{ prop: 'dnsHostnames', words: 'DNS hostnames (enableDnsHostnames)' }]),
  ];
  if (missing.length === 0) return undefined;
  const what = missing.map((m) => m.words).join(' and ');
  const result = finding(
    'interface-endpoint-private-dns',
    `${index.label(endpoint)} uses private DNS, but ${index.label(vpc)} has ${what} turned off; private DNS names work only when the VPC has both on.`,
    [endpoint.id, vpc.id],
  );
  // One click can only set one prop, so a fix is offered only when it is the whole repair.
  const only = missing.length === 1 ? missing[0] : undefined;
  const fix: FindingFix | undefined = only && { label: `Turn on ${only.words} in ${index.label(vpc)}`, element: vpc.id, prop: only.prop, value: true };
  return fix ? { ...result, fix } : result;
}

/** `interface-endpoint-private-dns`: an interface endpoint with private DNS in a VPC without both DNS attributes. */
export const interfaceEndpointPrivateDns = defineRule('interface-endpoint-private-dns', {
  check: (index) => index.nodesOfKind('vpc-endpoint').flatMap((e) => privateDnsProblem(index, e) ?? []),
});
