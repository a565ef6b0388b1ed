'use client';
import { useConnection } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../store/editor-context';
import { showPointerHint } from '../store/operations';
import { useConnectChecker } from './connect-checker';

/**
 * While a line is drawn over a target AWS would refuse, says why next to the pointer.
 * Lives inside <ReactFlow> to read the connection in progress.
 */
export function ConnectHint() {
  const store = useEditorStore();
  const checker = useConnectChecker();
  const state = useConnection((c) =>
    c.inProgress && c.toNode && c.toNode.id !== c.fromNode.id && c.isValid !== true
      ? `${c.fromNode.id}\u0000${c.toNode.id}`
      : c.inProgress
        ? 'idle'
        : null,
  );
  const pointer = useConnection((c) => (c.inProgress ? c.pointer : null));
  const active = useRef(false);
  useEffect(() => {
    if (state === null || !pointer) {
      if (active.current) showPointerHint(store, null);
      active.current = false;
      return;
    }
    active.current = true;
    const pane = document.querySelector('.vc-canvas .react-flow')?.getBoundingClientRect();
    const x = (pane?.left ?? 0) + pointer.x;
    const y = (pane?.top ?? 0) + pointer.y;
    if (state === 'idle') {
      showPointerHint(store, null);
      return;
    }
    const [source, target] = state.split('\u0000') as [string, string];
    const answer = checker.check(source, target);
    const shortcuts = answer.ok ? [] : checker.shortcuts(source, target);
    if (shortcuts.length > 0) showPointerHint(store, { x, y, tone: 'ok', text: `Let go to choose: ${shortcuts.map((s) => s.label.replace(/^Add /, '')).join(' or ')}` });
    else showPointerHint(store, answer.ok ? null : { x, y, tone: 'bad', text: answer.reason ?? 'AWS does not allow this connection.' });
  }, [state, pointer, checker, store]);
  useEffect(() => () => showPointerHint(store, null), [store]);
  return null;
}
