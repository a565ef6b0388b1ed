import { describe, expect, it } from 'vitest';
import { readFixtureFolder } from '../../../model/import/aws/testing/read-fixtures';
import { generateAwsDescribe } from '../../../bench/generate-aws-describe';
import { importForEditor } from './editor-import';
import { answerGatherer, answerMessages, ELEMENTS_PER_MESSAGE, type ImportResponseMessage } from './import-protocol';

const gather = (messages: readonly ImportResponseMessage[]) => {
  const gatherer = answerGatherer();
  const answers = messages.map((m) => gatherer.take(m));
  // Only the last message completes the answer.
  expect(answers.slice(0, -1).every((a) => a === undefined)).toBe(true);
  return answers.at(-1);
};

describe('the import worker\'s answer', () => {
  it('comes placed, saying it wants the auto-layout when the source placed nothing', () => {
    const result = importForEditor(readFixtureFolder());
    if ('error' in result) throw new Error(result.error);
    expect(result.needsLayout).toBe(true);
    expect(result.document.nodes.every((n) => n.position !== undefined)).toBe(true);
  });

  it('carries a large document in parts, each small, and gives back the same document', () => {
    const result = importForEditor(generateAwsDescribe(300));
    if ('error' in result) throw new Error(result.error);
    const messages = answerMessages(7, result);
    expect(messages.length).toBe(Math.ceil(result.document.nodes.length / ELEMENTS_PER_MESSAGE) + Math.ceil(result.document.connections.length / ELEMENTS_PER_MESSAGE) + 1);
    for (const m of messages) {
      expect(m.id).toBe(7);
      if ('part' in m) expect(m.part === 'nodes' ? m.nodes.length : m.connections.length).toBeLessThanOrEqual(ELEMENTS_PER_MESSAGE);
    }
    // What the page gets is what the worker made, after a structured clone of every message.
    expect(gather(messages.map((m) => structuredClone(m)))).toEqual(result);
  });

  it('passes on a refusal and an error', () => {
    expect(gather(answerMessages(1, { error: 'the inputs mix formats' }))).toEqual({ error: 'the inputs mix formats' });
    expect(gather([{ id: 1, ok: false, error: 'boom' }])).toEqual(new Error('boom'));
  });
});
