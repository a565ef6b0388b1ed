'use client';
/** The editor's screen: toolbar, palette, canvas with findings, inspector; and the overlays. */
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import './editor.css';
import { useMemo, useRef, type ReactNode } from 'react';
import { type ActionContext } from './actions/actions';
import { browserEffects } from './actions/browser-effects';
import { useKeyboard } from './actions/use-keyboard';
import { Canvas } from './canvas/canvas';
import { compareWithFiles } from './compare/compare-files';
import { PointerHint } from './canvas/pointer-hint';
import { ConnectionPicker } from './dialogs/connection-picker';
import { Dialogs } from './dialogs/dialogs';
import { NoticeView } from './dialogs/notice';
import { FindingsPanel } from './findings/findings-panel';
import { FileDrop } from './import/file-drop';
import { openFiles } from './import/open-document';
import { usePasteDocument } from './import/use-paste-document';
import { Inspector } from './inspector/inspector';
import { Palette } from './palette/palette';
import { Autosave } from './persistence/autosave';
import type { DocumentStorage } from './persistence/document-storage';
import { TestCrashProbe } from './recovery/test-crash-probe';
import { useEditorStore } from './store/editor-context';
import { Toolbar } from './toolbar/toolbar';
import { rememberViewport } from './persistence/viewport-memory';
import { useTheme } from './use-theme';

export interface EditorShellProps {
  /** Where every drawn change is saved; false (the default) saves nothing (benchmarks, a shared diagram). */
  autosave?: DocumentStorage | false;
  minimap?: boolean;
  /** Open at this view instead of fitting the diagram (where the user left it; benchmarks). */
  viewport?: Viewport;
  /** Rendered inside the canvas's <ReactFlow> (benchmark probes). */
  canvasExtras?: ReactNode;
  /** A strip above the canvas (the banner of a shared diagram). */
  banner?: ReactNode;
}

export function EditorShell({ autosave = false, minimap = true, viewport, canvasExtras, banner }: EditorShellProps) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const compareInput = useRef<HTMLInputElement>(null);
  const ctx: ActionContext = useMemo(
    () => ({ store, effects: browserEffects(store, flow, () => flowStore.getState(), () => fileInput.current?.click(), () => compareInput.current?.click()) }),
    [store, flow, flowStore],
  );
  useKeyboard(ctx);
  useTheme(store);
  usePasteDocument(ctx);

  const onCompareFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) void compareWithFiles(store, files.map((file) => ({ file })));
  };

  const onFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].map((file) => ({ file }));
    event.target.value = '';
    if (files.length) void openFiles(store, files);
  };

  return (
    <div className="vc-app">
      <Toolbar ctx={ctx} />
      <div className="vc-main">
        <Palette />
        <main className="vc-center">
          {banner}
          <Canvas minimap={minimap} {...(viewport ? { viewport } : {})} {...(autosave ? { onViewportSettled: rememberViewport } : {})}>
            {canvasExtras}
          </Canvas>
          <FindingsPanel />
        </main>
        <Inspector />
      </div>
      <input ref={fileInput} type="file" accept=".json,.yaml,.yml,.template,application/json" multiple hidden onChange={onFile} data-testid="open-file" />
      <input ref={compareInput} type="file" accept=".json,.yaml,.yml,.template,application/json" multiple hidden onChange={onCompareFile} data-testid="compare-file" />
      <Dialogs />
      <FileDrop store={store} />
      <ConnectionPicker />
      <NoticeView />
      <PointerHint />
      <Autosave storage={autosave} />
      <TestCrashProbe />
    </div>
  );
}
