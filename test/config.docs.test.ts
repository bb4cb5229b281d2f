// docs/configuration.md's Defaults table says what the code does: every default, with its value, from configDefaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { configDefaults, documentedDefaults, MAX_EXEMPTION_DAYS, resolveConfig } from '../policy/engine/config.js';
import { ruleIds } from '../policy/rules/index.js';

const docs = readFileSync(join(import.meta.dirname, '..', 'docs', 'configuration.md'), 'utf8');

/** The rows of the table under "## Defaults": key → the default's value, read as YAML (flow style). */
function defaultsTable(): Map<string, unknown> {
  const section = docs.slice(docs.indexOf('\n## Defaults\n'), docs.indexOf('\n## ', docs.indexOf('\n## Defaults\n') + 1));
  const rows = new Map<string, unknown>();
  for (const line of section.split('\n')) {
    const match = /^\| `([^`]+)` \| `([^`]+)` \| /.exec(line);
    if (match) rows.set(match[1]!, parse(match[2]!));
  }
  return rows;
}

describe('docs/configuration.md Defaults', () => {
  test('lists every default, each with the value the code uses, and nothing else', () => {
    const table = defaultsTable();
    expect(table.size).toBeGreaterThan(0);
    expect(Object.fromEntries(table)).toEqual(documentedDefaults());
  });

  test('the documented defaults are what resolveConfig fills in for an empty file', () => {
    const resolved = resolveConfig({}, ruleIds);
    expect(resolved.environments).toEqual({ tagKeys: configDefaults.tagKeys, environments: configDefaults.environments });
    expect(resolved.protectedEnvironments).toEqual(configDefaults.protectedEnvironments);
    expect(resolved.rules).toEqual(configDefaults.rules);
    expect(resolved.catalog).toEqual({ extraDataTypes: [], notDataTypes: [], guessUnknownTypes: configDefaults.dataTypes.guessUnknown });
    expect(resolved.exemptions).toEqual([]);
    expect(configDefaults.maxExemptionDays).toBe(MAX_EXEMPTION_DAYS);
  });

  test('the example in the docs is a valid configuration', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)![1]!;
    // Its exemption's date is an example: checked on a day it is in range.
    expect(() => resolveConfig(parse(example), ruleIds, { now: new Date('2026-12-01T00:00:00Z') })).not.toThrow();
  });
});
