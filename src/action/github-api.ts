// The few GitHub REST calls the Action makes, as an interface: main.ts implements it with Octokit, unit tests
// with plain objects. Every list method returns ALL pages (a sticky comment found on page one only is a bug
// pulumi/actions had).

export interface GitHubUser {
  login: string;
  /** 'User', 'Bot' or 'Organization'. */
  type: string;
}

export interface IssueComment {
  id: number;
  body: string;
  user: GitHubUser | null;
  html_url: string;
  created_at: string;
  updated_at: string;
  /** The GitHub App that posted the comment on the user's behalf (REST `performed_via_github_app`), if any. */
  via_app?: string;
}

export interface PullReview {
  id: number;
  body: string | null;
  state: string;
  user: GitHubUser | null;
  html_url: string;
}

/** Whether GitHub says a comment's or review's text was ever edited, by database id (GraphQL `Comment`). */
export interface EditRecord {
  comments: Map<number, boolean>;
  reviews: Map<number, boolean>;
}

/** The GitHub accounts behind a PR's commits (author and committer of each); null when a commit names no account. */
export interface PullCommit {
  author: string | null;
  committer: string | null;
}

export interface PullFile {
  filename: string;
  previous_filename?: string;
}

/** `GET /repos/{o}/{r}/collaborators/{u}/permission`; null when the user is no collaborator (404). */
export interface Permission {
  permission: string;
  role_name?: string;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** Login of the PR author: never an approver of their own PR. */
  author: string;
}

export interface GitHubApi {
  listIssueComments(pr: PullRequestRef): Promise<IssueComment[]>;
  createIssueComment(pr: PullRequestRef, body: string): Promise<IssueComment>;
  updateIssueComment(pr: PullRequestRef, commentId: number, body: string): Promise<IssueComment>;
  listReviews(pr: PullRequestRef): Promise<PullReview[]>;
  listFiles(pr: PullRequestRef): Promise<PullFile[]>;
  /** `GET /repos/{o}/{r}/pulls/{n}/commits`, every page (GitHub lists at most 250). */
  listCommits(pr: PullRequestRef): Promise<PullCommit[]>;
  /**
   * GraphQL: `lastEditedAt` and `includesCreatedEdit` of every comment and review of the PR, every page. Edited means
   * either is set. REST cannot say this: reviews have no `updated_at`, and comments' is to the second.
   */
  listEdits(pr: PullRequestRef): Promise<EditRecord>;
  getPermission(pr: PullRequestRef, username: string): Promise<Permission | null>;
  /** `GET /orgs/{org}/teams/{slug}/memberships/{u}` → state ('active' | 'pending'); null when not a member (404). */
  getTeamMembershipState(org: string, slug: string, username: string): Promise<string | null>;
}

export function isBot(user: GitHubUser | null): boolean {
  return !user || user.type === 'Bot' || user.login.toLowerCase().endsWith('[bot]');
}

/** The message of anything thrown (GitHub API errors, I/O errors). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
