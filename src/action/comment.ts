// The sticky PR comment: exactly one per PR, found by a hidden marker on ANY page of comments, updated in place.
import { messageOf, type GitHubApi, type IssueComment, type PullRequestRef } from './github-api.js';

export const MARKER = '<!-- deploy-gate:report -->';

/** GitHub refuses comment bodies over 65,536 characters; stay clear of it. */
export const MAX_COMMENT_CHARS = 60_000;
/** A job summary over 1 MiB is not shown. */
export const MAX_SUMMARY_CHARS = 1_000_000;

/**
 * Our comment, if one exists: only one written by the Action's own identity (`author`, the `comment-author` input)
 * counts. Anyone can write the marker, and being a bot proves nothing: another GitHub App on the repository (an
 * agent's) could plant a marker comment saying "allowed", which the Action could not edit, so its verdict would
 * never replace the plant. A human's comment must never be taken over either. If several of ours exist (a past run
 * raced another), the oldest wins and is kept current.
 */
export function findStickyComment(comments: readonly IssueComment[], author: string): IssueComment | undefined {
  const login = author.toLowerCase();
  return comments
    .filter((c) => c.user?.type === 'Bot' && c.user.login.toLowerCase() === login && c.body.startsWith(MARKER))
    .sort((a, b) => a.id - b.id)[0];
}

export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
  /** Who GitHub says wrote it: when that is not `comment-author`, the next run will not find it. */
  author: string | undefined;
}

/**
 * Creates the comment, or updates the one we wrote before. A failed update throws: posting a second comment
 * instead would leave the stale verdict on the PR beside the new one (pulumi/actions' `catch {}` did that).
 */
export async function upsertStickyComment(
  api: GitHubApi, pr: PullRequestRef, body: string, comments: readonly IssueComment[], author: string,
): Promise<UpsertResult> {
  const existing = findStickyComment(comments, author);
  const full = withMarker(body);
  if (existing) {
    const updated = await api.updateIssueComment(pr, existing.id, full).catch((error: unknown) => {
      throw new Error(`could not update the deploy-gate comment ${existing.html_url} (by ${existing.user?.login ?? 'unknown'}): ${messageOf(error)}. No new comment was posted, so the PR would not show two verdicts; delete that comment if it is not the gate's own`);
    });
    return { action: 'updated', id: updated.id, url: updated.html_url, author: updated.user?.login };
  }
  const created = await api.createIssueComment(pr, full).catch((error: unknown) => {
    throw new Error(`could not comment on PR #${pr.number}: ${messageOf(error)} (the token needs pull-requests: write; a fork PR's token is read-only, set comment: false there)`);
  });
  return { action: 'created', id: created.id, url: created.html_url, author: created.user?.login };
}

export function withMarker(body: string): string {
  return `${MARKER}\n${body}`;
}

/**
 * Cuts a report that would not fit in a comment at a line boundary, closes what the cut left open, and repeats
 * the approve command at the end so a reviewer can still approve from the comment.
 */
export function fitComment(body: string, tail: string, limit = MAX_COMMENT_CHARS, where = 'a comment'): string {
  if (body.length <= limit) return body;
  const note = `\n\n_The report is too long for ${where} and was cut here; the file at the \`report\` output holds all of it._\n`;
  const room = Math.max(0, limit - tail.length - note.length - 200);
  let cut = body.slice(0, room);
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const fences = cut.split('\n').filter((l) => l.startsWith('```')).length;
  if (fences % 2 === 1) cut += '\n```';
  const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < opened; i++) cut += '\n\n</details>';
  return cut + note + tail;
}
