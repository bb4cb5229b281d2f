// Every third-party action the ready workflows, the project's CI and the docs' snippets use is pinned to the full
// commit of a release (docs/workflows/actions.lock.json, written by `npm run pin-actions` from each repository),
// with the tag in a comment, and is passed only inputs that commit's action.yml declares. A tag can be moved; a
// commit cannot, so what runs next to the gate's token is what was reviewed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..');
const lock = JSON.parse(readFileSync(join(root, 'docs', 'workflows', 'actions.lock.json'), 'utf8')) as Record<string, { tag: string; sha: string; runs: string; inputs: string[] }>;

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

const workflowFiles = [join('docs', 'workflows'), join('.github', 'workflows')].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.yml')).map((f) => join(dir, f)));
const markdownFiles = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** `uses:` lines as written, with the file they are in: the comment after the ref is only in the raw text. */
function usesLines(file: string): string[] {
  return readFileSync(join(root, file), 'utf8').split('\n').map((l) => l.trim().replace(/^- /, '')).filter((l) => l.startsWith('uses: '));
}

/** The steps of a workflow, and of every ```yaml block of a Markdown file that parses as one. */
function stepsOf(file: string): Step[] {
  const text = readFileSync(join(root, file), 'utf8');
  const docs = file.endsWith('.md') ? [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!) : [text];
  return docs.flatMap((doc) => {
    let parsed: unknown;
    try { parsed = parseYaml(doc); } catch { return []; }
    const jobs = (parsed as Partial<Workflow> | null)?.jobs;
    return jobs ? Object.values(jobs).flatMap((job) => job.steps ?? []) : [];
  });
}

const thirdParty = (uses: string) => !uses.startsWith('deploy-gate/deploy-gate@') && !uses.startsWith('./');

describe('third-party actions are pinned to a reviewed commit', () => {
  test('the lock names full commits of release tags, on a maintained runtime', () => {
    expect(Object.keys(lock).length).toBeGreaterThan(0);
    for (const [action, pin] of Object.entries(lock)) {
      expect(pin.sha, action).toMatch(/^[0-9a-f]{40}$/);
      expect(pin.tag, action).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(pin.runs, `${action} runs on node24 (node20 actions are deprecated on hosted runners)`).toBe('node24');
    }
  });

  test.for([...workflowFiles, ...markdownFiles])('%s: every third-party `uses:` is `<action>@<locked sha> # <tag>`', (file) => {
    for (const line of usesLines(file)) {
      const ref = line.slice('uses: '.length);
      if (!thirdParty(ref) || ref.startsWith('docker://')) continue;
      const match = /^([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # (v\S+)$/.exec(ref);
      expect(match, `${file}: ${line}`).not.toBeNull();
      const [, action, sha, tag] = match!;
      expect(lock[action!], `${file}: ${action} is in docs/workflows/actions.lock.json`).toBeDefined();
      expect({ sha, tag }, `${file}: ${line}`).toEqual({ sha: lock[action!]!.sha, tag: lock[action!]!.tag });
    }
  });

  test.for([...workflowFiles, ...markdownFiles])('%s: third-party steps pass only inputs the pinned action.yml declares', (file) => {
    for (const step of stepsOf(file)) {
      if (!step.uses || !thirdParty(step.uses)) continue;
      const pin = lock[step.uses.split('@')[0]!];
      if (!pin) continue; // the previous test names it
      for (const input of Object.keys(step.with ?? {})) expect(pin.inputs, `${file}: ${step.uses} with ${input}`).toContain(input);
    }
  });

  test('the checks above see what they check: each ready workflow has pinned steps with inputs', () => {
    for (const file of workflowFiles.filter((f) => f.startsWith('docs'))) {
      if (file.includes('rerun-')) continue;
      expect(usesLines(file).filter((l) => thirdParty(l.slice(6))).length, file).toBeGreaterThan(1);
      expect(stepsOf(file).filter((s) => s.uses && thirdParty(s.uses) && s.with).length, file).toBeGreaterThan(0);
    }
    expect(stepsOf(join('docs', 'github-action.md')).length, 'the snippets in github-action.md parse').toBeGreaterThan(0);
  });
});
