#!/usr/bin/env node
// The `vpc-canvas` command. Runs the built bundle (dist/vpc-canvas.mjs, plain JavaScript, made by
// scripts/build-cli.mjs at install and pack time), which starts about as fast as Node itself.
//
// Inside a checkout the bundle can be older than the sources someone is editing; running it then
// would answer with yesterday's rules. The build leaves a list of its inputs beside the bundle
// (never shipped in the package, where there are no sources): when any input is newer than the
// bundle, or the bundle is missing, the sources run through tsx instead: slower, never stale.
// `npm run build:cli` brings the fast path back.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/vpc-canvas.mjs', import.meta.url);
const manifest = new URL('../dist/build-inputs.json', import.meta.url);
const root = new URL('../', import.meta.url);

/** Modification time in ms, or undefined when the file is missing. */
function modified(url) {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return undefined;
  }
}

/** 'fresh' when the bundle can run; 'missing', or 'stale' when a source it was built from changed after it. */
function bundleState() {
  const built = modified(bundle);
  if (built === undefined) return 'missing';
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8')).inputs;
  } catch {
    // No manifest: an installed package, whose bundle is all there is.
    return 'fresh';
  }
  // A deleted input changed the sources too (undefined > built is false, so check it apart).
  const changed = inputs.some((input) => {
    const time = modified(new URL(input, root));
    return time === undefined || time > built;
  });
  return changed ? 'stale' : 'fresh';
}

const state = bundleState();
if (state === 'fresh') {
  await import(bundle.href);
} else {
  let tsImport;
  try {
    ({ tsImport } = await import('tsx/esm/api'));
  } catch {
    const why = state === 'missing' ? 'is not built' : 'was built before the sources last changed';
    process.stderr.write(`vpc-canvas: the command line (dist/vpc-canvas.mjs) ${why}, and tsx is not installed to run the sources; run \`npm run build:cli\`\n`);
    process.exit(2);
  }
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  // The package's own tsconfig, never one found in the user's working directory.
  await tsImport('./entry.ts', { parentURL: import.meta.url, tsconfig: modified(tsconfig) !== undefined ? tsconfig : false });
}
