/** The command line's argument grammar: a command, positional arguments, `--format`, `-o`, help and version. */

/** A mistake in the arguments: printed with the usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The arguments after the command name, sorted out. */
export interface ParsedArgs {
  positionals: string[];
  format?: string;
  /** `-o FILE` / `--output FILE`: where a command that writes a document writes it. */
  output?: string;
  /** `--max-findings N`: findings printed per file in text output (0: all). */
  maxFindings?: number;
  /** `--param Key=Value`, repeatable: CloudFormation parameters for `import`. */
  params?: Record<string, string>;
  /** `--region R`: the stack region for a CloudFormation `import`. */
  region?: string;
  help: boolean;
  version: boolean;
}

/**
 * Splits arguments into positionals and the few options every command shares. `--format json`
 * and `--format=json` both work; `--` ends the options, so a file named `-x.json` can be given.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], help: false, version: false };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      parsed.positionals.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--help' || arg === '-h') {
      parsed.help = true;
    } else if (arg === '--version') {
      parsed.version = true;
    } else if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      parsed.format = value;
    } else if (arg.startsWith('--format=')) {
      parsed.format = arg.slice('--format='.length);
    } else if (arg === '--output' || arg === '-o') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a file name`);
      parsed.output = value;
    } else if (arg.startsWith('--output=')) {
      parsed.output = arg.slice('--output='.length);
    } else if (arg === '--max-findings') {
      parsed.maxFindings = count(arg, argv[++i]);
    } else if (arg.startsWith('--max-findings=')) {
      parsed.maxFindings = count('--max-findings', arg.slice('--max-findings='.length));
    } else if (arg === '--param' || arg.startsWith('--param=')) {
      const value = arg === '--param' ? argv[++i] : arg.slice('--param='.length);
      const eq = value?.indexOf('=') ?? -1;
      if (value === undefined || eq < 1) throw new UsageError(`--param takes Key=Value; got ${JSON.stringify(value ?? '')}`);
      parsed.params = { ...parsed.params, [value.slice(0, eq)]: value.slice(eq + 1) };
    } else if (arg === '--region' || arg.startsWith('--region=')) {
      const value = arg === '--region' ? argv[++i] : arg.slice('--region='.length);
      if (!value) throw new UsageError('--region needs a region code');
      parsed.region = value;
    } else {
      throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    }
  }
  return parsed;
}

/** A whole number of at least 0, for an option that counts something. */
function count(option: string, value: string | undefined): number {
  if (value === undefined) throw new UsageError(`${option} needs a number`);
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${option} takes a whole number (0 for no limit); got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The format asked for, checked against the ones the command prints; `text` when none was asked for. */
export function formatOf<F extends string>(parsed: ParsedArgs, allowed: readonly F[], command: string): F {
  const format = parsed.format ?? 'text';
  if (!(allowed as readonly string[]).includes(format)) {
    const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed[0];
    throw new UsageError(`${command}: unknown format ${JSON.stringify(format)}; expected ${list}`);
  }
  return format as F;
}
