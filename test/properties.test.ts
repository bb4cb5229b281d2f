// Properties over generated inputs (fast-check): the fingerprint's invariants and the readers' fail-closed promise.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../policy/adapters/input-error.js';
import { fingerprint, type FingerprintItem } from '../policy/engine/fingerprint.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { rules } from '../policy/rules/index.js';
import { parsePlanText } from '../src/readers/read-plan.js';

const item = fc.record({
  stack: fc.constantFrom('staging', 'prod'),
  rule: fc.constantFrom('no-stateful-delete', 'no-protection-downgrade'),
  resource: fc.string({ minLength: 1, maxLength: 30 }),
  type: fc.constantFrom('aws_ebs_volume', 'aws:rds/instance:Instance'),
  action: fc.constantFrom('delete', 'replace', 'delete,create'),
}) satisfies fc.Arbitrary<FingerprintItem>;

describe('fingerprint', () => {
  test('does not depend on order or duplicates', () => {
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (items) => {
      const shuffled = [...items].reverse();
      expect(fingerprint([...shuffled, ...items])).toBe(fingerprint(items));
    }));
  });

  test('changes when anything destructive is added', () => {
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), item, (items, extra) => {
      fc.pre(!items.some((i) => JSON.stringify(i) === JSON.stringify(extra)));
      expect(fingerprint([...items, extra])).not.toBe(fingerprint(items));
    }));
  });
});

describe('readers fail closed', () => {
  test('any JSON value is either read or refused with an InputError, never a crash', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      try {
        const plan = parsePlanText(JSON.stringify(value), 'generated.json');
        expect(['allow', 'block']).toContain(evaluate([plan], { rules }).verdict);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }), { numRuns: 500 });
  });

  test('garbage in any other key of a destructive plan never turns it into an allow', () => {
    // The real snyk plan deletes an aws_s3_bucket; whatever surrounds that resource change, it stays blocked.
    const base = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'terraform', 'snyk-tf122-s3-delete-update.plan.json'), 'utf8')) as Record<string, unknown>;
    const keys = ['configuration', 'prior_state', 'planned_values', 'errored', 'complete', 'applyable', 'resource_drift', 'variables', 'output_changes', 'relevant_attributes', 'checks', 'deferred_changes'];
    fc.assert(fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
      try {
        const plan = parsePlanText(JSON.stringify({ ...base, [key]: value }), 'mutated.json');
        expect(evaluate([plan], { rules }).verdict).toBe('block');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }), { numRuns: 300 });
  });

  test('a truncated plan is never read as a plan', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'examples', 'incident', 'staging-fix.preview.json'), 'utf8');
    fc.assert(fc.property(fc.integer({ min: 1, max: text.length - 2 }), (cut) => {
      expect(() => parsePlanText(text.slice(0, cut), 'cut.json')).toThrow(InputError);
    }), { numRuns: 200 });
  });
});
