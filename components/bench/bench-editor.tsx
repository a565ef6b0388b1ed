'use client';
/**
 * The real editor on a generated document of `?n=` nodes, without autosave, for the benchmarks:
 * `npm run bench:editor` (the default fixture) and `npm run bench:layout` (`?fixture=network`: the
 * layout's AWS-shaped sample networks, given only the quick arrangement; `?fixture=fit`: the laid-out
 * document the benchmark hands in, opened at the fit view as a user opens it).
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { benchDocument, BENCH_VIEWPORT } from '../../bench/editor-fixture';
import { parseDocument } from '../../model';
import { arrange } from '../../model/edit/arrange';
import { sampleOfSize } from '../../model/layout/sample-networks';
import { EditorShell } from '../editor/editor-shell';
import { EditorStoreProvider } from '../editor/store/editor-context';
import { createEditorStore } from '../editor/store/operations';
import { BenchProbe, benchFitText, benchSize } from './bench-probe';

export default function BenchEditor() {
  const [fitText] = useState(benchFitText);
  const [store] = useState(() => {
    if (fitText !== null) return createEditorStore(parseDocument(fitText), 'light');
    const network = new URLSearchParams(window.location.search).get('fixture') === 'network';
    return createEditorStore(network ? arrange(sampleOfSize(benchSize())) : benchDocument(benchSize()), 'light');
  });
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <EditorShell autosave={false} {...(fitText === null ? { viewport: BENCH_VIEWPORT } : {})} canvasExtras={<BenchProbe />} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
