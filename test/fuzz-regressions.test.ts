// Every find of the fuzzer (bench/fuzz.ts), kept in test/fuzz-regressions/ and replayed through its oracle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { replay, type Regression } from '../bench/fuzz/targets.js';

const dir = join(import.meta.dirname, 'fuzz-regressions');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

test('there are regressions to replay', () => {
  expect(files.length).toBeGreaterThan(0);
});

test.for(files)('%s', async (file) => {
  const regression = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Regression;
  expect(await replay(regression)).toBeUndefined();
});
