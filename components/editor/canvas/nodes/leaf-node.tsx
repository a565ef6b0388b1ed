'use client';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { inkClass, nodeIcon } from '../../icons';
import { nodeClassName } from '../../kind-views';
import type { TopologyFlowNode } from '../flow-types';
import { FindingBadge } from './finding-badge';
import { displayName, leafSubtitle } from './labels';
import { HandlePlaces, NodeHandles } from './node-handles';
import { NameText } from '../../text/name-text';
import { useOutline } from '../zoom-detail';

/** A resource drawn as its AWS icon with its name and one line of detail under it. */
export const LeafNode = memo(function LeafNode({ data }: NodeProps<TopologyFlowNode>) {
  const { node, badge, mark, onEdge } = data;
  const className = ['vc-leaf', nodeClassName(node), onEdge ? 'vc-on-edge' : '', mark ? `vc-mark-${mark}` : ''].filter(Boolean).join(' ');
  if (useOutline()) {
    // A coloured square where the icon is (editor.css, `.vc-detail-outline`); at this zoom nothing
    // is connected by hand, so the handles are only marked where they are.
    return (
      <div className={className} data-kind={node.kind}>
        <div className="vc-leaf-icon-wrap" />
        <HandlePlaces />
      </div>
    );
  }
  return (
    <div className={className} data-kind={node.kind}>
      <div className="vc-leaf-icon-wrap">
        <img
          className={`vc-leaf-icon ${inkClass(node.kind)}`.trim()}
          src={nodeIcon(node)}
          alt=""
          width={40}
          height={40}
          draggable={false}
        />
        {badge && <FindingBadge badge={badge} className="vc-leaf-badge" />}
      </div>
      <div className="vc-leaf-name">
        <NameText text={displayName(node)} />
      </div>
      <div className="vc-leaf-sub">{leafSubtitle(node)}</div>
      <NodeHandles />
    </div>
  );
});
