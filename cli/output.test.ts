import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferedOutput, indentedJson, JsonArrayWriter } from './output';

const collect = (limit?: number) => {
  const writes: string[] = [];
  return { writes, out: new BufferedOutput((text) => writes.push(text), limit) };
};

describe('BufferedOutput', () => {
  it('hands text on in pieces once the limit is reached, and the rest on flush', () => {
    const { writes, out } = collect(10);
    out.write('abcd');
    out.write('efgh');
    expect(writes).toEqual([]);
    out.write('ijkl');
    expect(writes).toEqual(['abcdefghijkl']);
    out.write('m');
    out.flush();
    out.flush();
    expect(writes).toEqual(['abcdefghijkl', 'm']);
  });
});

describe('JsonArrayWriter', () => {
  const json = fc.jsonValue({ maxDepth: 3 });

  it('writes exactly what JSON.stringify(array, null, 2) writes, at any depth', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (items, depth) => {
        const { writes, out } = collect(7);
        const array = new JsonArrayWriter(out, depth);
        for (const item of items) array.item(item);
        array.close();
        out.flush();
        expect(writes.join('')).toBe(indentedJson(items, depth));
        expect(JSON.parse(writes.join(''))).toEqual(JSON.parse(JSON.stringify(items)));
      }),
    );
  });

  it('indents nested values without touching line breaks inside strings', () => {
    expect(indentedJson({ a: ['x\ny'] }, 1)).toBe('{\n    "a": [\n      "x\\ny"\n    ]\n  }');
  });
});
