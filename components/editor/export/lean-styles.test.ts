import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAWN_PROPERTIES } from './lean-styles';

/**
 * The picture carries only DRAWN_PROPERTIES (see lean-styles.ts). A property that a style sheet
 * of the canvas sets but the list misses would silently vanish from exports: this test reads the
 * style sheets and fails until it is listed, or named below as not drawing anything in a picture.
 */
const SHEETS = [
  new URL('../editor.css', import.meta.url),
  new URL('./export-stage.css', import.meta.url),
  new URL('../../diagram/static-diagram.css', import.meta.url),
  new URL('../../../node_modules/@xyflow/react/dist/style.css', import.meta.url),
];

/** Shorthands the sheets use, and the longhands they set. */
const SIDES = ['top', 'right', 'bottom', 'left'];
const SHORTHANDS: Record<string, string[]> = {
  margin: SIDES.map((s) => `margin-${s}`),
  padding: SIDES.map((s) => `padding-${s}`),
  inset: SIDES,
  border: SIDES.flatMap((s) => [`border-${s}-width`, `border-${s}-style`, `border-${s}-color`]),
  'border-width': SIDES.map((s) => `border-${s}-width`),
  'border-style': SIDES.map((s) => `border-${s}-style`),
  'border-color': SIDES.map((s) => `border-${s}-color`),
  ...Object.fromEntries(SIDES.map((s) => [`border-${s}`, [`border-${s}-width`, `border-${s}-style`, `border-${s}-color`]])),
  'border-radius': ['border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius'],
  outline: ['outline-width', 'outline-style', 'outline-color'],
  background: ['background-color', 'background-image'],
  font: ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height'],
  flex: ['flex-grow', 'flex-shrink', 'flex-basis'],
  overflow: ['overflow-x', 'overflow-y'],
  gap: ['row-gap', 'column-gap'],
  'place-items': ['align-items', 'justify-items'],
  'list-style': ['list-style-type'],
  'text-decoration': ['text-decoration-line', 'text-decoration-style', 'text-decoration-color'],
};

/** Set by the sheets but drawing nothing in a still picture (interaction, motion, containment) or not on the canvas. */
const NOT_DRAWN = new Set([
  'cursor',
  'pointer-events',
  'user-select',
  '-webkit-user-select',
  '-moz-user-select',
  'touch-action',
  'transition',
  'animation',
  'color-scheme',
  'contain',
  'transform-origin', // copied with every transform (html-to-image reads it separately)
]);

function propertiesOf(css: string): Set<string> {
  const found = new Set<string>();
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of body.matchAll(/(?:^|[;{])\s*([a-z-]+)\s*:/gm)) {
    const name = match[1]!;
    // Selectors such as `a:hover` also match `name:`; declarations are inside braces, so keep names followed by a value.
    if (!name.startsWith('--')) found.add(name);
  }
  return found;
}

describe('DRAWN_PROPERTIES', () => {
  const drawn = new Set(DRAWN_PROPERTIES.map(([name]) => name));

  it('covers every property the canvas style sheets set', () => {
    const missing: string[] = [];
    for (const sheet of SHEETS) {
      for (const property of propertiesOf(readFileSync(sheet, 'utf8'))) {
        if (NOT_DRAWN.has(property)) continue;
        const longhands = SHORTHANDS[property] ?? [property];
        for (const longhand of longhands) if (!drawn.has(longhand) && !NOT_DRAWN.has(longhand)) missing.push(`${property} (${longhand})`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has nothing to say about pseudo-elements, because the canvas style sheets draw none', () => {
    for (const sheet of SHEETS) expect(readFileSync(sheet, 'utf8')).not.toMatch(/:(before|after)\b/);
  });

  it('lists each property once', () => {
    expect(drawn.size).toBe(DRAWN_PROPERTIES.length);
  });
});
