import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, forbiddenCharacterIn, hasInvisible, isolateNames, markInvisible, splitInvisible } from './names';

describe('splitInvisible and markInvisible', () => {
  it('marks zero-width characters, so that "pr\\u200bod" is not "prod"', () => {
    expect(splitInvisible('pr\u200bod')).toEqual([{ text: 'pr' }, { text: '\u200b', invisible: 'U+200B' }, { text: 'od' }]);
    expect(markInvisible('pr\u200bod')).toBe('pr⟨U+200B⟩od');
    expect(markInvisible('prod')).toBe('prod');
    expect(markInvisible('\ufeffprod\u2060')).toBe('⟨U+FEFF⟩prod⟨U+2060⟩');
  });

  it('marks every bidirectional control: marks, embeddings, overrides, isolates', () => {
    for (const c of ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(hasInvisible(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe(true);
    }
    expect(markInvisible('evil\u202Egnp.exe')).toBe('evil⟨U+202E⟩gnp.exe');
  });

  it('marks tag characters (a whole code point, not half of it)', () => {
    expect(markInvisible('a\u{E0041}b')).toBe('a⟨U+E0041⟩b');
  });

  it('marks joiners beside ASCII but leaves emoji sequences and non-Latin shaping alone', () => {
    expect(markInvisible('pr\u200dod')).toBe('pr⟨U+200D⟩od');
    expect(hasInvisible('👩\u200d💻 team')).toBe(false);
    expect(hasInvisible('می\u200cخواهم')).toBe(false);
  });

  it('keeps every other character and their order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(splitInvisible(s).map((p) => p.text).join('')).toBe(s);
      }),
    );
    expect(splitInvisible('')).toEqual([{ text: '' }]);
  });
});

describe('forbiddenCharacterIn', () => {
  it('finds C0 and C1 controls and DEL, naming the code point and where', () => {
    expect(forbiddenCharacterIn('web\u001b[2K')).toEqual({ index: 3, description: 'the control character U+001B' });
    expect(forbiddenCharacterIn('a\rNo findings')).toEqual({ index: 1, description: 'the control character U+000D' });
    expect(forbiddenCharacterIn('tab\there')?.index).toBe(3);
    expect(forbiddenCharacterIn('x\u007f')?.description).toBe('the control character U+007F');
    expect(forbiddenCharacterIn('x\u0085')?.description).toBe('the control character U+0085');
  });

  it('finds lone surrogates and accepts pairs', () => {
    expect(forbiddenCharacterIn('a\ud800b')).toEqual({ index: 1, description: 'a lone surrogate (U+D800, half of a character)' });
    expect(forbiddenCharacterIn('a\udc00')?.index).toBe(1);
    expect(forbiddenCharacterIn('\ud800')?.index).toBe(0);
    expect(forbiddenCharacterIn('rocket 🚀 \u{E0041}')).toBeUndefined();
  });

  it('accepts names in any script, with bidi controls and zero-width characters (those are shown, not refused)', () => {
    for (const ok of ['prod', '本番 VPC', 'שרת', 'pr\u200bod', 'x\u202ey', 'café', '']) expect(forbiddenCharacterIn(ok), ok).toBeUndefined();
  });

  it('agrees with a per-code-point definition (property)', () => {
    // Any UTF-16 units, lone surrogates included, weighted towards the interesting ranges.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xa0 }), fc.integer({ min: 0xd7ff, max: 0xe000 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((units) => String.fromCharCode(...units)), (s) => {
        const bad = [...s].findIndex((ch) => {
          const c = ch.codePointAt(0)!;
          return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff);
        });
        expect(forbiddenCharacterIn(s) === undefined).toBe(bad === -1);
      }),
    );
  });
});

describe('isolateNames', () => {
  it('cuts out the names that could reorder a message, and only those', () => {
    const message = 'VPC evil\u202E is peered with VPC prod and VPC שרת (10.0.0.0/16).';
    expect(isolateNames(message, ['evil\u202E', 'prod', 'שרת'])).toEqual([
      { text: 'VPC ', name: false },
      { text: 'evil\u202E', name: true },
      { text: ' is peered with VPC prod and VPC ', name: false },
      { text: 'שרת', name: true },
      { text: ' (10.0.0.0/16).', name: false },
    ]);
    expect(isolateNames('VPC prod overlaps VPC dev.', ['prod', 'dev'])).toEqual([{ text: 'VPC prod overlaps VPC dev.', name: false }]);
  });

  it('takes the longest of overlapping names, every occurrence, and keeps the text whole (property)', () => {
    expect(isolateNames('a שרת-1 b שרת', ['שרת', 'שרת-1']).filter((p) => p.name).map((p) => p.text)).toEqual(['שרת-1', 'שרת']);
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 3 }).map((s) => `${s}\u05d0`)), (message, names) => {
        expect(isolateNames(message, names).map((p) => p.text).join('')).toBe(message);
      }),
    );
  });
});

describe('cleanName', () => {
  it('turns controls into spaces and lone surrogates into U+FFFD, leaving everything else', () => {
    expect(cleanName('a\tb\r\nc\u0085d')).toBe('a b  c d');
    expect(cleanName('x\ud800y\udc00z🚀')).toBe('x\ufffdy\ufffdz🚀');
    expect(cleanName('pr\u200bod')).toBe('pr\u200bod');
  });

  it('always gives a name the parser accepts, unchanged when it already was (property)', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xa0 }), fc.integer({ min: 0xd7ff, max: 0xe000 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((units) => String.fromCharCode(...units)), (s) => {
        const clean = cleanName(s);
        expect(forbiddenCharacterIn(clean)).toBeUndefined();
        expect(clean.length).toBe(s.length);
        if (forbiddenCharacterIn(s) === undefined) expect(clean).toBe(s);
      }),
    );
  });
});
