'use client';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { nodeIcon } from '../../icons';
import { nodeClassName } from '../../kind-views';
import type { TopologyFlowNode } from '../flow-types';
import { FindingBadge } from './finding-badge';
import { containerTitle } from '../../../../model/edit/geometry';
import { containerDetails, containerKindLabel, displayName } from './labels';
import { ContainerResizer } from './container-resizer';
import { HandlePlaces, NodeHandles } from './node-handles';
import { NameText } from '../../text/name-text';
import { useOutline } from '../zoom-detail';
import { VpcInterior } from './vpc-interior';

/**
 * A region, VPC, subnet or data centre, drawn as AWS draws groups: a coloured border with the
 * group icon in the top-left corner; the kind's class (from the view record) sets the colours.
 * The title column is as wide as the model wrapped it (`containerTitle`), and the title bar as
 * tall, so the lines here are never more than the geometry made room for above the children.
 */
export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<TopologyFlowNode>) {
  const { node, badge, mark, resizable, interior } = data;
  const outline = useOutline();
  if (outline) {
    // Border and fill only (editor.css, `.vc-detail-outline`), and a VPC's insides as a picture; handles only marked, as on a leaf.
    return (
      <div className={`vc-group ${nodeClassName(node)}${mark ? ` vc-mark-${mark}` : ''}`} data-kind={node.kind}>
        {interior && <VpcInterior items={interior} />}
        <HandlePlaces />
        {resizable && selected && <ContainerResizer id={node.id} />}
      </div>
    );
  }
  const details = containerDetails(node);
  const title = containerTitle(node);
  return (
    <div className={`vc-group ${nodeClassName(node)}${mark ? ` vc-mark-${mark}` : ''}`} data-kind={node.kind}>
      <div className="vc-group-header" style={{ height: title.height }}>
        <img className="vc-group-icon" src={nodeIcon(node)} alt="" width={32} height={32} draggable={false} />
        <div className="vc-group-titles" style={{ width: title.width }}>
          {/* The name has the first line (two when long) to itself; the kind opens the line of details. */}
          <div className="vc-group-name">
            <NameText text={displayName(node)} />
          </div>
          <div className="vc-group-details">
            <span className="vc-group-kind">{containerKindLabel(node)}</span>
            {details && ` · ${details}`}
          </div>
        </div>
        {badge && <FindingBadge badge={badge} className="vc-group-badge" />}
      </div>
      <NodeHandles />
      {resizable && selected && <ContainerResizer id={node.id} />}
    </div>
  );
});
