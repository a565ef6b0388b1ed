'use client';
/** Benchmark pages, loaded in the browser only. */
import dynamic from 'next/dynamic';

export const BenchEditorLoader = dynamic(() => import('./bench-editor'), { ssr: false });
export const BenchBaselineLoader = dynamic(() => import('./bench-baseline'), { ssr: false });
