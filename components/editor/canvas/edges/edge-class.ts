/** The classes a connection's line is drawn with (editor.css): by kind, segment, mark and selection. */
import type { Connection } from '../../../../model';
import type { Mark } from '../../../diagram/diagram-types';

function vifSuffix(connection: Connection): string {
  if (connection.kind !== 'vif') return '';
  const type = (connection.props as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? ` vc-vif-${type}` : ' vc-vif-private';
}

export interface LineLook {
  segment?: string | undefined;
  mark?: Mark;
  selected?: boolean;
}

export function edgeClassName(connection: Connection, { segment, mark, selected }: LineLook): string {
  return `vc-edge vc-edge-${connection.kind}${vifSuffix(connection)}${segment ? ` ${segment}` : ''}${mark ? ` vc-mark-${mark}` : ''}${selected ? ' vc-edge-selected' : ''}`;
}

/** Whether a flow is drawn with arrowheads at both ends. */
export const bothWays = (connection: Connection): boolean =>
  connection.kind === 'flow' && (connection.props as { bidirectional?: unknown } | undefined)?.bidirectional !== false;
