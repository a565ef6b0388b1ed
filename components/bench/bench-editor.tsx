'use client';
/** The real editor on a generated document of `?n=` nodes, without autosave, for `npm run bench:editor`. */
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { benchDocument, BENCH_VIEWPORT } from '../../bench/editor-fixture';
import { EditorShell } from '../editor/editor-shell';
import { EditorStoreProvider } from '../editor/store/editor-context';
import { createEditorStore } from '../editor/store/editor-store';
import { BenchProbe, benchSize } from './bench-probe';

export default function BenchEditor() {
  const [store] = useState(() => createEditorStore(benchDocument(benchSize()), 'light'));
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <EditorShell autosave={false} viewport={BENCH_VIEWPORT} canvasExtras={<BenchProbe />} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
