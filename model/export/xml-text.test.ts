import { describe, expect, it } from 'vitest';
import { cleanText, num, xmlText } from './xml-text';

describe('cleanText', () => {
  it('keeps ordinary text, accents and emoji (surrogate pairs) as they are', () => {
    expect(cleanText('prod-private-a ÉÅ 東京 🚀')).toBe('prod-private-a ÉÅ 東京 🚀');
  });

  it('turns tabs and line breaks into spaces', () => {
    expect(cleanText('a\tb\nc\r\nd')).toBe('a b c  d');
  });

  it('replaces control characters, lone surrogates and non-characters by U+FFFD', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    expect(cleanText('x\uD83Dy')).toBe('x\uFFFDy');
    expect(cleanText('x\uDE80y')).toBe('x\uFFFDy');
    expect(cleanText('end\uD83D')).toBe('end\uFFFD');
    expect(cleanText('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
  });
});

describe('xmlText', () => {
  it('escapes the five markup characters', () => {
    expect(xmlText(`<b a="1" b='2'>&amp;</b>`)).toBe('&lt;b a=&quot;1&quot; b=&apos;2&apos;&gt;&amp;amp;&lt;/b&gt;');
  });
});

describe('num', () => {
  it('writes at most two decimals and never "-0"', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(40)).toBe('40');
  });
});
