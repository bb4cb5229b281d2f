// Pins the third-party actions the ready workflows use: for each action and release tag below, reads the tag's
// commit and the inputs its action.yml declares, and writes docs/workflows/actions.lock.json. The workflow test
// (test/workflows.pins.test.ts) then checks that every `uses:` names that commit with the tag in a comment and
// passes only inputs the pinned action.yml declares. Run `npm run pin-actions` after changing a tag below.
//
// Repositories are read with git: from $ACTIONS_MIRROR/<owner>+<name>/repo when that folder exists (a bare
// mirror), else from a blobless clone of https://github.com/<owner>/<name> into a temporary folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** owner/name[/path] → the release tag to pin. */
const WANTED: Record<string, string> = {
  'actions/checkout': 'v7.0.1',
  'actions/setup-node': 'v7.0.0',
  'actions/upload-artifact': 'v7.0.0',
  'actions/download-artifact': 'v8.0.1',
  'hashicorp/setup-terraform': 'v4.0.1',
  'pulumi/actions': 'v7.0.0',
  'github/codeql-action/upload-sarif': 'v4.36.2',
};

export interface PinnedAction { tag: string; sha: string; date: string; runs: string; inputs: string[] }

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
}

function repository(repo: string, scratch: string): string {
  const mirror = process.env.ACTIONS_MIRROR && join(process.env.ACTIONS_MIRROR, repo.replace('/', '+'), 'repo');
  if (mirror && existsSync(mirror)) return mirror;
  const dir = join(scratch, repo.replace('/', '+'));
  execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${repo}`, dir], { stdio: 'inherit' });
  return dir;
}

function main(): void {
  const scratch = mkdtempSync(join(tmpdir(), 'pin-actions-'));
  try {
    const lock: Record<string, PinnedAction> = {};
    for (const [action, tag] of Object.entries(WANTED)) {
      const [owner, name, ...path] = action.split('/');
      const dir = repository(`${owner}/${name}`, scratch);
      const sha = git(dir, 'rev-parse', `${tag}^{commit}`);
      const file = [...path, 'action.yml'].join('/');
      const spec = parseYaml(git(dir, 'show', `${sha}:${file}`)) as { inputs?: Record<string, unknown>; runs?: { using?: string } };
      lock[action] = { tag, sha, date: git(dir, 'log', '-1', '--format=%cs', sha), runs: spec.runs?.using ?? '', inputs: Object.keys(spec.inputs ?? {}).sort() };
    }
    const out = join(import.meta.dirname, '..', '..', 'docs', 'workflows', 'actions.lock.json');
    writeFileSync(out, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`wrote ${Object.keys(lock).length} pinned actions to ${out}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
