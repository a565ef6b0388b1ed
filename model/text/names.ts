/**
 * Names and ids as people read them. Two dangers: characters that do nothing but steer the eye
 * (zero-width characters make "pr\u200bod" look like "prod"; a right-to-left override reverses
 * the text after it), and control characters, which no name needs and which break exports and
 * terminals. The parser refuses the second kind; the first is legal but must be shown.
 */

/**
 * Characters with no width of their own, or that only reorder text: zero-width space, word joiner,
 * byte-order mark, soft hyphen, combining grapheme joiner, invisible operators, Hangul and
 * Mongolian fillers, tag characters, and every bidirectional control (marks, embeddings,
 * overrides, isolates). Zero-width joiners and non-joiners are handled apart: see `isInvisibleAt`.
 */
const ALWAYS_INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/;

/** Zero-width non-joiner and joiner: needed inside emoji sequences and some scripts, a disguise next to ASCII. */
const JOINERS = /[\u200C\u200D]/;

const isAscii = (c: string | undefined): boolean => c !== undefined && c.length === 1 && c.charCodeAt(0) < 0x80;

/** Whether the code point starting at `text[i]` is invisible in a name (see `markInvisible`). */
function isInvisibleAt(text: string, i: number, char: string): boolean {
  if (ALWAYS_INVISIBLE.test(char)) return true;
  // A joiner next to ASCII has no shaping to do: there it only hides a difference.
  return JOINERS.test(char) && (isAscii(text[i - 1]) || isAscii(text[i + 1]));
}

/** A run of a name: visible text, or one invisible character to show as its code point. */
export type NamePart = { text: string; invisible?: undefined } | { text: string; invisible: string };

/** `U+200B`, `U+E0041`: how an invisible character is shown. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The name cut into visible runs and invisible characters, each invisible one labelled with its code
 * point (`{ text: '\u200b', invisible: 'U+200B' }`), so that the UI can draw a visible mark in its
 * place and "pr\u200bod" no longer passes for "prod". A name without invisible characters is one part.
 */
export function splitInvisible(name: string): NamePart[] {
  const parts: NamePart[] = [];
  let run = '';
  let i = 0;
  for (const char of name) {
    if (isInvisibleAt(name, i, char)) {
      if (run) parts.push({ text: run });
      run = '';
      parts.push({ text: char, invisible: codePointLabel(char) });
    } else {
      run += char;
    }
    i += char.length;
  }
  if (run || parts.length === 0) parts.push({ text: run });
  return parts;
}

/** Whether the name holds a character `splitInvisible` would mark. */
export function hasInvisible(name: string): boolean {
  return splitInvisible(name).some((p) => p.invisible !== undefined);
}

/**
 * The name as plain text with each invisible character written out as `⟨U+200B⟩`: for places that
 * cannot style a part (a title attribute, a Markdown cell, a terminal).
 */
export function markInvisible(name: string): string {
  return splitInvisible(name)
    .map((p) => (p.invisible ? `⟨${p.invisible}⟩` : p.text))
    .join('');
}

/** Every character `forbiddenCharacterIn` might refuse (a surrogate is refused only when alone). */
const MAYBE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;

/**
 * The first character no name or id may hold, with its position (in UTF-16 units), or undefined:
 * C0 controls (U+0000–U+001F, tab and line breaks included: a name is one line), DEL, C1 controls
 * (U+0080–U+009F), and lone surrogates (half of a character, which no encoder can write out: PNG
 * and SVG exports fail on them).
 */
export function forbiddenCharacterIn(text: string): { index: number; description: string } | undefined {
  // Almost every name has none: one native scan answers that before the loop that says where.
  if (!MAYBE_FORBIDDEN.test(text)) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return { index: i, description: `the control character ${codePointLabel(text[i]!)}` };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, description: `a lone surrogate (${codePointLabel(text[i]!)}, half of a character)` };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, description: `a lone surrogate (${codePointLabel(text[i]!)}, half of a character)` };
  }
  return undefined;
}

/**
 * Right-to-left letters and bidirectional controls: a name holding one can reorder the text around
 * it when it is interpolated into a sentence, so such a name must be isolated there.
 */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** A run of a message: plain text, or a name to isolate (`<bdi>`, or `unicode-bidi: isolate`). */
export interface MessagePart {
  text: string;
  /** True for a name that holds right-to-left letters or bidirectional controls. */
  name: boolean;
}

/**
 * A message cut where it quotes one of `names` that could reorder its surroundings (right-to-left
 * letters, bidirectional controls): "VPC evil\u202E is peered…" gives the name as its own part, so
 * the UI can isolate it and an override inside it stops at its end. Names without such characters
 * are left in the text (isolating them changes nothing). Longest names first where two overlap.
 */
export function isolateNames(message: string, names: Iterable<string>): MessagePart[] {
  const hits: Array<[number, number]> = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '' || seen.has(name) || !BIDI_SENSITIVE.test(name)) continue;
    seen.add(name);
    for (let at = message.indexOf(name); at !== -1; at = message.indexOf(name, at + name.length)) hits.push([at, at + name.length]);
  }
  if (hits.length === 0) return [{ text: message, name: false }];
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: MessagePart[] = [];
  let done = 0;
  for (const [start, end] of hits) {
    if (start < done) continue;
    if (start > done) parts.push({ text: message.slice(done, start), name: false });
    parts.push({ text: message.slice(start, end), name: true });
    done = end;
  }
  if (done < message.length) parts.push({ text: message.slice(done), name: false });
  return parts;
}

/**
 * The name with every character `forbiddenCharacterIn` refuses replaced: controls by a space, a
 * lone surrogate by U+FFFD. For names typed or pasted in the editor, so that what it saves always
 * opens again.
 */
export function cleanName(name: string): string {
  if (forbiddenCharacterIn(name) === undefined) return name;
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
