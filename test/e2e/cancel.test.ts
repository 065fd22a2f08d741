// SPEC 7: a cancelled job (the runner sends SIGINT, then SIGTERM) stops sending, finishes what
// is in flight, writes the lock file and publishes what was paid for, and sets the outputs.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { createRepo, git, type TestRepo } from './git-repo.js';
import { runAction } from './runner.js';

const API_KEY = 'sk-cancel-test-0123456789';
const IDS = Array.from({ length: 8 }, (_, i) => `asset-${i}`);
const MANIFEST = `version: 1
defaults:
  model: gpt-image-2
  fallback: []
  quality: low
  size: 1024x1024
  out-dir: generated
assets:
${IDS.map((id) => `  - id: ${id}\n    prompt: "Picture ${id}"`).join('\n')}
`;

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as string[];

describe('a cancelled job', () => {
  let repo: TestRepo | undefined;
  let gateway: Gateway | undefined;
  afterEach(async () => {
    await gateway?.close();
    if (repo) rmSync(repo.root, { recursive: true, force: true });
    repo = gateway = undefined;
  });

  it('SIGINT then SIGTERM: stops sending, commits what was paid for, sets the outputs', async () => {
    repo = createRepo({ 'assets.yml': MANIFEST });
    gateway = await startGateway({ apiKey: API_KEY, latencyMs: 400 });
    const lockPath = join(repo.work, 'assets.lock.json');
    const lockedCount = () => {
      try {
        return Object.keys(JSON.parse(readFileSync(lockPath, 'utf8')).assets).length;
      } catch {
        return 0;
      }
    };
    let cancelledAt = 0;
    const run = await runAction({
      workspace: repo.work,
      inputs: {
        provider: 'nanobanana',
        'base-url': gateway.url,
        'api-key': API_KEY,
        concurrency: '2',
      },
      onStarted: (child) => {
        const poll = setInterval(() => {
          if (lockedCount() < 1) return;
          clearInterval(poll);
          cancelledAt = gateway!.requests.length;
          child.kill('SIGINT');
          setTimeout(() => child.kill('SIGTERM'), 1_500).unref();
        }, 10);
      },
    });

    const generated = json(run.outputs.generated);
    expect(generated.length, run.stdout + run.stderr).toBeGreaterThanOrEqual(1);
    expect(generated.length).toBeLessThan(IDS.length);
    // Nothing new was sent after the cancel beyond what was already in flight.
    const imageCalls = gateway.requests.filter((r) => r.kind === 'generate' || r.kind === 'edit');
    expect(imageCalls.length).toBeLessThanOrEqual(generated.length + 2);
    expect(cancelledAt).toBeGreaterThan(0);
    // What was paid for is committed and pushed, with the lock file; the outputs say so.
    const sha = run.outputs['commit-sha']!;
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(sha);
    expect(repo.filesOf(sha)).toEqual(
      ['assets.lock.json', ...generated.map((id) => `generated/${id}.png`)].sort(),
    );
    expect(Number(run.outputs['credits-spent'])).toBe(generated.length);
    expect(run.stdout).toMatch(/stopped early \(the run was cancelled\)/);
  }, 60_000);
});
