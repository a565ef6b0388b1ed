'use client';
/**
 * A stand-in, for the browser tests only, for a document that crashes drawing or validation: a
 * build made with NEXT_PUBLIC_VC_TEST_HOOKS=1 (the Playwright config's) throws while drawing a
 * document of this name. In any other build the probe is an empty component and the name means
 * nothing.
 */
import { useDocument } from '../store/editor-context';

export const TEST_CRASH_NAME = 'vc-test-hook: crash while drawing';

function CrashProbe() {
  const doc = useDocument();
  if (doc.name === TEST_CRASH_NAME) throw new Error('test hook: drawing this document failed');
  return null;
}

export const TestCrashProbe = process.env.NEXT_PUBLIC_VC_TEST_HOOKS === '1' ? CrashProbe : () => null;
