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
