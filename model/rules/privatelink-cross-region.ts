import type { Connection } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { sentence } from './wording';

/** The endpoint and the service of a `privatelink` connection, either way round. */
function privatelinkEnds(index: TopologyIndex, link: Connection) {
  if (link.kind !== 'privatelink') return undefined;
  const source = index.node(link.source);
  const target = index.node(link.target);
  if (!source || !target) return undefined;
  const [endpoint, service] = source.kind === 'vpc-endpoint' ? [source, target] : [target, source];
  if (endpoint.kind !== 'vpc-endpoint' || service.kind !== 'endpoint-service') return undefined;
  return { endpoint, service };
}

/**
 * An endpoint in one region consuming a service in another needs the service to list the
 * endpoint's region in `crossRegion`. Says nothing when either region is unknown.
 */
function crossRegionProblem(index: TopologyIndex, link: Connection): Finding | undefined {
  const ends = privatelinkEnds(index, link);
  if (!ends) return undefined;
  const endpointRegion = index.regionOf(ends.endpoint);
  const serviceRegion = index.regionOf(ends.service);
  if (endpointRegion === undefined || serviceRegion === undefined || endpointRegion === serviceRegion) return undefined;
  const allowed = index.props(ends.service).crossRegion;
  if (allowed.some((code) => code.trim() === endpointRegion)) return undefined;
  return {
    ...finding(
      'privatelink-cross-region',
      `${sentence(index.connectionLabel(link, 'PrivateLink connection'))} joins ${index.label(ends.endpoint)} in ${endpointRegion} to ${index.label(ends.service)} in ${serviceRegion}, ` +
        `which does not allow ${endpointRegion}; add ${endpointRegion} to the service's cross-region list, or consume it from ${serviceRegion}.`,
      [link.id, ends.endpoint.id, ends.service.id],
    ),
    fix: { label: `Allow ${endpointRegion} on ${index.label(ends.service)}`, element: ends.service.id, prop: 'crossRegion', value: [...allowed, endpointRegion] },
  };
}

/** `privatelink-cross-region`: an endpoint consumes a service in another region that does not allow its region. */
export const privatelinkCrossRegion = defineRule('privatelink-cross-region', {
  check: (index) => index.connectionsOfKind('privatelink').flatMap((c) => crossRegionProblem(index, c) ?? []),
  checkConnection: (index, c) => [crossRegionProblem(index, c)].filter((f): f is Finding => !!f),
});
