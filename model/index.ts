/** The public face of the model: what the editor, the command line and the tests import. */
export * from './document/types';
export { TopologyParseError } from './document/parse-error';
export { parseDocument, parseDocumentValue } from './document/parse';
export { serializeDocument, toJsonValue } from './document/serialize';
export { MIGRATIONS, migrateToCurrent } from './document/migrations';
export * from './kinds/node-kinds';
export * from './kinds/connection-kinds';
export * from './kinds/prop-spec';
export * from './kinds/route-tables';
export * from './kinds/availability-zones';
export * from './cidr/cidr';
export { TopologyIndex, indexOf } from './graph/topology-index';
export * from './rules/catalogue';
export * from './rules/finding';
export { RULES } from './all-rules';
export { validate } from './validate';
export { canConnect, canPlace, type ConnectAnswer, type ConnectOption, type PlaceAnswer } from './connect';
export { makeRoutesExplicit, type RoutesMadeExplicit } from './routing/make-explicit';
