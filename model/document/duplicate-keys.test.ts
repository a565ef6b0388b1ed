import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countJsonKeys, countValueKeys, findDuplicateKey } from './duplicate-keys';

describe('countJsonKeys', () => {
  it('counts keys, not strings that merely look like them', () => {
    expect(countJsonKeys('{"a": 1, "b" : {"c":[ "d", "e:" ]}, "f\\\\": "g\\":"}')).toBe(4);
    expect(countJsonKeys('["a", "b"]')).toBe(0);
    expect(countJsonKeys('{"a\\"b":1,"\\\\":2}')).toBe(2);
  });

  it('agrees with the keys of the parsed value whenever no key repeats (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const value: unknown = JSON.parse(text);
        if (findDuplicateKey(text) === undefined) expect(countJsonKeys(text)).toBe(countValueKeys(value));
        else expect(countJsonKeys(text)).toBeGreaterThan(countValueKeys(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findDuplicateKey', () => {
  it('finds the first repeated key with the path of its object and its offset', () => {
    const text = '{"nodes":[{"id":"a"},{"id":"b","props":{"cidrs":["10.0.0.0/16"],"cidrs":["0.0.0.0/0"]}}]}';
    expect(findDuplicateKey(text)).toEqual({ path: 'nodes[1].props', key: 'cidrs', offset: text.lastIndexOf('"cidrs"') });
    expect(findDuplicateKey('{"a":1,"a":2}')).toEqual({ path: '', key: 'a', offset: 7 });
    expect(findDuplicateKey('{"x y":{"k":1,"\\u006b":2}}')).toMatchObject({ path: '["x y"]', key: 'k' });
  });

  it('accepts equal keys in different objects, and keys equal to values', () => {
    expect(findDuplicateKey('[{"a":1},{"a":2},{"b":"a","a":{"a":"a"}}]')).toBeUndefined();
  });

  it('finds a key repeated in generated objects (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length]!;
        const body = JSON.stringify(object);
        const text = `{"wrap":[0,${body.slice(0, -1)},${JSON.stringify(key)}:null}]}`;
        const found = findDuplicateKey(text);
        expect(found?.key).toBe(key);
        expect(found?.path).toBe('wrap[1]');
      }),
      { numRuns: 200 },
    );
  });

  it('survives deep nesting without recursion', () => {
    const deep = `${'['.repeat(100_000)}{"a":1,"a":2}${']'.repeat(100_000)}`;
    expect(findDuplicateKey(deep)).toMatchObject({ key: 'a', path: `${'[0]'.repeat(10)}…` });
    expect(countJsonKeys(deep)).toBe(2);
  });
});
