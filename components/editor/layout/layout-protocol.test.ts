import { describe, expect, it } from 'vitest';
import { answerFromJson, answerToJson, type LayoutAnswer } from './layout-protocol';

describe("the layout worker's answer as text", () => {
  it('reads back as the answer sent, a route drawn straight included', () => {
    const answer: LayoutAnswer = {
      changes: [
        ['vpc-1', { position: { x: 10, y: -4.5 }, size: { width: 400, height: 300 } }],
        ['igw-1', { position: { x: 0, y: 0 } }],
      ],
      routes: [
        ['att-1', { points: [{ x: 1, y: 2 }, { x: 3, y: 2 }], sourceRect: { x: 0, y: 0, width: 4, height: 4 }, targetRect: { x: 9, y: 9, width: 2, height: 2 } }],
        ['att-2', undefined],
      ],
    };
    const back = answerFromJson(answerToJson(answer));
    expect(back).toEqual(answer);
    expect(back.routes[1]).toEqual(['att-2', undefined]);
  });
});
