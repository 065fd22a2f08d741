// scripts/live-smoke.ts (the maintainers' live check) against the fake gateway: it passes on
// answers of the published shapes, costs what docs/providers.md says, and fails loudly when an
// answer is not what our code reads.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const KEY = 'smoke-key';
let gw: Gateway | undefined;
afterEach(() => gw?.close());

async function smoke(provider: string) {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  return run(tsx, [join(ROOT, 'scripts', 'live-smoke.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      GITHUB_STEP_SUMMARY: '',
      ASSET_FORGE_API_KEY: KEY,
      SMOKE_PROVIDER: provider,
      SMOKE_BASE_URL: gw!.url,
    },
  }).then(
    (out) => ({ code: 0, stdout: out.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('scripts/live-smoke.ts', () => {
  it.each([
    ['nanobanana', 17, 5],
    ['pixapi', 21, 6],
  ] as const)(
    'passes on %s, billed %i credits, every check ok',
    async (provider, credits, checks) => {
      gw = await startGateway({ apiKey: KEY });
      const { code, stdout } = await smoke(provider);
      expect(stdout, stdout).not.toContain('FAILED');
      expect(stdout.match(/\| ok \|/g)).toHaveLength(checks);
      expect(code).toBe(0);
      expect(gw.bill.credits).toBe(credits);
    },
    60_000,
  );

  it('fails when an answer is not of a shape our code reads', async () => {
    gw = await startGateway({ apiKey: KEY });
    gw.script('gemini-3-pro-image', ['no-image']);
    const { code, stdout } = await smoke('nanobanana');
    expect(stdout).toMatch(/gemini-3-pro-image at 1K .*\| FAILED \| .*without an image/);
    expect(code).toBe(1);
  }, 60_000);
});
