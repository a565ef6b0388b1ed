/**
 * Lists in finding messages that stay short however many things they name: a finding about a
 * thousand VPCs names a few and counts the rest.
 */
import { groupDigits } from './group-digits';

/** How many items a message names before it says "and N more". */
export const NAMED_IN_MESSAGE = 3;

/**
 * "a, b and c" for up to `shown` items (3), else "a, b, c and 997 more". Items are written by
 * `text` only when shown, so a long list costs nothing to summarise.
 */
export function enumerate<T>(items: readonly T[], text: (item: T) => string, shown = NAMED_IN_MESSAGE): string {
  if (items.length === 0) return '';
  if (items.length === 1) return text(items[0]!);
  if (items.length <= shown) return `${items.slice(0, -1).map(text).join(', ')} and ${text(items[items.length - 1]!)}`;
  return `${items.slice(0, shown).map(text).join(', ')} and ${groupDigits(items.length - shown)} more`;
}
