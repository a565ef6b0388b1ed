'use client';
/** Benchmark pages, loaded in the browser only. */
import dynamic from 'next/dynamic';
import { loadInStages } from '../editor/load-in-stages';

export const BenchEditorLoader = dynamic(() => loadInStages(() => import('./bench-editor')), { ssr: false });
export const BenchBaselineLoader = dynamic(() => import('./bench-baseline'), { ssr: false });
