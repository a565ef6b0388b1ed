/**
 * The texts drawn on a node: its name, and the line under it or beside it. The words are the
 * model's (model/edit/node-labels.ts), because the geometry sizes boxes by them and the exports
 * write them too.
 */
export { containerDetails, containerKindLabel, displayName, leafSubtitle } from '../../../../model/edit/node-labels';
