// Checks over the whole rule registry: what per-rule tests cannot see.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { placeholders } from '../policy/engine/render.js';
import { rules } from '../policy/rules/index.js';
import { flagged, runFixture } from './support/rule-harness.js';

const rulesDir = join(import.meta.dirname, '..', 'policy', 'rules');
const folders = readdirSync(rulesDir).filter((f) => statSync(join(rulesDir, f)).isDirectory());

describe('the registry', () => {
  test('every rule folder is registered, and every registered rule has its folder', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(folders.sort());
  });

  test('ids are unique kebab ids whose prefix matches the title', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^(no|require)-[a-z0-9-]+$/);
      expect(rule.title).toMatch(rule.id.startsWith('no-') ? /^Block / : /^Require /);
    }
  });
});

describe.for(rules)('$id', (rule) => {
  test('id equals its folder and file name', () => {
    expect(readdirSync(join(rulesDir, rule.id))).toContain(`${rule.id}.ts`);
    expect(readdirSync(join(rulesDir, rule.id))).toContain(`${rule.id}.test.ts`);
  });

  test('carries complete metadata', () => {
    for (const field of [rule.title, rule.rationale, rule.remediation, rule.fix]) expect(field.trim().length).toBeGreaterThan(10);
    // The short fix goes into a table cell of the PR comment: one line.
    expect(rule.fix.length).toBeLessThanOrEqual(110);
    expect(rule.links.length).toBeGreaterThan(0);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
    expect(readFileSync(join(rulesDir, rule.id, 'fixtures', 'SOURCES.md'), 'utf8').length).toBeGreaterThan(0);
  });

  test('has bad and good examples in every format it claims', () => {
    const prefixes = (files: string[]) => new Set(files.map((f) => f.split('-')[0] === 'pulumi' && f.startsWith('pulumi-state-') ? 'pulumi-state' : f.split('-')[0]));
    expect([...prefixes(rule.examples.good)].sort()).toEqual([...prefixes(rule.examples.bad)].sort());
  });

  test.for(rule.examples.bad)('bad example %s is flagged', (file) => {
    expect(flagged(runFixture(rule, join(rulesDir, rule.id), file)).length).toBeGreaterThan(0);
  });

  test.for(rule.examples.good)('good example %s passes', (file) => {
    expect(runFixture(rule, join(rulesDir, rule.id), file)).toEqual([]);
  });

  test('every example exists and is named <format>-<what happens>', () => {
    const files = readdirSync(join(rulesDir, rule.id, 'fixtures'));
    for (const file of [...rule.examples.bad, ...rule.examples.good]) {
      expect(files).toContain(file);
      expect(file).toMatch(/^(tf|pulumi|pulumi-state|cdktf)-[a-z0-9-]+\.(json|ndjson)$/);
    }
  });

  test('every message is produced by some fixture, with every placeholder filled', () => {
    const dir = join(rulesDir, rule.id);
    const fixtures = readdirSync(join(dir, 'fixtures')).filter((f) => f.endsWith('.json') || f.endsWith('.ndjson'));
    const produced = new Set(fixtures.flatMap((f) => runFixture(rule, dir, f).map((finding) => finding.messageId)));
    expect([...produced].sort()).toEqual(Object.keys(rule.messages).sort());
    for (const file of fixtures) {
      for (const finding of runFixture(rule, dir, file)) expect(placeholders(finding.message)).toEqual([]);
    }
  });
});

// What a type is lives only in its catalog entry: a rule that named a provider type (or a catalog canonical name)
// would be a second home for that fact, which no catalog test ties to the schemas.
describe('rules ask the catalog, they name no provider type', () => {
  const TERRAFORM_TYPE = /['"`](aws|google|google-beta|azurerm|kubernetes|railway|helm)_[a-z0-9_]+['"`]/;
  const PULUMI_TOKEN = /['"`](aws|aws-native|gcp|azure-native|azure|kubernetes):[A-Za-z0-9/._-]*:[A-Z][A-Za-z0-9]*['"`]/;
  const CANONICAL = /['"`](aws|aws-native|google|azurerm|azure-native|kubernetes|railway|helm)\.[a-z0-9-]+\.[a-z0-9.-]+['"`]/;
  const sources = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  test.for(sources)('%s', (file) => {
    // String literals only: comments may say which type a piece of code is about.
    const code = readFileSync(join(rulesDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const found = code.split('\n').filter((line) => TERRAFORM_TYPE.test(line) || PULUMI_TOKEN.test(line) || CANONICAL.test(line));
    expect(found).toEqual([]);
  });
});
