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
 * Endpoints: FAKE_ROUTES below, each beside the GitHub docs page whose answers it models.
 * Lists page with per_page/page and Link headers, as GitHub does. GET /pulls/:n answers
 * head.sha, which a test sets with addPullRequest or pull.head.sha (a PR opened through
 * POST /pulls starts with an all-zero sha). POST /pulls answers 422 "A pull request already
 * exists" for a head and base that have an open one, as GitHub does.
 * A forbidden token may read but gets 403 on every write, like a fork's GITHUB_TOKEN;
 * `denyPullRequestCreation` makes POST /pulls answer GitHub's 403 for a repository that does
 * not allow Actions to create pull requests. `failNext` queues faults (rate limits with
 * their headers, 5xx) for the next matching requests; `onAnswered` hears every answer. Anything
 * else is a 404.
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
  /** The FAKE_ROUTES template it matched, if any. */
  route?: FakeRoute;
  /** What the fake answered. */
  status?: number;
  response?: unknown;
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
  draft: boolean;
  head: { ref: string; label: string; sha: string };
  base: { ref: string };
  html_url: string;
  labels: { name: string }[];
  requested_reviewers: { login: string }[];
  requested_teams: { slug: string }[];
}

/**
 * Every route the fake answers, as the OpenAPI description names it (method and path
 * template), with the docs page of the answers it models. test/github/rest-routes.test.ts
 * checks these against @octokit/openapi and against the routes src/ calls.
 */
export const FAKE_ROUTES = {
  'GET /repos/{owner}/{repo}': 'https://docs.github.com/en/rest/repos/repos#get-a-repository',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
    'https://docs.github.com/en/rest/issues/comments#list-issue-comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments':
    'https://docs.github.com/en/rest/issues/comments#create-an-issue-comment',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}':
    'https://docs.github.com/en/rest/issues/comments#update-an-issue-comment',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels':
    'https://docs.github.com/en/rest/issues/labels#add-labels-to-an-issue',
  'GET /repos/{owner}/{repo}/pulls':
    'https://docs.github.com/en/rest/pulls/pulls#list-pull-requests',
  'POST /repos/{owner}/{repo}/pulls':
    'https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}':
    'https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}':
    'https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers':
    'https://docs.github.com/en/rest/reference/pulls#request-reviewers-for-a-pull-request',
} as const;

export type FakeRoute = keyof typeof FAKE_ROUTES;

/** A queued failure: the status, headers and message GitHub sends for it. */
export interface Fault {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/**
 * The failures GitHub documents, as it sends them.
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-primary-rate-limit
 * https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#rate-limit-errors
 */
export const FAULTS = {
  /** Primary limit: 403 (or 429) with x-ratelimit-remaining: 0 and the reset time. */
  primaryRateLimit: (resetInSeconds = 1): Fault => ({
    status: 403,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
    },
  }),
  /** Secondary limit: 403 or 429 with retry-after. */
  secondaryRateLimit: (retryAfter = 1, status = 403): Fault => ({
    status,
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
    headers: { 'retry-after': String(retryAfter) },
  }),
  /** The older wording of a secondary limit, still sent by GitHub Enterprise Server. */
  abuseDetection: (retryAfter = 1): Fault => ({
    status: 403,
    message:
      'You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.',
    headers: { 'retry-after': String(retryAfter) },
  }),
  /** A bare 429 with retry-after. */
  tooManyRequests: (retryAfter = 1): Fault => ({
    status: 429,
    message: 'Too Many Requests',
    headers: { 'retry-after': String(retryAfter) },
  }),
  badGateway: (): Fault => ({ status: 502, message: 'Server Error' }),
  unavailable: (): Fault => ({ status: 503, message: 'Service Unavailable' }),
} as const;

export interface FakeRepository {
  default_branch: string;
  /** As GET /repos answers it to a token that can see them; absent for GITHUB_TOKEN. */
  permissions?: {
    admin: boolean;
    maintain: boolean;
    push: boolean;
    triage: boolean;
    pull: boolean;
  };
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
  /** What GET /repos/{owner}/{repo} answers. */
  repository: FakeRepository;
  /** Users who may be asked for a review (collaborators); others get GitHub's 422. */
  collaborators: Set<string>;
  /**
   * Answers the next `faults.length` requests matching `route` (all routes when omitted)
   * with these faults, one each, before answering normally again.
   */
  failNext(faults: Fault[], route?: FakeRoute): void;
  /**
   * Called after each answer: a test makes something happen between two requests of the code
   * under test (another run opening a pull request meanwhile).
   */
  onAnswered?: (request: RecordedRequest) => void;
  /** Seeds an open pull request (e.g. a fork's, for `mode: comment`) and returns it. */
  addPullRequest(
    owner: string,
    repo: string,
    init: {
      number?: number;
      headSha: string;
      headLabel?: string;
      base?: string;
      title?: string;
      body?: string | null;
      draft?: boolean;
    },
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
    readonly errors?: unknown[],
    readonly headers: Record<string, string> = {},
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
    repository: { default_branch: 'main' },
    collaborators: new Set(['octocat']),
    failNext(faults, route) {
      queued.push(...faults.map((fault) => ({ fault, route })));
    },
    addPullRequest(owner, repo, init) {
      const number = init.number ?? nextPullNumber();
      const label = init.headLabel ?? `fork-owner:patch-${number}`;
      const pull: FakePullRequest = {
        number,
        owner,
        repo,
        title: init.title ?? `Pull request ${number}`,
        body: init.body ?? null,
        state: 'open',
        draft: init.draft ?? false,
        head: { ref: label.slice(label.indexOf(':') + 1), label, sha: init.headSha },
        base: { ref: init.base ?? 'main' },
        html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
        labels: [],
        requested_reviewers: [],
        requested_teams: [],
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
  const queued: { fault: Fault; route: FakeRoute | undefined }[] = [];
  const takeFault = (route: FakeRoute | undefined): Fault | undefined => {
    const index = queued.findIndex((entry) => !entry.route || entry.route === route);
    return index < 0 ? undefined : queued.splice(index, 1)[0]!.fault;
  };

  const findPull = (owner: string, repo: string, number: string | undefined) => {
    const pull = api.pulls.find(
      (p) => p.owner === owner && p.repo === repo && p.number === Number(number),
    );
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  };

  const route = (
    request: Request,
    template: FakeRoute,
  ): { status: number; data: unknown; link?: string } => {
    const { segments, query, body } = request;
    const [, owner = '', repo = '', , first, second] = segments;
    if (request.method !== 'GET' && request.forbidden) {
      // https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#resource-not-accessible
      throw new HttpError(403, 'Resource not accessible by integration');
    }
    const input = (body ?? {}) as Record<string, unknown>;
    switch (template) {
      case 'GET /repos/{owner}/{repo}':
        return {
          status: 200,
          data: {
            id: 1,
            name: repo,
            full_name: `${owner}/${repo}`,
            private: false,
            html_url: `https://github.com/${owner}/${repo}`,
            ...api.repository,
          },
        };
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = api.comments.find((c) => c.id === Number(second));
        if (!comment) throw new HttpError(404, 'Not Found');
        comment.body = String(input.body);
        return { status: 200, data: apiView(comment) };
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return {
          status: 201,
          data: apiView(api.addComment(owner, repo, Number(first), String(input.body), BOT_USER)),
        };
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return paginate(
          api.comments
            .filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === Number(first))
            .map(apiView),
          request,
        );
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const pull = findPull(owner, repo, first);
        for (const name of (input.labels as string[] | undefined) ?? []) {
          if (!pull.labels.some((label) => label.name === name)) pull.labels.push({ name });
        }
        return { status: 200, data: pull.labels.map((label, id) => ({ id, ...label })) };
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        const state = query.state ?? 'open';
        const found = api.pulls.filter(
          (p) =>
            p.owner === owner &&
            p.repo === repo &&
            (state === 'all' || p.state === state) &&
            (!query.head || p.head.label === query.head) &&
            (!query.base || p.base.ref === query.base),
        );
        return paginate(found.map(apiView), request);
      }
      case 'POST /repos/{owner}/{repo}/pulls':
        return { status: 201, data: apiView(createPull(owner, repo, input)) };
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}':
        return { status: 200, data: apiView(findPull(owner, repo, first)) };
      case 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = findPull(owner, repo, first);
        for (const key of ['title', 'body', 'state'] as const) {
          if (typeof input[key] === 'string') Object.assign(pull, { [key]: input[key] });
        }
        return { status: 200, data: apiView(pull) };
      }
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': {
        const pull = findPull(owner, repo, first);
        const reviewers = (input.reviewers as string[] | undefined) ?? [];
        const strangers = reviewers.filter((login) => !api.collaborators.has(login));
        if (strangers.length > 0) {
          throw new HttpError(
            422,
            'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.',
          );
        }
        for (const login of reviewers) pull.requested_reviewers.push({ login });
        for (const slug of (input.team_reviewers as string[] | undefined) ?? []) {
          pull.requested_teams.push({ slug });
        }
        return { status: 201, data: apiView(pull) };
      }
    }
  };

  const createPull = (owner: string, repo: string, input: Record<string, unknown>) => {
    if (api.denyPullRequestCreation) {
      throw new HttpError(
        403,
        'GitHub Actions is not permitted to create or approve pull requests.',
      );
    }
    // `head` is 'branch' or 'owner:branch'.
    const label = String(input.head).includes(':') ? String(input.head) : `${owner}:${input.head}`;
    const base = String(input.base);
    if (
      api.pulls.some((p) => p.state === 'open' && p.head.label === label && p.base.ref === base)
    ) {
      // GitHub's answer, as peter-evans/create-pull-request and others meet it.
      throw new HttpError(422, 'Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${label}.`,
        },
      ]);
    }
    return api.addPullRequest(owner, repo, {
      headSha: '0'.repeat(40),
      headLabel: label,
      base,
      title: String(input.title),
      body: typeof input.body === 'string' ? input.body : null,
      draft: input.draft === true,
    });
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
      const recorded: RecordedRequest = {
        method: request.method,
        path: request.path,
        query: request.query,
        body: request.body,
        auth: request.auth,
      };
      api.requests.push(recorded);
      const template = routeOf(request.method, request.segments);
      if (template) recorded.route = template;
      const answer = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        Object.assign(recorded, { status, response: data });
        send(response, status, data, headers);
        api.onAnswered?.(recorded);
      };
      try {
        const fault = takeFault(template);
        if (fault) throw new HttpError(fault.status, fault.message, undefined, fault.headers);
        if (!template) throw new HttpError(404, 'Not Found');
        const { status, data, link } = route(request, template);
        answer(status, data, link ? { link } : {});
      } catch (error) {
        const known = error instanceof HttpError ? error : undefined;
        // GitHub's error body: https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
        answer(
          known?.status ?? 500,
          {
            message: (error as Error).message,
            ...(known?.errors ? { errors: known.errors } : {}),
            documentation_url: 'https://docs.github.com/rest',
            status: String(known?.status ?? 500),
          },
          known?.headers,
        );
      }
    } catch {
      // A body that is not JSON, as GitHub answers it.
      send(response, 400, {
        message: 'Problems parsing JSON',
        documentation_url: 'https://docs.github.com/rest',
        status: '400',
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}

/**
 * Another run opens its pull request right after the code under test first looks for an open
 * one (GET /pulls): the create that follows meets GitHub's 422. `opened.pull` is that one.
 */
export function openedMeanwhile(
  api: FakeGitHubApi,
  owner: string,
  repo: string,
  init: Parameters<FakeGitHubApi['addPullRequest']>[2],
): { pull?: FakePullRequest } {
  const opened: { pull?: FakePullRequest } = {};
  api.onAnswered = (request) => {
    if (request.route !== 'GET /repos/{owner}/{repo}/pulls' || opened.pull) return;
    opened.pull = api.addPullRequest(owner, repo, init);
  };
  return opened;
}

/** A comment or pull request as the API shows it: without the fake's own bookkeeping. */
function apiView(item: FakeComment | FakePullRequest): Record<string, unknown> {
  const { owner: _owner, repo: _repo, ...shown } = item as FakeComment;
  const { issueNumber: _issueNumber, ...rest } = shown;
  return rest;
}

/** The FAKE_ROUTES template a request is for, if any. */
function routeOf(method: string, segments: string[]): FakeRoute | undefined {
  const [repos, owner, repo, ...rest] = segments;
  if (repos !== 'repos' || !owner || !repo) return undefined;
  const shape = rest.map((segment) => (/^\d+$/.test(segment) ? '{n}' : segment)).join('/');
  const templates: Record<string, string> = {
    '': '',
    'issues/{n}/comments': '/issues/{issue_number}/comments',
    'issues/comments/{n}': '/issues/comments/{comment_id}',
    'issues/{n}/labels': '/issues/{issue_number}/labels',
    pulls: '/pulls',
    'pulls/{n}': '/pulls/{pull_number}',
    'pulls/{n}/requested_reviewers': '/pulls/{pull_number}/requested_reviewers',
  };
  const tail = templates[shape];
  if (tail === undefined) return undefined;
  const template = `${method} /repos/{owner}/{repo}${tail}`;
  return template in FAKE_ROUTES ? (template as FakeRoute) : undefined;
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
