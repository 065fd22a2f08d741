// The fake gateway's own promises, which chain, chaos and benchmark tests rely on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colourOf, type Gateway, startGateway } from '../fakes/gateway.js';

let gw: Gateway | undefined;
afterEach(() => gw?.close());

const generate = (body: Record<string, unknown>, key = 'k') =>
  fetch(`${gw!.url}/v1/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const good = { model: 'gpt-image-2', prompt: 'p', n: 1, size: '1024x1024', quality: 'low' };

describe('fake gateway', () => {
  it('checks the key when given one, and never records its value', async () => {
    gw = await startGateway({ apiKey: 'k' });
    expect((await generate(good, 'other')).status).toBe(401);
    expect(gw.requests[0]?.headers.authorization).toBe('Bearer <hidden>');
  });

  it('answers a malformed request with 400 and the reason', async () => {
    gw = await startGateway();
    const response = await generate({ ...good, n: 2 });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_request', message: 'n must be 1', type: 'invalid_request_error' },
    });
  });

  it('takes model scripts first, then any-model steps, then ok', async () => {
    gw = await startGateway({ faults: [{ status: 500 }] });
    gw.script('gpt-image-2', [{ status: 429 }]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await generate(good)).status);
    expect(statuses).toEqual([429, 500, 200]);
  });

  it('replays the same chaos for the same seed', async () => {
    const run = async () => {
      gw = await startGateway({ chaos: { probability: 0.5, steps: [{ status: 503 }], seed: 7 } });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await generate(good)).status);
      await gw.close();
      gw = undefined;
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('adds latency and counts requests in flight', async () => {
    gw = await startGateway({ latencyMs: 100 });
    const started = Date.now();
    await Promise.all([generate(good), generate(good), generate(good)]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(gw.maxInFlight).toBe(3);
    await vi.waitFor(() => expect(gw?.inFlight).toBe(0));
  });

  it('serves a PNG in the model colour', async () => {
    gw = await startGateway();
    const { data } = (await (await generate(good)).json()) as { data: [{ url: string }] };
    const png = Buffer.from(await (await fetch(data[0].url)).arrayBuffer());
    expect(png.readUInt32BE(16)).toBe(1024);
    expect(colourOf('gpt-image-2')).toHaveLength(3);
  });
});
