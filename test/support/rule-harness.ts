import { expect, test } from 'vitest';
// Runs one rule on a fixture through the real reader and the real engine, as the CLI would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Finding } from '../../policy/engine/evaluate.js';
import { withWords, type RenderedFinding } from '../../policy/engine/render.js';
import { resolveConfig } from '../../policy/engine/config.js';
import type { Rule } from '../../policy/engine/define-rule.js';
import { ruleIds } from '../../policy/rules/index.js';
import { parsePlanText } from '../../src/readers/read-plan.js';
import { Catalog } from '../../policy/catalog/catalog.js';
import { createContext } from '../../policy/engine/context.js';
import { EnvironmentResolver } from '../../policy/engine/environment.js';

/** Findings of `rule` (any level) for the fixture `file` in `dir/fixtures/`, each with its rendered words. */
export function runFixture(rule: Rule, dir: string, file: string, configDocument: unknown = {}): Array<Finding & RenderedFinding> {
  const path = join(dir, 'fixtures', file);
  const plan = parsePlanText(readFileSync(path, 'utf8'), path);
  const report = evaluate([plan], { rules: [rule], config: resolveConfig(configDocument, ruleIds), now: new Date('2026-11-25T00:00:00Z') });
  return withWords(report).filter((f) => f.rule === rule.id);
}

/** The exact, sorted set of resources a rule flagged. */
export function flagged(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.resource))].sort();
}

/**
 * What the rule itself yields for a fixture (message id and data, before the engine renders them), sorted by
 * resource then message id; `deposed` is kept when the change is a deposed object.
 */
export function yieldedBy(rule: Rule, dir: string, file: string) {
  const path = join(dir, 'fixtures', file);
  const config = resolveConfig({}, ruleIds);
  const context = createContext(parsePlanText(readFileSync(path, 'utf8'), path), new Catalog(config.catalog), new EnvironmentResolver(config.environments));
  return [...rule.check(context)]
    .map((f) => ({ resource: f.resource.address, messageId: f.messageId, data: f.data, ...(f.change?.deposed ? { deposed: f.change.deposed } : {}) }))
    .sort((a, b) => a.resource.localeCompare(b.resource) || a.messageId.localeCompare(b.messageId));
}

/**
 * The table every rule test starts with: each fixture flags exactly the listed resources ([] = must pass), the
 * rule's `examples` are exactly the table's bad and good rows, and every declared message is produced.
 */
export function testFixtureTable(rule: Rule, dir: string, cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  test.for(cases)('%s', ([file, expected]) => {
    expect(flagged(runFixture(rule, dir, file))).toEqual([...expected].sort());
  });

  test('examples list exactly the fixtures of the table, bad ones flagged and good ones clean', () => {
    expect([...rule.examples.bad].sort()).toEqual(cases.filter(([, e]) => e.length > 0).map(([f]) => f).sort());
    expect([...rule.examples.good].sort()).toEqual(cases.filter(([, e]) => e.length === 0).map(([f]) => f).sort());
  });

  test('every declared message is produced by some fixture', () => {
    const produced = new Set(cases.flatMap(([file]) => runFixture(rule, dir, file).map((f) => f.messageId)));
    expect([...produced].sort()).toEqual(Object.keys(rule.messages).sort());
  });
}
