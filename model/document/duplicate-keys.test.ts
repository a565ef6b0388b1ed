import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countJsonKeys, countValueKeys, findDuplicateKey, provablyNoDuplicateKeys } from './duplicate-keys';

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

describe('provablyNoDuplicateKeys', () => {
  const provable = (text: string) => {
    const value = JSON.parse(text) as object;
    return provablyNoDuplicateKeys(text, value, countValueKeys(value));
  };

  it('clears a text whose colons are its keys, or its keys and colons found in its strings', () => {
    expect(provable('{"a":1,"b":{"c":[1,{"d":null}]}}')).toBe(true);
    expect(provable('{"name":"Benchmark: 10 VPCs","routes":[{"destination":"::/0"}],"a:b":{"x":":"}}')).toBe(true);
  });

  it('does not clear a repeated key, even where colons in strings would make up the count', () => {
    expect(provable('{"a":1,"a":2}')).toBe(false);
    expect(provable('{"a":"x:y","a":1}')).toBe(false);
    // The escape decodes to a colon the text does not show: only the exact count can tell.
    expect(provable('{"a":1,"a":2,"b":"\\u003a"}')).toBe(false);
    expect(countJsonKeys('{"a":1,"a":2,"b":"\\u003a"}')).toBe(3);
  });

  it('gives up on absurd nesting rather than overflow the stack', () => {
    const deep = `${'['.repeat(50_000)}{"a":"x:y"}${']'.repeat(50_000)}`;
    expect(provablyNoDuplicateKeys(deep, JSON.parse(deep) as object, 1)).toBe(false);
  });

  it('does not trust a key count made while objects inherit an enumerable key', () => {
    const text = '{"a":{"b":1},"c":2}';
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      expect(provablyNoDuplicateKeys(text, JSON.parse(text) as object, 3)).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(provable(text)).toBe(true);
  });

  it('never clears a text with a repeated key, and clears every text without one and without escapes (property)', () => {
    // String literals as JSON text, some with a colon written as an escape.
    const literal = fc.oneof(fc.string().map((t) => JSON.stringify(t)), fc.constantFrom('":"', '"::/0"', '"a:b"', '"x\\u003ay"', '"\\u003a"', '"k"'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, literal, fc.integer().map(String), fc.constant('null'), fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`), tie('object')),
      // Objects are written from key and value pairs, so that a key may repeat.
      object: fc.array(fc.tuple(literal, tie('value')), { maxLength: 4 }).map((entries) => `{${entries.map(([k, v]) => `${k}:${v}`).join(',')}}`),
    }));
    fc.assert(
      fc.property(json.object, (body) => {
        const repeated = findDuplicateKey(body) !== undefined;
        if (repeated) expect(provable(body)).toBe(false);
        else if (!body.includes('\\')) expect(provable(body)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
