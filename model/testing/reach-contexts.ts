/** For tests of the reach search's parts: the search contexts a reach matrix asks with. */
import type { DomainGraph } from '../reach/graph';
import type { SearchContext } from '../reach/policies';

/** The contexts a matrix asks with from the domain `v`: toward another network, and toward the internet from each kind of subnet. */
export function matrixContextsOf(g: DomainGraph, v: number): SearchContext[] {
  const network = g.domains[v]!.node;
  const originKind = network.kind === 'vpc' ? 'vpc' : 'on-premises';
  return [
    { towardInternet: false, originKind, network },
    { towardInternet: true, originKind, network, originSubnet: 'public' },
    { towardInternet: true, originKind, network, originSubnet: 'private', originIpv6: true },
  ];
}
