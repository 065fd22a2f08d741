// What a killed run leaves behind is recognisable and removed by the next run, and nothing else
// is: writeFileAtomic's temporaries are `.<name>.asset-forge-<pid>-<n>.tmp` beside their target,
// and a run removes those of ITS outputs and lock file (of a process that is gone, or too old to
// be a write in progress), and the download folders of runs whose process is gone.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalDirFor } from '../../src/generate/journal.js';
import { createRunFolder, removeLeftovers } from '../../src/generate/leftovers.js';
import {
  parseTemporaryName,
  removeStaleTemporaries,
  temporaryPathFor,
  writeFileAtomic,
} from '../../src/lockfile.js';
import { loadManifest } from '../../src/manifest/load.js';
import { manifestText } from '../generate/helpers.js';
import { filesUnder } from './helpers.js';

/** A pid no process has (Linux caps pids far below it). */
const DEAD_PID = 2 ** 30;

const made: string[] = [];
function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'af-leftovers-')));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function deadPid(): number {
  return Number(
    execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']),
  );
}

describe('writeFileAtomic', () => {
  it('writes through a temporary named after the target and this process, beside it', () => {
    const target = join(folder(), 'hero.png');
    const temporary = temporaryPathFor(target);
    expect(dirname(temporary)).toBe(dirname(target));
    expect(basename(temporary)).toMatch(
      new RegExp(`^\\.hero\\.png\\.asset-forge-${process.pid}-\\d+\\.tmp$`),
    );
    expect(parseTemporaryName(basename(temporary))).toEqual({
      target: 'hero.png',
      pid: process.pid,
    });
    writeFileAtomic(target, 'bytes');
    expect(readdirSync(dirname(target))).toEqual(['hero.png']);
  });

  it('never writes through a link planted under the name of its temporary', () => {
    const dir = folder();
    const outside = join(folder(), 'outside.txt');
    writeFileSync(outside, 'untouched');
    const target = join(dir, 'a.png');
    // The next temporary's name is predictable: plant a link there.
    const n = Number(/-(\d+)\.tmp$/.exec(temporaryPathFor(target))![1]);
    const next = join(dir, `.a.png.asset-forge-${process.pid}-${n + 1}.tmp`);
    symlinkSync(outside, next);

    writeFileAtomic(target, 'new bytes');

    expect(readFileSync(outside, 'utf8')).toBe('untouched');
    expect(readFileSync(target, 'utf8')).toBe('new bytes');
  });

  it('a failed rename leaves no temporary', () => {
    const dir = folder();
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true }); // a folder cannot be replaced by a file
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});

describe('removeStaleTemporaries', () => {
  it("removes a dead process's temporaries of the targets, and nothing else", () => {
    const dir = folder();
    const gone = deadPid();
    const names = {
      stale: `.hero.png.asset-forge-${gone}-1.tmp`,
      staleLock: `.assets.lock.json.asset-forge-${gone}-3.tmp`,
      live: `.hero.png.asset-forge-${process.pid}-99.tmp`,
      otherTarget: `.logo.png.asset-forge-${gone}-1.tmp`,
      userFile: '.hero.png.tmp',
      lookalike: `hero.png.asset-forge-${gone}-1.tmp`,
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    writeFileSync(join(dir, 'hero.png'), 'the image');

    const removed = removeStaleTemporaries([join(dir, 'hero.png'), join(dir, 'assets.lock.json')]);

    expect(removed.map((path) => basename(path)).sort()).toEqual(
      [names.stale, names.staleLock].sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(
      ['hero.png', names.live, names.otherTarget, names.userFile, names.lookalike].sort(),
    );
  });

  it("removes a running process's temporary only once it is older than any write", () => {
    const dir = folder();
    const fresh = join(dir, `.a.png.asset-forge-${process.ppid}-1.tmp`);
    const old = join(dir, `.a.png.asset-forge-${process.ppid}-2.tmp`);
    writeFileSync(fresh, 'x');
    writeFileSync(old, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);

    expect(removeStaleTemporaries([join(dir, 'a.png')])).toEqual([old]);
    expect(existsSync(fresh)).toBe(true);
  });

  it('does not follow or remove a link named like a temporary', () => {
    const dir = folder();
    const outside = join(folder(), 'keep.txt');
    writeFileSync(outside, 'keep');
    const link = join(dir, `.a.png.asset-forge-${deadPid()}-1.tmp`);
    symlinkSync(outside, link);
    expect(removeStaleTemporaries([join(dir, 'a.png')])).toEqual([]);
    expect(readFileSync(outside, 'utf8')).toBe('keep');
  });

  it('a target folder that does not exist yet is nothing to clean', () => {
    expect(removeStaleTemporaries([join(folder(), 'not', 'yet', 'a.png')])).toEqual([]);
  });
});

describe('removeLeftovers (at the start of every run)', () => {
  it("clears the temporaries of every output of the manifest and its lock file, and dead runs' folders", () => {
    const repo = folder();
    const temp = folder();
    const manifest = join(repo, 'assets.yml');
    writeFileSync(
      manifest,
      manifestText({
        assets: [
          { id: 'hero', out: 'public/hero.png' },
          { id: 'card', renditions: [{ out: 'web/card-small.webp', size: '256x256' }] },
        ],
      }),
    );
    const gone = deadPid();
    const plant = (path: string) => {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), 'half');
    };
    const stale = [
      `public/.hero.png.asset-forge-${gone}-1.tmp`,
      `out/.card.png.asset-forge-${gone}-2.tmp`,
      `web/.card-small.webp.asset-forge-${gone}-3.tmp`,
      `.assets.lock.json.asset-forge-${gone}-4.tmp`,
    ];
    const kept = [`public/.other.png.asset-forge-${gone}-1.tmp`, 'public/notes.tmp'];
    for (const path of [...stale, ...kept]) plant(path);
    const deadRun = join(temp, `asset-forge-run-${gone}-abc`);
    const liveRun = join(temp, `asset-forge-run-${process.ppid}-abc`);
    const unrelated = join(temp, 'asset-forge-something-else');
    for (const dir of [deadRun, liveRun, unrelated]) mkdirSync(dir);
    writeFileSync(join(deadRun, 'image-1'), 'partial download');

    const removed = removeLeftovers(loadManifest(manifest), join(repo, 'assets.lock.json'), {
      tempParent: temp,
    });

    expect(removed.sort()).toEqual([...stale.map((path) => join(repo, path)), deadRun].sort());
    expect(filesUnder(repo)).toEqual(['assets.yml', ...kept].sort());
    expect(readdirSync(temp).sort()).toEqual([basename(liveRun), basename(unrelated)].sort());
  });

  it('removes the journal entry a killed run was writing, and keeps the entries themselves', () => {
    const repo = folder();
    const lockPath = join(repo, 'assets.lock.json');
    const journal = journalDirFor(lockPath);
    mkdirSync(journal, { recursive: true });
    const entry = join(journal, 'ab12.json');
    writeFileSync(entry, '{}');
    const dead = join(journal, `.ab12.json.asset-forge-${DEAD_PID}-3.tmp`);
    const live = join(journal, `.cd34.png.asset-forge-${process.pid}-1.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'writing');
    const removed = removeLeftovers({ assets: [], dir: repo }, lockPath, {
      tempParent: repo,
      isRunning: (pid) => pid === process.pid,
    });
    expect(removed).toEqual([dead]);
    expect(readdirSync(journal).sort()).toEqual([basename(live), basename(entry)].sort());
  });

  it("a run's own download folder is named after its process", () => {
    const parent = folder();
    const dir = createRunFolder(parent);
    expect(basename(dir)).toMatch(new RegExp(`^asset-forge-run-${process.pid}-`));
    expect(
      removeLeftovers({ assets: [], dir: parent }, join(parent, 'x.json'), { tempParent: parent }),
    ).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });
});
