/**
 * Text for the review's Markdown files: user text escaped so that it renders as itself, and
 * numbers grouped the same way on every machine. The review report and its comparison section
 * both write with these.
 */
import { markInvisible } from '../text/names';

/**
 * User text as inline Markdown that renders as exactly that text, and never as a link:
 * - line breaks and other control characters become spaces (a newline would end a table row or
 *   list item);
 * - invisible characters are written out (`pr⟨U+200B⟩od`, `evil⟨U+202E⟩gnp`), as `markInvisible`
 *   does everywhere: a bidirectional override could make a name read as another one, a zero-width
 *   space makes two names look the same;
 * - `&`, `<` and `>` become entities, so no HTML tag or entity can form;
 * - Markdown punctuation is backslash-escaped: emphasis, code, links and images, strikethrough,
 *   table pipes, a heading's closing `#`, and `$` (GitHub renders `$...$` as math);
 * - what renderers turn into links by themselves (GitHub's `www.`, `https://` and e-mail autolinks,
 *   markdown-it's bare `example.com`) is broken up with character references: `@` as `&#64;`, the
 *   `:` of `://` as `&#58;`, and a `.` between a word and a letter as `&#46;`. Autolinkers read
 *   the source, where those characters are then missing; the rendered text is unchanged. Dots
 *   between digits (CIDR blocks) stay as they are: no top-level domain is a number.
 * Characters that matter only at the start of a line (`-`, `+`, `1.`, `>`) are left alone: user
 * text never starts a line of the report.
 */
export function escapeMarkdown(text: string): string {
  return markInvisible(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#$!]/g, '\\$&')
    .replace(/@/g, '&#64;')
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/(?<=[\p{L}\p{N}_-])\.(?=\p{L})/gu, '&#46;');
}

/** Thousands separators without Intl, so the report is the same on every machine. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
