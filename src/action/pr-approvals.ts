// Approvals of one exact plan, read from the PR through the GitHub API at run time. Files in the PR never count:
// whoever writes the PR could write them. A comment or review is only a claim; this module decides who may make it.
import type { Approval } from '../../policy/engine/approvals.js';
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import { plural } from '../report/summary.js';
import { MARKER } from './comment.js';
import { isBot, messageOf, type EditRecord, type GitHubApi, type IssueComment, type PullCommit, type PullRequestRef, type PullReview } from './github-api.js';
import type { Approver } from './inputs.js';

const COMMAND = '/deploy-gate approve';
/** The whole (trimmed) line is the command and one argument: quoting it in prose or in a `>` quote does not count. */
const COMMAND_LINE = /^\/deploy-gate approve[ \t]+(\S+)$/;
const WRITE_PERMISSIONS = new Set(['admin', 'write']);
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export interface ApprovalClaim {
  login: string;
  bot: boolean;
  /** The fingerprint the claim names, as written (unvalidated). */
  fingerprint: string;
  via: 'comment' | 'review';
  url: string;
  /** Why the claim cannot count whoever made it (an edited comment, a review that does not approve). */
  defect?: string;
}

export interface Refusal {
  login: string;
  via: 'comment' | 'review';
  url: string;
  reason: string;
  /** The fingerprint the claim named, when it is not the current one. */
  named?: string;
}

export interface ApprovalCheck {
  accepted: Approval[];
  refused: Refusal[];
}

/**
 * The fingerprints a body names with `/deploy-gate approve <fingerprint>` lines that a reader sees as plain text. A
 * command shown as code (inside a fenced or indented code block, as our own comment shows it for copying) is an
 * example, not an approval. A command inside a block quote or a list item, or on a line that lazily continues one
 * (CommonMark: a paragraph line after `> quote` with no blank line between belongs to the quote), is someone being
 * quoted, not the commenter approving. HTML is handled by {@link hiddenMarkup}: a body with any is refused whole.
 */
export function approveCommands(body: string | null): string[] {
  const out: string[] = [];
  // Inside a block quote or list item until a blank line: every line there is quoted or continues the container.
  let contained = false;
  // After a blank line, a list item goes on with any line indented at least to its content (CommonMark: a second
  // paragraph of the item). Any indent after a list item is taken as that: refusing a claim costs a new comment.
  let inList = false;
  let blank = false;
  for (const line of linesOutsideCode(body)) {
    if (line.trim() === '') {
      contained = false;
      blank = true;
      continue;
    }
    if (blank && inList && !/^[ \t]/.test(line)) inList = false;
    blank = false;
    if (/^ {0,3}([-*+](\s|$)|\d{1,9}[.)](\s|$))/.test(line)) inList = true;
    if (/^ {0,3}(>|[-*+](\s|$)|\d{1,9}[.)](\s|$))/.test(line)) contained = true;
    if (contained || inList || /^( {4}|\t)/.test(line)) continue;
    const match = COMMAND_LINE.exec(line.trim());
    if (match?.[1]) out.push(match[1]);
  }
  return out;
}

/**
 * Whether a body has HTML outside code: a tag, a comment (`<!-- -->`), `<details>`, which can hide a command from
 * whoever reads the rendered comment while the API still returns it. Such a body carries no approval: refusing it
 * whole is simpler and safer than modelling what GitHub's sanitizer shows. Code blocks are skipped (they render as text).
 */
export function hiddenMarkup(body: string | null): boolean {
  for (const line of linesOutsideCode(body)) if (/<[A-Za-z!?/]/.test(line)) return true;
  return false;
}

/** The lines of a Markdown body outside fenced code blocks (``` or ~~~, closed by a fence at least as long). */
function* linesOutsideCode(body: string | null): Generator<string> {
  let fence: string | undefined;
  for (const line of (body ?? '').split(/\r\n|\r|\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    yield line;
  }
}

/** What GitHub's GraphQL API said about edits, or why it could not be asked. */
export type Edits = EditRecord | { error: string };

/**
 * Why an APPROVED review's approval line is refused unless the workflow opts in (`review-approvals: true`): the
 * comment path can tell an app posting with a person's token (`performed_via_github_app`), the review path cannot.
 */
export const REVIEW_APPROVALS_OFF =
  'approvals in review bodies are off (`review-approvals: false`): GitHub does not say whether a GitHub App posted a review with the reviewer\'s token, as it does for comments; post the command as a PR comment';

export interface ClaimOptions {
  /** Accept the command in an APPROVED review's body (the `review-approvals` input). */
  reviewApprovals: boolean;
}

export function collectClaims(comments: readonly IssueComment[], reviews: readonly PullReview[], edits: Edits, options: ClaimOptions = { reviewApprovals: false }): ApprovalClaim[] {
  const claims: ApprovalClaim[] = [];
  const edited = (kind: 'comments' | 'reviews', id: number, noun: string): string | undefined => {
    if ('error' in edits) return `GitHub could not say whether the ${noun} was edited (${edits.error}), so it cannot count`;
    const known = edits[kind].get(id);
    if (known === undefined) return `GitHub did not say whether the ${noun} was edited, so it cannot count`;
    // Anyone with write access (an agent's token included) can edit another user's comment or review body, and an
    // edit could put words in a maintainer's mouth: an edited claim never counts, whoever edited it.
    return known ? `the ${noun} was edited after it was posted; post the command in a new comment` : undefined;
  };
  for (const comment of comments) {
    // Our own report quotes the command for reviewers to copy.
    if (comment.body.includes(MARKER) || !comment.body.includes(COMMAND)) continue;
    for (const fingerprint of approveCommands(comment.body)) {
      const defect =
        comment.via_app ? `the comment was posted by the GitHub App ${comment.via_app} on the user's behalf: an app's token is not the person`
        : comment.updated_at !== comment.created_at ? 'the comment was edited after it was posted; post the command in a new comment'
        : hiddenMarkup(comment.body) ? HTML_DEFECT
        : edited('comments', comment.id, 'comment');
      claims.push({
        login: comment.user?.login ?? '(deleted user)', bot: isBot(comment.user), fingerprint, via: 'comment', url: comment.html_url,
        ...(defect ? { defect } : {}),
      });
    }
  }
  for (const review of reviews) {
    if (!review.body?.includes(COMMAND)) continue;
    for (const fingerprint of approveCommands(review.body)) {
      const defect =
        review.state !== 'APPROVED' ? `the review is ${review.state.toLowerCase().replace(/_/g, ' ')}, not an approval`
        : !options.reviewApprovals ? REVIEW_APPROVALS_OFF
        : hiddenMarkup(review.body) ? HTML_DEFECT
        : edited('reviews', review.id, 'review');
      claims.push({
        login: review.user?.login ?? '(deleted user)', bot: isBot(review.user), fingerprint, via: 'review', url: review.html_url,
        ...(defect ? { defect } : {}),
      });
    }
  }
  return claims;
}

const HTML_DEFECT = 'the text has HTML (a comment, <details>, a tag), which can hide the command from readers; approve in plain text';

/**
 * The logins behind the PR's commits (authors and committers), lower case: whoever wrote the change cannot approve
 * it. GitHub lists at most 250 commits of a PR; with that many, the rest are unknown, so the list fails closed.
 */
export type Committers = ReadonlySet<string> | { error: string };

export function committersOf(commits: readonly PullCommit[]): Committers {
  if (commits.length >= MAX_LISTED_COMMITS) return { error: `GitHub lists only ${MAX_LISTED_COMMITS} commits of a PR and this one has that many, so not every committer is known` };
  const out = new Set<string>();
  for (const c of commits) for (const login of [c.author, c.committer]) if (login) out.add(login.toLowerCase());
  return out;
}

const MAX_LISTED_COMMITS = 250;

/**
 * Accepts a claim when it names the current fingerprint, has no defect, and its author (a) has write, maintain or
 * admin permission, (b) did not open the PR, (c) authored or committed none of its commits, (d) is not a bot and (e) is listed in `approvers` (directly or through an active team
 * membership) when that list is set. Everything else is refused with the reason, so the PR shows why.
 */
export async function checkApprovals(
  api: GitHubApi, pr: PullRequestRef, fingerprint: string, claims: readonly ApprovalClaim[], approvers: readonly Approver[],
  committers: Committers,
): Promise<ApprovalCheck> {
  const accepted: Approval[] = [];
  const refused: Refusal[] = [];
  const verdicts = new Map<string, Promise<string | undefined>>();
  for (const claim of claims) {
    const refuse = (reason: string) => refused.push({ login: claim.login, via: claim.via, url: claim.url, reason });
    if (claim.fingerprint !== fingerprint) {
      refused.push({
        login: claim.login, via: claim.via, url: claim.url, named: claim.fingerprint.slice(0, 80),
        reason: 'names another fingerprint than this plan\'s: the destructive changes differ (a newer push, or another plan)',
      });
      continue;
    }
    if (claim.defect) {
      refuse(claim.defect);
      continue;
    }
    if (claim.bot) {
      refuse('is a bot: only people approve data loss');
      continue;
    }
    if (claim.login.toLowerCase() === pr.author.toLowerCase()) {
      refuse('opened this PR: an author cannot approve their own change');
      continue;
    }
    if ('error' in committers) {
      refuse(`the PR's committers could not be checked (${committers.error})`);
      continue;
    }
    if (committers.has(claim.login.toLowerCase())) {
      refuse('authored or committed a commit of this PR: whoever wrote the change cannot approve it');
      continue;
    }
    const key = claim.login.toLowerCase();
    if (!verdicts.has(key)) verdicts.set(key, whyNot(api, pr, claim.login, approvers));
    const reason = await verdicts.get(key);
    if (reason) {
      refuse(reason);
      continue;
    }
    if (accepted.some((a) => a.approver.toLowerCase() === key)) continue;
    // Bound to the repository the claim was read from: the engine clears only this repository's plan with it.
    accepted.push({ fingerprint, repository: `${pr.owner}/${pr.repo}`, approver: claim.login, reason: `approved on PR #${pr.number} by ${claim.via} ${claim.url}` });
  }
  return { accepted, refused };
}

/** Why this user may not approve, or undefined when they may. API failures refuse: a gate fails closed. */
async function whyNot(api: GitHubApi, pr: PullRequestRef, login: string, approvers: readonly Approver[]): Promise<string | undefined> {
  let permission;
  try {
    permission = await api.getPermission(pr, login);
  } catch (error) {
    return `their permission could not be checked (${messageOf(error)})`;
  }
  if (!permission) return 'is not a collaborator of this repository';
  if (!WRITE_PERMISSIONS.has(permission.permission) && !WRITE_ROLES.has(permission.role_name ?? '')) {
    return `has ${permission.role_name ?? permission.permission} permission; approving needs write, maintain or admin`;
  }
  if (approvers.length === 0) return undefined;
  const lower = login.toLowerCase();
  if (approvers.some((a) => a.kind === 'user' && a.login === lower)) return undefined;
  const problems: string[] = [];
  for (const team of approvers) {
    if (team.kind !== 'team') continue;
    try {
      if ((await api.getTeamMembershipState(team.org, team.slug, login)) === 'active') return undefined;
    } catch (error) {
      problems.push(`membership of ${team.org}/${team.slug} could not be checked (${messageOf(error)}; the token needs organization members: read)`);
    }
  }
  return ['is not in approvers nor an active member of a team listed there', ...problems].join('; ');
}

/** A details block for the comment: who approved, who tried and why it did not count. Everything is escaped. */
export function renderApprovals(check: ApprovalCheck): string {
  if (check.accepted.length === 0 && check.refused.length === 0) return '';
  const lines = ['', '<details><summary>Approvals</summary>', ''];
  for (const a of check.accepted) lines.push(`- ✅ accepted: ${escapeMarkdown(a.approver)} (${escapeMarkdown(a.reason)})`);
  const shown = check.refused.slice(0, 50);
  for (const r of shown) {
    const named = r.named === undefined ? '' : ` (${codeSpan(r.named)})`;
    lines.push(`- ❌ refused: ${escapeMarkdown(r.login)} by ${link(r.via, r.url)}${named}: ${escapeMarkdown(r.reason)}`);
  }
  if (check.refused.length > shown.length) lines.push(`- … and ${plural(check.refused.length - shown.length, 'more claim', 'more claims')} refused`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}

// html_url comes from GitHub, but is still checked before it becomes a link target.
function link(text: string, url: string): string {
  return /^https:\/\/[A-Za-z0-9.-]+\/[A-Za-z0-9._~/#?=&%-]*$/.test(url) ? `[${text}](${url})` : `${text} ${escapeMarkdown(url)}`;
}
