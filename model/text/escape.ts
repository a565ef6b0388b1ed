/**
 * Escaping for plain-text output (a terminal, a CI log, a text file): names and ids come from the
 * document, which anyone may have written, and must not be able to move the cursor, erase lines,
 * recolour the terminal, reverse the text that follows them, or hide a character.
 */

/**
 * The characters escaped:
 * - `\p{Cc}`: C0 controls (ESC starts terminal sequences, CR returns to the line start, LF and TAB
 *   break the layout), DEL, and the C1 controls (U+009B is a one-byte CSI on some terminals);
 * - `\p{Cf}`: format characters, among them the bidirectional embeddings, overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069), the marks U+200E, U+200F and U+061C, the zero-width space,
 *   joiners and word joiner (U+200B–U+200D, U+2060), the byte order mark and the soft hyphen;
 * - `\p{Zl}`, `\p{Zp}`: U+2028 and U+2029, which some viewers treat as line breaks;
 * - `\p{Cs}`: lone surrogates, which are not text and print as garbage or break encoders;
 * - the remaining default-ignorable code points, which render as nothing (Hangul fillers,
 *   U+034F, Mongolian free variation selectors…), except the variation selectors
 *   U+FE00–U+FE0F and U+E0100–U+E01EF: they only pick a glyph for the character before them
 *   (the emoji style of "❤️") and hide nothing.
 */
const UNSAFE =
  /(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;

/** `\u{1B}`: braces, so that a hex digit following the escape cannot be read as part of it. */
const escapeOne = (char: string): string => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`;

/**
 * `text` with every control, bidirectional-formatting, invisible and lone-surrogate character
 * replaced by a visible `\u{XXXX}` escape; any other text (accents, CJK, emoji, "→") unchanged.
 * A name like `"prod\u001b[2K"` prints as `prod\u{1B}[2K`, and `"pr\u200Bod"` as `pr\u{200B}od`,
 * so it cannot pass for "prod". Backslashes are left alone: a literal `\u{…}` typed into a name
 * reveals itself as odd text, it cannot hide anything.
 */
export function escapeUnsafeText(text: string): string {
  // The quick test keeps the common case (nothing to escape) free of allocation.
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}

/** Whether `text` holds a character `escapeUnsafeText` would escape. */
export function hasUnsafeText(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}
