// The adversarial corpus (test/corpus, README there): plans the rules were not written from, each with the verdict its
// facts call for. Every file goes through the real path a user's file takes (src/gate.ts: read, default config, evaluate)
// and is judged as the CLI would: `allow` means exit 0 with the default configuration (warnings allowed); `block` means
// each listed rule raises a blocking finding (other rules may fire too).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { attributesOf } from './support/schema-attrs.js';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ruleIds } from '../policy/rules/index.js';
import { buildCorpus, CLASSES, CORPUS_REPOSITORY, writeCorpus, type ManifestEntry } from './support/corpus/build.js';
import { getExitCode } from '../src/cli/exit-code.js';
import { runGate } from '../src/gate.js';
import { displayPath } from '../src/readers/input.js';
import { parsePlanText } from '../src/readers/read-plan.js';
import { evaluate } from '../policy/engine/evaluate.js';
import { rules } from '../policy/rules/index.js';
import { Catalog } from '../policy/catalog/catalog.js';

const catalog = new Catalog();

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

  test('draws on every provider family, with cases that block and cases that pass', () => {
    const FAMILIES: Record<string, RegExp> = { aws: /^aws[_:]/, google: /^(google_|gcp:)/, azure: /^(azurerm_|azure:|azure-native:)/, kubernetes: /^kubernetes[_:]/, railway: /^railway_/ };
    const missing: string[] = [];
    for (const [family, pattern] of Object.entries(FAMILIES)) {
      for (const verdict of ['block', 'allow'] as const) {
        if (!manifest.some((c) => c.expect === verdict && statesOf(c.file).some((s) => pattern.test(s.type)))) missing.push(`${family} / ${verdict}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('the approval cases approve a plan of the corpus, and only they carry an approval', () => {
    const files = new Set(manifest.map((c) => c.file));
    for (const c of manifest) {
      expect(Boolean(c.approval), c.file).toBe(c.class === 'approval-binding');
      if (c.approval?.of) expect(files, c.file).toContain(c.approval.of);
    }
    // A replayed approval must name the very fingerprint of this plan: the plans are identical, only the repository differs.
    for (const c of manifest.filter((m) => m.approval && !m.approval.of && m.approval.repository !== CORPUS_REPOSITORY)) {
      const twin = manifest.find((m) => m.tool === c.tool && m.approval?.repository === CORPUS_REPOSITORY && !m.approval.of);
      expect(readFileSync(join(dir, c.file), 'utf8').replace(/"timestamp": "[^"]*"/, ''), c.file).toBe(readFileSync(join(dir, twin!.file), 'utf8').replace(/"timestamp": "[^"]*"/, ''));
    }
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

// Every attribute name a case uses exists in the provider's published schema (the index scripts/gen-schema-index.ts
// writes, policy/catalog/schema).
const INDEXED = /^(aws_|google_|azurerm_|kubernetes_|railway_|aws:|gcp:|azure-native:|kubernetes:)/;

/** The attribute paths a value uses: object keys, list elements under their parent's path, maps not entered. */
function pathsOf(value: unknown, known: ReadonlySet<string>, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => pathsOf(v, known, prefix));
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    // Descend only into what the schema gives children: a map's keys (tags, labels) are data, not attribute names.
    if ([...known].some((k) => k.startsWith(`${path}.`))) out.push(...pathsOf(child, known, path));
  }
  return out;
}

function statesOf(file: string): Array<{ type: string; values: unknown }> {
  const text = readFileSync(join(dir, file), 'utf8');
  if (file.endsWith('.plan.json')) {
    const plan = JSON.parse(text) as { resource_changes: Array<{ type: string; change: { before: unknown; after: unknown } }> };
    return plan.resource_changes.flatMap((r) => [r.change.before, r.change.after].filter((v) => v).map((values) => ({ type: r.type, values })));
  }
  type State = { type: string; inputs?: unknown };
  const steps: Array<{ oldState?: State; newState?: State }> = file.endsWith('.ndjson')
    ? text.trim().split('\n').map((l) => JSON.parse(l) as { resourcePreEvent?: { metadata: { old?: State; new?: State } } })
      .flatMap((e) => (e.resourcePreEvent ? [{ ...(e.resourcePreEvent.metadata.old ? { oldState: e.resourcePreEvent.metadata.old } : {}), ...(e.resourcePreEvent.metadata.new ? { newState: e.resourcePreEvent.metadata.new } : {}) }] : []))
    : (JSON.parse(text) as { steps: Array<{ oldState?: State; newState?: State }> }).steps;
  return steps.flatMap((s) => [s.oldState, s.newState]).filter((s): s is State => !!s && !s.type.startsWith('pulumi:')).map((s) => ({ type: s.type, values: s.inputs ?? {} }));
}

describe('corpus attribute names exist in the provider schema index', () => {
  test.for(manifest.map((c) => c.file))('%s', (file) => {
    const problems: string[] = [];
    for (const { type, values } of statesOf(file)) {
      const known = attributesOf(type);
      if (!known) {
        // A custom resource's attributes come from its CRD, not the provider schema (Catalog.view judges it by its kind).
        if (catalog.view(type, values as Record<string, unknown>).generic) continue;
        // Outside the indexed families (Pulumi's classic `azure` package, checked by hand: README; a program's own
        // component types) there is nothing to check against.
        if (INDEXED.test(type)) problems.push(`${type}: not in the index`);
        continue;
      }
      for (const path of pathsOf(values, known)) if (!known.has(path)) problems.push(`${type}: ${path}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

/**
 * The fingerprint the gate prints for the plan in `of`, read as if it were the file at `at`: the same plan file one
 * push earlier (a Terraform plan's stack is its path, so the path is the case's own).
 */
function fingerprintOf(of: string, at: string): string {
  const plan = parsePlanText(readFileSync(join(dir, of), 'utf8'), displayPath(join(dir, at)));
  const print = evaluate([plan], { rules }).fingerprint;
  if (!print) throw new Error(`${of} has nothing to approve`);
  return print;
}

/** An approvals file holding the case's one approval, as a person writes it from the gate's report. */
function approvalsFileFor(c: ManifestEntry): string {
  const approval = c.approval!;
  const file = join(mkdtempSync(join(tmpdir(), 'deploy-gate-corpus-')), 'approvals.yml');
  writeFileSync(file, [
    `- fingerprint: "${fingerprintOf(approval.of ?? c.file, c.file)}"`,
    `  repository: ${approval.repository}`,
    '  approver: mia',
    `  reason: approved for ${approval.repository}${approval.of ? ` on ${approval.of}` : ''}`,
    `  expires: "${new Date(Date.now() + (approval.expires ?? 7) * 86_400_000).toISOString().slice(0, 10)}"`,
    '',
  ].join('\n'));
  return file;
}

describe('each corpus plan gets the verdict its facts call for', () => {
  test.for(manifest.map((c) => [c.file, c] as const))('%s', async ([file, c]) => {
    // An approval case is gated as `--approvals <file> --repository acme/infra`; every other with nothing approved.
    const { report } = await runGate([join(dir, file)], c.approval ? { approvals: approvalsFileFor(c), repository: CORPUS_REPOSITORY } : {});
    const seen = report.findings.map((f) => `${f.level} ${f.rule} ${f.resource}`);
    if (c.expect === 'allow') {
      expect(getExitCode(report), `${c.why}\nfindings: ${JSON.stringify(seen, null, 1)}`).toBe(0);
      return;
    }
    const blocking = new Set(report.findings.filter((f) => f.level === 'block').map((f) => f.rule));
    const missing = c.rules.filter((rule) => !blocking.has(rule));
    expect(missing, `${c.why}\nfindings: ${JSON.stringify(seen, null, 1)}`).toEqual([]);
    // An approval that does not clear the plan is listed as having cleared nothing, with why.
    if (c.approval) {
      const why = c.approval.expires !== undefined && c.approval.expires < 0 ? 'expired' : c.approval.of ? 'fingerprint' : 'repository';
      expect(report.unused.map((u) => u.kind === 'approval' && u.reason), c.why).toEqual([why]);
    }
  });
});
