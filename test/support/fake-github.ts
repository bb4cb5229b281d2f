// A stand-in for the GitHub REST API on 127.0.0.1: the few endpoints the Action calls, with Link-header pagination
// like the real one, and the one GraphQL query it makes (edit state of comments and reviews, cursor-paged like the
// real one). Every request is recorded (method, path, query, headers, body) for assertions.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot' | 'Organization';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
  created_at: string;
  updated_at: string;
  /** REST: the app that posted it on the user's behalf, or null. */
  performed_via_github_app: { slug: string; name: string } | null;
}

export interface FakeReview {
  id: number;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  user: FakeUser;
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The token the API accepts; any other gets 401. */
  token: string;
  /** Who the token acts as when it comments. */
  actor: FakeUser;
  comments: FakeComment[];
  reviews: FakeReview[];
  files: Array<{ filename: string; previous_filename?: string; status?: string }>;
  /** The PR's commits: the GitHub accounts of author and committer (null: an e-mail no account claims). */
  commits: Array<{ author: string | null; committer: string | null }>;
  /** GraphQL `lastEditedAt` by comment or review database id; absent is never edited. */
  edits: Record<number, string>;
  /** login → the permission endpoint's answer; a login not here is no collaborator (404). */
  permissions: Record<string, { permission: string; role_name: string }>;
  /** `org/slug/login` → membership state; absent is 404. */
  teams: Record<string, 'active' | 'pending'>;
  /** Status codes to answer instead, keyed by `METHOD path` (e.g. `PATCH /repos/o/r/issues/comments/1`). */
  failures: Record<string, number>;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  /**
   * Adds a comment as `user`; `edited` makes updated_at differ from created_at and sets GraphQL lastEditedAt;
   * `editedWithinSecond` sets only lastEditedAt (an edit in the same second, which REST timestamps cannot show).
   */
  addComment(user: FakeUser, body: string, options?: { edited?: boolean; editedWithinSecond?: boolean; viaApp?: string }): FakeComment;
  /** `edited`: GraphQL lastEditedAt is set (REST reviews carry no timestamp that would show it). */
  addReview(user: FakeUser, state: FakeReview['state'], body: string, options?: { edited?: boolean }): FakeReview;
  /**
   * Another repository on the same API (same token and actor), with its own PR, comments, reviews, commits and
   * collaborators: what an approval given there looks like from here. Requests are routed by owner/name.
   */
  addRepository(initial: Pick<FakeGitHubState, 'owner' | 'repo'> & Partial<FakeGitHubState>): FakeRepository;
  /** Requests that change something (not GETs, nor the read-only GraphQL query): what the Action changed. */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

/** A further repository of the fake (FakeGitHub.addRepository). */
export interface FakeRepository {
  state: FakeGitHubState;
  addComment: FakeGitHub['addComment'];
  addReview: FakeGitHub['addReview'];
}

export async function startFakeGitHub(initial: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    owner: 'acme', repo: 'infra', pullNumber: 7, token: 'ghs_faketoken0123456789',
    actor: { login: 'github-actions[bot]', type: 'Bot' },
    comments: [], reviews: [], files: [], commits: [], edits: {}, permissions: {}, teams: {}, failures: {},
    ...initial,
  };
  const requests: RecordedRequest[] = [];
  // Every repository the fake serves, the first one's state being `state`; looked up by owner/name, as GitHub does.
  const repositories: FakeGitHubState[] = [state];
  const repositoryOf = (owner: string, repo: string) => repositories.find((r) => r.owner.toLowerCase() === owner.toLowerCase() && r.repo.toLowerCase() === repo.toLowerCase());
  let nextId = 1000;
  let clock = Date.parse('2026-11-25T10:00:00Z');
  const tick = () => new Date((clock += 1000)).toISOString();

  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body });
      try {
        handle(req.method ?? '', url, body, res);
      } catch (error) {
        send(res, 500, { message: String(error) });
      }
    });
  });

  function handle(method: string, url: URL, body: string, res: ServerResponse) {
    if (unauthorized(res)) return;
    const failure = state.failures[`${method} ${url.pathname}`];
    if (failure) return send(res, failure, { message: `fake failure ${failure}` });
    const path = url.pathname;
    if (path === '/graphql' && method === 'POST') return graphql(body, res);
    const named = /^\/repos\/([^/]+)\/([^/]+)\//.exec(path);
    const current = named ? repositoryOf(decodeURIComponent(named[1] ?? ''), decodeURIComponent(named[2] ?? '')) : state;
    if (!current) return send(res, 404, { message: 'Not Found' });
    repoRequest(current, method, url, body, res);
  }

  function repoRequest(state: FakeGitHubState, method: string, url: URL, body: string, res: ServerResponse) {
    const repoBase = `/repos/${state.owner}/${state.repo}`;
    const path = url.pathname;
    let m: RegExpExecArray | null;

    if ((m = new RegExp(`^${repoBase}/issues/(\\d+)/comments$`).exec(path))) {
      if (Number(m[1]) !== state.pullNumber) return send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return page(url, res, state.comments);
      if (method === 'POST') {
        const text = (JSON.parse(body) as { body: string }).body;
        const comment = makeComment(state, state.actor, text);
        state.comments.push(comment);
        return send(res, 201, comment);
      }
    }
    if ((m = new RegExp(`^${repoBase}/issues/comments/(\\d+)$`).exec(path)) && method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      // The fake's token may edit only what its actor wrote (enough to catch taking over a human's comment).
      if (comment.user.login !== state.actor.login) return send(res, 403, { message: 'Resource not accessible by integration' });
      comment.body = (JSON.parse(body) as { body: string }).body;
      comment.updated_at = tick();
      return send(res, 200, comment);
    }
    if ((m = new RegExp(`^${repoBase}/pulls/(\\d+)/(reviews|files|commits)$`).exec(path)) && method === 'GET') {
      if (Number(m[1]) !== state.pullNumber) return send(res, 404, { message: 'Not Found' });
      if (m[2] === 'commits') return page(url, res, state.commits.slice(0, 250).map((c, i) => restCommit(c, i)));
      return page(url, res, m[2] === 'reviews' ? state.reviews : state.files);
    }
    if ((m = new RegExp(`^${repoBase}/collaborators/([^/]+)/permission$`).exec(path)) && method === 'GET') {
      const login = decodeURIComponent(m[1] ?? '');
      const entry = Object.entries(state.permissions).find(([k]) => k.toLowerCase() === login.toLowerCase());
      if (!entry) return send(res, 404, { message: `${login} is not a user` });
      return send(res, 200, { ...entry[1], user: { login: entry[0], type: 'User' } });
    }
    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path)) && method === 'GET') {
      const key = [m[1], m[2], m[3]].map((s) => decodeURIComponent(s ?? '').toLowerCase()).join('/');
      const found = Object.entries(state.teams).find(([k]) => k.toLowerCase() === key);
      if (!found) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { state: found[1], role: 'member' });
    }
    send(res, 404, { message: `Not Found (fake has no ${method} ${path})` });
  }

  /**
   * The Action's one query: `repository(owner, name) { pullRequest(number) { comments|reviews(first, after) { pageInfo
   * nodes { databaseId lastEditedAt includesCreatedEdit } } } }`. Anything else is a GraphQL error, as GitHub answers.
   */
  function graphql(body: string, res: ServerResponse) {
    const { query, variables } = JSON.parse(body) as { query: string; variables: { owner: string; repo: string; number: number; after: string | null } };
    const kind = /pullRequest\(number: \$number\) \{\s*(comments|reviews)\(first: 100, after: \$after\)/.exec(query)?.[1];
    if (!kind || !/nodes \{ databaseId lastEditedAt includesCreatedEdit \}/.test(query) || !/pageInfo \{ hasNextPage endCursor \}/.test(query)) {
      return send(res, 200, { errors: [{ message: 'the fake serves only the edit-state query' }] });
    }
    const state = repositoryOf(variables.owner, variables.repo);
    if (!state) {
      return send(res, 200, { data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a Repository with the name '${variables.owner}/${variables.repo}'.` }] });
    }
    if (variables.number !== state.pullNumber) {
      return send(res, 200, { data: { repository: { pullRequest: null } }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest.' }] });
    }
    const items = kind === 'comments' ? state.comments : state.reviews;
    const start = variables.after ? Number(Buffer.from(variables.after, 'base64').toString()) : 0;
    const nodes = items.slice(start, start + 100).map((i) => ({ databaseId: i.id, lastEditedAt: state.edits[i.id] ?? null, includesCreatedEdit: state.edits[i.id] !== undefined }));
    const end = start + nodes.length;
    send(res, 200, { data: { repository: { pullRequest: { [kind]: {
      pageInfo: { hasNextPage: end < items.length, endCursor: nodes.length ? Buffer.from(String(end)).toString('base64') : null }, nodes,
    } } } } });
  }

  function restCommit(c: FakeGitHubState['commits'][number], i: number) {
    const account = (login: string | null) => (login ? { login, type: 'User' } : null);
    return { sha: String(i).padStart(40, '0'), author: account(c.author), committer: account(c.committer), commit: { message: `commit ${i}` } };
  }

  function unauthorized(res: ServerResponse): boolean {
    const last = requests[requests.length - 1];
    if (last?.headers.authorization !== `token ${state.token}`) {
      send(res, 401, { message: 'Bad credentials' });
      return true;
    }
    return false;
  }

  function page(url: URL, res: ServerResponse, items: readonly unknown[]) {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const current = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(n));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links = [
      ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
      ...(current > 1 ? [link(1, 'first'), link(current - 1, 'prev')] : []),
    ];
    send(res, 200, items.slice((current - 1) * perPage, current * perPage), links.length ? { link: links.join(', ') } : {});
  }

  function makeComment(state: FakeGitHubState, user: FakeUser, body: string): FakeComment {
    const id = nextId++;
    const at = tick();
    return { id, body, user, html_url: `https://github.com/${state.owner}/${state.repo}/pull/${state.pullNumber}#issuecomment-${id}`, created_at: at, updated_at: at, performed_via_github_app: null };
  }

  /** Adds comments and reviews to one repository's PR. */
  function adder(state: FakeGitHubState): Pick<FakeGitHub, 'addComment' | 'addReview'> {
    return {
      addComment(user, body, options = {}) {
        const comment = makeComment(state, user, body);
        if (options.edited) comment.updated_at = state.edits[comment.id] = tick();
        if (options.editedWithinSecond) state.edits[comment.id] = comment.created_at;
        if (options.viaApp) comment.performed_via_github_app = { slug: options.viaApp, name: options.viaApp };
        state.comments.push(comment);
        return comment;
      },
      addReview(user, reviewState, body, options = {}) {
        const id = nextId++;
        const review: FakeReview = { id, body, state: reviewState, user, html_url: `https://github.com/${state.owner}/${state.repo}/pull/${state.pullNumber}#pullrequestreview-${id}` };
        if (options.edited) state.edits[id] = tick();
        state.reviews.push(review);
        return review;
      },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    addComment: adder(state).addComment,
    addReview: adder(state).addReview,
    addRepository(initial) {
      const added: FakeGitHubState = {
        pullNumber: 7, comments: [], reviews: [], files: [], commits: [], edits: {}, permissions: {}, teams: {}, failures: {},
        ...initial, token: state.token, actor: state.actor,
      };
      repositories.push(added);
      return { state: added, ...adder(added) };
    },
    writes: () => requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
