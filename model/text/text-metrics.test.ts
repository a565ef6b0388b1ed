import { describe, expect, it } from 'vitest';
import { textWidth, wrapText, type FontSpec } from './text-metrics';

const FONT: FontSpec = { size: 12, bold: true };

describe('textWidth', () => {
  it('grows with the text, and bold is wider than regular', () => {
    expect(textWidth('prod', FONT)).toBeLessThan(textWidth('prod-private-a', FONT));
    expect(textWidth('WWW', { size: 12 })).toBeGreaterThan(textWidth('iii', { size: 12 }));
    expect(textWidth('prod', { size: 12 })).toBeLessThan(textWidth('prod', FONT));
  });

  it('counts a wide character (CJK, emoji) as a full em', () => {
    expect(textWidth('東京', { size: 10 })).toBeGreaterThanOrEqual(20);
    expect(textWidth('🚀', { size: 10 })).toBeGreaterThanOrEqual(10);
  });
});

describe('wrapText', () => {
  const cases = [
    'prod-private-a',
    'Public subnet for the payments platform in the first availability zone',
    'averyveryveryverylongnamewithoutanyplacetobreakitatall',
    'allowed 10.10.0.0/16, 10.20.0.0/16, 10.30.0.0/16',
    '東京リージョンの本番環境の非公開サブネット',
  ];

  it.each(cases)('keeps every character of %j, each line within the width unless one character is wider', (text) => {
    const lines = wrapText(text, 108, FONT);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const line of lines) if ([...line].length > 1) expect(textWidth(line, FONT)).toBeLessThanOrEqual(108);
    expect(lines.join('')).not.toContain('…');
  });

  it('breaks at spaces and hyphens before it breaks inside a word', () => {
    const width = textWidth('payments ledger', FONT) + 1;
    expect(wrapText('payments ledger reconciliation', width, FONT)).toEqual(['payments ledger', 'reconciliation']);
    expect(wrapText('prod-private-subnet-a', 90, FONT)[0]).toMatch(/-$/);
  });

  it('never breaks inside an address block', () => {
    const lines = wrapText('allowed 10.10.0.0/16, 10.20.0.0/16, 10.30.0.0/16', 120, { size: 11 });
    for (const line of lines) for (const word of line.split(' ')) if (/\d/.test(word)) expect(word).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+,?$/);
  });

  it('gives nothing for blank text', () => {
    expect(wrapText('   ', 100, FONT)).toEqual([]);
  });
});
