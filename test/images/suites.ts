// Public image test suites and reference decoders, as Debian packages ship them (.ci/run
// installs them; docs/images.md says which and why):
// - golang-1.19-src: Go's image tests, with part of PngSuite, Go's invalid PNGs, and JPEGs of
//   every sampling, progressive, grey, CMYK and Adobe RGB;
// - golang-golang-x-image-dev: libwebp-made WebP files, lossy, lossless and with alpha;
// - libjpeg-turbo-progs (djpeg, jpegtran), webp (dwebp), netpbm (pngtopam, pamflip) and
//   liblcms2-utils (transicc, LittleCMS) as the references, with colord-data's ICC profiles.
// On a machine without them the suites are skipped, saying which package is missing; in CI
// (CI=true) a missing package fails the run instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Raster } from '../../src/images/raster.js';

const goSource = () => {
  const go = readdirSync('/usr/share').find((name) => /^go-1\.\d+$/.test(name));
  return go && join('/usr/share', go, 'src/image');
};

export const SUITES = {
  goImage: goSource(),
  goWebp: '/usr/share/gocode/src/golang.org/x/image/testdata',
  profiles: '/usr/share/color/icc/colord',
};

const NEEDS: [string, () => boolean][] = [
  ['golang-1.19-src', () => SUITES.goImage !== undefined],
  ['golang-golang-x-image-dev', () => existsSync(SUITES.goWebp)],
  ['libjpeg-turbo-progs', () => existsSync('/usr/bin/djpeg') && existsSync('/usr/bin/jpegtran')],
  ['webp', () => existsSync('/usr/bin/dwebp')],
  ['netpbm', () => existsSync('/usr/bin/pngtopam') && existsSync('/usr/bin/pamflip')],
  ['liblcms2-utils', () => existsSync('/usr/bin/transicc')],
  ['colord-data', () => existsSync(SUITES.profiles)],
];

/** The Debian packages this machine lacks; throws in CI, where .ci/run installs them all. */
export function missingPackages(): string[] {
  const missing = NEEDS.filter(([, present]) => !present()).map(([name]) => name);
  if (missing.length > 0 && process.env.CI) {
    throw new Error(`CI lacks the image suites' packages: ${missing.join(', ')} (see .ci/run)`);
  }
  return missing;
}

export const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));

export interface Reference {
  /** The decoder's pixels as RGBA 8-bit, or undefined when it failed. */
  raster?: Raster;
  /** It decoded, but warned that the data is damaged (djpeg's exit status 2). */
  warned: boolean;
}

/** Runs a reference decoder whose output (PNM or PAM) is on stdout. */
export function reference(command: string, args: string[], input?: Uint8Array): Reference {
  const run = spawnSync(command, args, { input, maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 2) return { warned: false };
  return { raster: readNetpbm(run.stdout), warned: run.status === 2 };
}

export const djpeg = (bytes: Uint8Array) => reference('djpeg', ['-pnm'], bytes);
export const dwebp = (file: string) => reference('dwebp', ['-quiet', '-pam', file, '-o', '-']);
export const pngtopam = (file: string) => reference('pngtopam', ['-alphapam', file]);

/** `pamflip` on a raster: its independent way to turn an image. */
export function pamflip(raster: Raster, args: string[]): Raster {
  return readNetpbm(execFileSync('pamflip', args, { input: writePam(raster) }));
}

/** P5, P6 or P7 (grey, grey+alpha, RGB, RGBA; 8 or 16 bits) as RGBA 8-bit. */
export function readNetpbm(bytes: Buffer): Raster {
  const magic = bytes.toString('latin1', 0, 2);
  let width: number;
  let height: number;
  let depth: number;
  let maxval: number;
  let offset: number;
  if (magic === 'P7') {
    const end = bytes.indexOf('ENDHDR\n');
    const fields = Object.fromEntries(
      bytes
        .toString('latin1', 3, end)
        .split('\n')
        .map((line) => line.split(' ')),
    );
    [width, height, depth, maxval] = ['WIDTH', 'HEIGHT', 'DEPTH', 'MAXVAL'].map((key) =>
      Number(fields[key]),
    ) as [number, number, number, number];
    offset = end + 7;
  } else {
    const header = /^P([56])\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString('latin1', 0, 64));
    if (!header) throw new Error(`not a PNM: ${magic}`);
    depth = header[1] === '5' ? 1 : 3;
    [width, height, maxval] = [header[2], header[3], header[4]].map(Number) as [
      number,
      number,
      number,
    ];
    offset = header[0].length;
  }
  const wide = maxval > 255;
  const sample = (i: number) => {
    const value = wide ? bytes.readUInt16BE(offset + 2 * i) : bytes[offset + i]!;
    return Math.round((value * 255) / maxval);
  };
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const grey = depth <= 2;
    const at = p * depth;
    data[p * 4] = sample(at);
    data[p * 4 + 1] = sample(grey ? at : at + 1);
    data[p * 4 + 2] = sample(grey ? at : at + 2);
    data[p * 4 + 3] = depth === 2 || depth === 4 ? sample(at + depth - 1) : 255;
  }
  return { width, height, data };
}

function writePam({ width, height, data }: Raster): Buffer {
  const header = `P7\nWIDTH ${width}\nHEIGHT ${height}\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), data]);
}

/**
 * The largest difference of any channel between two rasters of one size. Where a pixel is
 * fully transparent its colour is not compared: decoders leave what they like there.
 */
export function largestDifference(a: Raster, b: Raster): number {
  if (a.width !== b.width || a.height !== b.height) return Number.POSITIVE_INFINITY;
  let largest = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const transparent = a.data[i + 3] === 0 && b.data[i + 3] === 0;
    for (let c = transparent ? 3 : 0; c < 4; c++) {
      largest = Math.max(largest, Math.abs(a.data[i + c]! - b.data[i + c]!));
    }
  }
  return largest;
}
