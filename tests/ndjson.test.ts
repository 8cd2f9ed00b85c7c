import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type InputLine } from '../src/server/ndjson.js';

const collect = async (chunks: Buffer[], max: number): Promise<InputLine[]> => {
  const out: InputLine[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const group of splitLines(source(), max)) out.push(...group);
  return out;
};

/** What splitting the whole text at once gives: numbered lines, blank ones left out, long ones by their length. */
const expected = (text: string, max: number): InputLine[] => {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.flatMap((line, i): InputLine[] => {
    const bytes = Buffer.byteLength(line);
    if (bytes > max) return [{ line: i + 1, tooLong: bytes }];
    return line.trim() ? [{ line: i + 1, text: line }] : [];
  });
};

describe('splitLines', () => {
  it('gives the same lines however the bytes are cut into chunks, multi-byte characters included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom('{"a":1}', '', ' ', '用地面积', '{"x":"亩亩亩亩亩亩"}\r', 'y'.repeat(40)), fc.string({ maxLength: 30 })), {
          maxLength: 12,
        }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 8, max: 48 }),
        async (lines, trailing, cuts, max) => {
          const text = lines.map((l) => l.replace(/\n/g, ' ')).join('\n') + (trailing && lines.length ? '\n' : '');
          const bytes = Buffer.from(text);
          const chunks: Buffer[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = cuts[i % cuts.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(await collect(chunks, max)).toEqual(expected(text, max));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
  it('a line whose bytes are not UTF-8 is reported as such, never decoded into replacement characters', async () => {
    expect(await collect([Buffer.from('{"a":1}\n{"b":"'), Buffer.from('c9e8', 'hex'), Buffer.from('"}\n{"c":3}')], 100)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, notDecoded: 'utf-8' },
      { line: 3, text: '{"c":3}' },
    ]);
  });
  it('a GB18030 body splits at its newlines and reads as GB18030, however it is cut; a line that is not GB18030 says so', async () => {
    // 设施农业 in GBK, then a line whose lead byte has no trail byte.
    const gbk = Buffer.concat([
      Buffer.from('{"projectType":"'),
      Buffer.from('c9e8caa9c5a9d2b5', 'hex'),
      Buffer.from('"}\n{"x":"'),
      Buffer.from('81', 'hex'),
      Buffer.from('"}\n'),
    ]);
    for (const size of [1, 2, 3, 7, gbk.length]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < gbk.length; at += size) chunks.push(gbk.subarray(at, at + size));
      const out: InputLine[] = [];
      async function* source() {
        yield* chunks;
      }
      for await (const group of splitLines(source(), 100, undefined, 'gb18030')) out.push(...group);
      expect(out).toEqual([
        { line: 1, text: '{"projectType":"设施农业"}' },
        { line: 2, notDecoded: 'gb18030' },
      ]);
    }
  });
  it('a line of exactly the limit is read; one byte over is reported by its length, without being held', async () => {
    expect(await collect([Buffer.from('abcd\nabcde\nabc')], 4)).toEqual([
      { line: 1, text: 'abcd' },
      { line: 2, tooLong: 5 },
      { line: 3, text: 'abc' },
    ]);
  });
});
