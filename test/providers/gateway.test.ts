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
      // https://pixapi.ai/docs/errors/
      error: { code: 400, message: 'n must be 1', type: 'invalid_request_error' },
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

  it('answers 404 model_not_found for a retired model, under every tier suffix', async () => {
    gw = await startGateway({ retired: ['gemini-3-pro-image-preview'] });
    const nanobanana = (model: string) =>
      fetch(`${gw!.url}/v1/images/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model, prompt: 'p', num: 1, image_size: '1:1' }),
      });
    for (const model of ['gemini-3-pro-image-preview', 'gemini-3-pro-image-preview-4k']) {
      const response = await nanobanana(model);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'model_not_found' });
    }
    expect((await nanobanana('gemini-3-pro-image')).status).toBe(200);
    expect(gw.bill.credits).toBe(8);
  });

  it('answers 503 "no available channel" for a model a relay cannot route', async () => {
    gw = await startGateway({ noChannel: ['gpt-image-2'] });
    const response = await generate(good);
    expect(response.status).toBe(503);
    expect(JSON.stringify(await response.json())).toContain('No available channel');
  });

  it('holds nanobanana models to their limits: references and ratios', async () => {
    gw = await startGateway();
    const edit = (model: string, images: number, ratio = '1:1') =>
      fetch(`${gw!.url}/v1/images/edit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model,
          prompt: 'p',
          num: 1,
          image_size: ratio,
          image: Array.from({ length: images }, (_, i) => `https://x.test/${i}.png`),
        }),
      });
    expect((await edit('gemini-2.5-flash-image', 3)).status).toBe(200);
    expect((await edit('gemini-2.5-flash-image', 4)).status).toBe(400);
    expect((await edit('gemini-2.5-flash-image', 1, '21:9')).status).toBe(400);
    expect((await edit('gemini-3.1-flash-image', 10)).status).toBe(200);
    const tooMany = await edit('gemini-3.1-flash-image', 11);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain('at most 10 reference images');
  });

  it('lists the served models, less the retired ones, or has no list at all', async () => {
    gw = await startGateway({ retired: ['gemini-3-pro-image-preview'] });
    const list = (await (await fetch(`${gw.url}/v1/models`)).json()) as { data: { id: string }[] };
    const ids = list.data.map((model) => model.id);
    expect(ids).toContain('gemini-3-pro-image');
    expect(ids).not.toContain('gemini-3-pro-image-preview');
    await gw.close();
    gw = await startGateway({ modelList: false });
    expect((await fetch(`${gw.url}/v1/models`)).status).toBe(404);
  });

  it('bills every delivered output at its price, faults after the answer included', async () => {
    gw = await startGateway();
    gw.script('gpt-image-2', [
      'image-garbage',
      { imageSize: { width: 16, height: 16 } },
      'image-404',
    ]);
    gw.script('gpt-image-2', [{ status: 503 }, 'no-image', 'ok']);
    for (let i = 0; i < 6; i++) await generate({ ...good, quality: 'medium' });
    // Four outputs delivered (garbage, wrong size, a URL that 404s, ok) at 4 credits each; the
    // 503 and the answer without an image are not billed.
    expect(gw.bill.charges.map((charge) => charge.credits)).toEqual([4, 4, 4, 4]);
    expect(gw.bill.credits).toBe(16);
    gw.reset();
    expect(gw.bill.credits).toBe(0);
  });
});
