// The GitHub Action entry (dist/index.js). The only module that imports @actions/*: it reads the inputs and the
// event, adapts Octokit to GitHubApi, publishes what runAction returns, and calls core.setFailed exactly once.
// No shell is run anywhere, so no PR text can reach a shell.
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import * as github from '@actions/github';
import * as glob from '@actions/glob';
import { pullRequestOf } from './event.js';
import type { GitHubApi, IssueComment, PullCommit, PullRequestRef, PullReview } from './github-api.js';
import { readInputs } from './inputs.js';
import { runAction } from './run.js';
import { actionVersion } from './version.js';

type Octokit = ReturnType<typeof github.getOctokit>;

async function main(): Promise<void> {
  let token = '';
  try {
    token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const inputs = readInputs((name) => core.getInput(name));
    const pr = pullRequestOf(github.context.eventName, github.context.payload, process.env.GITHUB_REPOSITORY ?? '');
    const result = await runAction(inputs, {
      ...(pr ? { pr } : {}),
      ...(inputs.token ? { api: octokitApi(github.getOctokit(inputs.token)) } : {}),
      expandGlob: async (patterns) => (await glob.create(patterns.join('\n'), { matchDirectories: false, implicitDescendants: false })).glob(),
      // The runner starts actions in GITHUB_WORKSPACE: plan paths resolve against it, annotations are relative to it.
      workspace: process.cwd(),
      reportDir: process.env.RUNNER_TEMP ?? tmpdir(),
      version: actionVersion(),
      info: (message) => core.info(oneLine(message)),
      warning: (message) => core.warning(message),
    });

    core.setOutput('verdict', result.verdict);
    core.setOutput('fingerprint', result.fingerprint);
    core.setOutput('blocked', String(result.blocked));
    core.setOutput('report', result.reportPath);
    // core.summary adds text as given; the report escaped every plan- and PR-supplied string already.
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary).write();
    for (const a of result.annotations) (a.level === 'error' ? core.error : core.warning)(a.message, { title: a.title, ...(a.file ? { file: a.file } : {}) });
    // core.info writes raw lines: one line each, so no text can start a workflow command of its own.
    for (const r of result.approvals?.refused ?? []) core.info(oneLine(`deploy-gate: approval by ${r.login} (${r.via}) refused: ${r.reason}`));
    for (const a of result.approvals?.accepted ?? []) core.info(oneLine(`deploy-gate: approval by ${a.approver} accepted`));
    core.info(`deploy-gate: ${result.verdict}${result.fingerprint ? ` (${result.fingerprint})` : ''}`);
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setOutput('verdict', 'error');
    core.setOutput('blocked', 'true');
    // Belt and braces beside setSecret: an error text must never carry the token into a log.
    core.setFailed(`deploy-gate: ${token ? message.split(token).join('***') : message}`);
  }
}

function octokitApi(octokit: Octokit): GitHubApi {
  const repo = (pr: PullRequestRef) => ({ owner: pr.owner, repo: pr.repo });
  const comment = (c: {
    id: number; body?: string | undefined; user: { login: string; type: string } | null; html_url: string; created_at: string; updated_at: string;
    performed_via_github_app?: { slug?: string; name?: string } | null | undefined;
  }): IssueComment => ({
    id: c.id, body: c.body ?? '', user: c.user ? { login: c.user.login, type: c.user.type } : null, html_url: c.html_url, created_at: c.created_at, updated_at: c.updated_at,
    // An app acting for a user posts as that user; only this field tells. Kept so such a claim can be refused.
    ...(c.performed_via_github_app ? { via_app: c.performed_via_github_app.slug ?? c.performed_via_github_app.name ?? '(unnamed app)' } : {}),
  });
  return {
    listIssueComments: async (pr) =>
      (await octokit.paginate(octokit.rest.issues.listComments, { ...repo(pr), issue_number: pr.number, per_page: 100 })).map(comment),
    createIssueComment: async (pr, body) => comment((await octokit.rest.issues.createComment({ ...repo(pr), issue_number: pr.number, body })).data),
    updateIssueComment: async (pr, id, body) => comment((await octokit.rest.issues.updateComment({ ...repo(pr), comment_id: id, body })).data),
    listReviews: async (pr) =>
      (await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo(pr), pull_number: pr.number, per_page: 100 })).map((r): PullReview => ({
        id: r.id, body: r.body ?? null, state: r.state, user: r.user ? { login: r.user.login, type: r.user.type } : null, html_url: r.html_url,
      })),
    listFiles: async (pr) =>
      (await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo(pr), pull_number: pr.number, per_page: 100 })).map((f) => ({
        filename: f.filename, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      })),
    listCommits: async (pr) =>
      (await octokit.paginate(octokit.rest.pulls.listCommits, { ...repo(pr), pull_number: pr.number, per_page: 100 })).map((c): PullCommit => ({
        author: c.author?.login ?? null, committer: c.committer?.login ?? null,
      })),
    listEdits: async (pr) => ({ comments: await edits(octokit, pr, 'comments'), reviews: await edits(octokit, pr, 'reviews') }),
    getPermission: async (pr, username) => {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo(pr), username });
        return { permission: data.permission, ...(data.role_name ? { role_name: data.role_name } : {}) };
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    },
    getTeamMembershipState: async (org, teamSlug, username) => {
      try {
        return (await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username })).data.state;
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    },
  };
}

interface EditPage {
  repository: { pullRequest: { [K in 'comments' | 'reviews']?: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ databaseId: number | null; lastEditedAt: string | null; includesCreatedEdit: boolean } | null>;
  } } | null } | null;
}

/** Every comment's or review's edit state, by database id, through GraphQL (the `Comment` interface), every page. */
async function edits(octokit: Octokit, pr: PullRequestRef, kind: 'comments' | 'reviews'): Promise<Map<number, boolean>> {
  const query = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) {
    ${kind}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { databaseId lastEditedAt includesCreatedEdit } }
  } }
}`;
  const out = new Map<number, boolean>();
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const data: EditPage = await octokit.graphql<EditPage>(query, { owner: pr.owner, repo: pr.repo, number: pr.number, after });
    const connection = data.repository?.pullRequest?.[kind];
    if (!connection) throw new Error(`GraphQL returned no ${kind} for PR #${pr.number}`);
    for (const node of connection.nodes) {
      if (node?.databaseId != null) out.set(node.databaseId, node.lastEditedAt !== null || node.includesCreatedEdit);
    }
    if (!connection.pageInfo.hasNextPage) return out;
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`GraphQL kept paging the ${kind} of PR #${pr.number}`);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

await main();
