#!/usr/bin/env node
// The `vpc-canvas` command: loads the TypeScript entry through tsx (no build step), runs it,
// and hands its exit status to the process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
// The package's own tsconfig, never one found in the user's working directory.
const { run, nodeIo } = await tsImport('./main.ts', { parentURL: import.meta.url, tsconfig: existsSync(tsconfig) ? tsconfig : false });

// `vpc-canvas rules | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// exitCode rather than exit(): let stdout drain when it is a pipe.
process.exitCode = await run(process.argv.slice(2), nodeIo());
