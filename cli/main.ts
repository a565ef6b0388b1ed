/**
 * The `vpc-canvas` command line. `run()` takes the arguments and an `io` object and returns the
 * exit status, so tests call it in-process; `bin.mjs` wires it to the real process.
 */
import { readFileSync } from 'node:fs';
import { escapeUnsafeText } from '../model/text/escape';
import { formatOf, parseArgs, UsageError, type ParsedArgs } from './args';
import { diffCommand, type DiffFormat } from './diff-command';
import { importCommand, type ImportFormat } from './import-command';
import { nodeIo, STDIN, type CliIo } from './io';
import { reachCommand, type ReachFormat } from './reach-command';
import { routesCommand } from './routes-command';
import { rulesCommand, type RulesFormat } from './rules-command';
import type { SarifTool } from './sarif';
import { DEFAULT_MAX_FINDINGS } from './text-report';
import { EXIT_BAD_INPUT, validateCommand, type ValidateFormat } from './validate-command';

export type { CliIo } from './io';
export { nodeIo };

/** The usage text, printed by `--help` (stdout) and after a usage mistake (stderr). */
export const USAGE = `Usage: vpc-canvas <command> [options]

Commands:
  validate FILE... [--format text|json|sarif] [--max-findings N]
      Check topology documents against AWS's rules. Text output prints at most
      N findings per file (default ${DEFAULT_MAX_FINDINGS}; 0 for all); json and sarif list all.
      Exit status: 0 no errors, 1 errors found, 2 a file could not be read or is not
      a topology document (with several files, the highest).
  reach FILE FROM TO [--format text|json]
      Can traffic flow from node FROM to node TO (ids, or unique names)?
      Exit status: 0 reachable, 1 not reachable, 2 bad input.
  rules [--format text|json]
      List every rule with its severity, tier, summary and AWS documentation page.
  layout FILE [-o OUT]
      Place every node with the auto-layout and write the document to OUT
      (default: stdout). Exit status: 0 written, 2 bad input or OUT not writable.
  routes FILE [-o OUT]
      Write route tables on every VPC and transit gateway that has none, reaching
      exactly what the drawing reached, and write the document to OUT (default:
      stdout). Exit status: 0 written, 2 bad input or OUT not writable.
  import PATH... [--format aws] [-o OUT]
      Turn AWS describe output (files, or folders <account>/<region>/...) into a
      document; what was not mapped is reported on stderr.
      Exit status: 0 written, 2 nothing understood or OUT not writable.
  diff BEFORE AFTER [--format text|json]
      What changed between two documents: nodes, connections, routes, and pairs
      of networks that became reachable or unreachable.
      Exit status: 0 no differences, 1 differences, 2 bad input.

Options:
  --format FORMAT     output format (default: text)
  --max-findings N    findings per file in text output (default ${DEFAULT_MAX_FINDINGS}; 0 for all)
  -o, --output OUT    where \`layout\`, \`routes\` and \`import\` write the document
  -h, --help          show this help
  --version           print the version

A FILE of - reads standard input. Files may be UTF-8 (with or without a byte order
mark) or UTF-16 with a byte order mark.

Colour is used when stdout is a terminal; set NO_COLOR to turn it off.
`;

interface PackageInfo {
  version: string;
  homepage?: string;
}

/** The package's identity as JSON, written into the bundle by scripts/build-cli.mjs; undeclared when run from the sources. */
declare const VPC_CANVAS_PACKAGE: string | undefined;

function packageInfo(): PackageInfo {
  if (typeof VPC_CANVAS_PACKAGE === 'string') return JSON.parse(VPC_CANVAS_PACKAGE) as PackageInfo;
  try {
    const json = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Partial<PackageInfo>;
    return { version: json.version ?? '0.0.0', ...(json.homepage ? { homepage: json.homepage } : {}) };
  } catch {
    return { version: '0.0.0' };
  }
}

function sarifTool(): SarifTool {
  const info = packageInfo();
  return { name: 'vpc-canvas', version: info.version, ...(info.homepage ? { informationUri: info.homepage } : {}) };
}

/** The commands that write a document, and so take `-o`. */
const WRITERS: ReadonlySet<string> = new Set(['layout', 'routes', 'import']);

function expectPositionals(parsed: ParsedArgs, command: string, min: number, max: number, shape: string): string[] {
  const n = parsed.positionals.length;
  if (n < min || n > max) throw new UsageError(`${command} takes ${shape}; got ${n} argument${n === 1 ? '' : 's'}`);
  return parsed.positionals;
}

/** Runs one invocation: `argv` is what follows the program name. Resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('no command given');
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (command === '--version') {
      io.stdout(`${packageInfo().version}\n`);
      return 0;
    }
    const parsed = parseArgs(rest);
    if (parsed.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (parsed.version) {
      io.stdout(`${packageInfo().version}\n`);
      return 0;
    }
    if (parsed.output !== undefined && !WRITERS.has(command)) throw new UsageError(`${command} does not write files; -o is for layout, routes and import`);
    if (parsed.maxFindings !== undefined && command !== 'validate') throw new UsageError(`${command} takes no --max-findings; it is for validate`);
    if (parsed.positionals.filter((arg) => arg === STDIN).length > 1) throw new UsageError('standard input (-) can be read only once');
    switch (command) {
      case 'validate': {
        const format = formatOf<ValidateFormat>(parsed, ['text', 'json', 'sarif'], 'validate');
        const files = expectPositionals(parsed, 'validate', 1, Infinity, 'one or more FILEs');
        if (parsed.maxFindings !== undefined && format !== 'text') {
          throw new UsageError(`--max-findings is for text output; --format ${format} lists every finding`);
        }
        return await validateCommand(io, files, { format, maxFindings: parsed.maxFindings ?? DEFAULT_MAX_FINDINGS, tool: sarifTool });
      }
      case 'reach': {
        const format = formatOf<ReachFormat>(parsed, ['text', 'json'], 'reach');
        const [file, from, to] = expectPositionals(parsed, 'reach', 3, 3, 'FILE FROM TO');
        return reachCommand(io, file!, from!, to!, format);
      }
      case 'rules': {
        const format = formatOf<RulesFormat>(parsed, ['text', 'json'], 'rules');
        expectPositionals(parsed, 'rules', 0, 0, 'no arguments');
        return rulesCommand(io, format);
      }
      case 'layout': {
        if (parsed.format !== undefined) throw new UsageError('layout writes a topology document (JSON); it takes no --format');
        const [file] = expectPositionals(parsed, 'layout', 1, 1, 'one FILE');
        // Loaded on demand: elkjs is most of the bundle, and only this command needs it.
        const { layoutCommand } = await import('./layout-command');
        return await layoutCommand(io, file!, parsed.output);
      }
      case 'routes': {
        if (parsed.format !== undefined) throw new UsageError('routes writes a topology document (JSON); it takes no --format');
        const [file] = expectPositionals(parsed, 'routes', 1, 1, 'one FILE');
        return routesCommand(io, file!, parsed.output);
      }
      case 'import': {
        const format = parsed.format === undefined ? undefined : formatOf<ImportFormat>(parsed, ['aws', 'terraform', 'cloudformation'], 'import');
        const paths = expectPositionals(parsed, 'import', 1, Infinity, 'one or more PATHs');
        return importCommand(io, paths, format, parsed.output);
      }
      case 'diff': {
        const format = formatOf<DiffFormat>(parsed, ['text', 'json'], 'diff');
        const [before, after] = expectPositionals(parsed, 'diff', 2, 2, 'BEFORE AFTER');
        return diffCommand(io, before!, after!, format);
      }
      default:
        throw new UsageError(
          command.startsWith('-') ? `unknown option ${JSON.stringify(command)}` : `unknown command ${JSON.stringify(command)}`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`vpc-canvas: ${escapeUnsafeText(error.message)}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    // Commands report bad files themselves; reaching here is a bug. One line, the stack only on request.
    if (io.env?.VPC_CANVAS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    io.stderr(`vpc-canvas: internal error: ${escapeUnsafeText(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_BAD_INPUT;
  }
}
