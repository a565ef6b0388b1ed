/** ANSI colour for terminal output, off unless stdout is a terminal and NO_COLOR is unset. */
import type { Severity } from '../model/rules/catalogue';
import type { CliIo } from './io';

/** Wraps text in colour codes, or returns it unchanged when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
  good(text: string): string;
  bad(text: string): string;
}

const SEVERITY_CODES: Record<Severity, string> = { error: '31;1', warning: '33', info: '36' };

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export function colourEnabled(io: CliIo): boolean {
  return io.isTTY && !io.env?.NO_COLOR;
}

/** The style for this process's stdout. */
export function styleFor(io: CliIo): Style {
  const on = colourEnabled(io);
  const wrap = (code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    bold: wrap('1'),
    dim: wrap('2'),
    severity: (severity, text) => wrap(SEVERITY_CODES[severity])(text),
    good: wrap('32'),
    bad: wrap('31;1'),
  };
}

/** "2 errors, 1 warning, 0 infos". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
