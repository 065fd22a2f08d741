// A 5x7 bitmap font for the placeholders' labels (ids are lower-case letters, digits, - and _;
// sizes add x): no font file, no text renderer. Each glyph is 7 rows of 5 bits, two hex
// digits a row, the leftmost pixel the highest bit.
export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;

const GLYPHS: Record<string, string> = {
  '0': '0e11131519110e',
  '1': '040c040404040e',
  '2': '0e11010204081f',
  '3': '1f02040201110e',
  '4': '02060a121f0202',
  '5': '1f101e0101110e',
  '6': '0608101e11110e',
  '7': '1f010204080808',
  '8': '0e11110e11110e',
  '9': '0e11110f01020c',
  a: '00000e010f110f',
  b: '1010161911111e',
  c: '00000e1010110e',
  d: '01010d1311110f',
  e: '00000e111f100e',
  f: '0609081c080808',
  g: '000f11110f010e',
  h: '10101619111111',
  i: '04000c0404040e',
  j: '0200060202120c',
  k: '10101214181412',
  l: '0c04040404040e',
  m: '00001a15151111',
  n: '00001619111111',
  o: '00000e1111110e',
  p: '00001e111e1010',
  q: '00000d130f0101',
  r: '00001619101010',
  s: '00000e100e011e',
  t: '08081c08080906',
  u: '0000111111130d',
  v: '00001111110a04',
  w: '0000111115150a',
  x: '0000110a040a11',
  y: '000011110f010e',
  z: '00001f0204081f',
  '-': '0000001f000000',
  _: '0000000000001f',
  ' ': '00000000000000',
  '?': '0e110102040004',
};

/** Whether the pixel (column, row) of `char`'s glyph is ink; an unknown character draws '?'. */
export function glyphPixel(char: string, column: number, row: number): boolean {
  const glyph = GLYPHS[char] ?? GLYPHS['?']!;
  const bits = Number.parseInt(glyph.slice(row * 2, row * 2 + 2), 16);
  return ((bits >> (GLYPH_WIDTH - 1 - column)) & 1) === 1;
}
