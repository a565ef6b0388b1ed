'use client';
/**
 * The real editor on a generated document of `?n=` nodes, without autosave, for the benchmarks:
 * `npm run bench:editor` (the default fixture) and `npm run bench:layout` (`?fixture=network`: the
 * layout's AWS-shaped sample networks, given only the quick arrangement; with `&open=unplaced`,
 * without positions, opened the way the editor opens such a document: auto-laid out at once;
 * `?fixture=fit`: the laid-out document the benchmark hands in, opened at the fit view as a user
 * opens it).
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { benchDocument, BENCH_VIEWPORT } from '../../bench/editor-fixture';
import { parseDocument } from '../../model';
import { arrange } from '../../model/edit/arrange';
import { sampleOfSize } from '../../model/layout/sample-networks';
import { EditorShell } from '../editor/editor-shell';
import { autoLayout, hasNoPositions } from '../editor/layout/auto-layout';
import { EditorStoreProvider } from '../editor/store/editor-context';
import { createEditorStore } from '../editor/store/operations';
import { BenchProbe, benchFitText, benchSize } from './bench-probe';

export default function BenchEditor() {
  const [fitText] = useState(benchFitText);
  const [store] = useState(() => {
    if (fitText !== null) return createEditorStore(parseDocument(fitText), 'light');
    const query = new URLSearchParams(window.location.search);
    if (query.get('fixture') !== 'network') return createEditorStore(benchDocument(benchSize()), 'light');
    const doc = sampleOfSize(benchSize());
    if (query.get('open') !== 'unplaced') return createEditorStore(arrange(doc), 'light');
    // As editor-app.tsx opens a document without positions: the layout starts with the store, before the first render.
    const opened = createEditorStore(doc, 'light');
    if (hasNoPositions(doc)) void autoLayout(opened, { kind: 'all' }, { history: 'none' });
    return opened;
  });
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <EditorShell autosave={false} {...(fitText === null ? { viewport: BENCH_VIEWPORT } : {})} canvasExtras={<BenchProbe />} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
