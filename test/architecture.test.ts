// The dependency direction the architecture promises (docs/architecture.md), checked on import specifiers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('architecture', () => {
  test('policy/ never imports src/', () => {
    for (const file of sources('policy')) {
      for (const specifier of imports(file)) expect(`${file} → ${specifier}`).not.toMatch(/→ .*\/src\//);
    }
  });

  test('only policy/crossguard imports @pulumi/policy', () => {
    for (const file of [...sources('policy'), ...sources('src')]) {
      if (file.startsWith('policy/crossguard/')) continue;
      for (const specifier of imports(file)) expect(`${file} → ${specifier}`).not.toMatch(/→ @pulumi\/policy/);
    }
  });

  test('only src/action imports @actions/*', () => {
    for (const file of [...sources('policy'), ...sources('src')]) {
      if (file.startsWith('src/action/')) continue;
      for (const specifier of imports(file)) expect(`${file} → ${specifier}`).not.toMatch(/→ @actions\//);
    }
  });

  test('rules read the model, never a raw format adapter', () => {
    for (const file of sources('policy/rules')) {
      for (const specifier of imports(file)) expect(`${file} → ${specifier}`).not.toMatch(/→ .*adapters\//);
    }
  });
});
