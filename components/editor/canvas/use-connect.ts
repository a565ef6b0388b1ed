'use client';
/**
 * Drawing connections. `canConnect` decides, through React Flow's isValidConnection, so a
 * refused target shows red while the line is drawn; letting go over it explains why instead of
 * drawing. Where several kinds fit (a VIF: private or transit), the user picks.
 */
import { useStoreApi, type Connection as FlowConnection, type FinalConnectionState, type IsValidConnection } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { ConnectOption } from '../../../model';
import { addConnection } from '../../../model/edit/commands';
import { applyConnectShortcut, type ConnectShortcut } from '../../../model/edit/connect-shortcuts';
import { commit, currentDocument, notify, offerConnections, onCancel, type EditorStore } from '../store/operations';
import type { ConnectChecker } from './connect-checker';
import type { ConnectionFlowEdge } from './flow-types';

/** Builds a shortcut (a VPN, Direct Connect) between two nodes and selects what it made. */
export function buildShortcut(store: EditorStore, source: string, target: string, shortcut: ConnectShortcut): void {
  const result = applyConnectShortcut(currentDocument(store), source, target, shortcut.id);
  if (!result) return;
  const doc = result.doc;
  const nodes = new Set(result.ids.filter((id) => doc.nodes.some((n) => n.id === id)));
  const edges = new Set(result.ids.filter((id) => !nodes.has(id)));
  commit(store, { document: doc, interaction: { selection: { nodes, edges } }, notice: { text: `${shortcut.label.replace(/^Add /, 'Added ')}.`, tone: 'info' } }, { history: 'new' });
}

/** Draws the chosen option as a new connection and selects it. */
export function drawConnection(store: EditorStore, source: string, target: string, option: ConnectOption): void {
  const { doc, ids } = addConnection(currentDocument(store), { kind: option.kind, source, target, ...(option.props ? { props: option.props } : {}) });
  commit(store, { document: doc, interaction: { selection: { nodes: new Set(), edges: new Set(ids) } } }, { history: 'new' });
}

const pointOf = (event: MouseEvent | TouchEvent) => {
  const p = 'changedTouches' in event ? event.changedTouches[0] : event;
  return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
};

export function useConnect(store: EditorStore, checker: ConnectChecker) {
  const flowStore = useStoreApi();
  const connecting = useRef(false);
  const cancelled = useRef(false);
  const chosen = useRef<{ source: string; target: string } | null>(null);

  useEffect(
    () =>
      onCancel(store, () => {
        if (!connecting.current) return false;
        cancelled.current = true;
        flowStore.getState().cancelConnection();
        return true;
      }),
    [flowStore, store],
  );

  const isValidConnection: IsValidConnection<ConnectionFlowEdge> = useCallback(
    (c) => c.source !== c.target && checker.accepts(c.source, c.target),
    [checker],
  );

  const onConnectStart = useCallback(() => {
    connecting.current = true;
    cancelled.current = false;
    chosen.current = null;
  }, []);

  const onConnect = useCallback((c: FlowConnection) => {
    if (!cancelled.current) chosen.current = { source: c.source, target: c.target };
  }, []);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      connecting.current = false;
      if (cancelled.current) return;
      const at = pointOf(event);
      const pair = chosen.current;
      chosen.current = null;
      if (pair) {
        const answer = checker.check(pair.source, pair.target);
        const shortcuts = answer.ok ? [] : checker.shortcuts(pair.source, pair.target);
        if (answer.options.length === 1) drawConnection(store, pair.source, pair.target, answer.options[0]!);
        else if (answer.options.length > 1 || shortcuts.length > 0) offerConnections(store, { ...pair, options: answer.options, shortcuts, at });
        return;
      }
      const from = state.fromNode?.id;
      const to = state.toNode?.id;
      if (!from || !to || from === to) return;
      const answer = checker.check(from, to);
      if (!answer.ok) notify(store, answer.reason ?? 'AWS does not allow this connection.', 'error', at);
    },
    [checker, store],
  );

  return { isValidConnection, onConnectStart, onConnect, onConnectEnd };
}
