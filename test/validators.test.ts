// policy/engine/validators.generated.ts is ajv's standalone code for the config and approvals schemas; a stale
// file fails here (run `npm run validators`). The schema behaviour itself is tested through resolveConfig and
// parseApprovals (policy/engine/*.test.ts, test/cli.e2e.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderValidators, VALIDATORS_FILE } from '../scripts/gen-validators.js';

describe('generated validators', () => {
  test('the committed file is what scripts/gen-validators.ts writes today', () => {
    expect(readFileSync(join(import.meta.dirname, '..', VALIDATORS_FILE), 'utf8')).toBe(renderValidators());
  });

  test('no run-time import of ajv is left in it', () => {
    expect(renderValidators()).not.toMatch(/\brequire\(|\bimport\b.*ajv/);
  });
});
