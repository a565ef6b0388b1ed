/**
 * The texts drawn on a node: its name, and the line under it or beside it. The words are the
 * model's (model/text/node-labels.ts), because the geometry sizes boxes by them and the exports
 * write them too.
 */
export { containerDetails, containerKindLabel, displayName, leafSubtitle } from '../../../../model/text/node-labels';
