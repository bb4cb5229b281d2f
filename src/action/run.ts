// The Action without @actions/*: inputs and a GitHub API in, everything to publish out. main.ts wires it up.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, whereLabel } from '../../policy/adapters/input-error.js';
import { unapprovableOf, type Report } from '../../policy/engine/evaluate.js';
import { Renderer } from '../../policy/engine/render.js';
import { rules } from '../../policy/rules/index.js';
import { getExitCode } from '../cli/exit-code.js';
import { runGate, SettingsError, type GateOptions } from '../gate.js';
import { codeSpan, escapeMarkdown, stripControl } from '../report/escape.js';
import { approvalBlockers, blockedSummary, plural, blockerLine, noApprovalSentence, recordedApprovalSentence } from '../report/summary.js';
import { renderMarkdown } from '../report/markdown.js';
import { locateFindings } from '../readers/source-positions.js';
import { renderSarif } from '../report/sarif.js';
import { fitComment, MAX_COMMENT_CHARS, MAX_SUMMARY_CHARS, upsertStickyComment, type UpsertResult } from './comment.js';
import { gateFileWarnings, type GateFileOptions } from './gate-files.js';
import { messageOf, type GitHubApi, type IssueComment, type PullRequestRef } from './github-api.js';
import type { Inputs } from './inputs.js';
import { checkApprovals, collectClaims, committersOf, renderApprovals, type ApprovalCheck, type Committers, type Edits } from './pr-approvals.js';

export interface ActionEnvironment {
  /** Absent when the run is not about a PR (push, schedule…): no comment, no approvals. */
  pr?: PullRequestRef;
  /** Absent without a token. */
  api?: GitHubApi;
  /** Expands glob patterns (with `!` negations) to files; @actions/glob in main.ts. */
  expandGlob: (patterns: string[]) => Promise<string[]>;
  /** The working directory (GITHUB_WORKSPACE on a runner): plan paths are read, shown and annotated relative to it. */
  workspace: string;
  /** Where the Markdown report file goes (RUNNER_TEMP). */
  reportDir: string;
  version: string;
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file?: string;
}

export interface ActionResult {
  verdict: 'allow' | 'block' | 'error';
  fingerprint: string;
  /** True when the step fails: a block, an unreadable plan, or a warning under `fail-on: warn`. */
  blocked: boolean;
  reportPath: string;
  /** The job summary: the same report as the comment, without the marker (cut only past 1 MB). */
  summary: string;
  annotations: Annotation[];
  /** The one message for core.setFailed, when the step must fail. */
  failure?: string;
  comment?: UpsertResult;
  approvals?: ApprovalCheck;
  report?: Report;
}

const MAX_ANNOTATIONS = 50;

export async function runAction(inputs: Inputs, env: ActionEnvironment): Promise<ActionResult> {
  const reportPath = join(env.reportDir, 'deploy-gate-report.md');
  const github = env.pr && env.api ? { pr: env.pr, api: env.api } : undefined;
  if (!env.pr) env.info('deploy-gate: not a pull request event, so no PR comment and no approvals (a block stays a block)');

  let gate: Awaited<ReturnType<typeof runGate>>;
  let paths: string[] = [];
  try {
    paths = await planPaths(inputs.plan, env);
    gate = await runGate(paths, gateOptions(inputs, github?.pr));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return unreadable(error, inputs, env, github, reportPath);
  }

  const firstPrint = gate.report.fingerprint;
  const needApprovals = gate.report.verdict === 'block' && firstPrint !== null;
  // One listing serves both the sticky comment and the approval comments.
  const comments = github && (inputs.comment || needApprovals) ? await github.api.listIssueComments(github.pr) : [];
  const warnings = github ? await changedGateFiles(github.api, github.pr, { ...(inputs.config ? { config: inputs.config } : {}), workspace: env.workspace }) : [];
  for (const warning of warnings) env.warning(`deploy-gate: ${warning}`);

  let approvals: ApprovalCheck | undefined;
  if (github && needApprovals && firstPrint) {
    const reviews = await github.api.listReviews(github.pr);
    // What the REST lists cannot say, asked of GitHub; a failure refuses every claim (fail closed), it does not crash.
    const edits: Edits = await github.api.listEdits(github.pr).catch((error: unknown) => ({ error: messageOf(error) }));
    const committers: Committers = await github.api.listCommits(github.pr).then(committersOf, (error: unknown) => ({ error: messageOf(error) }));
    approvals = await checkApprovals(github.api, github.pr, firstPrint, collectClaims(comments, reviews, edits, { reviewApprovals: inputs.reviewApprovals }), inputs.approvers, committers);
    if (approvals.accepted.length > 0 && inputs.approvers.length === 0) {
      // No API links two accounts of one person: without approvers, a second account of the author can approve.
      env.warning('deploy-gate: an approval was accepted from a collaborator with write access because approvers is empty; set approvers to the people or team who may approve data loss (a second account of the PR author, or an agent with write access, could otherwise approve)');
    }
    if (approvals.accepted.length > 0) gate = await runGate(paths, { ...gateOptions(inputs, github.pr), extraApprovals: approvals.accepted });
  }
  const { report } = gate;

  const approvalsText = approvals ? renderApprovals(approvals) : '';
  // The job summary and the report file hold up to 1 MB; the comment is cut sooner and points to the summary.
  const body = renderMarkdown(report, { warnings, maxChars: MAX_SUMMARY_CHARS - approvalsText.length - 10_000, fullReport: '`deploy-gate check … --output json`' }) + approvalsText;
  const commentBody = renderMarkdown(report, { warnings, maxChars: MAX_COMMENT_CHARS - approvalsText.length - 2_000, fullReport: 'the job summary of this workflow run' }) + approvalsText;
  await writeText(reportPath, body);
  if (inputs.sarif) {
    const locations = await locateFindings(report.findings, gate.plans, inputs.source);
    await writeText(inputs.sarif, renderSarif(report, rules, env.version, { locations, sourcesGiven: Boolean(inputs.source) }));
  }

  let comment: UpsertResult | undefined;
  if (github && inputs.comment) {
    comment = await upsertStickyComment(github.api, github.pr, fitComment(commentBody, approveTail(report)), comments, inputs.commentAuthor);
    env.info(`deploy-gate: ${comment.action} the PR comment ${comment.url}`);
    warnForeignAuthor(comment, inputs, env);
  }

  const exitCode = getExitCode(report, inputs.failOn);
  const blocking = report.findings.filter((f) => f.level === 'block');
  const warned = report.findings.filter((f) => f.level === 'warn');
  const renderer = new Renderer(report);
  const annotations: Annotation[] = [...blocking, ...warned].slice(0, MAX_ANNOTATIONS).map((f) => ({
    level: f.level === 'block' || inputs.failOn === 'warn' ? 'error' : 'warning',
    title: f.rule,
    message: stripControl(`${f.resource}: ${renderer.message(f)} — ${renderer.render(f).remediation}`),
    ...(f.file ? { file: workspacePath(f.file, env.workspace) } : {}),
  }));
  return {
    verdict: report.verdict,
    fingerprint: report.fingerprint ?? '',
    blocked: exitCode !== 0,
    reportPath,
    summary: fitComment(body, approveTail(report), MAX_SUMMARY_CHARS, 'a job summary'),
    annotations,
    ...(exitCode !== 0 ? { failure: failureMessage(report, warned.length) } : {}),
    ...(comment ? { comment } : {}),
    ...(approvals ? { approvals } : {}),
    report,
  };
}

/**
 * The gate's options from the inputs. The repository is the one the PR (and so every approval read) belongs to:
 * GITHUB_REPOSITORY, as pullRequestOf read it. Without a PR no approval is read, and none is needed.
 */
function gateOptions(inputs: Inputs, pr: PullRequestRef | undefined): GateOptions {
  return {
    ...(pr ? { repository: `${pr.owner}/${pr.repo}` } : {}),
    ...(inputs.format ? { format: inputs.format } : {}),
    ...(inputs.config ? { config: inputs.config } : {}),
    ...(inputs.source ? { source: inputs.source } : {}),
  };
}

/** The next run looks for a comment by `comment-author` only: say so when the token wrote as someone else. */
function warnForeignAuthor(comment: UpsertResult, inputs: Inputs, env: ActionEnvironment): void {
  if (!comment.author || comment.author.toLowerCase() === inputs.commentAuthor.toLowerCase()) return;
  env.warning(
    `deploy-gate: the comment was posted as ${comment.author}, but comment-author is ${inputs.commentAuthor}, so the next run will not ` +
    `find it and will post another: set comment-author: ${comment.author}`,
  );
}

/**
 * Literal lines are passed on as they are (a missing file is an InputError from the reader). Each glob line must
 * match at least one file: a plan that a failed step never wrote must not shrink the gate to the plans that exist.
 */
export async function planPaths(lines: readonly string[], env: Pick<ActionEnvironment, 'expandGlob' | 'workspace'>): Promise<string[]> {
  const negations = lines.filter((l) => l.startsWith('!'));
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith('!')) continue;
    if (!/[*?[\]{}]/.test(line)) {
      out.push(isAbsolute(line) ? workspacePath(line, env.workspace) : line);
      continue;
    }
    const files = await env.expandGlob([line, ...negations]);
    if (files.length === 0) throw new InputError(line, '', 'the glob matched no file: did the step that writes the plan fail?');
    out.push(...files.sort().map((f) => workspacePath(f, env.workspace)));
  }
  return [...new Set(out)];
}

function workspacePath(file: string, workspace: string): string {
  const absolute = isAbsolute(file) ? file : resolve(file);
  const inside = relative(workspace, absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

async function changedGateFiles(api: GitHubApi, pr: PullRequestRef, options: GateFileOptions): Promise<string[]> {
  try {
    return gateFileWarnings(await api.listFiles(pr), options);
  } catch (error) {
    return [`Could not list the files this PR changes, so the gate cannot say whether it edits its own workflow or configuration (${messageOf(error)}).`];
  }
}

async function unreadable(
  error: InputError, inputs: Inputs, env: ActionEnvironment, github: { pr: PullRequestRef; api: GitHubApi } | undefined, reportPath: string,
): Promise<ActionResult> {
  // A malformed configuration or approvals file is not an unreadable plan: say which it is and what to fix.
  const settings = error instanceof SettingsError ? error.what : undefined;
  const failure = settings
    ? `deploy-gate: ${/[.?!]$/.test(error.message) ? error.message : `${error.message}.`} Nothing is allowed until the ${settings} file is fixed.`
    : `deploy-gate: cannot read ${error.message}. An unreadable plan is never allowed.`;
  const summary = [
    `## ⛔ deploy-gate: blocked — ${settings ? `the ${settings} file ${codeSpan(error.file)} is invalid` : `${codeSpan(error.file)} could not be read`}`, '',
    `${codeSpan(error.file)}${error.where ? ` (${escapeMarkdown(whereLabel(error.where))})` : ''}: ${escapeMarkdown(error.problem)}`, '',
    settings ? `Nothing is allowed until the ${settings} file is fixed.` : 'An unreadable plan is never allowed: fix the step that writes it and run again.', '',
  ].join('\n');
  await writeText(reportPath, summary);
  let comment: UpsertResult | undefined;
  if (github && inputs.comment) {
    // Replace the last verdict: a stale "allowed" must not stay on the PR while the plan cannot be read.
    const comments: IssueComment[] = await github.api.listIssueComments(github.pr);
    comment = await upsertStickyComment(github.api, github.pr, summary, comments, inputs.commentAuthor);
    warnForeignAuthor(comment, inputs, env);
  }
  return {
    verdict: 'error', fingerprint: '', blocked: true, reportPath, summary, failure,
    annotations: [{ level: 'error', title: 'unreadable-input', message: stripControl(error.message), ...(error.file ? { file: workspacePath(error.file, env.workspace) } : {}) }],
    ...(comment ? { comment } : {}),
  };
}

function approveTail(report: Report): string {
  // A block no approval clears (a failed plan, a rule error): the approve command would not change the verdict.
  if (report.verdict !== 'block' || !report.fingerprint || unapprovableOf(report).length > 0) return '';
  return `\nFingerprint: ${codeSpan(report.fingerprint)}. To approve: \`/deploy-gate approve ${report.fingerprint}\`\n`;
}

function failureMessage(report: Report, warned: number): string {
  if (report.verdict === 'block') {
    const blockers = approvalBlockers(report, new Renderer(report));
    const approve = blockers.length > 0
      ? ` ${[noApprovalSentence(blockers), blockers.map(blockerLine).join('; '), recordedApprovalSentence(report, blockers)].filter(Boolean).join(' ')}`
      : report.fingerprint ? ` If this is intended, a maintainer can approve with: /deploy-gate approve ${report.fingerprint}` : '';
    // The same headline as the comment and the CLI (src/report/summary.ts).
    return `deploy-gate: blocked: ${blockedSummary(report)}.${approve}`;
  }
  return `deploy-gate: ${plural(warned, 'warning')}, and fail-on is warn`;
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}
