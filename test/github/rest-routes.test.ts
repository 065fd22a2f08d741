// Every REST route src/ calls, and every route the GitHub fake answers, checked against GitHub's
// own OpenAPI description (@octokit/openapi): the route exists with that method, the fake cites
// the operation's docs page, the parameters we send are ones the operation takes, and the
// fake's answers use the statuses and fields the description gives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../../src/github/client.js';
import { upsertStickyComment } from '../../src/github/comment.js';
import { publishPullRequest } from '../../src/github/pull-request.js';
import {
  FAKE_ROUTES,
  type FakeGitHubApi,
  type FakeRoute,
  type RecordedRequest,
  startFakeGitHubApi,
} from '../fakes/github-api.js';
import { originAndWork } from './dev-git.js';

const ROOT = join(import.meta.dirname, '..', '..');

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};
interface Operation {
  externalDocs?: { url: string };
  parameters?: { $ref?: string; name?: string; in?: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

const openapi = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'),
    'utf8',
  ),
) as OpenApi;

function deref<T>(value: T): T {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  if (!ref) return value;
  const [, , group, name] = ref.split('/');
  return deref(openapi.components[group!]![name!] as T);
}

function operation(route: string): Operation | undefined {
  const [method, path] = route.split(' ');
  return openapi.paths[path!]?.[method!.toLowerCase()];
}

/** Every property a value of `schema` may have, through $ref, allOf/anyOf/oneOf and arrays. */
function propertiesOf(schema: Schema | undefined): Map<string, Schema> {
  const found = new Map<string, Schema>();
  const visit = (node: Schema | undefined) => {
    const resolved = deref(node);
    if (!resolved) return;
    for (const [key, value] of Object.entries(resolved.properties ?? {})) found.set(key, value);
    for (const part of [
      ...(resolved.allOf ?? []),
      ...(resolved.anyOf ?? []),
      ...(resolved.oneOf ?? []),
    ])
      visit(part);
    if (resolved.items && !resolved.properties) visit(resolved.items);
  };
  visit(schema);
  return found;
}

/** Keys of `value` (an object, or each object of an array) that `schema` does not describe, with their paths. */
function unknownFields(value: unknown, schema: Schema | undefined, at = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => unknownFields(item, schema, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const properties = propertiesOf(schema);
  return Object.entries(value).flatMap(([key, child]) => {
    const described = properties.get(key);
    if (!described) return [`${at}.${key}`];
    return unknownFields(child, described, `${at}.${key}`);
  });
}

/** `octokit.rest.<scope>.<method>` as named anywhere in src/. */
function restMethodsCalled(): [string, string][] {
  const methods = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(/\.rest\.(\w+)\.(\w+)\b/g))
          methods.add(`${match[1]}.${match[2]}`);
    }
  };
  walk(join(ROOT, 'src'));
  return [...methods].sort().map((name) => name.split('.') as [string, string]);
}

const octokit = createOctokit('ghs_token', { GITHUB_API_URL: 'http://127.0.0.1:9' });
const called = restMethodsCalled();
const routeOfMethod = ([scope, method]: [string, string]): string => {
  const endpoint = (
    octokit.rest as unknown as Record<
      string,
      Record<string, { endpoint: { DEFAULTS: { method: string; url: string } } }>
    >
  )[scope]?.[method]?.endpoint.DEFAULTS;
  if (!endpoint) throw new Error(`octokit.rest.${scope}.${method} is not an Octokit method`);
  return `${endpoint.method} ${endpoint.url}`;
};

describe('REST routes', () => {
  it('src/ calls the REST API through Octokit methods', () => {
    expect(called.length).toBeGreaterThanOrEqual(8);
  });

  it.each(called.map((method) => [method.join('.'), routeOfMethod(method)]))(
    'octokit.rest.%s (%s) is in the OpenAPI description and answered by the fake',
    (_method, route) => {
      expect(operation(route), route).toBeDefined();
      expect(Object.keys(FAKE_ROUTES)).toContain(route);
    },
  );

  it.each(Object.entries(FAKE_ROUTES))(
    'the fake route %s is an operation of the description, and cites its docs page',
    (route, docs) => {
      const op = operation(route);
      expect(op, route).toBeDefined();
      expect(docs.replace('docs.github.com/en/', 'docs.github.com/')).toBe(op!.externalDocs?.url);
    },
  );
});

describe('requests and answers, against the description', () => {
  let api: FakeGitHubApi;
  let root: string;

  /** Drives every route through the code that calls it, the way a run does. */
  beforeAll(async () => {
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    api = await startFakeGitHubApi();
    const client = createOctokit('ghs_token', { GITHUB_API_URL: api.url });
    root = await mkdtemp(join(tmpdir(), 'asset-forge-routes-'));
    const { work } = originAndWork(root);

    const target = { owner: 'acme', repo: 'site', issueNumber: 1, marker: 'plan' };
    await upsertStickyComment(client, { ...target, body: 'one', validAt: new Date(1000) });
    await upsertStickyComment(client, { ...target, body: 'two', validAt: new Date(2000) });
    const publish = (nothingLeft = false) =>
      publishPullRequest({
        octokit: client,
        owner: 'acme',
        repo: 'site',
        cwd: work,
        files: ['hero.png'],
        base: 'main',
        title: 'Regenerate',
        body: () => 'images',
        commitMessage: 'chore(assets): regenerate',
        draft: true,
        labels: ['assets'],
        reviewers: ['octocat', 'acme/design'],
        nothingLeft,
      });
    await writeFile(join(work, 'hero.png'), 'v1');
    const created = await publish();
    await writeFile(join(work, 'hero.png'), 'v2');
    await publish();
    await client.rest.pulls.get({ owner: 'acme', repo: 'site', pull_number: created.number! });
    // GitHub's 422 for a second pull request from the same head.
    await client.rest.pulls
      .create({ owner: 'acme', repo: 'site', head: 'asset-forge/update', base: 'main', title: 'x' })
      .catch(() => undefined);
    // Nothing left to change: the pull request is closed.
    await rm(join(work, 'hero.png'));
    await publish(true);
  }, 60_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await api.close();
    await rm(root, { recursive: true, force: true });
  });

  const byRoute = (route: FakeRoute): RecordedRequest[] =>
    api.requests.filter((request) => request.route === route);

  it('exercised every route the fake answers', () => {
    for (const route of Object.keys(FAKE_ROUTES) as FakeRoute[]) {
      expect(byRoute(route).length, route).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(FAKE_ROUTES) as FakeRoute[])(
    '%s: sends only parameters the operation takes; answers statuses and fields it documents',
    (route) => {
      const op = operation(route)!;
      const queryNames = new Set(
        (op.parameters ?? [])
          .map(deref)
          .filter((p) => p.in === 'query')
          .map((p) => p.name),
      );
      const bodySchema = op.requestBody?.content['application/json']?.schema;
      for (const request of byRoute(route)) {
        for (const name of Object.keys(request.query)) expect(queryNames, route).toContain(name);
        if (request.body !== undefined)
          expect(unknownFields(request.body, bodySchema), route).toEqual([]);
        const status = String(request.status);
        expect(Object.keys(op.responses), `${route} answered ${status}`).toContain(status);
        const answer = deref(op.responses[status]!);
        const schema = answer.content?.['application/json']?.schema;
        if (request.status! < 300)
          expect(unknownFields(request.response, schema), route).toEqual([]);
      }
    },
  );

  it("answers a second pull request from one head with GitHub's 422", () => {
    const refused = byRoute('POST /repos/{owner}/{repo}/pulls').find((r) => r.status === 422);
    expect(refused?.response).toMatchObject({
      message: 'Validation Failed',
      errors: [{ message: 'A pull request already exists for acme:asset-forge/update.' }],
    });
  });
});
