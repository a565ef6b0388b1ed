import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUnsafeText, hasUnsafeText } from './escape';

describe('escapeUnsafeText', () => {
  it.each([
    ['ANSI erase line and colour', 'prod\u001b[2K\u001b[31m', 'prod\\u{1B}[2K\\u{1B}[31m'],
    ['carriage return (overwrites the line in a log)', 'vpc\rNo findings.', 'vpc\\u{D}No findings.'],
    ['line feed and tab', 'a\nb\tc', 'a\\u{A}b\\u{9}c'],
    ['NUL and DEL', 'a\u0000b\u007f', 'a\\u{0}b\\u{7F}'],
    ['C1 CSI and NEL', 'a\u009b2Kb\u0085', 'a\\u{9B}2Kb\\u{85}'],
    ['right-to-left override', 'vpc-\u202Eved', 'vpc-\\u{202E}ved'],
    ['bidi isolates and marks', '\u2066a\u2069\u200e\u200f\u061c', '\\u{2066}a\\u{2069}\\u{200E}\\u{200F}\\u{61C}'],
    ['zero-width space, joiners, word joiner', 'pr\u200bo\u200cd\u200d\u2060', 'pr\\u{200B}o\\u{200C}d\\u{200D}\\u{2060}'],
    ['byte order mark and soft hyphen', '\ufeffpro\u00add', '\\u{FEFF}pro\\u{AD}d'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u{2028}b\\u{2029}'],
    ['Hangul filler (renders as nothing)', 'prod\u3164', 'prod\\u{3164}'],
    ['lone surrogates', 'a\ud800b\udfff', 'a\\u{D800}b\\u{DFFF}'],
    ['a tag character (astral)', 'a\u{E0041}', 'a\\u{E0041}'],
  ])('escapes %s', (_what, input, expected) => {
    expect(escapeUnsafeText(input)).toBe(expected);
    expect(hasUnsafeText(input)).toBe(true);
  });

  it.each([
    ['plain ASCII', 'vpc-prod (10.0.0.0/16)'],
    ['accents, CJK, arrows, ellipsis', 'Région Tōkyō 東京 → VPC … ok'],
    ['a whole emoji (surrogate pair)', 'team 🚀'],
    ['an emoji with its variation selector', 'love ❤️'],
    ['a backslash sequence typed as text', 'C:\\net\\u{202E}.json'],
    ['the empty string', ''],
  ])('leaves %s alone', (_what, input) => {
    expect(escapeUnsafeText(input)).toBe(input);
    expect(hasUnsafeText(input)).toBe(false);
  });

  it('returns the very same string when there is nothing to escape', () => {
    const text = 'x'.repeat(1000);
    expect(escapeUnsafeText(text)).toBe(text);
  });

  it('leaves nothing unsafe, and loses nothing: the escapes read back to the input', () => {
    // Without backslashes in the input, every `\u{…}` in the output is an escape this function wrote.
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).map((s) => s.replaceAll('\\', '/')), (input) => {
        const out = escapeUnsafeText(input);
        expect(hasUnsafeText(out)).toBe(false);
        expect(out.replace(/\\u\{([0-9A-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))).toBe(input);
      }),
    );
  }, 30_000);

  it('is not fooled by repeated calls (the pattern is global)', () => {
    expect(hasUnsafeText('a\u001b')).toBe(true);
    expect(hasUnsafeText('a\u001b')).toBe(true);
    expect(escapeUnsafeText('\u001b')).toBe('\\u{1B}');
    expect(escapeUnsafeText('\u001b')).toBe('\\u{1B}');
  });
});
