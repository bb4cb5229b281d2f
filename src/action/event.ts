// Which PR this run is about, from the event payload main.ts reads (helpers never read the Action context).
import { REPOSITORY_PATTERN } from '../../policy/engine/approvals.js';
import type { PullRequestRef } from './github-api.js';

type Payload = Record<string, unknown>;

/** The PR of a pull_request(-ish) or PR issue_comment event; undefined for push, schedule, workflow_dispatch… */
export function pullRequestOf(eventName: string, payload: Payload, repository: string): PullRequestRef | undefined {
  // GITHUB_REPOSITORY is `owner/name` in GitHub's characters; anything else names no repository the API calls (and
  // the approvals they return, which are bound to it) could be about, so there is no PR and no approval.
  const parts = repository.split('/');
  const [owner, repo] = parts;
  if (parts.length !== 2 || !owner || !repo || !REPOSITORY_PATTERN.test(repository)) return undefined;
  const pull = record(payload.pull_request);
  if (pull && eventName.startsWith('pull_request')) return ref(owner, repo, pull.number, record(pull.user)?.login);
  const issue = record(payload.issue);
  if (eventName === 'issue_comment' && issue && record(issue.pull_request)) return ref(owner, repo, issue.number, record(issue.user)?.login);
  return undefined;
}

function ref(owner: string, repo: string, number: unknown, author: unknown): PullRequestRef | undefined {
  // A PR number is a positive integer and its author a login: anything else is not a PR the Action can ask about.
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1 || typeof author !== 'string' || author === '') return undefined;
  return { owner, repo, number, author };
}

function record(value: unknown): Payload | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload) : undefined;
}
