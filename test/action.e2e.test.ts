// The bundled Action (dist/index.js), run as a runner runs it: `node dist/index.js` with INPUT_* variables, an event
// file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files read back afterwards, and the GitHub API faked on 127.0.0.1.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runGate } from '../src/gate.js';
import { MARKER } from '../src/action/comment.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { startFakeGitHub, type FakeGitHub, type FakeUser } from './support/fake-github.js';

const root = join(import.meta.dirname, '..');
const BLOCKED = 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json';
const ALLOWED = 'test/fixtures/terraform/tfjson-basic.plan.json';
const MORE_DESTRUCTIVE = 'test/fixtures/terraform/checkov-tf01223-aws-55-stateful.plan.json';
const SENSITIVE = 'test/fixtures/real-world/borchero-tf1135-localfile-delete.plan.json';
const SECRET = 'foobar-42'; // test/fixtures/real-world/expected.json
const VOLUME_CREATED = 'policy/rules/require-delete-protection/fixtures/tf-volume-untouched-and-created.json';
const TF_SOURCES = 'test/fixtures/action/terraform-sources';
const GATE_SETTINGS = 'test/fixtures/action/gate-settings.yml';

const AUTHOR: FakeUser = { login: 'agent-dev', type: 'User' };
const MAINTAINER: FakeUser = { login: 'mia-maintainer', type: 'User' };
const READER: FakeUser = { login: 'rob-reader', type: 'User' };
const OTHER_BOT: FakeUser = { login: 'helper[bot]', type: 'Bot' };
const APP_BOT: FakeUser = { login: 'deploy-gate-app[bot]', type: 'Bot' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

let github: FakeGitHub;
const runs: Run[] = [];

beforeEach(async () => {
  github = await startFakeGitHub({
    owner: 'acme', repo: 'infra', pullNumber: 7,
    permissions: {
      [AUTHOR.login]: { permission: 'write', role_name: 'write' },
      [MAINTAINER.login]: { permission: 'write', role_name: 'maintain' },
      [READER.login]: { permission: 'read', role_name: 'read' },
    },
  });
});

afterEach(async () => {
  await github.close();
});

/** `bundle`: the folder holding index.js (dist/ unless a test runs a copy of it). */
async function action(inputs: Record<string, string>, options: { event?: string; bundle?: string; repository?: string } = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-action-'));
  const eventPath = join(dir, 'event.json');
  const repository = options.repository ?? 'acme/infra';
  const [owner, name] = repository.split('/');
  writeFileSync(eventPath, JSON.stringify({
    action: 'synchronize', number: 7,
    pull_request: { number: 7, user: AUTHOR, head: { sha: 'abc123' }, base: { ref: 'main' } },
    repository: { name, owner: { login: owner }, full_name: repository },
  }));
  const outputFile = join(dir, 'output.txt');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // A clean environment: the runner's variables only, never this machine's GITHUB_* or proxies.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: dir, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1',
    GITHUB_EVENT_NAME: options.event ?? 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: repository,
    GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': github.state.token, INPUT_COMMENT: 'true', 'INPUT_FAIL-ON': 'block', INPUT_FORMAT: 'auto',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [join(options.bundle ?? join(root, 'dist'), 'index.js')], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  const run = { ...result, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir };
  runs.push(run);
  return run;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter\nvalue\ndelimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(pattern)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

async function fingerprintOf(...paths: string[]): Promise<string> {
  // Relative, as the Action is given them: a Terraform plan's stack is its path, which the fingerprint covers.
  const { report } = await runGate(paths);
  if (!report.fingerprint) throw new Error('expected a fingerprint');
  return report.fingerprint;
}

const ourComments = () => github.state.comments.filter((c) => c.body.includes(MARKER) && c.user.login === github.state.actor.login);

describe('sticky comment', () => {
  test('is created on the first run and updated in place on the second, found past page 1', async () => {
    // 150 comments first, so the gate's comment lands on page 2 of 100.
    for (let i = 0; i < 150; i++) github.addComment(i % 2 ? AUTHOR : OTHER_BOT, `chatter ${i}`);
    const first = await action({ plan: BLOCKED });
    expect(first.code).not.toBe(0);
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
    const [comment] = ourComments();
    expect(comment?.user.login).toBe('github-actions[bot]');

    const second = await action({ plan: ALLOWED });
    expect(second.code).toBe(0);
    const writes = github.writes();
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/infra/issues/7/comments', `PATCH /repos/acme/infra/issues/comments/${comment?.id}`]);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain('deploy-gate: allowed');
    // Octokit followed the Link header to page 2 with per_page=100.
    const listed = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments'));
    expect(listed.map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1'])).toContainEqual(['100', '2']);
  });

  test('a human comment carrying the marker is neither updated nor mistaken for ours', async () => {
    const planted = github.addComment(AUTHOR, `${MARKER}\n## ✅ deploy-gate: allowed`);
    const run = await action({ plan: BLOCKED });
    expect(run.code).not.toBe(0);
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
    expect(github.state.comments.find((c) => c.id === planted.id)?.body).toBe(`${MARKER}\n## ✅ deploy-gate: allowed`);
    expect(ourComments()).toHaveLength(1);
  });

  test('another bot\'s marker comment (an agent\'s GitHub App) is ignored: ours is created beside it, the plant is untouched', async () => {
    const plant = `${MARKER}\n## ✅ deploy-gate: allowed`;
    const planted = github.addComment(OTHER_BOT, plant);
    const run = await action({ plan: BLOCKED });
    expect(run.stdout).not.toContain('could not update');
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/infra/issues/7/comments']);
    expect(github.state.comments.find((c) => c.id === planted.id)?.body).toBe(plant);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain('deploy-gate: blocked');
    expect(run.code).not.toBe(0);
  });

  test('with a GitHub App token, comment-author names the app\'s bot: its comment is kept, not the older github-actions one', async () => {
    github.addComment({ login: 'github-actions[bot]', type: 'Bot' }, `${MARKER}\n## ✅ deploy-gate: allowed`);
    github.state.actor = APP_BOT;
    const first = await action({ plan: BLOCKED, 'comment-author': 'Deploy-Gate-App[bot]' });
    expect(first.stdout).not.toContain('::warning::deploy-gate: the comment was posted as');
    const [comment] = ourComments();
    expect(comment?.user).toEqual(APP_BOT);
    await action({ plan: ALLOWED, 'comment-author': 'Deploy-Gate-App[bot]' });
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/infra/issues/7/comments', `PATCH /repos/acme/infra/issues/comments/${comment?.id}`]);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain('deploy-gate: allowed');
  });

  test('a comment posted under another identity than comment-author warns how to set it', async () => {
    github.state.actor = APP_BOT;
    const run = await action({ plan: ALLOWED });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::deploy-gate: the comment was posted as deploy-gate-app[bot], but comment-author is github-actions[bot]');
    expect(run.stdout).toContain('set comment-author: deploy-gate-app[bot]');
  });

  test('a failed update is an error, never a second comment', async () => {
    const first = await action({ plan: ALLOWED });
    expect(first.code).toBe(0);
    const [comment] = ourComments();
    github.state.failures[`PATCH /repos/acme/infra/issues/comments/${comment?.id}`] = 500;
    const second = await action({ plan: ALLOWED });
    expect(second.code).not.toBe(0);
    expect(second.stdout).toMatch(/::error::deploy-gate: could not update the deploy-gate comment/);
    expect(github.writes().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('comment: false posts nothing but still gates', async () => {
    const run = await action({ plan: BLOCKED, comment: 'false' });
    expect(run.code).not.toBe(0);
    expect(github.writes()).toEqual([]);
  });
});

describe('verdict, outputs, summary, annotations', () => {
  test('a destructive plan blocks: outputs, summary, report file, annotation, non-zero exit', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    const sarifFile = join(mkdtempSync(join(tmpdir(), 'deploy-gate-sarif-')), 'gate.sarif');
    const run = await action({ plan: BLOCKED, sarif: sarifFile });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toEqual({ verdict: 'block', fingerprint, blocked: 'true', report: join(run.dir, 'deploy-gate-report.md') });
    const report = readFileSync(run.outputs.report ?? '', 'utf8');
    expect(run.summary).toBe(report);
    expect(run.summary.split('\n')[0]).toMatch(/^## ⛔ deploy-gate: blocked/);
    expect(run.summary).toContain('### 💥 Destroys data (1 resource)');
    expect(run.summary).toContain('- ⛔ **delete** `aws_s3_bucket.delete_bucket`: `no-stateful-delete`');
    // One destroyed bucket and nothing that depends on it: a one-node graph says nothing, so none is drawn.
    expect(run.summary).not.toContain('```mermaid');
    expect(run.summary).toContain('<details>');
    expect(run.summary).toContain(`/deploy-gate approve ${fingerprint}`);
    expect(ourComments()[0]?.body).toBe(`${MARKER}\n${report}`);
    expect(run.stdout).toContain(`::error title=no-stateful-delete,file=${BLOCKED}::aws_s3_bucket.delete_bucket`);
    expect(run.stdout).toContain(`::error::deploy-gate: blocked: 1 change destroys or unprotects data. If this is intended, a maintainer can approve with: /deploy-gate approve ${fingerprint}`);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toContainEqual(expect.objectContaining({ ruleId: 'no-stateful-delete', level: 'error' }));
  });

  test('a safe plan passes with exit 0 and no error annotation', async () => {
    const run = await action({ plan: ALLOWED });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'allow', fingerprint: '', blocked: 'false' });
    expect(run.summary).toMatch(/^## ✅ deploy-gate: allowed/);
    expect(run.stdout).not.toContain('::error');
  });

  test('a configuration typo fails the step naming the configuration, not an unreadable plan', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'deploy-gate-config-')), 'deploy-gate.yml');
    writeFileSync(config, 'rulez:\n  no-stateful-delete: warn\n');
    const run = await action({ plan: BLOCKED, config });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'error', blocked: 'true' });
    expect(run.stdout).toContain(`::error::deploy-gate: ${config}: invalid configuration: (its top level): unknown key 'rulez'; did you mean rules? Nothing is allowed until the configuration file is fixed.`);
    expect(run.stdout).not.toContain('An unreadable plan is never allowed');
    expect(ourComments()[0]?.body).toContain(`## ⛔ deploy-gate: blocked — the configuration file \`${config}\` is invalid`);
  });

  test('an unreadable plan fails the step naming the file, and replaces the last verdict on the PR', async () => {
    await action({ plan: ALLOWED });
    const missing = 'plans/never-written.json';
    const run = await action({ plan: missing });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`::error::deploy-gate: cannot read ${missing}: no such file or directory. An unreadable plan is never allowed.`);
    expect(run.outputs).toMatchObject({ verdict: 'error', blocked: 'true' });
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain(`## ⛔ deploy-gate: blocked — \`${missing}\` could not be read`);
  });

  test('a glob that matches nothing fails instead of gating fewer plans', async () => {
    const run = await action({ plan: `${ALLOWED}\nplans/**/*.tfplan.json` });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::deploy-gate: cannot read plans/**/*.tfplan.json: the glob matched no file');
  });

  test('a preview and its event log given by a glob become one stack with the log\'s policy results', async () => {
    const run = await action({ plan: 'test/fixtures/action/pulumi-test-stack/test.*' });
    expect(run.code).not.toBe(0);
    expect(run.summary).toContain('analyzerA/always-fails');
    // One line per stack under "Stacks" (resource lines start with the action in bold instead).
    expect(run.summary.match(/^- [⛔✅] `/gmu)).toHaveLength(1);
    expect(run.summary).toContain('policy results merged from test.events.ndjson');
  });

  test('fail-on: warn fails on warnings that fail-on: block lets through', async () => {
    const plan = 'test/fixtures/real-world/pulumiaws-v3860-rds-instance.stack-export.json';
    const lenient = await action({ plan, comment: 'false' });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ verdict: 'allow', blocked: 'false' });
    expect(lenient.stdout).toContain('::warning title=require-delete-protection');
    expect(lenient.stdout).not.toContain('::error');
    const strict = await action({ plan, comment: 'false', 'fail-on': 'warn' });
    expect(strict.code).not.toBe(0);
    expect(strict.outputs).toMatchObject({ verdict: 'allow', blocked: 'true' });
    expect(strict.stdout).toMatch(/::error::deploy-gate: \d+ warnings?, and fail-on is warn/);
    expect(strict.stdout).toContain('::error title=require-delete-protection');
  });

  test('outside a pull request it gates without calling the API', async () => {
    const run = await action({ plan: BLOCKED }, { event: 'push' });
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('block');
    expect(github.requests).toEqual([]);
  });

  test('invalid inputs fail the step and name the input', async () => {
    const run = await action({ plan: ALLOWED, 'fail-on': 'sometimes' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain("`fail-on` must be block or warn, not 'sometimes'");
  });

  test('a PR that edits the gate\'s own files gets a warning in the comment', async () => {
    github.state.files = [{ filename: 'infra/main.tf' }, { filename: '.github/workflows/deploy-gate.yml' }, { filename: 'docs/x.md', previous_filename: 'deploy-gate.yml' }];
    const run = await action({ plan: ALLOWED });
    expect(run.summary).toContain('> [!WARNING]');
    expect(run.summary).toContain('.github/workflows/deploy-gate.yml');
    expect(run.summary).toContain('deploy-gate.yml');
    expect(run.summary).not.toContain('infra/main.tf');
  });
});

describe('gate files and Terraform sources', () => {
  test('the file the config input names is warned about under its own name, and so is an approvals/ folder', async () => {
    github.state.files = [{ filename: 'infra/main.tf' }, { filename: GATE_SETTINGS }, { filename: 'approvals/prod.yml' }];
    const run = await action({ plan: ALLOWED, config: `./${GATE_SETTINGS}` });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('> [!WARNING]');
    expect(run.summary).toContain(escapeMarkdown(`The gate configuration: ${GATE_SETTINGS}. Approvals: approvals/prod.yml.`));
    expect(run.summary).not.toContain('infra/main.tf');
    expect(run.stdout).toContain(`::warning::deploy-gate: This PR changes files that control the gate itself. The gate configuration: ${GATE_SETTINGS}.`);
  });

  test('without sources a created volume is a warning that asks for them (prevent_destroy is only in the sources)', async () => {
    const run = await action({ plan: VOLUME_CREATED, comment: 'false' });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('::error title=require-delete-protection');
    expect(run.stdout).toMatch(/::warning title=require-delete-protection[^\n]*::aws_ebs_volume\.logs/);
    expect(run.stdout).toContain('--source');
  });

  test('source: .tf files with lifecycle.prevent_destroy protect the volume, read by the bundle alone (the wasm sits in dist/)', async () => {
    // A copy of dist/ with no node_modules or package.json around it: what a runner has of a JavaScript action.
    const bundle = mkdtempSync(join(tmpdir(), 'deploy-gate-bundle-'));
    for (const file of readdirSync(join(root, 'dist'))) copyFileSync(join(root, 'dist', file), join(bundle, file));
    const run = await action({ plan: VOLUME_CREATED, source: TF_SOURCES, comment: 'false' }, { bundle });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'allow', blocked: 'false' });
    expect(run.stdout).not.toMatch(/require-delete-protection[^\n]*aws_ebs_volume\.logs/);
    // The one left unprotected is still named (untouched by the plan, so a warning).
    expect(run.stdout).toMatch(/::warning title=require-delete-protection[^\n]*::aws_ebs_volume\.storage/);
  });

  test('source: a .tf file that does not parse fails the step naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-src-'));
    writeFileSync(join(dir, 'broken.tf'), 'resource "aws_ebs_volume" "x" {');
    const run = await action({ plan: VOLUME_CREATED, source: dir });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'error', blocked: 'true' });
    expect(run.stdout).toMatch(/::error::deploy-gate: cannot read [^\n]*broken\.tf: cannot parse Terraform source/);
  });
});

describe('approvals through the GitHub API', () => {
  test('refused: from the PR author, a bot, a read-only user, another fingerprint, an edited comment', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    const other = `sha256:${'0'.repeat(64)}`;
    github.addComment(AUTHOR, `/deploy-gate approve ${fingerprint}`);
    github.addComment(OTHER_BOT, `/deploy-gate approve ${fingerprint}`);
    github.addComment({ login: 'sneaky', type: 'User' }, `/deploy-gate approve ${fingerprint}`);
    github.state.permissions.sneaky = { permission: 'write', role_name: 'write' };
    github.addComment(READER, `/deploy-gate approve ${fingerprint}`);
    github.addComment(MAINTAINER, `/deploy-gate approve ${other}`);
    github.addComment(MAINTAINER, `please run /deploy-gate approve ${fingerprint} when ready`);
    github.addComment({ login: 'eve-editor', type: 'User' }, `LGTM\n/deploy-gate approve ${fingerprint}`, { edited: true });
    github.state.permissions['eve-editor'] = { permission: 'admin', role_name: 'admin' };
    github.addReview(MAINTAINER, 'COMMENTED', `/deploy-gate approve ${fingerprint}`);
    const run = await action({ plan: BLOCKED, approvers: 'mia-maintainer, acme/platform' });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'block', blocked: 'true', fingerprint });
    const details = run.summary.slice(run.summary.indexOf('<summary>Approvals</summary>'));
    expect(details).toMatch(/agent-dev by \[comment\]\([^)]+\): opened this PR/);
    expect(details).toMatch(/helper\\\[bot\\\] by \[comment\]\([^)]+\): is a bot/);
    expect(details).toMatch(/rob-reader by \[comment\]\([^)]+\): has read permission/);
    expect(details).toMatch(/sneaky by \[comment\]\([^)]+\): is not in approvers/);
    expect(details).toMatch(new RegExp(`mia-maintainer by \\[comment\\]\\([^)]+\\) \\(\`${other}\`\\): names another fingerprint`));
    expect(details).toMatch(/eve-editor by \[comment\]\([^)]+\): the comment was edited/);
    expect(details).toMatch(/mia-maintainer by \[review\]\([^)]+\): the review is commented, not an approval/);
    expect(details).not.toContain('accepted');
    // The permission endpoint was asked only about claims naming the current fingerprint.
    const asked = github.requests.filter((r) => r.path.endsWith('/permission')).map((r) => r.path.split('/')[5]);
    expect(new Set(asked)).toEqual(new Set(['rob-reader', 'sneaky']));
  });

  test('a failed plan: an approval of its fingerprint is recorded but clears nothing, and none is asked for', async () => {
    // The same deletes as BLOCKED, in a plan Terraform marked failed: plan-incomplete, which no approval clears.
    const failed = join(mkdtempSync(join(tmpdir(), 'deploy-gate-failed-')), 'failed.plan.json');
    writeFileSync(failed, JSON.stringify({ ...JSON.parse(readFileSync(join(root, BLOCKED), 'utf8')), errored: true }));
    const fingerprint = await fingerprintOf(failed);
    github.addComment(MAINTAINER, `/deploy-gate approve ${fingerprint}`);
    const run = await action({ plan: failed });
    expect(run.code).not.toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'block', blocked: 'true' });
    const comment = ourComments()[0]?.body ?? '';
    for (const text of [run.summary, comment, run.stdout]) {
      expect(text).not.toMatch(/\/deploy-gate approve sha256|a maintainer \(write access|can approve with/);
      expect(text).toContain('No approval can clear this block: plan-incomplete is never approvable');
    }
    expect(run.summary).toContain('### No approval can clear this plan');
    expect(run.summary).toContain('The approval by mia-maintainer is recorded, but it cannot clear plan-incomplete');
    expect(run.stdout).toMatch(/::error::deploy-gate: blocked: the tool reported the plan as failed or incomplete[^\n]*plan-incomplete \(stack [^)]+\): Fix the error and plan again\./);
  });

  test('accepted: a maintainer\'s comment naming the current fingerprint clears the block', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    const approval = github.addComment(MAINTAINER, `Intended: the bucket is empty.\r\n/deploy-gate approve ${fingerprint}\r\n`);
    const run = await action({ plan: BLOCKED });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'allow', blocked: 'false', fingerprint });
    expect(run.summary).toMatch(/^## ✅ deploy-gate: allowed — approved by mia-maintainer/);
    expect(run.summary).toContain(`✅ accepted: mia-maintainer (approved on PR \\#7 by comment ${approval.html_url.replace(/([#_])/g, '\\$1').replace('://', ':\u200b//')})`);
    expect(run.stdout).not.toContain('::error');
    // approvers is empty: the step says what that lets through.
    expect(run.stdout).toMatch(/::warning::deploy-gate: an approval was accepted .* because approvers is empty/);
  });

  test('accepted: an APPROVED review whose body holds the command, from an active member of a listed team', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addReview({ login: 'tess-team', type: 'User' }, 'APPROVED', `Checked with the data owner.\n\n/deploy-gate approve ${fingerprint}`);
    github.state.permissions['tess-team'] = { permission: 'write', role_name: 'write' };
    github.state.teams['acme/platform/tess-team'] = 'active';
    const run = await action({ plan: BLOCKED, approvers: '@someone-else\n@acme/platform', 'review-approvals': 'true' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('allow');
    expect(run.summary).toContain('approved by tess-team');
    expect(run.stdout).not.toContain('because approvers is empty');
  });

  test('a pending team membership does not count', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addComment({ login: 'pat-pending', type: 'User' }, `/deploy-gate approve ${fingerprint}`);
    github.state.permissions['pat-pending'] = { permission: 'write', role_name: 'write' };
    github.state.teams['acme/platform/pat-pending'] = 'pending';
    const run = await action({ plan: BLOCKED, approvers: 'acme/platform' });
    expect(run.code).not.toBe(0);
    expect(run.summary).toMatch(/pat-pending by \[comment\]\([^)]+\): is not in approvers/);
  });

  test('an approval is void once a push changes the destructive set', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addComment(MAINTAINER, `/deploy-gate approve ${fingerprint}`);
    expect((await action({ plan: BLOCKED })).code).toBe(0);
    // The next push destroys more: another plan, another fingerprint, and the old approval names the old one.
    const run = await action({ plan: `${BLOCKED}\n${MORE_DESTRUCTIVE}` });
    expect(run.outputs.fingerprint).toMatch(/^sha256:/);
    expect(run.outputs.fingerprint).not.toBe(fingerprint);
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('block');
    expect(run.summary).toMatch(/mia-maintainer by \[comment\]\([^)]+\) \(`sha256:[0-9a-f]{64}`\): names another fingerprint/);
  });
});

describe('approvals that cannot be forged', () => {
  test('an APPROVED review whose body was edited (GraphQL lastEditedAt) is refused; so is a comment edited within its second', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addReview(MAINTAINER, 'APPROVED', `Looks fine.\n\n/deploy-gate approve ${fingerprint}`, { edited: true });
    const quick = github.addComment({ login: 'quinn', type: 'User' }, `/deploy-gate approve ${fingerprint}`, { editedWithinSecond: true });
    github.state.permissions.quinn = { permission: 'admin', role_name: 'admin' };
    expect(quick.updated_at).toBe(quick.created_at); // REST alone cannot see this edit
    const run = await action({ plan: BLOCKED, 'review-approvals': 'true' });
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('block');
    expect(run.summary).toMatch(/mia-maintainer by \[review\]\([^)]+\): the review was edited after it was posted/);
    expect(run.summary).toMatch(/quinn by \[comment\]\([^)]+\): the comment was edited after it was posted/);
    // Both connections were asked of GraphQL, and GraphQL asks are not writes.
    const asked = github.requests.filter((r) => r.path === '/graphql').map((r) => (JSON.parse(r.body) as { query: string }).query);
    expect(asked.some((q) => q.includes('reviews(first: 100'))).toBe(true);
    expect(asked.some((q) => q.includes('comments(first: 100'))).toBe(true);
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
  });

  test('the edit record is read past its first page; an unedited review approves', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    for (let i = 0; i < 130; i++) github.addReview(OTHER_BOT, 'COMMENTED', `note ${i}`);
    github.addReview(MAINTAINER, 'APPROVED', `/deploy-gate approve ${fingerprint}`);
    const run = await action({ plan: BLOCKED, 'review-approvals': 'true' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('approved by mia-maintainer');
    expect(github.requests.filter((r) => r.path === '/graphql' && r.body.includes('reviews(first')).length).toBe(2);
  });

  test('by default a review body approves nothing: GitHub does not say whether an App posted it; a comment is asked for', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addReview(MAINTAINER, 'APPROVED', `/deploy-gate approve ${fingerprint}`);
    const run = await action({ plan: BLOCKED });
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('block');
    expect(run.summary).toMatch(/mia-maintainer by \[review\]\([^)]+\): approvals in review bodies are off/);
    expect(run.summary).toContain('post the command as a PR comment');
  });

  test('when GraphQL fails, no claim counts (fail closed)', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addComment(MAINTAINER, `/deploy-gate approve ${fingerprint}`);
    github.state.failures['POST /graphql'] = 502;
    const run = await action({ plan: BLOCKED });
    expect(run.code).not.toBe(0);
    expect(run.summary).toMatch(/mia-maintainer by \[comment\]\([^)]+\): GitHub could not say whether the comment was edited/);
  });

  test('refused: a comment an app posted for a person, a committer of the PR, commands a reader cannot see', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addComment(MAINTAINER, `/deploy-gate approve ${fingerprint}`, { viaApp: 'coding-agent' });
    github.addComment({ login: 'carl-committer', type: 'User' }, `/deploy-gate approve ${fingerprint}`);
    github.state.permissions['carl-committer'] = { permission: 'write', role_name: 'write' };
    github.state.commits = [{ author: AUTHOR.login, committer: 'web-flow' }, { author: null, committer: 'carl-committer' }];
    github.addComment({ login: 'hal', type: 'User' }, `LGTM\n<!--\n/deploy-gate approve ${fingerprint}\n-->`);
    github.addComment({ login: 'dee', type: 'User' }, `<details><summary>log</summary>\n\n/deploy-gate approve ${fingerprint}\n\n</details>`);
    github.addComment({ login: 'lou', type: 'User' }, `> I would not\n/deploy-gate approve ${fingerprint}`);
    for (const login of ['hal', 'dee', 'lou']) github.state.permissions[login] = { permission: 'write', role_name: 'write' };
    const run = await action({ plan: BLOCKED });
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('block');
    const details = run.summary.slice(run.summary.indexOf('<summary>Approvals</summary>'));
    expect(details).toMatch(/mia-maintainer by \[comment\]\([^)]+\): the comment was posted by the GitHub App coding-agent/);
    expect(details).toMatch(/carl-committer by \[comment\]\([^)]+\): authored or committed a commit of this PR/);
    expect(details).toMatch(/hal by \[comment\]\([^)]+\): the text has HTML/);
    expect(details).toMatch(/dee by \[comment\]\([^)]+\): the text has HTML/);
    expect(details).not.toContain('lou'); // a lazily quoted line is no claim at all
    expect(details).not.toContain('accepted');
  });

  test('a replayed approval does not count: one for the same plan at another path (another stack), one for an older plan', async () => {
    const elsewhere = mkdtempSync(join(root, 'test/fixtures/action/.replay-'));
    const copy = join(elsewhere, 'plan.json').slice(root.length + 1);
    copyFileSync(join(root, BLOCKED), join(root, copy));
    try {
      const current = await fingerprintOf(copy);
      const replayed = await fingerprintOf(BLOCKED);
      expect(replayed).not.toBe(current);
      github.addComment(MAINTAINER, `/deploy-gate approve ${replayed}`);
      const run = await action({ plan: copy });
      expect(run.code).not.toBe(0);
      expect(run.outputs.fingerprint).toBe(current);
      expect(run.summary).toMatch(/mia-maintainer by \[comment\]\([^)]+\) \(`sha256:[0-9a-f]{64}`\): names another fingerprint/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('an approval given in another repository', () => {
  test("does not clear this repository's identical plan: the Action reads only this repository's PR, and binds what it accepts to it", async () => {
    // acme/billing plans the same destructive part at the same path: the same fingerprint, approved there by a
    // maintainer of both repositories.
    const billing = github.addRepository({
      owner: 'acme', repo: 'billing', pullNumber: 7,
      permissions: { [MAINTAINER.login]: { permission: 'write', role_name: 'maintain' }, [AUTHOR.login]: { permission: 'write', role_name: 'write' } },
    });
    const fingerprint = await fingerprintOf(BLOCKED);
    const given = billing.addComment(MAINTAINER, `/deploy-gate approve ${fingerprint}`);

    const here = await action({ plan: BLOCKED });
    expect(here.code).not.toBe(0);
    expect(here.outputs.verdict).toBe('block');
    expect(here.outputs.fingerprint).toBe(fingerprint);
    expect(here.summary).not.toContain('accepted');
    expect(here.summary).not.toContain(given.html_url);
    // Nothing of acme/billing was asked for: its comments, reviews and collaborators are not this PR's.
    expect(github.requests.filter((r) => r.path.startsWith('/repos/acme/billing/'))).toEqual([]);
    expect(github.requests.filter((r) => r.path === '/graphql').map((r) => (JSON.parse(r.body) as { variables: { repo: string } }).variables.repo)).not.toContain('billing');
    expect(ourComments()[0]?.body).toContain(`/deploy-gate approve ${fingerprint}`);

    // Where it was given, the same approval clears the same plan: it is genuine, only the repository differs.
    const there = await action({ plan: BLOCKED }, { repository: 'acme/billing' });
    expect(there.code).toBe(0);
    expect(there.outputs.verdict).toBe('allow');
    expect(there.stdout).toContain(`deploy-gate: approval by ${MAINTAINER.login} accepted`);
    expect(there.summary).toContain(`✅ accepted: ${MAINTAINER.login}`);
  });

  test("a maintainer's copy of it here, posted by the PR's author, is still the author's", async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addComment(AUTHOR, `> mia-maintainer approved this in acme/billing#7:\n\n/deploy-gate approve ${fingerprint}`);
    const run = await action({ plan: BLOCKED });
    expect(run.code).not.toBe(0);
    expect(run.summary).toMatch(/agent-dev by \[comment\]\([^)]+\): opened this PR/);
    expect(run.summary).not.toContain('accepted');
  });
});

describe('secrets', () => {
  test('neither the token nor a sensitive plan value reaches any output, file or request body', async () => {
    const fingerprint = await fingerprintOf(BLOCKED);
    github.addComment(MAINTAINER, `/deploy-gate approve ${fingerprint}`);
    github.state.files = [{ filename: '.github/workflows/ci.yml' }];
    const sarif = join(mkdtempSync(join(tmpdir(), 'deploy-gate-sarif-')), 'report.sarif');
    const blocked = await action({ plan: `${BLOCKED}\n${SENSITIVE}`, sarif });
    const allowed = await action({ plan: SENSITIVE, sarif });
    const failed = await action({ plan: 'missing.json' });
    expect(readFileSync(join(root, SENSITIVE), 'utf8')).toContain(SECRET);
    const texts = [
      ...[blocked, allowed, failed].flatMap((r) => [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), existsSync(r.outputs.report ?? '') ? readFileSync(r.outputs.report ?? '', 'utf8') : '']),
      readFileSync(sarif, 'utf8'),
      ...github.requests.map((r) => `${r.path}?${r.query.toString()}\n${r.body}`),
    ];
    for (const raw of texts) {
      // The one place the token may appear: the add-mask command that tells the runner to mask it.
      const text = raw.replace(`::add-mask::${github.state.token}\n`, '');
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(github.state.token);
    }
    // Sanity: the token was used, only in the Authorization header.
    expect(github.requests.every((r) => r.headers.authorization === `token ${github.state.token}`)).toBe(true);
  });

  test('the token is registered as a secret so the runner masks it', async () => {
    const run = await action({ plan: ALLOWED });
    expect(run.stdout).toContain(`::add-mask::${github.state.token}`);
  });
});
