/**
 * The small checks the parser's helpers share: what a JSON value is, in words, and the refusal
 * that names the place and what was expected there.
 */
import { TopologyParseError } from './parse-error';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON value's type as a message says it: "an array", "a string", "nothing". */
export const kindOf = (value: unknown): string =>
  value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

/** Refuses `value` at `path`: "missing" when there is none, else what was found instead of `expected`. */
export function refuse(path: string, expected: string, value: unknown): never {
  throw new TopologyParseError(path, value === undefined ? `missing; expected ${expected}` : `expected ${expected}, found ${kindOf(value)}`);
}
