// The adversarial corpus (test/corpus, README there): plans the rules were not written from, each with the verdict its
// facts call for. Every file goes through the real path a user's file takes (src/gate.ts: read, default config, evaluate)
// and is judged as the CLI would: `allow` means exit 0 with the default configuration (warnings allowed); `block` means
// each listed rule raises a blocking finding (other rules may fire too).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ruleIds } from '../policy/rules/index.js';
import { buildCorpus, CLASSES, writeCorpus, type ManifestEntry } from './support/corpus/build.js';
import { getExitCode } from '../src/cli/exit-code.js';
import { runGate } from '../src/gate.js';

const dir = join(import.meta.dirname, 'corpus');
// `UPDATE_CORPUS=1 npx vitest run test/corpus.test.ts` rewrites the files from test/support/corpus first.
if (process.env.UPDATE_CORPUS === '1') writeCorpus(dir);
const NOT_CASES = new Set(['cases.json', 'README.md', 'SOURCES.md']);
const manifest = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as ManifestEntry[];
const TOOLS = ['terraform', 'pulumi'] as const;

describe('the corpus manifest', () => {
  test('lists every file in test/corpus, and every file it lists exists', () => {
    const files = readdirSync(dir).filter((f) => !NOT_CASES.has(f)).sort();
    expect(manifest.map((c) => c.file).sort()).toEqual(files);
    expect(new Set(manifest.map((c) => c.file)).size).toBe(manifest.length);
  });

  test('holds at least 100 cases', () => expect(manifest.length).toBeGreaterThanOrEqual(100));

  test('covers every class in both directions, in Terraform and in Pulumi form', () => {
    const missing: string[] = [];
    for (const cls of Object.keys(CLASSES)) {
      for (const tool of TOOLS) {
        for (const verdict of ['block', 'allow'] as const) {
          if (!manifest.some((c) => c.class === cls && c.tool === tool && c.expect === verdict)) missing.push(`${cls} / ${tool} / ${verdict}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('every case is well formed: a known class, rules that exist, a reason', () => {
    for (const c of manifest) {
      expect(Object.keys(CLASSES), c.file).toContain(c.class);
      expect(c.why.length, c.file).toBeGreaterThan(20);
      if (c.expect === 'block') expect(c.rules.length, c.file).toBeGreaterThan(0);
      else expect(c.rules, c.file).toEqual([]);
      for (const rule of c.rules) expect(ruleIds, c.file).toContain(rule);
      expect(c.file.startsWith(c.tool === 'terraform' ? 'tf-' : 'pulumi-'), c.file).toBe(true);
    }
  });

  test('the committed files are exactly what test/support/corpus builds (UPDATE_CORPUS=1 rewrites them)', () => {
    const { files } = buildCorpus();
    const committed = readdirSync(dir).filter((f) => f !== 'README.md');
    expect(committed.sort()).toEqual([...files.keys()].sort());
    for (const [name, content] of files) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(content);
  });
});

describe('each corpus plan gets the verdict its facts call for', () => {
  test.for(manifest.map((c) => [c.file, c] as const))('%s', async ([file, c]) => {
    const { report } = await runGate([join(dir, file)]);
    const seen = report.findings.map((f) => `${f.level} ${f.rule} ${f.resource}`);
    if (c.expect === 'allow') {
      expect(getExitCode(report), `${c.why}\nfindings: ${JSON.stringify(seen, null, 1)}`).toBe(0);
      return;
    }
    const blocking = new Set(report.findings.filter((f) => f.level === 'block').map((f) => f.rule));
    const missing = c.rules.filter((rule) => !blocking.has(rule));
    expect(missing, `${c.why}\nfindings: ${JSON.stringify(seen, null, 1)}`).toEqual([]);
  });
});
