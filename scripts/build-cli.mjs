#!/usr/bin/env node
// Builds the `vpc-canvas` command line into plain JavaScript (dist/), so that running it needs
// Node only: no TypeScript compiler at run time. Run by `npm ci` / `npm install` (the `prepare`
// script) and by `npm pack` (`prepack`), so a fresh clone and the packed package both have it.
//
//   node scripts/build-cli.mjs [--outdir DIR]
//
// Plain JavaScript on purpose: it must run before anything else is set up, and without tsx.
// Writes, in DIR (default dist/):
//   vpc-canvas.mjs       the entry (cli/entry.ts): validate, reach and rules are all in it;
//   chunk-*.mjs          code only `layout` needs (elkjs, the layout model), loaded on demand;
//   build-inputs.json    every source file the bundle was made from, so that cli/bin.mjs can tell,
//                        inside the repository, that the bundle is older than the sources
//                        (not shipped in the package: there are no sources there).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The name of the manifest of inputs, inside the output directory. */
export const INPUTS_MANIFEST = 'build-inputs.json';

/**
 * Bundles cli/entry.ts into `outdir`. Resolves to the output files' names (relative to outdir).
 * @param {{ outdir?: string }} [options]
 */
export async function buildCli({ outdir = resolve(root, 'dist') } = {}) {
  const esbuild = await import('esbuild');
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  // A rebuild must not leave chunks of an older build beside the new entry.
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { 'vpc-canvas': 'cli/entry.ts' },
    outdir,
    bundle: true,
    // Code splitting turns the dynamic import of the layout command into its own chunk, so that
    // `validate` never loads or compiles elkjs (about 1 MB of JavaScript).
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    // The package's identity, fixed at build time: the bundle may be anywhere relative to package.json.
    define: {
      VPC_CANVAS_PACKAGE: JSON.stringify(JSON.stringify({ version: pkg.version, ...(pkg.homepage ? { homepage: pkg.homepage } : {}) })),
    },
    // Names stay readable in the rare stack trace a user sends (VPC_CANVAS_DEBUG=1).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // CommonJS dependencies (yaml's Node build) call require('process'); an ES module has no
    // require of its own, so each output file gets one.
    banner: { js: "import { createRequire as __vcCreateRequire } from 'node:module'; const require = __vcCreateRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  writeFileSync(resolve(outdir, INPUTS_MANIFEST), `${JSON.stringify({ inputs }, null, 1)}\n`);
  return Object.keys(result.metafile.outputs).map((file) => relative(outdir, resolve(root, file)));
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
const hasSources = existsSync(resolve(root, 'cli/entry.ts'));
if (invokedDirectly && !hasSources) {
  // An installed package (prepare runs for a tarball or git dependency whose scripts the user
  // approved): it ships its bundle and no sources, so there is nothing to build.
} else if (invokedDirectly) {
  const flag = process.argv.indexOf('--outdir');
  const outdir = flag === -1 ? undefined : resolve(process.argv[flag + 1] ?? '');
  try {
    const started = performance.now();
    const outputs = await buildCli(outdir ? { outdir } : {});
    const where = relative(process.cwd(), outdir ?? resolve(root, 'dist')) || '.';
    console.log(`vpc-canvas: built the command line into ${where}/ (${outputs.length} files, ${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    // `npm ci --omit=dev` has no esbuild: the command line then runs from the sources through
    // tsx if that is installed (cli/bin.mjs), so a missing bundler must not fail the install.
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /esbuild/.test(String(error.message))) {
      console.warn('vpc-canvas: esbuild is not installed (dev dependencies omitted?); the command line was not built');
    } else {
      console.error(`vpc-canvas: building the command line failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}
