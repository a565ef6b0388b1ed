import { describe, expect, it } from 'vitest';
import { artifactUri, idPositions } from './sarif';

describe('artifactUri', () => {
  it('is relative to the working directory, with forward slashes and escapes', () => {
    expect(artifactUri('net/prod network.json', '/repo')).toEqual({ uri: 'net/prod%20network.json', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('/repo/a.json', '/repo')).toEqual({ uri: 'a.json', uriBaseId: '%SRCROOT%' });
  });

  it('is an absolute file URL outside the working directory', () => {
    expect(artifactUri('../elsewhere/a.json', '/repo/sub')).toEqual({ uri: 'file:///repo/elsewhere/a.json' });
  });
});

describe('idPositions', () => {
  it('finds the first line and column of each "id", decoding escapes', () => {
    const text = '{\n  "nodes": [\n    { "id": "vpc-a" },\n    {"id" :  "quote\\"d"}\n  ],\n  "x": { "id": "vpc-a" }\n}';
    const positions = idPositions(text);
    expect(positions.get('vpc-a')).toEqual({ line: 3, column: 7 });
    expect(positions.get('quote"d')).toEqual({ line: 4, column: 6 });
    expect(positions.size).toBe(2);
  });
});
