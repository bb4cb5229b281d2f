// docs/rules/ is generated from rule metadata and fixtures; a stale page fails here (run `npm run docs`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../policy/rules/index.js';
import { ENGINE_PAGES, renderEngineDoc, renderRuleDoc, renderRuleIndex } from '../scripts/gen-docs.js';

const root = join(import.meta.dirname, '..');

describe('docs/rules', () => {
  test.for(rules.map((r) => r.id))('%s.md is up to date', (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8')).toBe(renderRuleDoc(rule, root));
  });

  test.for([...ENGINE_PAGES])('%s.md (an engine finding) is up to date', (id) => {
    expect(readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8')).toBe(renderEngineDoc(id));
  });

  test('the index is up to date', () => {
    expect(readFileSync(join(root, 'docs', 'rules', 'README.md'), 'utf8')).toBe(renderRuleIndex());
  });

  test('there is no page without a rule or an engine finding', () => {
    const pages = readdirSync(join(root, 'docs', 'rules')).filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...rules.map((r) => r.id), ...ENGINE_PAGES].sort());
  });
});
