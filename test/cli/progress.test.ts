// What `generate` shows while it runs: live on a terminal, plain lines in CI logs.
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import type { AssetResult } from '../../src/generate/types.js';
import { COLOURS, colourEnabled, NO_COLOURS } from '../../src/report/colour.js';

const generated = (id: string, credits: number): AssetResult => ({
  id,
  outcome: 'generated',
  model: 'gpt-image-2',
  credits,
  attempts: [{ model: 'gpt-image-2', status: 'ok', waitMs: 0, credits }],
  files: [],
});

function recorder() {
  const chunks: string[] = [];
  return { chunks, out: { write: (text: string) => chunks.push(text), columns: 200 } };
}

describe('generate progress', () => {
  it('in CI: one plain line per finished asset with credits against the cap, no escape codes', () => {
    const { chunks, out } = recorder();
    let now = 0;
    const progress = new Progress({
      total: 2,
      cap: 50,
      out,
      live: false,
      paint: NO_COLOURS,
      now: () => now,
    });
    progress.start('hero');
    progress.start('og');
    now = 3_000;
    progress.done(generated('hero', 14));
    progress.stop();

    expect(chunks).toEqual([
      '[1/2] hero: generated (gpt-image-2, 14 credits) · 14 of 50 credits, 3s\n',
    ]);
  });

  it('on a terminal: a status line of what is in progress, elapsed and credits, before any asset ends', () => {
    const { chunks, out } = recorder();
    let now = 0;
    const progress = new Progress({
      total: 3,
      cap: 50,
      out,
      live: true,
      paint: NO_COLOURS,
      now: () => now,
    });
    progress.start('hero');
    progress.start('og');
    now = 65_000;
    progress.done(generated('hero', 14));
    progress.stop();

    const status = chunks.filter((chunk) => !chunk.endsWith('\n'));
    expect(status).toContain('\r\x1b[2K0/3 done · in progress: hero, og · 0s · 0 of 50 credits');
    expect(status).toContain('\r\x1b[2K1/3 done · in progress: og · 1m5s · 14 of 50 credits');
    expect(chunks.at(-1)).toBe('\r\x1b[2K'); // the status line is cleared at the end
  });
});

describe('colour', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, false],
    [{ isTTY: true }, { TERM: 'dumb' }, false],
    [{ isTTY: true, hasColors: () => false }, {}, false],
  ])('stream %j with env %j: colour %s', (stream, env, expected) => {
    expect(colourEnabled(stream, env)).toBe(expected);
  });

  it('paints with ANSI codes, or leaves the text as it is', () => {
    expect(COLOURS.green('ok')).toBe('\x1b[32mok\x1b[39m');
    expect(NO_COLOURS.green('ok')).toBe('ok');
  });
});
