// The credit-efficiency bench (bench/credit.ts) counts a charge as lost by the provider only when
// no client within the documented limits could have turned it into an image, and prices the
// images needed as the plan does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { efficiencyOf, lostByProvider, neededCredits } from '../../bench/credit-efficiency.js';
import { verifyImageFile } from '../../src/images/verify.js';
import { PROVIDER_DEFAULTS } from '../../src/providers/http.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import { API_KEY, makeProject, type Project, release, runProject } from '../generate/helpers.js';
import { FAULTS } from '../reliability/faults.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const SIZE = { width: 1024, height: 1024 };
/** Long enough for a good answer on a busy machine: only a hang or a stall waits it out. */
const WAIT_MS = 1000;
const headers = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
const body = JSON.stringify({
  model: 'gpt-image-2',
  prompt: 'p',
  n: 1,
  size: '1024x1024',
  quality: 'low',
});

/** The image URL the gateway's answer names, read by a lenient client (sync or async API). */
async function resultUrl(gateway: Gateway, async: boolean): Promise<string | undefined> {
  const signal = AbortSignal.timeout(WAIT_MS);
  if (!async) {
    const answer = await fetch(`${gateway.url}/v1/images/generate`, {
      method: 'POST',
      headers,
      body,
      signal,
    });
    return ((await answer.json()) as { data: { url: string } }).data.url;
  }
  const submitted = await fetch(`${gateway.url}/v1/async/images/generations`, {
    method: 'POST',
    headers,
    body,
    signal,
  });
  const { id } = (await submitted.json()) as { id: string };
  for (let poll = 0; poll < 10; poll++) {
    const task = await fetch(`${gateway.url}/v1/tasks/${id}`, { headers });
    if (!task.ok) continue;
    const state = (await task.json()) as { status: string; result?: { data: { url: string }[] } };
    if (state.status === 'completed') return state.result?.data[0]?.url;
  }
  return undefined;
}

/** GET, following redirects up to the documented limit (a loop guard). */
async function fetchImage(url: string): Promise<Response> {
  let next = url;
  for (let hops = 0; hops <= PROVIDER_DEFAULTS.maxRedirects; hops++) {
    const answer = await fetch(next, { redirect: 'manual', signal: AbortSignal.timeout(WAIT_MS) });
    const location = answer.headers.get('location');
    if (answer.status < 300 || answer.status >= 400 || !location) return answer;
    next = new URL(location, next).href;
  }
  throw new Error('too many redirects');
}

/** Whether a client within the documented limits could have the billed image: three tries. */
async function obtainable(gateway: Gateway, async: boolean): Promise<boolean> {
  const url = await resultUrl(gateway, async).catch(() => undefined);
  if (!url) return false;
  const dir = mkdtempSync(join(tmpdir(), 'forge-credit-'));
  try {
    for (let fetches = 0; fetches < 3; fetches++) {
      try {
        const image = await fetchImage(url);
        writeFileSync(join(dir, 'image'), new Uint8Array(await image.arrayBuffer()));
        await verifyImageFile(join(dir, 'image'), { exact: SIZE }); // decoded, as the engine does
        return true;
      } catch {
        // cut, stalled, 404, too far or not an image: try again
      }
    }
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const steps = FAULTS.flatMap((fault) =>
  fault.steps.map((step) => [JSON.stringify(step), step, fault.async === true] as const),
);

describe('the credit bench: charges lost by the provider', () => {
  it.each(steps)(
    '%s: counted as lost exactly when the gateway billed an image no client within the limits can have',
    async (_name, step: Step, async) => {
      gw = await startGateway({ apiKey: API_KEY, faults: [step] });
      const got = await obtainable(gw, async);
      expect(lostByProvider(step)).toBe(gw.bill.credits > 0 && !got);
    },
  );
});

describe('the credit bench: credits of the images needed', () => {
  it("prices each locked image at the manifest's price of the model that made it", async () => {
    // gpt-image-2 is retired: asset a is made by its fallback, b by its own model; each is priced
    // at the manifest's price of that model, not at its primary's nor at the built-in one.
    gw = await startGateway({ apiKey: API_KEY, retired: ['gpt-image-2'] });
    project = makeProject(`version: 1
pricing:
  gpt-image-2:
    1K: { low: 2, medium: 5, high: 16 }
  gemini-3-pro-image:
    1K: 3
  gemini-3.1-flash-image:
    1K: 7
defaults: { size: 1024x1024, quality: low }
assets:
  - { id: a, prompt: Picture for asset a, fallback: [gemini-3-pro-image] }
  - { id: b, prompt: Picture for asset b, model: gemini-3.1-flash-image, fallback: [] }
`);
    await runProject(project, { gateway: gw, provider: 'nanobanana' });
    const needed = await neededCredits(project, 'nanobanana');
    expect(needed).toMatchObject({ locked: 2, credits: 3 + 7 });
  });
});

describe('the credit bench: what a charge bought', () => {
  it('a charge that bought the locked image is never counted lost, whatever its step', () => {
    // A Gemini answer of the wrong size but the asked aspect ratio is resized like any other.
    const step: Step = { imageSize: { width: 512, height: 512 } };
    const charge = { model: 'gemini-3-pro-image', tier: '1K', credits: 8, step };
    const bill = {
      credits: 9,
      charges: [
        { ...charge, model: 'gpt-image-2', credits: 1, prompt: 'Picture for asset a' },
        { ...charge, prompt: 'Picture for asset a' },
      ],
    };
    const needed = { locked: 1, credits: 8, models: new Map([['a', 'gemini-3-pro-image']]) };
    expect(efficiencyOf(bill, needed)).toMatchObject({ lostByProvider: 1, engineEfficiency: 1 });
  });
});
