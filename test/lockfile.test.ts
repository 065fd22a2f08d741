// assets.lock.json (SPEC §5): the spec hash decides what is regenerated; the file must survive
// being killed mid-write and tell the user how to recover when it is damaged.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyLock,
  LOCK_FILE_NAME,
  type LockEntry,
  type LockFile,
  LockFileInvalidError,
  lockPathFor,
  MAX_LOCK_BYTES,
  normalizedSpec,
  parseLock,
  readLock,
  serializeLock,
  sha256File,
  specHash,
  writeLock,
} from '../src/lockfile.js';
import type { Asset } from '../src/manifest/types.js';
import { type Gateway, startGateway } from './fakes/gateway.js';
import { API_KEY, makeProject, type Project, release } from './generate/helpers.js';
import { spawnCli } from './reliability/helpers.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'af-lock-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function asset(overrides: Partial<Asset> = {}): Asset {
  return {
    id: 'hero',
    prompt: 'A hero banner',
    size: { width: 1536, height: 1024 },
    quality: 'high',
    model: 'gpt-image-2',
    fallback: ['gemini-3-pro-image-preview'],
    format: 'png',
    out: 'img/hero.png',
    images: [],
    renditions: [],
    async: false,
    line: 3,
    ...overrides,
  };
}

const noDigest = () => undefined;
const hashOf = (a: Asset, digest: (path: string) => string | undefined = noDigest) =>
  specHash(a, digest);

function entry(overrides: Partial<LockEntry> = {}): LockEntry {
  return {
    specHash: `sha256:${'a'.repeat(64)}`,
    files: [{ path: 'img/hero.png', sha256: 'f'.repeat(64) }],
    model: 'gpt-image-2',
    provider: 'nanobanana',
    credits: 14,
    generatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('specHash', () => {
  const base = hashOf(asset());

  it('is a sha256 and the same for the same spec', () => {
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashOf(asset())).toBe(base);
  });

  it.each<[string, Partial<Asset>]>([
    ['prompt', { prompt: 'A hero banner, at night' }],
    ['size', { size: { width: 1024, height: 1536 } }],
    ['size auto', { size: 'auto' }],
    ['quality', { quality: 'medium' }],
    ['model', { model: 'gemini-3-pro-image-preview' }],
    ['fallback', { fallback: ['gemini-3.1-flash-image-preview'] }],
    ['fallback removed', { fallback: [] }],
    ['images', { images: [{ kind: 'url', url: 'https://cdn.example.com/a.png' }] }],
    ['format', { format: 'webp' }],
    [
      'renditions',
      {
        renditions: [
          { out: 'img/hero-small.png', size: { width: 768, height: 512 }, format: 'png' },
        ],
      },
    ],
  ])('changes with %s', (_name, change) => {
    expect(hashOf(asset(change))).not.toBe(base);
  });

  it('changes with the order of the model chain', () => {
    const chain = { model: 'gpt-image-2' as const };
    const one = asset({
      ...chain,
      fallback: ['gemini-3-pro-image-preview', 'gemini-2.5-flash-image'],
    });
    const two = asset({
      ...chain,
      fallback: ['gemini-2.5-flash-image', 'gemini-3-pro-image-preview'],
    });
    expect(hashOf(one)).not.toBe(hashOf(two));
  });

  it("changes with a rendition's size or format", () => {
    const rendition = {
      out: 'img/s.png',
      size: { width: 768, height: 512 },
      format: 'png' as const,
    };
    const withRendition = hashOf(asset({ renditions: [rendition] }));
    expect(
      hashOf(asset({ renditions: [{ ...rendition, size: { width: 512, height: 768 } }] })),
    ).not.toBe(withRendition);
    expect(hashOf(asset({ renditions: [{ ...rendition, format: 'webp' }] }))).not.toBe(
      withRendition,
    );
  });

  it("changes with a reference file's content, not only its path", () => {
    const withFile = asset({ images: [{ kind: 'file', path: 'ref/kettle.png' }] });
    const before = hashOf(withFile, (path) => (path === 'ref/kettle.png' ? 'aaa' : undefined));
    const after = hashOf(withFile, (path) => (path === 'ref/kettle.png' ? 'bbb' : undefined));
    expect(after).not.toBe(before);
    expect(hashOf(withFile, (path) => (path === 'ref/kettle.png' ? 'aaa' : undefined))).toBe(
      before,
    );
  });

  it('a URL and a repository file of the same text differ', () => {
    const url = hashOf(asset({ images: [{ kind: 'url', url: 'ref/kettle.png' }] }));
    const file = hashOf(asset({ images: [{ kind: 'file', path: 'ref/kettle.png' }] }));
    expect(url).not.toBe(file);
  });

  it('does not change with out (a move is found as a missing file) or the line', () => {
    expect(hashOf(asset({ out: 'web/elsewhere.png' }))).toBe(base);
    expect(hashOf(asset({ line: 99 }))).toBe(base);
  });
});

describe('readLock', () => {
  it('a lock file that does not exist is empty (first run)', () => {
    expect(readLock(join(tempDir(), LOCK_FILE_NAME))).toEqual({ version: 1, assets: {} });
  });

  it('a lock file that is a link (to a secret outside the repository) is refused, read or written through by nothing', async () => {
    const outside = join(tempDir(), 'credentials');
    writeFileSync(outside, 'token=ghp_SECRETSECRETSECRET\n');
    const path = join(tempDir(), LOCK_FILE_NAME);
    symlinkSync(outside, path);

    const refused = (() => {
      try {
        readLock(path);
      } catch (error) {
        return error as Error;
      }
    })();

    expect(refused).toBeInstanceOf(LockFileInvalidError);
    expect(refused!.message).toBe(
      `${path} is a symbolic link: a lock file is a plain file of the repository, and is never read or written through a link; replace the link by the file, or delete it to regenerate every asset`,
    );
    expect(readFileSync(outside, 'utf8')).toBe('token=ghp_SECRETSECRETSECRET\n');
  });

  it('reads back what writeLock wrote', async () => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    const lock: LockFile = { version: 1, assets: { hero: entry({ requestId: 'req_1' }) } };
    await writeLock(path, lock);
    expect(readLock(path)).toEqual(lock);
  });

  it('reads back the normalized spec an entry keeps for the plan diff', async () => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    const spec = normalizedSpec(asset({ images: [{ kind: 'file', path: 'ref/a.png' }] }), noDigest);
    await writeLock(path, { version: 1, assets: { hero: entry({ spec }) } });
    expect(readLock(path).assets.hero!.spec).toEqual(spec);
  });

  it.each([
    ['a prompt far longer than any manifest allows', { prompt: 'x'.repeat(20_000) }],
    ['a key asset-forge does not write', { extra: 1 }],
    ['a nested object where a size goes', { size: { deep: { deeper: {} } } }],
  ])('refuses a spec with %s', (_what, edit) => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    const spec = { ...normalizedSpec(asset(), noDigest), ...edit };
    writeFileSync(path, JSON.stringify({ version: 1, assets: { hero: { ...entry(), spec } } }));
    expect(() => readLock(path)).toThrow(/hero\.spec/);
  });

  it('invalid JSON: names the file and says how to recover', () => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    writeFileSync(path, '{ "version": 1, "assets": {\n<<<<<<< HEAD\n');
    expect(() => readLock(path)).toThrow(LockFileInvalidError);
    expect(() => readLock(path)).toThrow(
      new RegExp(
        `^${escapeRegExp(path)} is not valid JSON \\(.+\\); fix it, or delete it to regenerate every asset$`,
      ),
    );
  });

  it('another version: says which, and how to recover', () => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    writeFileSync(path, JSON.stringify({ version: 2, assets: {} }));
    expect(() => readLock(path)).toThrow(
      `${path} has version 2, but this asset-forge reads version 1; use the asset-forge that wrote it, or delete it to regenerate every asset`,
    );
  });

  const hash = 'a'.repeat(64);
  it.each([
    ['no version', { assets: {} }, 'version: Invalid input: expected 1'],
    ['version as text', { version: '1', assets: {} }, 'version: Invalid input: expected 1'],
    [
      'assets a list',
      { version: 1, assets: [] },
      'assets: Invalid input: expected record, received array',
    ],
    [
      'an entry without specHash',
      { version: 1, assets: { hero: { ...entry(), specHash: undefined } } },
      'assets.hero.specHash: Invalid input: expected string, received undefined',
    ],
    [
      'an entry without files',
      { version: 1, assets: { hero: { ...entry(), files: undefined } } },
      'assets.hero.files: Invalid input: expected array, received undefined',
    ],
    [
      'an entry with no files',
      { version: 1, assets: { hero: entry({ files: [] }) } },
      'assets.hero.files: Too small: expected array to have >=1 items',
    ],
    [
      'a file without sha256',
      { version: 1, assets: { hero: entry({ files: [{ path: 'a.png' } as never] }) } },
      'assets.hero.files[0].sha256: Invalid input: expected string, received undefined',
    ],
    [
      'a sha256 that is not one',
      { version: 1, assets: { hero: entry({ files: [{ path: 'a.png', sha256: 'x' }] }) } },
      'assets.hero.files[0].sha256: a sha256 of 64 hex digits',
    ],
    [
      'an id that is not one',
      { version: 1, assets: { 'Hero\n::error::x': entry() } },
      'assets.Hero???error??x: Invalid key in record',
    ],
    [
      'credits as text',
      { version: 1, assets: { hero: { ...entry(), credits: '14' } } },
      'assets.hero.credits: Invalid input: expected number, received string',
    ],
    [
      'a date that is not one',
      { version: 1, assets: { hero: entry({ generatedAt: 'yesterday' }) } },
      'assets.hero.generatedAt: Invalid ISO datetime',
    ],
    [
      'a request id of 10,000 characters',
      { version: 1, assets: { hero: entry({ requestId: 'r'.repeat(10_000) }) } },
      'assets.hero.requestId: Too big: expected string to have <=256 characters',
    ],
    [
      'a request id with a line break',
      { version: 1, assets: { hero: entry({ requestId: 'a\n::warning::b' }) } },
      'assets.hero.requestId: a value with control or invisible characters',
    ],
    [
      'an unknown key',
      { version: 1, assets: { hero: { ...entry(), note: 'hi' } } },
      'assets.hero: Unrecognized key: "note"',
    ],
    [
      'an unknown key at the top',
      { version: 1, assets: {}, extra: 1 },
      'Unrecognized key: "extra"',
    ],
    ['a JSON array', [1, 2], 'Invalid input: expected object, received array'],
    ['null', null, 'Invalid input: expected object, received null'],
  ])('the wrong shape (%s) is refused, saying where, with the way out', (_name, data, why) => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    writeFileSync(path, JSON.stringify(data));
    expect(() => readLock(path)).toThrow(
      `${path} is not a valid asset-forge lock file of version 1: ${why}; fix it, or delete it to regenerate every asset`,
    );
    expect(parseLock(JSON.stringify(data))).toBeUndefined();
  });

  it('a field nested 100,000 deep (which no run could save again) is refused, quickly', () => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const hero = JSON.stringify(entry()).replace(/}$/, `,"extra":${deep}}`);
    const model = JSON.stringify(entry()).replace('"gpt-image-2"', deep);
    for (const text of [hero, model]) {
      writeFileSync(path, `{"version":1,"assets":{"hero":${text}}}`);
      const started = Date.now();
      expect(() => readLock(path)).toThrow(LockFileInvalidError);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('a lock file larger than the cap is refused before it is read', () => {
    const path = join(tempDir(), LOCK_FILE_NAME);
    writeFileSync(path, '');
    truncateSync(path, MAX_LOCK_BYTES + 1);
    expect(() => readLock(path)).toThrow(
      `${path} is larger than ${MAX_LOCK_BYTES} bytes, more than asset-forge reads; fix it, or delete it to regenerate every asset`,
    );
  });

  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    'C:/Windows/x.png',
    'img\\..\\..\\x.png',
    'img/../../x',
    'img/\u202egnp.exe',
  ])(
    'refuses a file path that leaves the folder or hides what it is (%s): pruning would delete it',
    (path) => {
      const file = join(tempDir(), LOCK_FILE_NAME);
      writeFileSync(
        file,
        JSON.stringify({ version: 1, assets: { old: entry({ files: [{ path, sha256: hash }] }) } }),
      );
      expect(() => readLock(file)).toThrow(LockFileInvalidError);
    },
  );
});

describe('serializeLock', () => {
  const lock = (): LockFile => ({
    version: 1,
    assets: { zebra: entry(), apple: entry({ credits: 1 }), mango: entry({ credits: 4 }) },
  });

  it('sorts assets by id, indents two spaces and ends with a newline', () => {
    const text = serializeLock(lock());
    expect(Object.keys(JSON.parse(text).assets)).toEqual(['apple', 'mango', 'zebra']);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('is stable: the same lock in any insertion order, and through a read, gives the same text', async () => {
    const reversed: LockFile = {
      version: 1,
      assets: Object.fromEntries(Object.entries(lock().assets).reverse()),
    };
    expect(serializeLock(reversed)).toBe(serializeLock(lock()));
    const path = join(tempDir(), LOCK_FILE_NAME);
    await writeLock(path, lock());
    expect(serializeLock(readLock(path))).toBe(readFileSync(path, 'utf8'));
  });

  it('version comes first, then assets', () => {
    const text = serializeLock({ assets: {}, version: 1 } as unknown as LockFile);
    expect(text).toBe('{\n  "version": 1,\n  "assets": {}\n}\n');
  });
});

describe('writeLock', () => {
  it('leaves exactly the lock file behind, no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, LOCK_FILE_NAME);
    await writeLock(path, emptyLock());
    await writeLock(path, { version: 1, assets: { hero: entry() } });
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
    expect(readFileSync(path, 'utf8')).toBe(
      serializeLock({ version: 1, assets: { hero: entry() } }),
    );
  });

  it('a failed write keeps the previous lock file whole and leaves no temporary file', async () => {
    const dir = tempDir();
    // The target is a non-empty folder: the rename cannot replace it.
    const path = join(dir, LOCK_FILE_NAME);
    mkdirSync(path);
    writeFileSync(join(path, 'keep'), 'x');
    await expect(writeLock(path, emptyLock())).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });
});

describe('helpers', () => {
  it('the lock file sits beside the manifest', () => {
    expect(lockPathFor(join('design', 'assets.yml'))).toBe(join('design', 'assets.lock.json'));
  });

  it('sha256File is the hex sha256 of the bytes', async () => {
    const path = join(tempDir(), 'abc.txt');
    writeFileSync(path, 'abc');
    // The FIPS 180-2 test vector for "abc".
    expect(await sha256File(path)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a hostile lock file, through the built CLI', () => {
  let gw: Gateway | undefined;
  let project: Project | undefined;
  afterEach(() => release(gw, project));

  it('a deeply nested field stops generate with exit 2 before any request, saying where', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }] });
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const hero = JSON.stringify(entry()).replace(/}$/, `,"note":${deep}}`);
    writeFileSync(project.lockPath, `{"version":1,"assets":{"hero":${hero}}}`);

    const exit = await spawnCli(
      ['generate', project.manifest, '--provider', 'pixapi', '--base-url', gw.url],
      { ASSET_FORGE_API_KEY: API_KEY },
    ).exited;

    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toContain(
      `${project.lockPath} is not a valid asset-forge lock file of version 1: assets.hero: Unrecognized key: "note"; fix it, or delete it to regenerate every asset`,
    );
    expect(exit.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(gw.requests).toEqual([]);
  });
});
