import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KIND_LIST } from '../kinds/connection-kinds';
import { EDGE_LOOKS } from './export-palette';

/**
 * The exports write the canvas's line styles out as values; this reads them back from the style
 * sheet the canvas uses, so that a change there that is not made here fails.
 */
const css = readFileSync(new URL('../../components/editor/editor.css', import.meta.url), 'utf8');

/** The light theme's custom properties: the first `:root`-like block that defines them. */
function lightVariables(): Map<string, string> {
  const block = /\{([^}]*--vc-edge-peering[^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...block.matchAll(/(--vc-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The declarations of every rule whose selector names `.vc-edge-<kind>`, in order. */
function declarationsFor(kind: string): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = new RegExp(`\\.vc-edge-${kind}(?![\\w-])`);
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (!pattern.test(selector!)) continue;
    for (const m of body!.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

describe('EDGE_LOOKS', () => {
  const variables = lightVariables();

  it.each(CONNECTION_KIND_LIST)('draws %s as the canvas does', (kind) => {
    const declared = declarationsFor(kind);
    const stroke = declared.get('stroke') ?? '';
    const colour = stroke.startsWith('var(') ? variables.get(stroke.slice(4, -1)) : stroke;
    expect(colour?.toLowerCase()).toBe(EDGE_LOOKS[kind].stroke);
    expect(declared.get('stroke-dasharray')).toBe(EDGE_LOOKS[kind].dash);
    expect(Number(declared.get('stroke-width') ?? 2)).toBe(EDGE_LOOKS[kind].width);
  });
});
