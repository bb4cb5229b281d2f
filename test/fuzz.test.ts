// A short seeded pass of every fuzz target (bench/fuzz/targets.ts); the long run is `npm run fuzz -- --minutes 60`.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { allTargets } from '../bench/fuzz/targets.js';

const targets = await allTargets();

test.for(targets.map((t) => [t.name, t] as const))('%s', async ([, target]) => {
  await fc.assert(fc.asyncProperty(target.arbitrary(), async (input) => {
    expect(await target.check(input)).toBeUndefined();
  }), { seed: 20261202, numRuns: 60 });
});

test('an edit keeps a "__proto__" key a key: the section renamed to it stays in the text', async () => {
  const { update } = await import('../bench/fuzz/targets.js');
  const doc = JSON.parse('{"__proto__": [1], "changeSummary": {"same": 1}}') as never;
  expect(JSON.stringify(update(doc, ['changeSummary', 'same'], () => 2))).toBe('{"__proto__":[1],"changeSummary":{"same":2}}');
});
