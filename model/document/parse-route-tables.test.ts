import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arePlainRouteTables, checkOrigin, checkRouteTables, checkTags, isPlainOrigin, isPlainTags } from './parse-route-tables';
import { TopologyParseError } from './parse-error';

/** Whether `check` passes the value; any error but the parser's own fails the test. */
function passes(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof TopologyParseError) return false;
    throw error;
  }
}

// Values that are nearly right: now and then a field is of the wrong type, empty, too long or holds a control character.
const text = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'rtb-1', '10.0.0.0/16', 'igw-1', 'vgw-1'), weight: 12 },
  { arbitrary: fc.constantFrom('', 'x\u0007', 'y'.repeat(128), 'y'.repeat(129)), weight: 2 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
);
const anything = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof({ arbitrary: arb, weight: 15 }, { arbitrary: anything, weight: 1 }), { nil: undefined });
const stringList = fc.array(fc.oneof({ arbitrary: text, weight: 15 }, { arbitrary: anything, weight: 1 }), { maxLength: 3 });
const origin = fc.record({ id: maybe(text), kind: maybe(fc.constantFrom('aws', 'terraform', 'cloudformation', 'other')), account: maybe(text), region: maybe(text) }, { requiredKeys: [] });
const tags = fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof({ arbitrary: text, weight: 15 }, { arbitrary: anything, weight: 1 }), { maxKeys: 3 });
const route = fc.oneof({ arbitrary: fc.record({ destination: maybe(text), target: maybe(text) }), weight: 15 }, { arbitrary: anything, weight: 1 });
const tableFields = fc.record(
  {
    id: maybe(text),
    name: maybe(text),
    routes: maybe(fc.array(route, { maxLength: 3 })),
    main: maybe(fc.boolean()),
    propagate: maybe(stringList),
    associations: maybe(stringList),
    propagations: maybe(stringList),
    origin: maybe(origin),
    tags: maybe(tags),
  },
  { requiredKeys: ['id'] },
);
const table = fc.oneof({ arbitrary: tableFields, weight: 15 }, { arbitrary: anything, weight: 1 });

describe('the route table, origin and tag predicates', () => {
  it('pass exactly what their checks pass (property)', () => {
    fc.assert(
      fc.property(maybe(origin), maybe(tags), fc.oneof(fc.array(table, { maxLength: 3 }), anything), fc.constantFrom('vpc', 'tgw' as const), (o, t, tables, owner) => {
        expect(isPlainOrigin(o)).toBe(passes(() => checkOrigin(o, 'origin')));
        expect(isPlainTags(t)).toBe(passes(() => checkTags(t, 'tags')));
        expect(arePlainRouteTables(tables, owner)).toBe(passes(() => checkRouteTables(tables, owner, 'routeTables')));
      }),
      { numRuns: 2_000 },
    );
  });

  it('accept a complete table of either owner', () => {
    const tables = [{ id: 'rtb-1', name: 'main', main: true, routes: [{ destination: '0.0.0.0/0', target: 'igw-1' }], propagate: ['vgw-1'], tags: { env: 'prod' } }];
    expect(arePlainRouteTables(tables, 'vpc')).toBe(true);
    expect(arePlainRouteTables([{ id: 'tgw-rtb', associations: ['a'], propagations: [], origin: { id: 'x', kind: 'aws' } }], 'tgw')).toBe(true);
  });
});
