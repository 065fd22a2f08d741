// `asset-forge doctor` against the fake gateway: one authenticated GET, nothing paid; the key,
// the models of the chains and the ids they are served under, and the plan's cost. The action's
// warning runs dist/index.js (npm run build first, like the other end-to-end tests).
import { afterEach, describe, expect, it } from 'vitest';
import {
  doctorFoundProblems,
  doctorText,
  runDoctor,
  servedId,
  unservedWarnings,
} from '../src/doctor.js';
import { loadAndPlan } from '../src/pipeline.js';
import { createProvider } from '../src/providers/index.js';
import type { ProviderName } from '../src/providers/types.js';
import { cli } from './cli/run-cli.js';
import { runAction } from './e2e/runner.js';
import { type Gateway, startGateway } from './fakes/gateway.js';
import { API_KEY, makeProject, type Project, release } from './generate/helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(async () => {
  await release(gw, project);
  gw = undefined;
  project = undefined;
});

const chain = {
  defaults: { fallback: ['gemini-3-pro-image', 'gemini-3.1-flash-image'] },
  assets: [{ id: 'hero' }, { id: 'card', fallback: ['gemini-3.1-flash-image'] }],
};

async function doctor(provider: ProviderName = 'pixapi', apiKey = API_KEY) {
  const planned = loadAndPlan({ manifest: project!.manifest, provider });
  return runDoctor({
    manifest: planned.manifest,
    plan: planned.plan,
    provider: createProvider(provider, { apiKey, baseUrl: gw?.url ?? 'http://127.0.0.1:9' }),
  });
}

describe('runDoctor', () => {
  it('checks the key and finds every model of the chains served, spending nothing', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject(chain);
    const report = await doctor();
    expect(report.key.status).toBe('ok');
    expect(report.models).toEqual([
      expect.objectContaining({
        model: 'gpt-image-2',
        status: 'served',
        servedAs: 'gpt-image-2',
        assets: ['hero', 'card'],
      }),
      expect.objectContaining({
        model: 'gemini-3-pro-image',
        status: 'served',
        servedAs: 'gemini-3-pro-image',
        assets: ['hero'],
      }),
      expect.objectContaining({
        model: 'gemini-3.1-flash-image',
        status: 'served',
        assets: ['hero', 'card'],
      }),
    ]);
    // gpt-image-2 low at 1024x1024, twice.
    expect(report.planCredits).toBe(2);
    expect(gw.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
    expect(gw.bill.credits).toBe(0);
    expect(doctorFoundProblems(report)).toBe(false);
  });

  it('names the id a model is served under, and the models not served at all', async () => {
    gw = await startGateway({
      apiKey: API_KEY,
      retired: ['gemini-3.1-flash-image', 'gemini-3-pro-image', 'gemini-3-pro-image-preview'],
    });
    project = makeProject({
      ...chain,
      defaults: { fallback: ['gemini-3-pro-image', 'gemini-3.1-flash-image-preview'] },
    });
    const report = await doctor();
    const byModel = Object.fromEntries(report.models.map((check) => [check.model, check]));
    expect(byModel['gemini-3-pro-image']).toMatchObject({
      status: 'not-served',
      ids: ['gemini-3-pro-image', 'gemini-3-pro-image-preview'],
    });
    // Asked by its alias; served under the alias only, the canonical id being retired.
    expect(byModel['gemini-3.1-flash-image-preview']).toMatchObject({
      status: 'served',
      servedAs: 'gemini-3.1-flash-image-preview',
    });
    expect(unservedWarnings(report)).toEqual([
      'pixapi does not serve gemini-3-pro-image (tried gemini-3-pro-image, gemini-3-pro-image-preview): 1 asset will skip it to the next model of their chain (hero)',
    ]);
    expect(doctorText(report)).toContain('gemini-3-pro-image: NOT served');
    expect(doctorFoundProblems(report)).toBe(true);
  });

  it('says so when the key is refused', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject(chain);
    const report = await doctor('pixapi', 'wrong-key');
    expect(report.key.status).toBe('rejected');
    expect(report.key.message).toContain('HTTP 401');
    expect(report.models.every((check) => check.status === 'unknown')).toBe(true);
    expect(doctorFoundProblems(report)).toBe(true);
  });

  it('cannot check anything without paying when the gateway has no model list', async () => {
    gw = await startGateway({ apiKey: API_KEY, modelList: false });
    project = makeProject(chain);
    const report = await doctor('nanobanana');
    expect(report.key.status).toBe('unchecked');
    expect(report.models.every((check) => check.status === 'unknown')).toBe(true);
    expect(gw.bill.credits).toBe(0);
  });

  it('needs no key for the offline provider', async () => {
    project = makeProject(chain);
    const planned = loadAndPlan({ manifest: project.manifest, provider: 'offline' });
    const report = await runDoctor({
      manifest: planned.manifest,
      plan: planned.plan,
      provider: createProvider('offline'),
    });
    expect(report).toMatchObject({ key: { status: 'unchecked' }, planCredits: 0 });
  });
});

describe('servedId', () => {
  it('takes the first id listed, a tier-suffixed id counting for its model', () => {
    expect(servedId(['a', 'b'], ['b', 'a'])).toBe('a');
    expect(servedId(['a', 'b'], ['b'])).toBe('b');
    expect(servedId(['gemini-3-pro-image'], ['gemini-3-pro-image-4k'])).toBe('gemini-3-pro-image');
    expect(servedId(['a'], ['ab'])).toBeUndefined();
  });
});

describe('asset-forge doctor', () => {
  it('prints the report and exits 1 when a model of the chains is not served', async () => {
    gw = await startGateway({ apiKey: API_KEY, retired: ['gpt-image-2'] });
    project = makeProject(chain);
    const out = await cli(
      ['doctor', project.manifest, '--provider', 'pixapi', '--base-url', gw.url],
      {
        ASSET_FORGE_API_KEY: API_KEY,
      },
    );
    expect(out.stdout).toContain('Key: ok');
    expect(out.stdout).toContain('gpt-image-2: NOT served');
    expect(out.stdout).toContain("Plan: 2 credits; the balance is not reported by pixapi's API");
    expect(out.code).toBe(1);
  });

  it('exits 0 when all is well, and 2 without a key', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject(chain);
    const args = ['doctor', project.manifest, '--provider', 'pixapi', '--base-url', gw.url];
    expect((await cli(args, { ASSET_FORGE_API_KEY: API_KEY })).code).toBe(0);
    const noKey = await cli(args, {});
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('needs an API key');
  });
});

describe('the action (dist/index.js)', () => {
  it('warns of a model of the chain the provider does not serve, before generating', async () => {
    gw = await startGateway({ apiKey: API_KEY, retired: ['gpt-image-2'] });
    project = makeProject({ assets: [{ id: 'hero' }] });
    const run = await runAction({
      workspace: project.dir,
      inputs: {
        provider: 'pixapi',
        'api-key': API_KEY,
        'base-url': gw.url,
        publish: 'none',
        comment: 'false',
      },
    });
    expect(run.stdout).toContain(
      '::warning::pixapi does not serve gpt-image-2 (tried gpt-image-2): 1 asset will skip it to the next model of their chain (hero)',
    );
    // The list was asked for before the first request that could be billed.
    const paths = gw.requests.map((request) => `${request.method} ${request.path}`);
    expect(paths[0]).toBe('GET /v1/models');
    expect(paths.slice(1).some((path) => path.startsWith('POST '))).toBe(true);
  }, 60_000);
});
