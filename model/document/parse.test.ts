import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrInvalid } from '../rules/cidr-invalid';
import { arbitraryDocument, arbitraryJson } from '../testing/arbitrary-document';
import { validate } from '../validate';
import { jsonSyntaxErrorOffset, parseDocument, parseDocumentValue } from './parse';
import { TopologyParseError } from './parse-error';
import { serializeDocument, toJsonValue } from './serialize';

type Raw = Record<string, unknown>;

const doc = (nodes: unknown[], connections: unknown[] = [], extra: Raw = {}): Raw => ({
  format: 'vpc-canvas',
  version: 1,
  ...extra,
  nodes,
  connections,
});
const vpcNode = (id: string, extra: Raw = {}): Raw => ({ id, kind: 'vpc', props: { cidrs: ['10.0.0.0/16'] }, ...extra });

/** The error a parse throws; fails the test when it does not throw. */
function refusal(parse: () => unknown): TopologyParseError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(TopologyParseError);
    return error as TopologyParseError;
  }
  throw new Error('expected the document to be refused');
}

/** Refusal of a decoded value, with the message in the `path: reason` form the spec asks for. */
function expectRefused(value: unknown, path: string, reason: string | RegExp): TopologyParseError {
  const error = refusal(() => parseDocumentValue(value));
  expect(error.path).toBe(path);
  if (typeof reason === 'string') expect(error.reason).toBe(reason);
  else expect(error.reason).toMatch(reason);
  expect(error.message).toBe(path ? `${path}: ${error.reason}` : error.reason);
  // The same refusal when the value arrives as the text of a file.
  const fromText = refusal(() => parseDocument(JSON.stringify(value)));
  expect(fromText.message).toBe(error.message);
  return error;
}

describe('parseDocument accepts', () => {
  it('the example of topology-format.md', () => {
    const text = JSON.stringify({
      format: 'vpc-canvas',
      version: 1,
      name: 'Hybrid hub and spoke',
      nodes: [
        { id: 'region-tokyo', kind: 'region', props: { code: 'ap-northeast-1' } },
        {
          id: 'vpc-prod', kind: 'vpc', name: 'prod', parent: 'region-tokyo', props: { cidrs: ['10.0.0.0/16'] },
          position: { x: 40, y: 60 }, size: { width: 480, height: 320 },
        },
        { id: 'vpc-shared', kind: 'vpc', name: 'shared', props: { cidrs: ['10.1.0.0/16'] } },
      ],
      connections: [{ id: 'pcx-1', kind: 'vpc-peering', source: 'vpc-prod', target: 'vpc-shared', props: {} }],
    });
    const parsed = parseDocument(text);
    expect(parsed.name).toBe('Hybrid hub and spoke');
    expect(parsed.nodes.map((n) => n.id)).toEqual(['region-tokyo', 'vpc-prod', 'vpc-shared']);
    expect(parsed.nodes[1]).toEqual({
      id: 'vpc-prod', kind: 'vpc', name: 'prod', parent: 'region-tokyo', props: { cidrs: ['10.0.0.0/16'] },
      position: { x: 40, y: 60 }, size: { width: 480, height: 320 },
    });
    expect(parsed.connections[0]).toEqual({ id: 'pcx-1', kind: 'vpc-peering', source: 'vpc-prod', target: 'vpc-shared', props: {} });
  });

  it('an empty document, and children listed before their parents', () => {
    expect(parseDocumentValue(doc([]))).toEqual({ format: 'vpc-canvas', version: 2, nodes: [], connections: [] });
    const parsed = parseDocumentValue(
      doc([{ id: 'sub', kind: 'subnet', parent: 'vpc', props: { cidr: '10.0.0.0/24' } }, vpcNode('vpc', { parent: 'r' }), { id: 'r', kind: 'region' }]),
    );
    expect(parsed.nodes.map((n) => n.parent)).toEqual(['vpc', 'r', undefined]);
  });

  it('a value handed in without taking it over: the document is a copy, so editing it leaves the caller\'s value as it was', () => {
    const node = vpcNode('v');
    const parsed = parseDocumentValue(doc([node]));
    parsed.nodes[0]!.name = 'renamed';
    Object.assign(parsed.nodes[0]!.props!, { cidrs: ['10.9.0.0/16'] });
    expect(node).toEqual(vpcNode('v'));
  });

  it('a file saved with a UTF-8 byte order mark', () => {
    expect(parseDocument(`\uFEFF${JSON.stringify(doc([vpcNode('a')]))}`).nodes).toHaveLength(1);
  });

  it('props of the wrong kind of value only where the registry has no such prop (they are kept as unknown)', () => {
    const parsed = parseDocumentValue(doc([{ id: 'igw', kind: 'internet-gateway', props: { tunnels: 'many', cidrs: 7 } }]));
    expect(parsed.nodes[0]!.props).toEqual({ tunnels: 'many', cidrs: 7 });
  });

  it('malformed CIDR strings in an otherwise valid document: they are cidr-invalid findings, not parse errors', () => {
    const parsed = parseDocumentValue(
      doc(
        [
          { id: 'vpc', kind: 'vpc', name: 'prod', props: { cidrs: ['10.0.0.0/33', 'banana'], ipv6Cidrs: ['10.0.0.0/16'] } },
          { id: 'sub', kind: 'subnet', name: 'app', parent: 'vpc', props: { cidr: '300.1.1.1/16', ipv6Cidr: 'zzz' } },
          { id: 'dc', kind: 'on-premises', name: 'dc', props: { cidrs: ['10.0.0.0'] } },
          { id: 'dxgw', kind: 'dx-gateway' },
          { id: 'vgw', kind: 'vpn-gateway', parent: 'vpc' },
        ],
        [{ id: 'assoc', kind: 'dxgw-association', source: 'dxgw', target: 'vgw', props: { allowedPrefixes: ['', '1.2.3.4/40'] } }],
      ),
    );
    expect(parsed.nodes[0]!.props).toEqual({ cidrs: ['10.0.0.0/33', 'banana'], ipv6Cidrs: ['10.0.0.0/16'] });
    const findings = validate(parsed, [cidrInvalid]);
    expect(findings.every((f) => f.rule === 'cidr-invalid')).toBe(true);
    const texts = ['10.0.0.0/33', 'banana', '10.0.0.0/16', '300.1.1.1/16', 'zzz', '10.0.0.0', '""', '1.2.3.4/40'];
    for (const text of texts) expect(findings.some((f) => f.message.includes(text))).toBe(true);
  });
});

describe('parseDocument refuses, naming the place', () => {
  it('text that is not JSON, with the line and column', () => {
    const truncated = refusal(() => parseDocument('{"format": "vpc-canvas",'));
    expect(truncated.path).toBe('');
    expect(truncated.message).toMatch(/^not valid JSON: /);

    // V8 gives no position for "Unexpected token": the parser finds it itself.
    const token = refusal(() => parseDocument('{\n  "format": "vpc-canvas",\n  "version": ,\n}'));
    expect(token.message).toBe("not valid JSON: Unexpected token ',' (line 3, column 14)");

    const missingComma = refusal(() => parseDocument('{\n  "a": 1\n  "b": 2\n}'));
    expect(missingComma.message).toMatch(/^not valid JSON: .* \(line 3, column 3\)$/);

    expect(refusal(() => parseDocument('')).message).toMatch(/^not valid JSON: /);
    expect(refusal(() => parseDocument("{'format': 'vpc-canvas'}")).message).toMatch(/\(line 1, column 2\)$/);
    expect(refusal(() => parseDocument('{"nodes": [] } trailing')).message).toMatch(/\(line 1, column 16\)$/);
    expect(refusal(() => parseDocument(123 as unknown as string)).message).toBe('expected the text of a JSON file');
  });

  it('JSON that is not a topology document', () => {
    expectRefused([], '', 'not a topology document: expected a JSON object, found an array');
    expectRefused('vpc', '', 'not a topology document: expected a JSON object, found a string');
    expectRefused(null, '', 'not a topology document: expected a JSON object, found null');
  });

  it('a wrong or missing format', () => {
    expectRefused({ ...doc([]), format: 'drawio' }, 'format', 'expected "vpc-canvas", found "drawio"');
    const { format: _format, ...withoutFormat } = doc([]);
    expectRefused(withoutFormat, 'format', /^missing/);
  });

  it('a newer version, and versions that do not exist', () => {
    const newer = expectRefused({ ...doc([]), version: 3 }, 'version', /newer/);
    expect(newer.message).toBe('version: this file is version 3, newer than this build of VPC Canvas reads (2); update VPC Canvas to open it');
    expectRefused({ ...doc([]), version: 0 }, 'version', 'version 0 does not exist; the first version is 1');
    expectRefused({ ...doc([]), version: '1' }, 'version', 'expected a whole number, found "1"');
    expectRefused({ ...doc([]), version: 1.5 }, 'version', 'expected a whole number, found 1.5');
    const { version: _version, ...withoutVersion } = doc([]);
    expectRefused(withoutVersion, 'version', 'missing; expected a whole number');
    expect(refusal(() => parseDocument('{"format":"vpc-canvas","version":1e999,"nodes":[],"connections":[]}')).message).toBe(
      'version: expected a whole number, found Infinity',
    );
  });

  it('a missing or mistyped nodes or connections array', () => {
    expectRefused({ format: 'vpc-canvas', version: 1, connections: [] }, 'nodes', 'missing; expected an array of nodes');
    expectRefused({ ...doc([]), nodes: {} }, 'nodes', 'expected an array, found an object');
    expectRefused({ format: 'vpc-canvas', version: 1, nodes: [] }, 'connections', 'missing; expected an array of connections');
    expectRefused({ ...doc([]), connections: 'none' }, 'connections', 'expected an array, found a string');
    expectRefused({ ...doc([]), name: 42 }, 'name', 'expected a string, found a number');
  });

  it('an unknown node or connection kind', () => {
    expectRefused(doc([vpcNode('a'), { id: 'b', kind: 'vpcx' }]), 'nodes[1].kind', 'unknown node kind "vpcx"');
    expectRefused(doc([{ id: 'b', kind: 'toString' }]), 'nodes[0].kind', 'unknown node kind "toString"');
    expectRefused(doc([{ id: 'b' }]), 'nodes[0].kind', 'missing; expected a string');
    expectRefused(doc([{ id: 'b', kind: 3 }]), 'nodes[0].kind', 'expected a string, found a number');
    expectRefused(
      doc([vpcNode('a'), vpcNode('b')], [{ id: 'c', kind: 'vpc-peer', source: 'a', target: 'b' }]),
      'connections[0].kind',
      'unknown connection kind "vpc-peer"',
    );
  });

  it('a value of the wrong JSON type', () => {
    expectRefused(doc([vpcNode('a', { position: { x: '10', y: 0 } })]), 'nodes[0].position.x', 'expected a number, found a string');
    expectRefused(doc([vpcNode('a', { position: { x: 10 } })]), 'nodes[0].position.y', 'missing; expected a number');
    expectRefused(doc([vpcNode('a', { position: [1, 2] })]), 'nodes[0].position', 'expected an object, found an array');
    expectRefused(doc([vpcNode('a', { size: { width: 10, height: 0 } })]), 'nodes[0].size.height', 'must be a positive number');
    expectRefused(doc([vpcNode('a', { size: { width: '10', height: 5 } })]), 'nodes[0].size.width', 'expected a number, found a string');
    expectRefused(doc([vpcNode('a', { name: ['prod'] })]), 'nodes[0].name', 'expected a string, found an array');
    expectRefused(doc([vpcNode('a', { parent: 7 })]), 'nodes[0].parent', 'expected a string, found a number');
    expectRefused(doc([vpcNode('a', { props: ['10.0.0.0/16'] })]), 'nodes[0].props', 'expected an object, found an array');
    expectRefused(doc([{ id: 'a', kind: 'vpc', props: { cidrs: '10.0.0.0/16' } }]), 'nodes[0].props.cidrs', 'expected an array of strings, found "10.0.0.0/16"');
    expectRefused(doc([{ id: 'a', kind: 'vpc', props: { cidrs: [10] } }]), 'nodes[0].props.cidrs', 'expected an array of strings, found [10]');
    expectRefused(doc([{ id: 'a', kind: 'subnet', props: { cidr: 167772160 } }]), 'nodes[0].props.cidr', 'expected a string, found 167772160');
    expectRefused(doc([{ id: 'a', kind: 'vpc', props: { dnsSupport: 'yes' } }]), 'nodes[0].props.dnsSupport', 'expected true or false, found "yes"');
    expectRefused(doc([{ id: 'v', kind: 'vpn-connection', props: { tunnels: '2' } }]), 'nodes[0].props.tunnels', 'expected a number, found "2"');
    expectRefused(doc([{ id: 'v', kind: 'vpn-connection', props: { tunnels: 1.5 } }]), 'nodes[0].props.tunnels', 'expected a whole number, found 1.5');
    expectRefused(doc([{ id: 'v', kind: 'vpn-connection', props: { routing: 'ospf' } }]), 'nodes[0].props.routing', 'expected one of "bgp", "static", found "ospf"');
    expectRefused(
      doc([vpcNode('a'), vpcNode('b')], [{ id: 'f', kind: 'flow', source: 'a', target: 'b', props: { bidirectional: 1 } }]),
      'connections[0].props.bidirectional',
      'expected true or false, found 1',
    );
    expectRefused(doc([vpcNode('a')], [{ id: 'f', kind: 'flow', source: 'a' }]), 'connections[0].target', 'missing; expected a string');
    expectRefused(doc([vpcNode('a')], ['f']), 'connections[0]', 'expected an object, found a string');
    expectRefused(doc([null]), 'nodes[0]', 'expected an object, found null');
  });

  it('ids and names outside their lengths', () => {
    expectRefused(doc([vpcNode('')]), 'nodes[0].id', 'must not be empty');
    expectRefused(doc([{ kind: 'vpc' }]), 'nodes[0].id', 'missing; expected a string');
    expectRefused(doc([vpcNode('x'.repeat(129))]), 'nodes[0].id', 'is 129 characters long; at most 128 are allowed');
    expect(parseDocumentValue(doc([vpcNode('x'.repeat(128), { name: 'n'.repeat(256) })])).nodes).toHaveLength(1);
    expectRefused(doc([vpcNode('a', { name: 'n'.repeat(257) })]), 'nodes[0].name', 'is 257 characters long; at most 256 are allowed');
  });

  it('a non-finite number, wherever it is (1e999 reads as Infinity and could not be written back)', () => {
    const text = (field: string) => `{"format":"vpc-canvas","version":1,"nodes":[{"id":"a","kind":"vpc",${field}}],"connections":[]}`;
    expect(refusal(() => parseDocument(text('"position":{"x":1e999,"y":0}'))).message).toBe('nodes[0].position.x: expected a finite number, found Infinity');
    expect(refusal(() => parseDocument(text('"size":{"width":10,"height":-1e999}'))).message).toBe('nodes[0].size.height: expected a finite number, found -Infinity');
    expect(refusal(() => parseDocument(text('"props":{"x-extra":{"deep":[0,1e400]}}'))).message).toBe(
      'nodes[0].props.x-extra.deep[1]: expected a finite number, found Infinity',
    );
    expect(refusal(() => parseDocument(text('"meta":{"a b":1e999}'))).message).toBe('nodes[0].meta["a b"]: expected a finite number, found Infinity');
    const nan = refusal(() => parseDocumentValue(doc([vpcNode('a', { position: { x: Number.NaN, y: 0 } })])));
    expect(nan.message).toBe('nodes[0].position.x: expected a finite number, found NaN');
  });

  it('a duplicate id, across nodes and connections', () => {
    expectRefused(doc([vpcNode('a'), vpcNode('b'), vpcNode('a')]), 'nodes[2].id', '"a" is already used by nodes[0]');
    expectRefused(
      doc([vpcNode('a'), vpcNode('b')], [{ id: 'b', kind: 'vpc-peering', source: 'a', target: 'b' }]),
      'connections[0].id',
      '"b" is already used by nodes[1]',
    );
    expectRefused(
      doc([vpcNode('a'), vpcNode('b')], [
        { id: 'p', kind: 'vpc-peering', source: 'a', target: 'b' },
        { id: 'p', kind: 'vpc-peering', source: 'b', target: 'a' },
      ]),
      'connections[1].id',
      '"p" is already used by connections[0]',
    );
  });

  it('a dangling parent or connection end', () => {
    const nodes = [vpcNode('vpc-a'), vpcNode('vpc-b'), { id: 'r', kind: 'region' }, { id: 'sub', kind: 'subnet', parent: 'vpc-x' }];
    const error = expectRefused(doc(nodes), 'nodes[3].parent', 'no node has id "vpc-x"');
    expect(error.message).toBe('nodes[3].parent: no node has id "vpc-x"');
    expectRefused(doc([vpcNode('a')], [{ id: 'p', kind: 'vpc-peering', source: 'b', target: 'a' }]), 'connections[0].source', 'no node has id "b"');
    expectRefused(doc([vpcNode('a')], [{ id: 'p', kind: 'vpc-peering', source: 'a', target: 'b' }]), 'connections[0].target', 'no node has id "b"');
    // A connection is not a node: an end naming a connection dangles too.
    expectRefused(
      doc([vpcNode('a'), vpcNode('b')], [
        { id: 'p', kind: 'vpc-peering', source: 'a', target: 'b' },
        { id: 'f', kind: 'flow', source: 'a', target: 'p' },
      ]),
      'connections[1].target',
      'no node has id "p"',
    );
  });

  it('a containment cycle, naming a node on the loop', () => {
    expectRefused(doc([vpcNode('a', { parent: 'a' })]), 'nodes[0].parent', 'containment cycle: "a" → "a"');
    expectRefused(doc([vpcNode('a', { parent: 'b' }), vpcNode('b', { parent: 'a' })]), 'nodes[0].parent', 'containment cycle: "a" → "b" → "a"');
    // The first node only hangs below the loop; the path names the loop, not it.
    expectRefused(
      doc([vpcNode('leaf', { parent: 'x' }), vpcNode('top'), vpcNode('x', { parent: 'y' }), vpcNode('y', { parent: 'z' }), vpcNode('z', { parent: 'x' })]),
      'nodes[2].parent',
      'containment cycle: "x" → "y" → "z" → "x"',
    );
  });

  it('absurd nesting, without overflowing the stack', () => {
    const deep = `{"format":"vpc-canvas","version":1,"nodes":[],"connections":[],"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const error = refusal(() => parseDocument(deep));
    expect(error.path.startsWith('x[0][0]')).toBe(true);
    expect(error.reason).toBe('nested more than 100 levels deep');
    expect(error.message.length).toBeLessThan(200);
    // Deep but reasonable unknown data opens and can be written back.
    const fine = JSON.parse(`{"format":"vpc-canvas","version":1,"nodes":[],"connections":[],"x":${'['.repeat(90)}${']'.repeat(90)}}`);
    expect(parseDocument(serializeDocument(parseDocumentValue(fine)))).toEqual({ ...fine, version: 2 });
    // Unterminated deep text is a syntax error found without recursion.
    expect(refusal(() => parseDocument('['.repeat(200_000))).message).toMatch(/^not valid JSON: /);
  });

  it('values that are not JSON data when handed over already decoded', () => {
    // The text of a file cannot carry these; only the value path is checked.
    const bigint = refusal(() => parseDocumentValue(doc([vpcNode('a', { extra: 1n })])));
    expect(bigint.message).toBe('nodes[0].extra: expected a JSON value, found a bigint');
    const fn = refusal(() => parseDocumentValue(doc([vpcNode('a')], [], { hook: () => 1 })));
    expect(fn.message).toBe('hook: expected a JSON value, found a function');
    const cyclic: Raw = doc([]);
    cyclic.self = cyclic;
    expect(refusal(() => parseDocumentValue(cyclic)).reason).toBe('nested more than 100 levels deep');
    const sparse = doc([]);
    (sparse.nodes as unknown[])[1] = vpcNode('a');
    expect(refusal(() => parseDocumentValue(sparse)).message).toBe('nodes[0]: missing; expected an object');
    const throwing = doc([]);
    Object.defineProperty(throwing, 'boom', { enumerable: true, get: () => { throw new Error('getter'); } });
    expect(refusal(() => parseDocumentValue(throwing)).message).toBe('cannot read the document: getter');
  });

  it('messages stay short whatever the offending value', () => {
    const hugeKind = refusal(() => parseDocumentValue(doc([{ id: 'a', kind: 'k'.repeat(1_000_000) }])));
    expect(hugeKind.message.length).toBeLessThan(200);
    const hugeFormat = refusal(() => parseDocumentValue({ ...doc([]), format: { a: 'x'.repeat(1_000_000) } }));
    expect(hugeFormat.path).toBe('format');
    expect(hugeFormat.message.length).toBeLessThan(200);
  });
});

describe('jsonSyntaxErrorOffset', () => {
  it('agrees with JSON.parse on what is valid, and points inside the text', () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc.json().chain((text) =>
        fc.tuple(fc.nat(text.length), fc.nat(3), fc.constantFrom('', ',', '}', ']', '"', ':', '-', '0', '1e', 'tru', '\\', '\u0001', ' ')).map(
          ([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut),
        ),
      ),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '0', '1', '-', '.', 'e', 'n', 'u', 'l', 't', ' ', '\\') }),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonSyntaxErrorOffset(text);
        if (valid) expect(offset).toBeUndefined();
        else {
          expect(offset).toBeDefined();
          expect(offset!).toBeGreaterThanOrEqual(0);
          expect(offset!).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with the positions V8 reports when it reports one', () => {
    for (const text of ['{', '[1,2', '{"a":1,}', '"abc', '{"a" 1}', '{\n  "a": 1\n  "b": 2}', '{"a":"\u0001"}', '[1] x', '[01]', '[1.]', '"\\x"', '[-]']) {
      let reported: number | undefined;
      try {
        JSON.parse(text);
      } catch (error) {
        const match = /at position (\d+)/.exec((error as Error).message);
        reported = match ? Number(match[1]) : undefined;
      }
      if (reported !== undefined) expect(jsonSyntaxErrorOffset(text), text).toBe(reported);
      else expect(jsonSyntaxErrorOffset(text), text).toBeDefined();
    }
  });
});

/** Runs a parse; any throw other than TopologyParseError fails the property. */
function parsesOrRefuses(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof TopologyParseError)) throw new Error(`threw ${String(error)}`);
    expect(error.message).toBe(error.path ? `${error.path}: ${error.reason}` : error.reason);
    expect(error.message.length).toBeLessThan(1000);
  }
}

/** A JSON path into a value: the list of keys and indexes leading to one place. */
type JsonPath = Array<string | number>;

function pathsOf(value: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) pathsOf((value as Raw)[key], [...prefix, key], out);
  return out;
}

/** A copy of `root` with the value at `path` replaced (or deleted when `replace` returns undefined). */
function mutateAt(root: unknown, path: JsonPath, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const [head, ...rest] = path as [string | number, ...JsonPath];
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = mutateAt(copy[head as number], rest, replace);
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const base = (root ?? {}) as Raw;
  const copy: Raw = {};
  for (const key of Object.keys(base)) Object.defineProperty(copy, key, { value: base[key], enumerable: true, writable: true, configurable: true });
  const next = mutateAt(copy[head as string], rest, replace);
  if (next === undefined && rest.length === 0) delete copy[head as string];
  else Object.defineProperty(copy, head as string, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

const nest = (value: unknown, depth: number): unknown => {
  let out = value;
  for (let i = 0; i < depth; i++) out = i % 2 === 0 ? [out] : { deeper: out };
  return out;
};

describe('the parser never throws anything but TopologyParseError', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => parsesOrRefuses(() => parseDocument(text))), {
      numRuns: 1500,
    });
  });

  it('on arbitrary JSON values and arbitrary JavaScript values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => parsesOrRefuses(() => parseDocumentValue(value))), { numRuns: 800 });
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withDate: true, withNullPrototype: true }), (value) => parsesOrRefuses(() => parseDocumentValue(value))), {
      numRuns: 500,
    });
    const shaped = fc.record({
      format: fc.oneof(fc.constant('vpc-canvas'), arbitraryJson()),
      version: fc.oneof(fc.constant(1), arbitraryJson()),
      nodes: fc.oneof(fc.array(arbitraryJson(), { maxLength: 4 }), arbitraryJson()),
      connections: fc.oneof(fc.array(arbitraryJson(), { maxLength: 4 }), arbitraryJson()),
    }, { requiredKeys: [] });
    fc.assert(fc.property(shaped, (value) => parsesOrRefuses(() => parseDocumentValue(value))), { numRuns: 800 });
  });

  it('on mutations of valid documents: deleted fields, random JSON, deep nesting', () => {
    const mutation = fc.oneof(
      fc.constant((_old: unknown): unknown => undefined),
      arbitraryJson().map((value) => (_old: unknown): unknown => value),
      fc.integer({ min: 1, max: 400 }).map((depth) => (old: unknown): unknown => nest(old, depth)),
      fc.constantFrom(-1, 0, 1.5, 1e308, '', 'x'.repeat(300), '__proto__', true, null, [], {}).map((value) => (_old: unknown): unknown => value),
    );
    const mutated = arbitraryDocument({ maxNodes: 8, maxConnections: 5 }).chain((parsed) => {
      const value = JSON.parse(serializeDocument(parsed)) as unknown;
      const paths = pathsOf(value);
      return fc.array(fc.tuple(fc.nat(paths.length - 1), mutation), { minLength: 1, maxLength: 3 }).map((edits) => {
        let out = value;
        for (const [at, edit] of edits) {
          const path = paths[at]!;
          try {
            out = mutateAt(out, path, edit);
          } catch {
            // An earlier edit removed this path; the later edit is simply skipped.
          }
        }
        return out;
      });
    });
    fc.assert(
      fc.property(mutated, (value) => {
        parsesOrRefuses(() => parseDocumentValue(value));
        parsesOrRefuses(() => parseDocument(JSON.stringify(value)));
      }),
      { numRuns: 400 },
    );
  });

  it('names the exact place of a wrong JSON type put into a valid document', () => {
    const fields: Array<{ field: JsonPath; value: unknown; reason: RegExp }> = [
      { field: ['id'], value: 42, reason: /^expected a string, found a number$/ },
      { field: ['kind'], value: false, reason: /^expected a string, found a boolean$/ },
      { field: ['name'], value: {}, reason: /^expected a string, found an object$/ },
      { field: ['parent'], value: [], reason: /^expected a string, found an array$/ },
      { field: ['position'], value: 'top-left', reason: /^expected an object, found a string$/ },
      { field: ['position', 'x'], value: '12', reason: /^expected a number, found a string$/ },
      { field: ['size'], value: 3, reason: /^expected an object, found a number$/ },
      { field: ['size', 'width'], value: null, reason: /^expected a number, found null$/ },
      { field: ['props'], value: 'none', reason: /^expected an object, found a string$/ },
    ];
    const cases = arbitraryDocument({ maxNodes: 8, maxConnections: 3 })
      .filter((parsed) => parsed.nodes.length > 0)
      .chain((parsed) => fc.tuple(fc.constant(parsed), fc.nat(parsed.nodes.length - 1), fc.constantFrom(...fields)));
    fc.assert(
      fc.property(cases, ([parsed, i, { field, value, reason }]) => {
        const raw = toJsonValue(parsed);
        const broken = mutateAt(raw, ['nodes', i, ...field], () => value);
        const error = refusal(() => parseDocumentValue(broken));
        expect(error.path).toBe([`nodes[${i}]`, ...field].join('.'));
        expect(error.reason).toMatch(reason);
      }),
      { numRuns: 300 },
    );
  });
});

describe('no prototype pollution', () => {
  const polluting = `{
    "__proto__": { "polluted": "root" },
    "constructor": { "prototype": { "polluted": "constructor" } },
    "prototype": { "polluted": "prototype" },
    "format": "vpc-canvas", "version": 1,
    "nodes": [
      { "id": "__proto__", "kind": "vpc", "props": { "cidrs": ["10.0.0.0/16"], "__proto__": { "polluted": "props" }, "constructor": { "prototype": { "polluted": 1 } } },
        "__proto__": { "polluted": "node" }, "position": { "x": 0, "y": 0, "__proto__": { "polluted": "position" } } },
      { "id": "constructor", "kind": "subnet", "parent": "__proto__", "props": { "cidr": "10.0.0.0/24", "prototype": { "polluted": true } } },
      { "id": "prototype", "kind": "vpc", "props": { "cidrs": ["10.1.0.0/16"] }, "constructor": "x" },
      { "id": "toString", "kind": "region", "props": { "code": "ap-northeast-1", "hasOwnProperty": 1 } }
    ],
    "connections": [
      { "id": "hasOwnProperty", "kind": "vpc-peering", "source": "__proto__", "target": "prototype",
        "__proto__": { "polluted": "connection" }, "props": { "__proto__": { "polluted": "connection props" } } }
    ]
  }`;

  it('leaves Object.prototype untouched and keeps "__proto__" keys as data', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const parsed = parseDocument(polluting);
    const again = parseDocument(serializeDocument(parsed));
    parseDocumentValue(JSON.parse(polluting));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Raw).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);

    const [vpc, sub, proto, region] = parsed.nodes;
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toEqual({ polluted: 'root' });
    expect(Object.getOwnPropertyDescriptor(vpc, '__proto__')?.value).toEqual({ polluted: 'node' });
    expect(Object.getOwnPropertyDescriptor(vpc!.props, '__proto__')?.value).toEqual({ polluted: 'props' });
    expect(Object.getOwnPropertyDescriptor(vpc!.position, '__proto__')?.value).toEqual({ polluted: 'position' });
    expect(Object.getOwnPropertyDescriptor(parsed.connections[0], '__proto__')?.value).toEqual({ polluted: 'connection' });
    expect(Object.getOwnPropertyDescriptor(parsed.connections[0]!.props, '__proto__')?.value).toEqual({ polluted: 'connection props' });
    for (const element of [parsed, vpc!, vpc!.props!, sub!, proto!, region!, parsed.connections[0]!]) {
      expect(Object.getPrototypeOf(element)).toBe(Object.prototype);
    }
    expect(parsed.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(sub!.parent).toBe('__proto__');
    expect((proto as unknown as Raw).constructor).toBe('x');

    // A round trip writes the keys back as data.
    const text = serializeDocument(parsed);
    expect(text.match(/"__proto__": \{/g)).toHaveLength(6);
    expect(again).toEqual(parsed);
    expect(Object.getOwnPropertyDescriptor(again.nodes[0]!.props, '__proto__')?.value).toEqual({ polluted: 'props' });
  });

  it('refuses a cycle or a dangling end among ids named like Object.prototype members', () => {
    expectRefused(doc([vpcNode('constructor', { parent: 'toString' })]), 'nodes[0].parent', 'no node has id "toString"');
    expectRefused(doc([vpcNode('__proto__', { parent: '__proto__' })]), 'nodes[0].parent', 'containment cycle: "__proto__" → "__proto__"');
    expectRefused(doc([vpcNode('a')], [{ id: 'p', kind: 'vpc-peering', source: 'a', target: 'hasOwnProperty' }]), 'connections[0].target', 'no node has id "hasOwnProperty"');
  });
});

describe('version 2 routing props', () => {
  const routedVpc = (routeTables: unknown, extra: Raw = {}): Raw => ({ id: 'vpc-a', kind: 'vpc', props: { cidrs: ['10.0.0.0/16'], routeTables, ...extra } });
  const tgw = (routeTables: unknown): Raw => ({ id: 'tgw', kind: 'transit-gateway', props: { routeTables } });

  it('accepts route tables whose references name nothing: those are findings, not refusals', () => {
    const parsed = parseDocumentValue(
      doc([
        routedVpc([{ id: 'rt-1', main: true, routes: [{ destination: 'not a cidr', target: 'nowhere' }], propagate: ['ghost'] }]),
        { id: 'sub', kind: 'subnet', parent: 'vpc-a', props: { cidr: '10.0.0.0/24', routeTable: 'rt-missing' } },
        tgw([{ id: 'tgw-rt', associations: ['att-x'], propagations: [], routes: [{ destination: '0.0.0.0/0', target: 'blackhole' }] }]),
      ]),
    );
    expect(parsed.version).toBe(2);
    expect(parsed.nodes[0]!.props?.routeTables).toHaveLength(1);
  });

  it('refuses a routeTables that is not a list of objects, naming the place', () => {
    expectRefused(doc([routedVpc('rt-1')]), 'nodes[0].props.routeTables', 'expected an array of route tables, found "rt-1"');
    expectRefused(doc([routedVpc(['rt-1'])]), 'nodes[0].props.routeTables[0]', 'expected a route table object, found a string');
    expectRefused(doc([tgw([{ name: 'no id' }])]), 'nodes[0].props.routeTables[0].id', 'missing; expected a string');
    expectRefused(doc([routedVpc([{ id: '' }])]), 'nodes[0].props.routeTables[0].id', 'must not be empty');
  });

  it('refuses a route without a string destination and target', () => {
    const table = (routes: unknown) => [{ id: 'rt-1', main: true, routes }];
    expectRefused(doc([routedVpc(table({}))]), 'nodes[0].props.routeTables[0].routes', 'expected an array of routes, found an object');
    expectRefused(doc([routedVpc(table([{ destination: '0.0.0.0/0', target: 'igw' }, { target: 'igw' }]))]), 'nodes[0].props.routeTables[0].routes[1].destination', 'missing; expected a string');
    expectRefused(doc([routedVpc(table([{ destination: '0.0.0.0/0', target: 7 }]))]), 'nodes[0].props.routeTables[0].routes[0].target', 'expected a string, found a number');
  });

  it('refuses wrongly typed table fields, per owner', () => {
    expectRefused(doc([routedVpc([{ id: 'rt-1', main: 'yes' }])]), 'nodes[0].props.routeTables[0].main', 'expected true or false, found a string');
    expectRefused(doc([routedVpc([{ id: 'rt-1', propagate: 'vgw' }])]), 'nodes[0].props.routeTables[0].propagate', 'expected an array of strings, found a string');
    expectRefused(doc([tgw([{ id: 'rt-1', associations: [1] }])]), 'nodes[0].props.routeTables[0].associations[0]', 'expected a string, found a number');
    expectRefused(
      doc([vpcNode('vpc-a'), { id: 'sub', kind: 'subnet', parent: 'vpc-a', props: { cidr: '10.0.0.0/24', routeTable: ['rt-1'] } }]),
      'nodes[1].props.routeTable',
      'expected a string, found ["rt-1"]',
    );
  });

  it('puts route table ids in the one id space of nodes and connections', () => {
    expectRefused(doc([vpcNode('rt-1'), routedVpc([{ id: 'rt-1' }])]), 'nodes[1].props.routeTables[0].id', '"rt-1" is already used by nodes[0]');
    expectRefused(doc([routedVpc([{ id: 'rt-1' }, { id: 'rt-1' }])]), 'nodes[0].props.routeTables[1].id', '"rt-1" is already used by nodes[0].props.routeTables[0]');
    expectRefused(
      doc([routedVpc([{ id: 'pcx' }]), vpcNode('vpc-b')], [{ id: 'pcx', kind: 'vpc-peering', source: 'vpc-a', target: 'vpc-b' }]),
      'nodes[0].props.routeTables[0].id',
      '"pcx" is already used by connections[0]',
    );
  });

  it('checks origin and tags on every element and table', () => {
    expectRefused(doc([vpcNode('a', { props: { cidrs: [], origin: { id: 'vpc-1', kind: 'azure' } } })]), 'nodes[0].props.origin.kind', 'expected one of "aws", "terraform", "cloudformation"');
    expectRefused(doc([vpcNode('a', { props: { cidrs: [], origin: 'vpc-1' } })]), 'nodes[0].props.origin', 'expected an object, found a string');
    expectRefused(doc([vpcNode('a', { props: { cidrs: [], tags: { Name: 1 } } })]), 'nodes[0].props.tags["Name"]', 'expected a string, found a number');
    expectRefused(doc([routedVpc([{ id: 'rt', origin: { kind: 'aws' } }])]), 'nodes[0].props.routeTables[0].origin.id', 'missing; expected a string');
    const parsed = parseDocumentValue(doc([vpcNode('a', { props: { cidrs: [], origin: { id: 'module.net.aws_vpc.main', kind: 'terraform' }, tags: { Name: 'a' } } })]));
    expect(parsed.nodes[0]!.props?.origin?.kind).toBe('terraform');
  });
});
