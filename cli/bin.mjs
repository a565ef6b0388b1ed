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

/** Whether the bundle exists and no source it was built from changed after it. */
function bundleIsFresh() {
  const built = modified(bundle);
  if (built === undefined) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8')).inputs;
  } catch {
    // No manifest: an installed package, whose bundle is all there is.
    return true;
  }
  // A deleted input changed the sources too (undefined > built is false, so check it apart).
  return inputs.every((input) => {
    const time = modified(new URL(input, root));
    return time !== undefined && time <= built;
  });
}

if (bundleIsFresh()) {
  await import(bundle.href);
} else {
  let tsImport;
  try {
    ({ tsImport } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('vpc-canvas: the command line is not built (dist/vpc-canvas.mjs) and tsx is not installed; run `npm run build:cli`\n');
    process.exit(2);
  }
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  // The package's own tsconfig, never one found in the user's working directory.
  await tsImport('./entry.ts', { parentURL: import.meta.url, tsconfig: modified(tsconfig) !== undefined ? tsconfig : false });
}
