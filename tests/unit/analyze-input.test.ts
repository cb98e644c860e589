/**
 * Regression: a UTF-8 byte-order mark rejected the first `analyze` line, and a bare CR inside a
 * JSON string split a line in two.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { escapeControlsInStrings, jsonLines } from '../../src/cli/analyze.js';
import { analyzeLine } from '../../src/pipeline/analyze.js';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of jsonLines(Readable.from(chunks))) out.push(l);
  return out;
}

describe('analyze input', () => {
  it('splits on LF only, drops a CR before it and a byte-order mark, and joins characters split across chunks', async () => {
    expect(await lines(['\uFEFF{"a":1}\r\n{"b":"x\ry"}\n{"c":2}'])).toEqual(['{"a":1}', '{"b":"x\ry"}', '{"c":2}']);
    const e = Buffer.from('{"t":"é"}\n');
    expect(await lines([e.subarray(0, 7), e.subarray(7)])).toEqual(['{"t":"é"}']);
  });

  it('escapes raw control characters inside strings only', () => {
    expect(JSON.parse(escapeControlsInStrings('{"t":"a\rb\tc"}\t'))).toEqual({ t: 'a\rb\tc' });
    expect(escapeControlsInStrings('{"t":"a\\\\"}')).toBe('{"t":"a\\\\"}');
    expect(escapeControlsInStrings('{"t":"q\\"\r"}')).toBe('{"t":"q\\"\\u000d"}');
  });

  it('says in words why a JSON line is no document', () => {
    // Bad lines never reach the analyzer.
    const analyzer = {} as never;
    expect(analyzeLine(analyzer, '{"id": "a", "content": "text"}')).toEqual({ id: 'a', error: 'not a document: "title" is required' });
    expect(analyzeLine(analyzer, '{"title": 7, "content": null}')).toEqual({ id: null, error: 'not a document: "title" must be text' });
    expect(analyzeLine(analyzer, '[1, 2]')).toEqual({ id: null, error: 'not a document: expected a JSON object such as {"title": "…", "content": "…"}' });
  });
});
