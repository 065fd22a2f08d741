/**
 * A fake of the few GitHub REST endpoints asset-forge calls: a real node:http server on
 * 127.0.0.1 that keeps issue comments and pull requests in memory and records every request.
 *
 *   const api = await startFakeGitHubApi({ forbiddenTokens: ['fork-token'] });
 *   process.env.GITHUB_API_URL = api.url;        // or createOctokit(token, { GITHUB_API_URL: api.url })
 *   ... run the code under test ...
 *   expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
 *   await api.close();
 *
 * Endpoints: GET/POST /repos/:o/:r/issues/:n/comments (GET pages with per_page/page and Link
 * headers, as GitHub does), PATCH /repos/:o/:r/issues/comments/:id, GET /repos/:o/:r/pulls
 * (head=owner:branch, state), POST /repos/:o/:r/pulls, GET and PATCH /repos/:o/:r/pulls/:n.
 * GET /pulls/:n answers head.sha, which a test sets with addPullRequest or pull.head.sha
 * (a PR opened through POST /pulls starts with an all-zero sha).
 * A forbidden token may read but gets 403 on every write, like a fork's GITHUB_TOKEN;
 * `denyPullRequestCreation` makes POST /pulls answer GitHub's 403 for a repository that does
 * not allow Actions to create pull requests. Anything else is a 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type AuthKind = 'none' | 'token' | 'bearer' | 'basic' | 'other';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** How the request authenticated; the credential itself is not kept. */
  auth: AuthKind;
}

export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  html_url: string;
}

export interface FakePullRequest {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: { ref: string; label: string; sha: string };
  base: { ref: string };
  html_url: string;
}

export interface FakeGitHubApiOptions {
  /** Tokens that may read but get 403 on writes. */
  forbiddenTokens?: string[];
  /** Answer POST /pulls with "GitHub Actions is not permitted to create or approve pull requests". */
  denyPullRequestCreation?: boolean;
}

export interface FakeGitHubApi {
  /** Base URL for GITHUB_API_URL, without a trailing slash. */
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  pulls: FakePullRequest[];
  forbiddenTokens: Set<string>;
  denyPullRequestCreation: boolean;
  /** Seeds an open pull request (e.g. a fork's, for `mode: comment`) and returns it. */
  addPullRequest(
    owner: string,
    repo: string,
    init: { number?: number; headSha: string; headLabel?: string; base?: string; title?: string },
  ): FakePullRequest;
  /** Seeds a comment (e.g. to fill earlier pages) and returns it. */
  addComment(
    owner: string,
    repo: string,
    issueNumber: number,
    body: string,
    user?: FakeComment['user'],
  ): FakeComment;
  close(): Promise<void>;
}

const BOT_USER = { login: 'github-actions[bot]', type: 'Bot' } as const;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startFakeGitHubApi(
  options: FakeGitHubApiOptions = {},
): Promise<FakeGitHubApi> {
  let nextId = 1000;
  const api: FakeGitHubApi = {
    url: '',
    requests: [],
    comments: [],
    pulls: [],
    forbiddenTokens: new Set(options.forbiddenTokens),
    denyPullRequestCreation: options.denyPullRequestCreation ?? false,
    addPullRequest(owner, repo, init) {
      const number = init.number ?? nextPullNumber();
      const label = init.headLabel ?? `fork-owner:patch-${number}`;
      const pull: FakePullRequest = {
        number,
        owner,
        repo,
        title: init.title ?? `Pull request ${number}`,
        body: null,
        state: 'open',
        head: { ref: label.slice(label.indexOf(':') + 1), label, sha: init.headSha },
        base: { ref: init.base ?? 'main' },
        html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      };
      api.pulls.push(pull);
      return pull;
    },
    addComment(owner, repo, issueNumber, body, user = { login: 'someone', type: 'User' }) {
      const id = nextId++;
      const comment: FakeComment = {
        id,
        owner,
        repo,
        issueNumber,
        body,
        user,
        html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      };
      api.comments.push(comment);
      return comment;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };

  const nextPullNumber = () => Math.max(0, ...api.pulls.map((p) => p.number)) + 1;

  const route = (request: Request): { status: number; data: unknown; link?: string } => {
    const { method, segments, query, body } = request;
    const [repos, owner, repo, resource, ...rest] = segments;
    if (repos !== 'repos' || !owner || !repo) throw new HttpError(404, 'Not Found');
    if (method !== 'GET' && request.forbidden) {
      throw new HttpError(403, 'Resource not accessible by integration');
    }
    const input = (body ?? {}) as Record<string, unknown>;

    if (resource === 'issues' && rest[0] === 'comments' && rest[1] && method === 'PATCH') {
      const comment = api.comments.find((c) => c.id === Number(rest[1]));
      if (!comment) throw new HttpError(404, 'Not Found');
      comment.body = String(input.body);
      return { status: 200, data: comment };
    }
    if (resource === 'issues' && rest[1] === 'comments' && rest.length === 2) {
      const issueNumber = Number(rest[0]);
      if (method === 'POST') {
        return {
          status: 201,
          data: api.addComment(owner, repo, issueNumber, String(input.body), BOT_USER),
        };
      }
      if (method === 'GET') {
        const all = api.comments.filter(
          (c) => c.owner === owner && c.repo === repo && c.issueNumber === issueNumber,
        );
        return paginate(all, request);
      }
    }
    if (resource === 'pulls' && rest.length === 0) {
      if (method === 'GET') {
        const state = query.state ?? 'open';
        const found = api.pulls.filter(
          (p) =>
            p.owner === owner &&
            p.repo === repo &&
            (state === 'all' || p.state === state) &&
            (!query.head || p.head.label === query.head),
        );
        return paginate(found, request);
      }
      if (method === 'POST') {
        if (api.denyPullRequestCreation) {
          throw new HttpError(
            403,
            'GitHub Actions is not permitted to create or approve pull requests.',
          );
        }
        const number = nextPullNumber();
        // `head` is 'branch' or 'owner:branch'.
        const label = String(input.head).includes(':')
          ? String(input.head)
          : `${owner}:${input.head}`;
        const pull: FakePullRequest = {
          number,
          owner,
          repo,
          title: String(input.title),
          body: typeof input.body === 'string' ? input.body : null,
          state: 'open',
          head: { ref: label.slice(label.indexOf(':') + 1), label, sha: '0'.repeat(40) },
          base: { ref: String(input.base) },
          html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
        };
        api.pulls.push(pull);
        return { status: 201, data: pull };
      }
    }
    if (resource === 'pulls' && rest.length === 1 && (method === 'GET' || method === 'PATCH')) {
      const pull = api.pulls.find(
        (p) => p.owner === owner && p.repo === repo && p.number === Number(rest[0]),
      );
      if (!pull) throw new HttpError(404, 'Not Found');
      if (method === 'GET') return { status: 200, data: pull };
      for (const key of ['title', 'body', 'state'] as const) {
        if (typeof input[key] === 'string') Object.assign(pull, { [key]: input[key] });
      }
      return { status: 200, data: pull };
    }
    throw new HttpError(404, 'Not Found');
  };

  const paginate = (items: unknown[], request: Request) => {
    const perPage = Math.min(Number(request.query.per_page ?? 30), 100);
    const page = Math.max(Number(request.query.page ?? 1), 1);
    const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
    const pageUrl = (n: number) => {
      const url = new URL(`${api.url}${request.path}`);
      for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
      url.searchParams.set('per_page', String(perPage));
      url.searchParams.set('page', String(n));
      return url.href;
    };
    const links = [];
    if (page < lastPage)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
    return {
      status: 200,
      data: items.slice((page - 1) * perPage, page * perPage),
      link: links.length > 0 ? links.join(', ') : undefined,
    };
  };

  const server = createServer(async (incoming, response) => {
    try {
      const request = await readRequest(incoming, api.forbiddenTokens);
      api.requests.push({
        method: request.method,
        path: request.path,
        query: request.query,
        body: request.body,
        auth: request.auth,
      });
      const { status, data, link } = route(request);
      send(response, status, data, link ? { link } : {});
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      send(response, status, {
        message: (error as Error).message,
        documentation_url: 'https://docs.github.com/rest',
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}

interface Request {
  method: string;
  path: string;
  segments: string[];
  query: Record<string, string>;
  body: unknown;
  auth: AuthKind;
  forbidden: boolean;
}

async function readRequest(
  incoming: IncomingMessage,
  forbiddenTokens: Set<string>,
): Promise<Request> {
  const url = new URL(incoming.url ?? '/', 'http://localhost');
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const [scheme = '', credential = ''] = (incoming.headers.authorization ?? '').split(/\s+/, 2);
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    segments: url.pathname.split('/').filter(Boolean).map(decodeURIComponent),
    query: Object.fromEntries(url.searchParams),
    body: text ? JSON.parse(text) : undefined,
    auth: authKind(scheme),
    forbidden: forbiddenTokens.has(credential),
  };
}

function authKind(scheme: string): AuthKind {
  const kind = scheme.toLowerCase();
  if (!kind) return 'none';
  return kind === 'token' || kind === 'bearer' || kind === 'basic' ? kind : 'other';
}

function send(
  response: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(data));
}
