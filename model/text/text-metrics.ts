/**
 * Text widths without a browser, and line wrapping on top of them. The exports name Helvetica /
 * Arial (Liberation Sans on Linux has the same metrics), so widths come from Helvetica's published
 * advance widths; a small allowance covers fonts that substitute for it. Estimates only ever err
 * on the wide side: a label laid out a little wide is harmless, one that overflows is not.
 */

/** Advance widths of printable ASCII (U+0020 to U+007E) in Helvetica, in thousandths of an em. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584,
  584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
  278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
  500, 500, 500, 334, 260, 334, 584,
];

/** Bold glyphs are about 6% wider in Helvetica; substitutes vary more. */
const BOLD_FACTOR = 1.08;
/** Allowance for a substitute font wider than Helvetica. */
const SAFETY = 1.06;

/** True for characters drawn a full em wide: CJK, Hangul, full-width forms, emoji. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  );
}

/** Width of one character (a code point) in ems. */
function charEm(char: string, mono: boolean): number {
  const code = char.codePointAt(0) ?? 0x20;
  if (isWide(code)) return 1;
  if (mono) return 0.6;
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20]! / 1000;
  // The middle dot that separates the parts of every subtitle and detail line ("NAT · private").
  if (code === 0xb7) return 0.278;
  // Accented Latin, Greek, Cyrillic and the rest: about an average lower-case letter, rounded up.
  return 0.62;
}

/** How a run of text is set. */
export interface FontSpec {
  size: number;
  bold?: boolean;
  /** A monospaced face (CIDR blocks in container titles). */
  mono?: boolean;
}

/** The estimated width of `text` in pixels. */
export function textWidth(text: string, font: FontSpec): number {
  let ems = 0;
  for (const char of text) ems += charEm(char, font.mono === true);
  return ems * font.size * SAFETY * (font.bold && !font.mono ? BOLD_FACTOR : 1);
}

/** Pieces a line may break after: a space, or the hyphens and underscores names are made of (prod-private-a). Never inside an address. */
function tokens(text: string): string[] {
  return text.match(/[^\s\-_]*(?:[\s\-_]+|$)/g)?.filter((t) => t.length > 0) ?? [];
}

/** Splits a piece wider than a line into pieces that fit, between characters. */
function splitLong(token: string, maxWidth: number, font: FontSpec): string[] {
  const out: string[] = [];
  let current = '';
  for (const char of token) {
    if (current && textWidth(current + char, font) > maxWidth) {
      out.push(current);
      current = char;
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

/**
 * `text` broken into lines no wider than `maxWidth`: at spaces and name punctuation first, inside
 * a word only when the word alone is too wide. Never shortened: a long text takes more lines.
 * `firstIndent` is taken by something set before the text on its first line (a container's kind
 * label before its details); a first piece that does not fit beside it starts on the next line,
 * and the first line is then ''.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, firstIndent = 0): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const lines: string[] = [];
  let line = '';
  const room = () => (lines.length === 0 ? maxWidth - firstIndent : maxWidth);
  for (const token of tokens(clean)) {
    if (textWidth((line + token).trimEnd(), font) <= room()) {
      line += token;
      continue;
    }
    if (line.trim() || (lines.length === 0 && firstIndent > 0)) lines.push(line.trimEnd());
    line = '';
    if (textWidth(token.trimEnd(), font) <= room()) line = token;
    else {
      const pieces = splitLong(token, room(), font);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
