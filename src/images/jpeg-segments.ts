// Walks a JPEG's marker segments, following each scan's entropy-coded data to the marker
// that ends it, so both the header reader and the integrity check share one parser.
import { u16be } from './bytes.js';
import { ImageCheckError } from './errors.js';

export interface JpegSegment {
  marker: number;
  /** Offset of the segment's payload (after the marker and the length field). */
  start: number;
  end: number;
}

export const EOI = 0xd9;
export const SOS = 0xda;

/** Frame headers (SOF0-SOF15) minus DHT (C4), JPG (C8) and DAC (CC), which share the range. */
export const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

// TEM and the restart markers stand alone, without a length field.
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** Yields every segment up to and including EOI; throws when the bytes end before it. */
export function* jpegSegments(bytes: Uint8Array): Generator<JpegSegment> {
  let offset = 2;
  for (;;) {
    if (offset + 2 > bytes.length) throw truncated(`no marker after byte ${offset}`);
    if (bytes[offset] !== 0xff) {
      throw new ImageCheckError(
        'corrupt',
        `the JPEG image is damaged: no marker at byte ${offset}`,
      );
    }
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // a fill byte before the marker
      continue;
    }
    offset += 2;
    if (marker === EOI) {
      yield { marker, start: offset, end: offset };
      return;
    }
    if (isStandalone(marker)) continue;
    if (offset + 2 > bytes.length) throw truncated(`segment at byte ${offset} has no length`);
    const end = offset + u16be(bytes, offset);
    if (end > bytes.length) throw truncated(`segment at byte ${offset} runs past the end`);
    yield { marker, start: offset + 2, end };
    offset = marker === SOS ? endOfEntropyData(bytes, end) : end;
  }
}

/** The offset of the marker ending a scan: a 0xFF not followed by 0x00 (stuffing) or RSTn. */
function endOfEntropyData(bytes: Uint8Array, offset: number): number {
  for (let at = bytes.indexOf(0xff, offset); ; at = bytes.indexOf(0xff, at + 1)) {
    if (at < 0 || at + 1 >= bytes.length) throw truncated('image data stops before EOI');
    const next = bytes[at + 1]!;
    if (next !== 0x00 && next !== 0xff && (next < 0xd0 || next > 0xd7)) return at;
  }
}

const truncated = (detail: string) =>
  new ImageCheckError('truncated', `the JPEG image is truncated: ${detail}`);
