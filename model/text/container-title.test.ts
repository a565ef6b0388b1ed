import { describe, expect, it } from 'vitest';
import { DETAIL_FONT, DETAIL_LINE, headerHeight, KIND_FONT, layoutContainerTitle, MIN_HEADER, NAME_FONT, NAME_LINE, titleWidth } from './container-title';
import { textWidth } from './text-metrics';

const FOUR_BLOCKS = '10.0.0.0/16, 10.1.0.0/16, 10.2.0.0/16, 10.3.0.0/16';
/** Every character of the details, as the lines carry them (the "· " after the kind label included). */
const detailText = (lines: ReturnType<typeof layoutContainerTitle>['details']) => lines.map((l) => `${l.kind ?? ''}${l.text}`).join('').replace(/\s/g, '');

describe('layoutContainerTitle', () => {
  it('keeps the least title bar for a short name and details on one line each', () => {
    const title = layoutContainerTitle('prod', 'VPC', '10.0.0.0/16', 440);
    expect(title.name).toEqual(['prod']);
    expect(title.details).toEqual([{ kind: 'VPC', text: '· 10.0.0.0/16' }]);
    expect(title.height).toBe(MIN_HEADER);
  });

  it('wraps a long name and four address blocks, never cutting them, and grows the bar for every line', () => {
    const name = 'Payments platform production VPC in the first account, shared with the data team';
    const title = layoutContainerTitle(name, 'VPC', FOUR_BLOCKS, 320);
    expect(title.name.length).toBeGreaterThan(1);
    expect(title.details.length).toBeGreaterThan(1);
    expect(title.name.join(' ').replace(/\s/g, '')).toBe(name.replace(/\s/g, ''));
    expect(detailText(title.details)).toBe(`VPC·${FOUR_BLOCKS}`.replace(/\s/g, ''));
    for (const line of title.name) expect(textWidth(line, NAME_FONT)).toBeLessThanOrEqual(title.width);
    // The first details line holds the kind label and what fits beside it.
    const [first, ...rest] = title.details;
    expect(textWidth(first!.kind!, KIND_FONT) + textWidth(` ${first!.text}`, DETAIL_FONT)).toBeLessThanOrEqual(title.width);
    for (const line of rest) expect(textWidth(line.text, DETAIL_FONT)).toBeLessThanOrEqual(title.width);
    expect(title.height).toBeGreaterThanOrEqual(title.name.length * NAME_LINE + title.details.length * DETAIL_LINE);
    expect(title.height).toBe(headerHeight(title.name.length, title.details.length));
  });

  it('needs fewer lines, and a lower bar, in a wider box', () => {
    const narrow = layoutContainerTitle('prod-shared-services', 'VPC', FOUR_BLOCKS, 320);
    const wide = layoutContainerTitle('prod-shared-services', 'VPC', FOUR_BLOCKS, 1200);
    expect(wide.details).toHaveLength(1);
    expect(narrow.details.length).toBeGreaterThan(wide.details.length);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('puts the details on the next line when nothing fits beside the kind label', () => {
    // The kind label (about 123 px) fits the 130 px column; a space and the next piece do not.
    const title = layoutContainerTitle('dc', 'Corporate data center', '198.51.100.0/24', 40 + 12 + 130);
    expect(title.width).toBe(130);
    expect(title.details[0]).toEqual({ kind: 'Corporate data center', text: '' });
    expect(detailText(title.details.slice(1))).toBe('·198.51.100.0/24');
  });

  it('shows the kind label alone when there are no details, and keeps a minimum column in a tiny box', () => {
    const title = layoutContainerTitle('r', 'Region', '', 10);
    expect(title.width).toBe(titleWidth(10));
    expect(title.width).toBeGreaterThan(0);
    expect(title.details).toEqual([{ kind: 'Region', text: '' }]);
    expect(title.height).toBe(MIN_HEADER);
  });
});
