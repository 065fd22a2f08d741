// The live smoke test for maintainers (.github/workflows/live-smoke.yml; docs/providers.md#live-smoke):
// with a real key, the providers' answers must have the shapes our code reads. Through our own
// adapters: the model list, one cheap 1K call per model of the default chain, one edit with a
// reference URL and, on pixapi, one async task; every image checked as a run checks it.
// Costs 17 credits on nanobanana, 21 on pixapi. Run: ASSET_FORGE_API_KEY=... SMOKE_PROVIDER=pixapi npx tsx scripts/live-smoke.ts
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedId } from '../src/doctor.js';
import { verifyImageFile } from '../src/images/verify.js';
import { builtInRegistry, DEFAULT_FALLBACK, DEFAULT_MODEL } from '../src/models/registry.js';
import { createProvider } from '../src/providers/index.js';
import type {
  Delivery,
  ImageRequest,
  ProviderName,
  ReferenceImage,
} from '../src/providers/types.js';
import { requestTarget } from '../src/sizes.js';

const provider = (process.env.SMOKE_PROVIDER || 'nanobanana') as ProviderName;
if (provider !== 'nanobanana' && provider !== 'pixapi') {
  throw new Error(`SMOKE_PROVIDER must be nanobanana or pixapi, got ${provider}`);
}
const api = createProvider(provider, {
  apiKey: process.env.ASSET_FORGE_API_KEY ?? '',
  ...(process.env.SMOKE_BASE_URL ? { baseUrl: process.env.SMOKE_BASE_URL } : {}),
});
const models = builtInRegistry(provider);
const tempDir = mkdtempSync(join(tmpdir(), 'asset-forge-smoke-'));
const results: string[] = [];
let failures = 0;

async function check(name: string, work: () => Promise<string>): Promise<void> {
  try {
    results.push(`| ${name} | ok | ${await work()} |`);
  } catch (error) {
    failures += 1;
    results.push(`| ${name} | FAILED | ${(error as Error).message.replaceAll('|', '\\|')} |`);
  }
}

/** One 1K request of the model, checked as a run checks it; the delivery it was answered with. */
async function oneImage(
  model: string,
  sentAs: string,
  options: { images?: ReferenceImage[]; async?: boolean } = {},
): Promise<{ delivery?: Delivery; summary: string }> {
  const spec = models.get(model);
  const target = requestTarget(spec, { width: 1024, height: 1024 }, 'low');
  let delivery: Delivery | undefined;
  const request: ImageRequest = {
    assetId: 'live-smoke',
    model: sentAs,
    prompt: 'A small red lighthouse on a rock, flat illustration',
    target,
    images: options.images ?? [],
    async: options.async ?? false,
    tempDir,
    signal: AbortSignal.timeout(600_000),
    onAnswered: (answered) => {
      delivery = answered;
    },
  };
  const received = await api.generate(request);
  const expected =
    target.family === 'gemini'
      ? { aspect: target.pixels }
      : { exact: { width: 1024, height: 1024 } };
  const image = await verifyImageFile(received.file, expected);
  if (!delivery) throw new Error('the image came without onAnswered: the journal would miss it');
  const how = delivery.url ? 'a URL' : delivery.taskId ? `task ${delivery.taskId}` : 'b64_json';
  return {
    delivery,
    summary: `${image.format} ${image.width}x${image.height} as ${how}, request id ${received.requestId ?? 'none'}`,
  };
}

let served: readonly string[] | undefined;
await check('GET /v1/models', async () => {
  served = await api.listModels?.(AbortSignal.timeout(60_000));
  if (served === undefined) return `${provider} has no model list (the ids are tried in order)`;
  if (!served.every((id) => typeof id === 'string')) throw new Error('the list is not of ids');
  return `${served.length} ids`;
});

let referenceUrl = process.env.SMOKE_REFERENCE_URL || undefined;
for (const model of [DEFAULT_MODEL, ...DEFAULT_FALLBACK]) {
  const ids = models.idsOf(model);
  const sentAs = served ? (servedId(ids, served) ?? ids[0]!) : ids[0]!;
  await check(`${model} at 1K (sent as ${sentAs})`, async () => {
    const { delivery, summary } = await oneImage(model, sentAs);
    referenceUrl ??= delivery?.url;
    return summary;
  });
}

const flash = 'gemini-3.1-flash-image';
await check(`${flash} edit with a reference URL`, async () => {
  if (!referenceUrl)
    throw new Error('no reference URL: set SMOKE_REFERENCE_URL (no answer gave one)');
  return (await oneImage(flash, flash, { images: [{ kind: 'url', url: referenceUrl }] })).summary;
});

if (provider === 'pixapi') {
  await check(`${flash} through the async task API`, async () => {
    const { delivery, summary } = await oneImage(flash, flash, { async: true });
    if (!delivery?.taskId) throw new Error('answered without a task id');
    const again = await api.redeliver!(delivery, {
      assetId: 'live-smoke',
      model: flash,
      prompt: '',
      target: requestTarget(models.get(flash), { width: 1024, height: 1024 }, 'low'),
      images: [],
      async: true,
      tempDir,
      signal: AbortSignal.timeout(120_000),
    });
    await verifyImageFile(again.file, { any: true });
    return `${summary}; fetched again from the task without a new request`;
  });
}

rmSync(tempDir, { recursive: true, force: true });
const table = [
  `### Live smoke: ${provider}`,
  '',
  '| check | result | details |',
  '| --- | --- | --- |',
  ...results,
].join('\n');
console.log(table);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${table}\n`);
process.exitCode = failures > 0 ? 1 : 0;
