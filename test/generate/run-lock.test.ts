// SPEC 4: one run at a time per workspace. A second run stops before anything is spent, with
// a message naming the run that holds the lock; a lock left by a killed run is taken over.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireRunLock, RunLockedError, stateDirFor } from '../../src/generate/run-lock.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, imageCalls, makeProject, type Project, release, runProject } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const lockOf = (p: Project) => join(stateDirFor(p.lockPath), 'run.lock');

describe('the run lock', () => {
  it('a second run while one holds the lock stops before sending anything, and says who', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'a' }] });
    const releaseLock = acquireRunLock(project.lockPath);

    const second = runProject(project, { gateway: gw });
    await expect(second).rejects.toThrow(RunLockedError);
    await expect(second).rejects.toThrow(new RegExp(`pid ${process.pid} on `));
    expect(imageCalls(gw)).toHaveLength(0);

    releaseLock();
    const run = await runProject(project, { gateway: gw });
    expect(run.byId('a').outcome).toBe('generated');
    expect(existsSync(lockOf(project))).toBe(false);
  });

  it('two runs started together: one generates, the other stops; nothing is paid twice', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 20 });
    project = makeProject({ assets: [{ id: 'a' }, { id: 'b' }] });

    const outcomes = await Promise.allSettled([
      runProject(project, { gateway: gw }),
      runProject(project, { gateway: gw }),
    ]);

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
    expect(imageCalls(gw)).toHaveLength(2);
  });

  it('a lock whose owner is gone (kill -9) is taken over', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'a' }] });
    mkdirSync(stateDirFor(project.lockPath), { recursive: true });
    const dead = { pid: 2 ** 22 + 12345, host: hostname(), startedAt: new Date().toISOString() };
    writeFileSync(lockOf(project), JSON.stringify(dead));

    const run = await runProject(project, { gateway: gw });
    expect(run.byId('a').outcome).toBe('generated');
  });

  it('a lock file that is not ours (garbage, huge) is taken as stale, never trusted', () => {
    project = makeProject({ assets: [{ id: 'a' }] });
    mkdirSync(stateDirFor(project.lockPath), { recursive: true });
    writeFileSync(lockOf(project), `{"pid": ${process.pid}, "host": "${'x'.repeat(5000)}"}`);
    const releaseLock = acquireRunLock(project.lockPath);
    expect(() => acquireRunLock(project!.lockPath)).toThrow(RunLockedError);
    releaseLock();
  });
});
