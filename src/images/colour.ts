// Colour profiles: outputs are sRGB (SPEC §6). An image that carries an ICC profile other
// than sRGB (a Display P3 or Adobe RGB image from a phone or an editor) has its pixels
// converted to sRGB here, as a colour-managed viewer would show them; writing them as they
// are, without the profile, would shift every colour (P3 red would come out dull).
//
// We convert the profiles images carry in practice: matrix/TRC ("matrix-shaper") RGB
// profiles, whose pixel-to-colour rule is three tone curves and a 3x3 matrix (ICC.1 §F.3),
// with relative colorimetric intent and clipping, as LittleCMS does for them. Profiles
// described by lookup tables only, grey, CMYK and the like are refused with the reason.
// docs/performance.md gives the measurement against LittleCMS.
import { ascii, u16be, u32be } from './bytes.js';
import { ImageCheckError } from './errors.js';
import type { Raster } from './raster.js';

/** Turns a raster's pixels to sRGB in place. */
export type ToSrgb = (raster: Raster) => void;

/**
 * What it takes to show the profile's pixels in sRGB: undefined when they already are sRGB
 * (within a rounding), else the conversion. Throws an ImageCheckError for a profile that
 * cannot be converted or does not read.
 */
export function conversionToSrgb(profile: Uint8Array): ToSrgb | undefined {
  const icc = readProfile(profile);
  const curves = icc.curves.map(curveTable);
  const matrix = multiply(XYZ_TO_SRGB, icc.toXyz);
  if (isIdentity(matrix) && curves.every(isSrgbCurve)) return undefined;
  return (raster) => convert(raster, curves, matrix);
}

interface Profile {
  /** Device values (0-1) to linear light, one curve a channel. */
  curves: Curve[];
  /** Linear device RGB to XYZ (D50, the ICC connection space), rows of a 3x3 matrix. */
  toXyz: number[][];
}

type Curve = (value: number) => number;

const refuse = (detail: string) =>
  new ImageCheckError(
    'unsupported',
    `its ICC colour profile cannot be converted to sRGB: ${detail}`,
  );
const damaged = (detail: string) =>
  new ImageCheckError('corrupt', `the image's ICC colour profile is damaged: ${detail}`);

function readProfile(bytes: Uint8Array): Profile {
  if (bytes.length < 132 || ascii(bytes, 36, 4) !== 'acsp') throw damaged('no ICC header');
  const space = ascii(bytes, 16, 4);
  const connection = ascii(bytes, 20, 4);
  const tags = new Map<string, Uint8Array>();
  const count = u32be(bytes, 128);
  if (132 + count * 12 > bytes.length) throw damaged('its tag table runs past the end');
  for (let i = 0, at = 132; i < count; i++, at += 12) {
    const offset = u32be(bytes, at + 4);
    const size = u32be(bytes, at + 8);
    if (offset + size > bytes.length || size < 8) throw damaged('a tag runs past the end');
    tags.set(ascii(bytes, at, 4), bytes.subarray(offset, offset + size));
  }
  const tag = (name: string) => {
    const data = tags.get(name);
    if (!data) throw refuse(`a ${space.trim()} profile without ${name} (not a matrix/TRC profile)`);
    return data;
  };
  if (connection !== 'XYZ ') throw refuse(`its connection space is ${connection.trim()}, not XYZ`);
  if (space !== 'RGB ') throw refuse(`a ${space.trim()} profile (RGB profiles only)`);
  const columns = ['rXYZ', 'gXYZ', 'bXYZ'].map((name) => readXyz(tag(name)));
  return {
    curves: ['rTRC', 'gTRC', 'bTRC'].map((name) => readCurve(tag(name))),
    toXyz: [0, 1, 2].map((row) => columns.map((column) => column[row]!)),
  };
}

const s15Fixed16 = (b: Uint8Array, i: number) => (u32be(b, i) | 0) / 65536;

function readXyz(data: Uint8Array): number[] {
  if (ascii(data, 0, 4) !== 'XYZ ' || data.length < 20) throw damaged('a colorant is not XYZ');
  return [s15Fixed16(data, 8), s15Fixed16(data, 12), s15Fixed16(data, 16)];
}

/** 'curv' (identity, a gamma, or a table) or 'para' (ICC.1 parametric functions 0-4). */
function readCurve(data: Uint8Array): Curve {
  const type = ascii(data, 0, 4);
  if (type === 'curv') {
    const count = u32be(data, 8);
    if (12 + count * 2 > data.length) throw damaged('a tone curve runs past its tag');
    if (count === 0) return (x) => x;
    if (count === 1) {
      const gamma = u16be(data, 12) / 256;
      return (x) => x ** gamma;
    }
    const table = Array.from({ length: count }, (_, i) => u16be(data, 12 + 2 * i) / 65535);
    return (x) => {
      const at = x * (count - 1);
      const i = Math.min(count - 2, Math.floor(at));
      return table[i]! + (table[i + 1]! - table[i]!) * (at - i);
    };
  }
  if (type === 'para') {
    const kind = u16be(data, 8);
    const arity = [1, 3, 4, 5, 7][kind];
    if (arity === undefined || 12 + arity * 4 > data.length)
      throw damaged('a bad parametric curve');
    const [g, a = 1, b = 0, c = 0, d = 0, e = 0, f = 0] = Array.from({ length: arity }, (_, i) =>
      s15Fixed16(data, 12 + 4 * i),
    ) as [number, ...number[]];
    const power = (x: number) => (x > 0 ? x ** g : 0);
    if (kind === 0) return power;
    if (kind === 1) return (x) => (x >= -b / a ? power(a * x + b) : 0);
    if (kind === 2) return (x) => (x >= -b / a ? power(a * x + b) + c : c);
    if (kind === 3) return (x) => (x >= d ? power(a * x + b) : c * x);
    return (x) => (x >= d ? power(a * x + b) + e : c * x + f);
  }
  throw refuse(`a tone curve of type '${type}'`);
}

/** The curve at the 256 8-bit values. */
const curveTable = (curve: Curve) =>
  Float64Array.from({ length: 256 }, (_, i) => Math.min(1, Math.max(0, curve(i / 255))));

const srgbDecode = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const srgbEncode = (v: number) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

const isSrgbCurve = (table: Float64Array) =>
  table.every((value, i) => Math.abs(value - srgbDecode(i / 255)) < 0.5 / 255);

// sRGB's colorants as its ICC profile gives them: adapted to D50 (Bradford), rows of X, Y, Z.
const SRGB_TO_XYZ = [
  [0.436066, 0.385147, 0.143066],
  [0.222488, 0.716873, 0.060608],
  [0.013916, 0.097076, 0.714096],
];
const XYZ_TO_SRGB = invert(SRGB_TO_XYZ);
const isIdentity = (m: number[][]) =>
  m.every((row, i) => row.every((value, j) => Math.abs(value - (i === j ? 1 : 0)) < 2e-3));

function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) =>
    [0, 1, 2].map((j) => row.reduce((sum, value, k) => sum + value * b[k]![j]!, 0)),
  );
}

function invert(m: number[][]): number[][] {
  const [[a, b, c], [d, e, f], [g, h, i]] = m as [number[], number[], number[]] & number[][][];
  const [A, B, C] = [e! * i! - f! * h!, f! * g! - d! * i!, d! * h! - e! * g!];
  const det = a! * A + b! * B + c! * C;
  return [
    [A / det, (c! * h! - b! * i!) / det, (b! * f! - c! * e!) / det],
    [B / det, (a! * i! - c! * g!) / det, (c! * d! - a! * f!) / det],
    [C / det, (b! * g! - a! * h!) / det, (a! * e! - b! * d!) / det],
  ];
}

/** Linear light to 8-bit sRGB, at 1/65535 steps: finer than any 8-bit rounding needs. */
const ENCODE_STEPS = 65535;
let encodeTable: Uint8Array | undefined;

function convert(raster: Raster, curves: Float64Array[], m: number[][]): void {
  encodeTable ??= Uint8Array.from({ length: ENCODE_STEPS + 1 }, (_, i) =>
    Math.round(255 * srgbEncode(i / ENCODE_STEPS)),
  );
  const out = encodeTable;
  const [r, g, b] = curves as [Float64Array, Float64Array, Float64Array];
  const [[m00, m01, m02], [m10, m11, m12], [m20, m21, m22]] = m as number[][] as [
    [number, number, number],
    [number, number, number],
    [number, number, number],
  ];
  const steps = (v: number) => (v <= 0 ? 0 : v >= 1 ? ENCODE_STEPS : Math.round(v * ENCODE_STEPS));
  const { data } = raster;
  for (let i = 0; i < data.length; i += 4) {
    const lr = r[data[i]!]!;
    const lg = g[data[i + 1]!]!;
    const lb = b[data[i + 2]!]!;
    data[i] = out[steps(m00 * lr + m01 * lg + m02 * lb)]!;
    data[i + 1] = out[steps(m10 * lr + m11 * lg + m12 * lb)]!;
    data[i + 2] = out[steps(m20 * lr + m21 * lg + m22 * lb)]!;
  }
}
