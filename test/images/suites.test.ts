// Public image test suites, decoded by our image step and by the formats' reference decoders
// (see suites.ts): every valid file is accepted and decodes within ±1 of the reference, every
// damaged one is refused before it could be settled as a success.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, encodeImage } from '../../src/images/codec.js';
import { ImageCheckError } from '../../src/images/errors.js';
import { MAX_PIXELS } from '../../src/images/format.js';
import { checkBytes, ImageMemory } from '../../src/images/memory.js';
import type { Raster } from '../../src/images/raster.js';
import { produceImages } from '../../src/images/transform.js';
import { checkReceivedImage, verifyImageFile } from '../../src/images/verify.js';
import { seededRandom } from '../seeded-random.js';
import { pngChunk } from './samples.js';
import {
  djpeg,
  dwebp,
  filesIn,
  largestDifference,
  missingPackages,
  pamflip,
  pngtopam,
  type Reference,
  SUITES,
} from './suites.js';

const missing = missingPackages();
if (missing.length > 0) {
  console.warn(`image suites skipped: install the Debian packages ${missing.join(', ')}`);
}
const suites = describe.skipIf(missing.length > 0);

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'suites-'));
});
afterAll(() => rm(tempDir, { recursive: true, force: true }));

let written = 0;
async function fileOf(bytes: Uint8Array): Promise<string> {
  const file = join(tempDir, `image-${written++}`);
  await writeFile(file, bytes);
  return file;
}

/** The verdict of our check on a file: accepted, or the reason it was refused. */
async function verdict(file: string): Promise<'accepted' | ImageCheckError['reason']> {
  try {
    await verifyImageFile(file, { any: true });
    return 'accepted';
  } catch (error) {
    if (error instanceof ImageCheckError) return error.reason;
    throw error;
  }
}

/** Accepted, and decoded within ±1 (or `tolerance`) of the reference decoder. */
async function expectDecodedLike(file: string, expected: Reference, tolerance = 1): Promise<void> {
  expect(expected.raster, `the reference decodes ${basename(file)}`).toBeDefined();
  const { format } = await verifyImageFile(file, { any: true });
  const ours = await decodeImage(readFileSync(file), format);
  expect(largestDifference(ours, expected.raster!), basename(file)).toBeLessThanOrEqual(tolerance);
}

async function expectRefused(file: string): Promise<void> {
  expect(await verdict(file), basename(file)).not.toBe('accepted');
}

suites('PngSuite and Go PNG test images', () => {
  const png = () => join(SUITES.goImage!, 'png/testdata');
  const valid = () => [
    ...filesIn(join(png(), 'pngsuite'), /\.png$/),
    ...filesIn(png(), /^(?!invalid-).*\.png$/),
    ...filesIn(join(SUITES.goImage!, 'testdata'), /\.png$/),
    ...filesIn(SUITES.goWebp, /\.png$/),
  ];

  it('accepts every valid file and decodes it as pngtopam does', async () => {
    const files = valid();
    expect(files.length).toBeGreaterThan(80);
    for (const file of files) await expectDecodedLike(file, withColourKey(file, pngtopam(file)));
  });

  it("refuses Go's invalid PNGs", async () => {
    const files = filesIn(png(), /^invalid-.*\.png$/);
    expect(files.map((file) => basename(file))).toEqual([
      'invalid-crc32.png',
      'invalid-noend.png',
      'invalid-palette.png',
      'invalid-trunc.png',
      'invalid-zlib.png',
    ]);
    for (const file of files) await expectRefused(file);
  });

  it("refuses PngSuite's corrupted files (x*), made from the suite's own files", async () => {
    // Each as PngSuite makes it: the same damage to the same base image.
    const base = (name: string) => readFileSync(join(png(), 'pngsuite', `${name}.png`));
    const corrupted: Record<string, Buffer> = {
      xs1n0g01: patched(base('basn0g01'), 0, 0x09), // signature byte 1, MSB reset
      xs2n0g01: patched(base('basn0g01'), 1, 0x51), // signature byte 2 is a 'Q'
      xs4n0g01: patched(base('basn0g01'), 3, 0x67), // signature byte 4 lowercase
      xs7n0g01: patched(base('basn0g01'), 6, 0x20), // 7th byte a space, not a control-Z
      xcrn0g04: replacedEvery(base('basn0g04'), 0x0a, 0x0d), // sent as text: LF to CR
      xlfn0g04: replacedEvery(base('basn0g04'), 0x0d, 0x0a), // CR to LF
      xhdn0g08: patched(base('basn0g08'), 29, base('basn0g08')[29]! ^ 0xff), // IHDR CRC
      xc1n0g08: withHeader(base('basn0g08'), 25, 1), // colour type 1
      xc9n2c08: withHeader(base('basn2c08'), 25, 9), // colour type 9
      xd0n2c08: withHeader(base('basn2c08'), 24, 0), // bit depth 0
      xd3n2c08: withHeader(base('basn2c08'), 24, 3), // bit depth 3
      xd9n2c08: withHeader(base('basn2c08'), 24, 99), // bit depth 99
      xdtn0g01: withoutChunk(base('basn0g01'), 'IDAT'), // no image data
      xcsn0g01: withBadCrc(base('basn0g01'), 'IDAT'), // IDAT CRC
    };
    for (const [name, bytes] of Object.entries(corrupted)) {
      expect(await verdict(await fileOf(bytes)), name).not.toBe('accepted');
    }
  });
});

suites('Go JPEG test images (libjpeg-turbo made) against djpeg', () => {
  const jpegs = () => filesIn(join(SUITES.goImage!, 'testdata'), /\.jpeg$/);

  it('accepts every 8-bit YCbCr, grey and Adobe RGB file, progressive or not, as djpeg decodes it', async () => {
    const files = [
      ...jpegs().filter((file) => !/cmyk|truncated/.test(file)),
      ...filesIn(SUITES.goWebp, /\.jpeg$/),
    ];
    expect(files.map((file) => basename(file))).toContain('video-001.rgb.jpeg'); // Adobe, no transform
    for (const file of files) {
      // 4:4:0: libjpeg-turbo 2.0.3 changed the rounding of its smooth 4:4:0 chroma upsampling
      // (its ChangeLog), which mozjpeg's older base keeps: one more step of rounding, at most.
      const tolerance = file.includes('.440.') ? 2 : 1;
      await expectDecodedLike(file, djpeg(readFileSync(file)), tolerance);
    }
  });

  it("accepts what libjpeg-turbo's cjpeg writes with each of its options, as djpeg decodes it", async () => {
    const png = join(SUITES.goImage!, 'testdata', 'video-001.png');
    const ppm = execFileSync('pngtopam', [png]);
    const variants = [
      ['-restart', '1'], // a restart marker every row of blocks
      ['-restart', '3B'],
      ['-progressive', '-restart', '2'],
      ['-optimize'],
      ['-sample', '2x1'],
      ['-sample', '4x1'],
      ['-sample', '1x2'], // 4:4:0: within 2, as above
      ['-sample', '1x1', '-quality', '100'],
      ['-rgb'], // Adobe, no colour transform
      ['-grayscale'],
      ['-dct', 'float', '-quality', '20'],
      ['-smooth', '30'],
    ];
    for (const options of variants) {
      const jpeg = execFileSync('cjpeg', options, { input: ppm });
      const tolerance = options.includes('1x2') ? 2 : 1;
      await expectDecodedLike(await fileOf(jpeg), djpeg(jpeg), tolerance);
    }
  });

  it('refuses the truncated progressive file and the CMYK one, saying why', async () => {
    const [cmyk, truncated] = ['video-001.cmyk.jpeg', 'video-001.progressive.truncated.jpeg'].map(
      (name) => join(SUITES.goImage!, 'testdata', name),
    );
    expect(await verdict(truncated!)).toBe('truncated');
    await expect(verifyImageFile(cmyk!, { any: true })).rejects.toThrow(/CMYK/);
  });

  it('refuses arithmetic-coded and 12-bit JPEGs before decoding them', async () => {
    const original = join(SUITES.goImage!, 'testdata', 'video-001.jpeg');
    const arithmetic = execFileSync('jpegtran', ['-arithmetic', original]);
    await expect(verifyImageFile(await fileOf(arithmetic), { any: true })).rejects.toThrow(
      /arithmetic-coded JPEG is not supported/,
    );
    // A 12-bit frame header (the sample precision byte): no image API sends these.
    const twelveBit = Buffer.from(readFileSync(original));
    twelveBit[frameHeader(twelveBit)] = 12;
    await expect(verifyImageFile(await fileOf(twelveBit), { any: true })).rejects.toThrow(
      /12-bit JPEG is not supported/,
    );
  });

  it("takes a larger share of the run's image memory for a progressive JPEG (its decoder holds every coefficient)", async () => {
    const [baseline, progressive] = ['video-001.jpeg', 'video-001.progressive.jpeg'].map((name) =>
      join(SUITES.goImage!, 'testdata', name),
    );
    const both = { format: 'jpeg' as const, width: 150, height: 103 };
    const memory = new ImageMemory(checkBytes(both) + 1);
    const other = await memory.take(1);
    const checked = await checkReceivedImage(baseline!, { exact: both }, memory);
    checked.release();
    let started = false;
    const waiting = checkReceivedImage(progressive!, { exact: both }, memory).then((image) => {
      started = true;
      return image;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toBe(false);
    other.release();
    expect((await waiting).pixels).toMatchObject({ width: 150, height: 103 });
  });

  it('decodes a progressive JPEG at the pixel cap in full; one pixel row past it is refused', async () => {
    const width = 5792;
    const height = Math.floor(MAX_PIXELS / width);
    const jpegOf = (rows: number) =>
      execFileSync('sh', ['-c', `ppmmake rgb:c8/64/32 ${width} ${rows} | cjpeg -progressive`], {
        maxBuffer: 1 << 26,
      });
    const atCap = await fileOf(jpegOf(height));
    expect(await verifyImageFile(atCap, { any: true })).toMatchObject({ width, height });
    const past = await fileOf(jpegOf(height + 1));
    expect(await verdict(past)).toBe('too-large');
  });

  it('refuses a JPEG whose structure is sound but whose tables or data are not', async () => {
    const original = readFileSync(join(SUITES.goImage!, 'testdata', 'video-001.jpeg'));
    // Every segment in place and ending at EOI, but the quantisation table is gone.
    const noTables = withoutJpegSegment(original, 0xdb);
    expect(djpeg(noTables).raster).toBeUndefined();
    expect(await verdict(await fileOf(noTables))).toBe('corrupt');
  });

  it('refuses damaged entropy data whenever djpeg fails or warns on it', async () => {
    // Bit flips in the scan. Where djpeg decodes them without a word, the damage is not
    // detectable from the bytes (JPEG has no checksum), and decoders differ in what they make
    // of it: only the damage libjpeg-turbo sees is held against us.
    const original = readFileSync(join(SUITES.goImage!, 'testdata', 'video-001.q50.420.jpeg'));
    const scan = original.indexOf(Buffer.from([0xff, 0xda]));
    const random = seededRandom(13);
    let seen = 0;
    for (let trial = 0; trial < 40; trial++) {
      const damaged = Buffer.from(original);
      for (let flips = 0; flips < 3; flips++) {
        const at = scan + 20 + Math.floor(random() * (damaged.length - scan - 24));
        damaged[at] = damaged[at]! ^ (1 << Math.floor(random() * 8));
      }
      const expected = djpeg(damaged);
      if (expected.raster && !expected.warned) continue;
      expect(await verdict(await fileOf(damaged)), `trial ${trial}`).not.toBe('accepted');
      seen++;
    }
    expect(seen).toBeGreaterThan(10);
  });
});

suites('libwebp test images (Go x/image) against dwebp', () => {
  it('accepts every lossy, lossless and alpha file and decodes it as dwebp does', async () => {
    const files = filesIn(SUITES.goWebp, /\.webp$/);
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) await expectDecodedLike(file, dwebp(file));
  });

  it('accepts a valid 1x1 lossless WebP of 28 bytes', async () => {
    // cwebp -lossless -exact of one transparent pixel.
    const tiny = Buffer.from(
      '524946461400000057454250565038  4c080000002f000000108888 08'.replace(/ /g, ''),
      'hex',
    );
    expect(tiny.length).toBe(28);
    const file = await fileOf(tiny);
    await expectDecodedLike(file, dwebp(file));
  });

  it('agrees with dwebp on damaged bitstreams: refused when dwebp fails', async () => {
    const random = seededRandom(17);
    const outcomes = { refused: 0, accepted: 0 };
    for (const name of ['yellow_rose.lossless.webp', 'tux.lossless.webp', 'video-001.lossy.webp']) {
      const original = readFileSync(join(SUITES.goWebp, name));
      for (let trial = 0; trial < 12; trial++) {
        const damaged = Buffer.from(original);
        const at = 40 + Math.floor(random() * (damaged.length - 44));
        damaged[at] = damaged[at]! ^ (1 << Math.floor(random() * 8));
        const file = await fileOf(damaged);
        const expected = dwebp(file);
        if (!expected.raster) {
          expect(await verdict(file), `${name} trial ${trial}`).not.toBe('accepted');
          outcomes.refused++;
        } else {
          await expectDecodedLike(file, expected);
          outcomes.accepted++;
        }
      }
    }
    expect(outcomes.refused).toBeGreaterThan(5);
  });
});

suites('EXIF orientation, against djpeg then pamflip', () => {
  // How Netpbm's pamflip turns an image for each EXIF orientation.
  const FLIPS: Record<number, string[][]> = {
    2: [['-lr']],
    3: [['-r180']],
    4: [['-tb']],
    5: [['-xy']],
    6: [['-cw']],
    7: [['-xy'], ['-r180']],
    8: [['-ccw']],
  };
  const original = () => readFileSync(join(SUITES.goImage!, 'testdata', 'video-001.jpeg'));

  it.each(Object.keys(FLIPS).map(Number))(
    'orientation %i: checked at its displayed size, decoded upright',
    async (orientation) => {
      const jpeg = withSegment(original(), exifSegment(orientation));
      const stored = djpeg(original()).raster!;
      const upright = FLIPS[orientation]!.reduce((raster, args) => pamflip(raster, args), stored);
      const file = await fileOf(jpeg);
      const header = await verifyImageFile(file, { exact: upright });
      expect(header).toMatchObject({ width: upright.width, height: upright.height, orientation });
      await expectDecodedLike(file, { raster: upright, warned: false });
    },
  );

  it('turns a WebP by its EXIF chunk', async () => {
    const name = join(SUITES.goWebp, 'yellow_rose.lossy-with-alpha.webp');
    const webp = readFileSync(name); // VP8X, ALPH, VP8
    const exif = exifSegment(8).subarray(4); // "Exif\0\0" and the TIFF block, as in a JPEG
    const chunk = Buffer.concat([
      Buffer.from('EXIF\0\0\0\0', 'latin1'),
      exif,
      Buffer.alloc(exif.length & 1),
    ]);
    chunk.writeUInt32LE(exif.length, 4);
    const turned = Buffer.concat([webp, chunk]);
    turned.writeUInt32LE(turned.length - 8, 4);
    turned[20] = turned[20]! | 0x08; // VP8X: the file has EXIF
    const expected = pamflip(dwebp(name).raster!, ['-ccw']);
    await expectDecodedLike(await fileOf(turned), { raster: expected, warned: false });
  });

  it('turns a PNG by its eXIf chunk too, and ignores a damaged EXIF block', async () => {
    const png = readFileSync(join(SUITES.goImage!, 'testdata', 'video-001.png'));
    const tiff = exifSegment(6).subarray(10); // the TIFF block alone, as eXIf holds it
    const turned = await fileOf(withChunk(png, pngChunk('eXIf', tiff)));
    const expected = pamflip(pngtopam(join(SUITES.goImage!, 'testdata', 'video-001.png')).raster!, [
      '-cw',
    ]);
    await expectDecodedLike(turned, { raster: expected, warned: false });
    const damaged = await fileOf(withChunk(png, pngChunk('eXIf', tiff.subarray(0, 12))));
    expect(await verifyImageFile(damaged, { any: true })).not.toHaveProperty('orientation');
  });
});

suites('ICC profiles converted to sRGB, against LittleCMS (transicc)', () => {
  /** 512 colours across the RGB cube, 8 levels a channel, as a 32x16 PNG. */
  const levels = [0, 36, 73, 109, 146, 182, 219, 255];
  const colours = levels.flatMap((r) => levels.flatMap((g) => levels.map((b) => [r, g, b])));
  const cube = (): Raster => {
    const data = new Uint8Array(colours.length * 4);
    for (const [i, rgb] of colours.entries()) data.set([...rgb, 255], i * 4);
    return { width: 32, height: 16, data };
  };
  /** What LittleCMS makes of the cube's colours in sRGB (relative colorimetric), clipped. */
  const littleCms = (profile: string): Raster => {
    const input = `${colours.map((rgb) => rgb.join(' ')).join('\n')}\n`;
    const output = execFileSync('transicc', ['-i', profile, '-o', '*sRGB', '-t', '1', '-n'], {
      input,
    }).toString();
    const values = output
      .trim()
      .split('\n')
      .filter((line) => /^[-\d. ]+$/.test(line.trim()))
      .map((line) => line.trim().split(/\s+/).map(Number));
    expect(values).toHaveLength(colours.length);
    const data = new Uint8Array(colours.length * 4);
    for (const [i, rgb] of values.entries()) {
      data.set([...rgb.map((v) => Math.round(Math.min(255, Math.max(0, v)))), 255], i * 4);
    }
    return { width: 32, height: 16, data };
  };
  const iccp = (profile: Buffer) =>
    pngChunk('iCCP', Buffer.concat([Buffer.from('icc\0\0', 'latin1'), deflateSync(profile)]));

  it.each(['display-p3', 'AdobeRGB1998', 'ProPhotoRGB', 'WideGamutRGB', 'AppleRGB', 'Rec709'])(
    '%s: the pixels as LittleCMS converts them, within ±1',
    async (name) => {
      const path =
        name === 'display-p3'
          ? join(tempDir, 'display-p3.icc')
          : join(SUITES.profiles, `${name}.icc`);
      if (name === 'display-p3') await writeFile(path, displayP3Profile());
      const png = withChunk(await encodeImage(cube(), 'png'), iccp(readFileSync(path)));
      const file = await fileOf(png);
      const header = await verifyImageFile(file, { any: true });
      expect(header.toSrgb).toBeDefined();
      await expectDecodedLike(file, { raster: littleCms(path), warned: false });
      // and written as sRGB: the received file is not reused as it is
      const outputs = produceImages({
        image: header,
        size: undefined,
        format: 'png',
        renditions: [],
      });
      const { value: master } = await outputs.next();
      expect(
        largestDifference(await decodeImage(master!.bytes, 'png'), littleCms(path)),
      ).toBeLessThanOrEqual(1);
    },
  );

  it('converts a WebP by its ICCP chunk', async () => {
    const name = join(SUITES.goWebp, 'yellow_rose.lossy-with-alpha.webp');
    const profile = join(SUITES.profiles, 'AdobeRGB1998.icc');
    const icc = readFileSync(profile);
    const chunk = Buffer.concat([
      Buffer.from('ICCP\0\0\0\0', 'latin1'),
      icc,
      Buffer.alloc(icc.length & 1),
    ]);
    chunk.writeUInt32LE(icc.length, 4);
    const webp = readFileSync(name);
    // ICCP comes right after VP8X (its 18 bytes), and VP8X says the file has one.
    const converted = Buffer.concat([webp.subarray(0, 30), chunk, webp.subarray(30)]);
    converted.writeUInt32LE(converted.length - 8, 4);
    converted[20] = converted[20]! | 0x20;
    const stored = dwebp(name).raster!;
    const file = await fileOf(converted);
    expect(await verifyImageFile(file, { any: true })).toHaveProperty('toSrgb');
    const ours = await decodeImage(readFileSync(file), 'webp');
    // LittleCMS on every distinct colour of the stored pixels.
    const input = Array.from({ length: stored.width * stored.height }, (_, p) =>
      Array.from(stored.data.subarray(p * 4, p * 4 + 3)).join(' '),
    ).join('\n');
    const lines = execFileSync('transicc', ['-i', profile, '-o', '*sRGB', '-t', '1', '-n'], {
      input: `${input}\n`,
      maxBuffer: 1 << 26,
    })
      .toString()
      .trim()
      .split('\n')
      .filter((line) => /^[-\d. ]+$/.test(line.trim()));
    const expected = { ...stored, data: Uint8Array.from(stored.data) };
    for (const [p, line] of lines.entries()) {
      const rgb = line
        .trim()
        .split(/\s+/)
        .map((v) => Math.round(Math.min(255, Math.max(0, Number(v)))));
      expected.data.set(rgb, p * 4);
    }
    expect(largestDifference(ours, expected)).toBeLessThanOrEqual(1);
  });

  it('leaves an sRGB profile alone, in a JPEG too', async () => {
    const jpeg = readFileSync(join(SUITES.goImage!, 'testdata', 'video-001.jpeg'));
    const profile = readFileSync(join(SUITES.profiles, 'sRGB.icc'));
    const app2 = Buffer.concat([
      Buffer.from([0xff, 0xe2, 0, 0]),
      Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'),
      profile,
    ]);
    app2.writeUInt16BE(app2.length - 2, 2);
    const file = await fileOf(withSegment(jpeg, app2));
    expect(await verifyImageFile(file, { any: true })).not.toHaveProperty('toSrgb');
    await expectDecodedLike(file, djpeg(jpeg));
  });

  it('refuses a profile it cannot convert, saying why', async () => {
    const png = withChunk(
      await encodeImage(cube(), 'png'),
      iccp(readFileSync(join(SUITES.profiles, 'Crayons.icc'))),
    );
    await expect(verifyImageFile(await fileOf(png), { any: true })).rejects.toThrow(
      /ICC colour profile cannot be converted to sRGB: its connection space is Lab/,
    );
  });
});

/**
 * A Display P3 profile (ICC v2, matrix/TRC): P3's primaries and D65 white adapted to D50, as
 * Apple's profile gives them, with sRGB's tone curve (a parametric curve of type 3).
 */
function displayP3Profile(): Buffer {
  const xyz = (x: number, y: number, z: number) => {
    const tag = Buffer.alloc(20);
    tag.write('XYZ ', 0, 'latin1');
    for (const [i, v] of [x, y, z].entries()) tag.writeInt32BE(Math.round(v * 65536), 8 + 4 * i);
    return tag;
  };
  const curve = Buffer.alloc(32);
  curve.write('para', 0, 'latin1');
  curve.writeUInt16BE(3, 8);
  const sRgbCurve = [2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045];
  for (const [i, v] of sRgbCurve.entries()) curve.writeInt32BE(Math.round(v * 65536), 12 + 4 * i);
  const tags: [string, Buffer][] = [
    ['wtpt', xyz(0.964203, 1, 0.824905)],
    ['rXYZ', xyz(0.515121, 0.241196, -0.001053)],
    ['gXYZ', xyz(0.291977, 0.692245, 0.041885)],
    ['bXYZ', xyz(0.157104, 0.066574, 0.784073)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const table = Buffer.alloc(4 + tags.length * 12);
  table.writeUInt32BE(tags.length);
  let offset = 128 + table.length;
  const bodies = tags.map(([name, body], i) => {
    table.write(name, 4 + i * 12, 'latin1');
    table.writeUInt32BE(offset, 8 + i * 12);
    table.writeUInt32BE(body.length, 12 + i * 12);
    offset += body.length;
    return body;
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8); // version 2.1
  header.write('mntrRGB XYZ ', 12, 'latin1');
  header.write('acsp', 36, 'latin1');
  const d50 = [0.9642, 1, 0.8249]; // the connection space's white
  for (const [i, v] of d50.entries()) header.writeInt32BE(Math.round(v * 65536), 68 + 4 * i);
  return Buffer.concat([header, table, ...bodies]);
}

/**
 * pngtopam (Netpbm 11.1) leaves a truecolour image's transparent colour key (tRNS) opaque;
 * the PNG spec makes the pixels of that colour transparent, as here.
 */
function withColourKey(file: string, expected: Reference): Reference {
  const bytes = readFileSync(file);
  const key = [...chunksOf(bytes)].find((chunk) => chunk.type === 'tRNS');
  if (!key || bytes[25] !== 2 || !expected.raster) return expected;
  const depth = bytes[24]!;
  const scale = depth === 16 ? 257 : 1;
  const colour = [0, 1, 2].map((c) => bytes.readUInt16BE(key.start + 8 + 2 * c) / scale);
  const { data } = expected.raster;
  for (let i = 0; i < data.length; i += 4) {
    if (colour.every((value, c) => Math.abs(value - data[i + c]!) < 0.5)) data[i + 3] = 0;
  }
  return expected;
}

/** An APP1 EXIF segment (little-endian TIFF) with one tag: the orientation. */
function exifSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4); // the first directory
  tiff.writeUInt16LE(1, 8); // one entry
  tiff.writeUInt16LE(0x0112, 10);
  tiff.writeUInt16LE(3, 12); // SHORT
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** The JPEG with `segment` right after its SOI marker. */
const withSegment = (jpeg: Buffer, segment: Buffer) =>
  Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);

/** The PNG with `chunk` right after IHDR. */
const withChunk = (png: Buffer, chunk: Buffer) =>
  Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);

function patched(bytes: Buffer, at: number, value: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = value;
  return copy;
}

function replacedEvery(bytes: Buffer, from: number, to: number): Buffer {
  return Buffer.from(bytes.map((byte) => (byte === from ? to : byte)));
}

/** IHDR with one byte changed and its CRC made right again: only the value is wrong. */
function withHeader(bytes: Buffer, at: number, value: number): Buffer {
  const copy = patched(bytes, at, value);
  copy.writeUInt32BE(crc32(copy.subarray(12, 29)), 29);
  return copy;
}

function* chunksOf(bytes: Buffer): Generator<{ type: string; start: number; end: number }> {
  for (let start = 8; start < bytes.length; ) {
    const end = start + 12 + bytes.readUInt32BE(start);
    yield { type: bytes.toString('latin1', start + 4, start + 8), start, end };
    start = end;
  }
}

function withoutChunk(bytes: Buffer, type: string): Buffer {
  const kept = [...chunksOf(bytes)].filter((chunk) => chunk.type !== type);
  return Buffer.concat([bytes.subarray(0, 8), ...kept.map((c) => bytes.subarray(c.start, c.end))]);
}

function withBadCrc(bytes: Buffer, type: string): Buffer {
  const chunk = [...chunksOf(bytes)].find((c) => c.type === type)!;
  return patched(bytes, chunk.end - 1, bytes[chunk.end - 1]! ^ 0xff);
}

/** The offset of the sample precision byte of the frame header (SOF0). */
function frameHeader(bytes: Buffer): number {
  return bytes.indexOf(Buffer.from([0xff, 0xc0])) + 4;
}

/** The JPEG without its segments of one marker (before the first scan). */
function withoutJpegSegment(bytes: Buffer, marker: number): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (bytes[at + 1] !== 0xda) {
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    if (bytes[at + 1] !== marker) parts.push(bytes.subarray(at, end));
    at = end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}
