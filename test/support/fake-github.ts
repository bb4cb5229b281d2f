// A stand-in for the GitHub REST API on 127.0.0.1: the few endpoints the Action calls, with Link-header pagination
// like the real one. Every request is recorded (method, path, query, headers, body) for assertions.
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
  /** Adds a comment as `user`; `edited` makes updated_at differ from created_at. */
  addComment(user: FakeUser, body: string, options?: { edited?: boolean }): FakeComment;
  addReview(user: FakeUser, state: FakeReview['state'], body: string): FakeReview;
  /** Requests that are not GETs: what the Action changed. */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeGitHub(initial: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    owner: 'acme', repo: 'infra', pullNumber: 7, token: 'ghs_faketoken0123456789',
    actor: { login: 'github-actions[bot]', type: 'Bot' },
    comments: [], reviews: [], files: [], permissions: {}, teams: {}, failures: {},
    ...initial,
  };
  const requests: RecordedRequest[] = [];
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
    const repoBase = `/repos/${state.owner}/${state.repo}`;
    const path = url.pathname;
    let m: RegExpExecArray | null;

    if ((m = new RegExp(`^${repoBase}/issues/(\\d+)/comments$`).exec(path))) {
      if (Number(m[1]) !== state.pullNumber) return send(res, 404, { message: 'Not Found' });
      if (method === 'GET') return page(url, res, state.comments);
      if (method === 'POST') {
        const text = (JSON.parse(body) as { body: string }).body;
        const comment = makeComment(state.actor, text);
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
    if ((m = new RegExp(`^${repoBase}/pulls/(\\d+)/(reviews|files)$`).exec(path)) && method === 'GET') {
      if (Number(m[1]) !== state.pullNumber) return send(res, 404, { message: 'Not Found' });
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

  function makeComment(user: FakeUser, body: string): FakeComment {
    const id = nextId++;
    const at = tick();
    return { id, body, user, html_url: `https://github.com/${state.owner}/${state.repo}/pull/${state.pullNumber}#issuecomment-${id}`, created_at: at, updated_at: at };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    addComment(user, body, options = {}) {
      const comment = makeComment(user, body);
      if (options.edited) comment.updated_at = tick();
      state.comments.push(comment);
      return comment;
    },
    addReview(user, reviewState, body) {
      const id = nextId++;
      const review: FakeReview = { id, body, state: reviewState, user, html_url: `https://github.com/${state.owner}/${state.repo}/pull/${state.pullNumber}#pullrequestreview-${id}` };
      state.reviews.push(review);
      return review;
    },
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
