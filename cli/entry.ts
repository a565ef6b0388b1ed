/**
 * The process side of the command line, and the entry of the built bundle (dist/vpc-canvas.mjs):
 * wires `run()` to the real process and hands its exit status over. `bin.mjs` imports this file,
 * built or (in a checkout without a fresh build) through tsx.
 */
import { run } from './main';
import { nodeIo } from './io';

// exitCode rather than exit(): let stdout drain when it is a pipe.
process.exitCode = await run(process.argv.slice(2), nodeIo());
