// Approvals of one exact plan, read from the PR through the GitHub API at run time. Files in the PR never count:
// whoever writes the PR could write them. A comment or review is only a claim; this module decides who may make it.
import type { Approval } from '../../policy/engine/approvals.js';
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import { MARKER } from './comment.js';
import { isBot, messageOf, type GitHubApi, type IssueComment, type PullRequestRef, type PullReview } from './github-api.js';
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
 * The fingerprints a body names with `/deploy-gate approve <fingerprint>` lines. A command shown as code (inside a
 * fenced or indented code block, as our own comment shows it for copying) is an example, not an approval.
 */
export function approveCommands(body: string | null): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of (body ?? '').split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    if (/^( {4}|\t)/.test(line)) continue;
    const match = COMMAND_LINE.exec(line.trim());
    if (match?.[1]) out.push(match[1]);
  }
  return out;
}

export function collectClaims(comments: readonly IssueComment[], reviews: readonly PullReview[]): ApprovalClaim[] {
  const claims: ApprovalClaim[] = [];
  for (const comment of comments) {
    // Our own report quotes the command for reviewers to copy.
    if (comment.body.includes(MARKER) || !comment.body.includes(COMMAND)) continue;
    for (const fingerprint of approveCommands(comment.body)) {
      claims.push({
        login: comment.user?.login ?? '(deleted user)', bot: isBot(comment.user), fingerprint, via: 'comment', url: comment.html_url,
        // Anyone with write access to issues (an agent's token included) can edit another user's comment, and the
        // REST API does not say who edited it. An edited comment could put words in a maintainer's mouth.
        ...(comment.updated_at !== comment.created_at ? { defect: 'the comment was edited after it was posted; post the command in a new comment' } : {}),
      });
    }
  }
  for (const review of reviews) {
    for (const fingerprint of approveCommands(review.body)) {
      claims.push({
        login: review.user?.login ?? '(deleted user)', bot: isBot(review.user), fingerprint, via: 'review', url: review.html_url,
        ...(review.state !== 'APPROVED' ? { defect: `the review is ${review.state.toLowerCase().replace(/_/g, ' ')}, not an approval` } : {}),
      });
    }
  }
  return claims;
}

/**
 * Accepts a claim when it names the current fingerprint and its author (a) has write, maintain or admin permission,
 * (b) did not open the PR, (c) is not a bot and (d) is listed in `approvers` (directly or through an active team
 * membership) when that list is set. Everything else is refused with the reason, so the PR shows why.
 */
export async function checkApprovals(
  api: GitHubApi, pr: PullRequestRef, fingerprint: string, claims: readonly ApprovalClaim[], approvers: readonly Approver[],
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
    const key = claim.login.toLowerCase();
    if (!verdicts.has(key)) verdicts.set(key, whyNot(api, pr, claim.login, approvers));
    const reason = await verdicts.get(key);
    if (reason) {
      refuse(reason);
      continue;
    }
    if (accepted.some((a) => a.approver.toLowerCase() === key)) continue;
    accepted.push({ fingerprint, approver: claim.login, reason: `approved on PR #${pr.number} by ${claim.via} ${claim.url}` });
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
  if (check.refused.length > shown.length) lines.push(`- … and ${check.refused.length - shown.length} more refused`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}

// html_url comes from GitHub, but is still checked before it becomes a link target.
function link(text: string, url: string): string {
  return /^https:\/\/[A-Za-z0-9.-]+\/[A-Za-z0-9._~/#?=&%-]*$/.test(url) ? `[${text}](${url})` : `${text} ${escapeMarkdown(url)}`;
}
