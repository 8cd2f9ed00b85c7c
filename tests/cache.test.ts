import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedCache, boundedPerObject } from '../src/core/cache.js';

const root = join(import.meta.dirname, '..');

describe('the bounded-cache helper', () => {
  it('holds at most maxEntries, emptied whole before one more', () => {
    const cache = boundedCache<number, string>({ maxEntries: 3 });
    for (const n of [1, 2, 3]) cache.set(n, String(n));
    expect([cache.size, cache.get(1), cache.get(3)]).toEqual([3, '1', '3']);
    cache.set(4, '4');
    expect([cache.size, cache.get(1), cache.get(4)]).toEqual([1, undefined, '4']);
  });

  it('never keeps a key longer than maxKeyLength, but still gives the value back', () => {
    const cache = boundedCache<string, number>({ maxEntries: 10, maxKeyLength: 4 });
    expect(cache.set('abcde', 5)).toBe(5);
    expect(cache.set('abcd', 4)).toBe(4);
    expect([cache.get('abcde'), cache.get('abcd'), cache.size]).toEqual([undefined, 4, 1]);
  });

  it('per object: each object has its own bounded cache', () => {
    const cache = boundedPerObject<object, string, number>({ maxEntries: 2 });
    const a = {};
    const b = {};
    cache.set(a, 'x', 1);
    cache.set(b, 'x', 2);
    cache.set(a, 'y', 3);
    cache.set(a, 'z', 4);
    expect([cache.get(a, 'x'), cache.get(a, 'z'), cache.get(b, 'x')]).toEqual([undefined, 4, 2]);
  });
});

describe('module-level state in src/core and src/facts', () => {
  const files = ['src/core', 'src/facts'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  );
  // A module-level Map, Set or their weak kinds is either a fixed table (typed read-only) or a cache made by cache.ts.
  const declaration = /^(?:export )?(?:const|let) (\w+)(?:: ([^=]+))? = new (?:Weak)?(?:Map|Set)\b/;

  it.each(files.filter((file) => !file.endsWith('/cache.ts')))('%s makes no cache of its own', (file) => {
    const unbounded = readFileSync(join(root, file), 'utf8')
      .split('\n')
      .map((line) => declaration.exec(line))
      .filter((match): match is RegExpExecArray => match !== null && !/^Readonly(?:Map|Set)</.test((match[2] ?? '').trim()))
      .map((match) => match[1]);
    expect(unbounded).toEqual([]);
  });
});
