import { describe, expect, test } from 'vitest';
import { memoize } from './memo.js';

describe('memoize', () => {
  test('answers each input once, undefined answers included, and keeps no more than its limit', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => { calls.push(s); return s === 'none' ? undefined : s.length; }, 2);
    expect([f('ab'), f('ab'), f('none'), f('none')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(['ab', 'none']);
    expect([f('xyz'), f('xyz')]).toEqual([3, 3]); // past the limit: answered each time, not kept
    expect(calls).toEqual(['ab', 'none', 'xyz', 'xyz']);
  });
});
