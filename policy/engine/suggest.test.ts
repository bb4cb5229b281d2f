import { describe, expect, test } from 'vitest';
import { damerauLevenshtein, didYouMean, nearest } from './suggest.js';

describe('damerauLevenshtein', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('', '')).toBe(0);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('abc', '')).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('warn', 'warn')).toBe(0);
  });

  test('an adjacent transposition is one edit, also when other edits surround it (unrestricted form)', () => {
    expect(damerauLevenshtein('wran', 'warn')).toBe(1);
    expect(damerauLevenshtein('no-stateful-deltee', 'no-stateful-delete')).toBe(1);
    // Optimal string alignment says 3 here; the unrestricted distance edits the transposed pair again: 2.
    expect(damerauLevenshtein('ca', 'abc')).toBe(2);
  });

  test('is symmetric and counts code points, not UTF-16 units', () => {
    expect(damerauLevenshtein('databse', 'database')).toBe(damerauLevenshtein('database', 'databse'));
    expect(damerauLevenshtein('😀a', 'a😀')).toBe(1);
  });
});

describe('nearest', () => {
  const rules = ['no-stateful-delete', 'no-protection-downgrade', 'no-cross-env-storage', 'require-delete-protection'];

  test('finds the valid value a typo was meant to be', () => {
    expect(nearest('no-statful-delete', rules)).toBe('no-stateful-delete');
    expect(nearest('no-stateful-delte', rules)).toBe('no-stateful-delete');
    expect(nearest('No-Stateful-Delete', rules)).toBe('no-stateful-delete');
    expect(nearest('wran', ['block', 'warn', 'off'])).toBe('warn');
    expect(nearest('databse', ['volume', 'database', 'database-snapshot'])).toBe('database');
  });

  test('suggests nothing when no valid value is near, or the value is valid', () => {
    expect(nearest('no-such-rule', rules)).toBeUndefined();
    expect(nearest('sometimes', ['block', 'warn', 'off'])).toBeUndefined();
    expect(nearest('warn', ['block', 'warn', 'off'])).toBeUndefined();
  });

  test('the first of equally near values wins', () => {
    expect(nearest('bat', ['cat', 'hat'])).toBe('cat');
    expect(nearest('bat', ['hat', 'cat'])).toBe('hat');
  });

  test('didYouMean words it for the end of a message', () => {
    expect(didYouMean('no-statful-delete', rules)).toBe('; did you mean no-stateful-delete?');
    expect(didYouMean('no-such-rule', rules)).toBe('');
  });
});
