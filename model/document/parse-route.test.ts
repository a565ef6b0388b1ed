import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../share/share-link';
import { validate } from '../validate';
import { parseDocument, parseDocumentValue } from './parse';
import { TopologyParseError } from './parse-error';
import { serializeDocument } from './serialize';

type Raw = Record<string, unknown>;

const rect = (x: number, y: number) => ({ x, y, width: 112, height: 84 });
const route = (extra: Raw = {}): Raw => ({
  points: [
    { x: 80, y: 24 },
    { x: 200, y: 24 },
    { x: 200, y: 324 },
    { x: 300, y: 324 },
  ],
  sourceRect: rect(0, 0),
  targetRect: rect(300, 300),
  ...extra,
});
const doc = (routeValue: unknown): Raw => ({
  format: 'vpc-canvas',
  version: 2,
  nodes: [
    { id: 'tgw', kind: 'transit-gateway', position: { x: 0, y: 0 } },
    { id: 'vpc', kind: 'vpc', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 300, y: 300 }, size: { width: 112, height: 84 } },
  ],
  connections: [{ id: 'att', kind: 'tgw-attachment', source: 'tgw', target: 'vpc', ...(routeValue === undefined ? {} : { route: routeValue }) }],
});

function refusal(value: unknown): TopologyParseError {
  let fromValue: unknown;
  try {
    parseDocumentValue(value);
  } catch (error) {
    fromValue = error;
  }
  expect(fromValue).toBeInstanceOf(TopologyParseError);
  // The same refusal when the value arrives as the text of a file.
  expect(() => parseDocument(JSON.stringify(value))).toThrow((fromValue as Error).message);
  return fromValue as TopologyParseError;
}

describe("a connection's route (view data)", () => {
  it('is kept by the parser and written back by the serializer, in place after props, with unknown keys inside it', () => {
    const text = JSON.stringify(doc(route({ style: 'orthogonal' })));
    const parsed = parseDocument(text);
    expect(parsed.connections[0]!.route?.points).toHaveLength(4);
    const saved = serializeDocument(parsed);
    expect(JSON.parse(saved)).toEqual(JSON.parse(text));
    expect(Object.keys(JSON.parse(saved).connections[0])).toEqual(['id', 'kind', 'source', 'target', 'route']);
    expect(serializeDocument(parseDocument(saved))).toBe(saved);
  });

  it('travels in share links', () => {
    const parsed = parseDocumentValue(doc(route()));
    const encoded = encodeShareFragment(parsed);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(decodeShareFragment(encoded.fragment).connections[0]!.route).toEqual(parsed.connections[0]!.route);
  });

  it('is ignored by the validator: the same findings with and without it', () => {
    expect(validate(parseDocumentValue(doc(route())))).toEqual(validate(parseDocumentValue(doc(undefined))));
  });

  it('is refused when malformed, naming the place', () => {
    const cases: Array<[unknown, string, string]> = [
      ['left', 'connections[0].route', 'expected an object, found a string'],
      [route({ points: undefined }), 'connections[0].route.points', 'missing; expected an array of points'],
      [route({ points: { x: 1, y: 2 } }), 'connections[0].route.points', 'expected an array of points, found an object'],
      [route({ points: [{ x: 1, y: 2 }] }), 'connections[0].route.points', 'a route has at least 2 points (its two ends), found 1'],
      [route({ points: [{ x: 1, y: 2 }, { x: '3', y: 2 }] }), 'connections[0].route.points[1].x', 'expected a number, found a string'],
      [route({ points: [{ x: 1, y: 2 }, [3, 2]] }), 'connections[0].route.points[1]', 'expected an object, found an array'],
      [route({ points: [{ x: 1, y: 2 }, { x: 3 }] }), 'connections[0].route.points[1].y', 'missing; expected a number'],
      [route({ sourceRect: undefined }), 'connections[0].route.sourceRect', 'missing; expected an object'],
      [route({ targetRect: { x: 0, y: 0, width: -1, height: 5 } }), 'connections[0].route.targetRect.width', 'must not be negative'],
    ];
    for (const [value, path, reason] of cases) {
      const error = refusal(doc(value));
      expect(error.path).toBe(path);
      expect(error.reason).toBe(reason);
    }
  });

  it('refuses a coordinate that is not finite', () => {
    const text = JSON.stringify(doc(route())).replace('"x":200,"y":24', '"x":1e999,"y":24');
    expect(() => parseDocument(text)).toThrow('connections[0].route.points[1].x: expected a finite number, found Infinity');
  });
});
