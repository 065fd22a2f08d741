// docs/sizes.md against src/sizes.ts: the Gemini pixel tables, the size mapping examples and the
// suggested sizes are all recomputed here, so the page cannot drift from what a run does.
import { describe, expect, it } from 'vitest';
import { builtInRegistry, TIERS } from '../../src/models/registry.js';
import {
  checkGptImage2Size,
  type Dimensions,
  formatSize,
  type GeminiTier,
  GPT_IMAGE_2_PRESETS,
  geminiPixels,
  geminiTarget,
  nearestValidSize,
  parseSize,
} from '../../src/sizes.js';
import { read, tablesStartingWith } from './helpers.js';

const doc = read('docs/sizes.md');
const PRO = 'gemini-3-pro-image';
const FLASH = 'gemini-3.1-flash-image';
const FLASH_25 = 'gemini-2.5-flash-image';
// The mapping table is nanobanana's, the default provider (no 21:9 for gemini-2.5-flash-image).
const models = builtInRegistry('nanobanana');
const ratiosOf = (id: string) => builtInRegistry('pixapi').get(id).ratios;
const tiersOf = (id: string) => models.get(id).tiers;
const pixelsOf = (ratio: string, tier: GeminiTier, id: string) =>
  geminiPixels(models.get(id), ratio, tier);

function only<T>(tables: T[], what: string): T {
  expect(tables, `docs/sizes.md has one ${what} table`).toHaveLength(1);
  return tables[0]!;
}

function dimensions(text: string): Dimensions {
  const size = parseSize(text);
  if (!size || size === 'auto') throw new Error(`not WIDTHxHEIGHT: ${text}`);
  return size;
}

describe('docs/sizes.md', () => {
  it('lists the gpt-image-2 presets', () => {
    for (const preset of GPT_IMAGE_2_PRESETS) expect(doc).toContain(`\`${preset}\``);
  });

  it('has the Gemini 3 pixel table of geminiPixels, every ratio and tier', () => {
    const rows = only(tablesStartingWith(doc, ['ratio', '512', '1K', '2K', '4K']), 'Gemini 3');
    expect(rows.map((row) => row[0])).toEqual([...ratiosOf(FLASH)]);
    for (const row of rows) {
      const ratio = row[0]!;
      TIERS.forEach((tier, column) => {
        const pixels = pixelsOf(ratio, tier, FLASH);
        expect(row[column + 1], `${ratio} at ${tier}`).toBe(formatSize(pixels));
        // gemini-3-pro shares the table for the ratios and tiers it offers.
        if (ratiosOf(PRO).includes(ratio) && tiersOf(PRO).includes(tier)) {
          expect(pixelsOf(ratio, tier, PRO)).toEqual(pixels);
        }
      });
    }
  });

  it('says which ratios and tiers gemini-3-pro lacks, as the code does', () => {
    expect(tiersOf(PRO)).toEqual(['1K', '2K', '4K']);
    expect(tiersOf(FLASH)).toEqual(['512', '1K', '2K', '4K']);
    expect(ratiosOf(FLASH).slice(0, ratiosOf(PRO).length)).toEqual([...ratiosOf(PRO)]);
    expect(ratiosOf(FLASH).slice(ratiosOf(PRO).length)).toEqual(['1:4', '4:1', '1:8', '8:1']);
    expect(doc).toContain('gemini-3-pro-image has neither the 512 column nor the last four rows');
    const models = only(tablesStartingWith(doc, ['Model', 'Aspect ratios', 'Tiers']), 'models');
    const tiers = Object.fromEntries(models.map((row) => [row[0]!.replaceAll('`', ''), row[2]]));
    expect(tiers[PRO]).toBe(tiersOf(PRO).join(' '));
    expect(tiers[FLASH]).toBe(tiersOf(FLASH).join(' '));
    expect(tiers[FLASH_25]).toBe(tiersOf(FLASH_25).join(' '));
  });

  it('has the gemini-2.5-flash-image pixel table of geminiPixels', () => {
    const rows = only(tablesStartingWith(doc, ['ratio', '1K']), 'Gemini 2.5');
    expect(rows.map((row) => row[0])).toEqual([...ratiosOf(FLASH_25)]);
    for (const [ratio, pixels] of rows) {
      expect(pixels, ratio).toBe(formatSize(pixelsOf(ratio!, '1K', FLASH_25)));
    }
  });

  it('maps requested sizes to Gemini ratios and tiers as geminiTarget does', () => {
    const rows = only(tablesStartingWith(doc, ['Requested', PRO, FLASH, FLASH_25]), 'size mapping');
    expect(rows.length).toBeGreaterThan(5);
    for (const [requested, ...cells] of rows) {
      const size = parseSize(requested!);
      expect(size, requested).toBeDefined();
      [PRO, FLASH, FLASH_25].forEach((model, column) => {
        const target = geminiTarget(models.get(model), size!);
        const written = `${target.ratio} ${target.tier} (${formatSize(target.pixels)})`;
        expect(cells[column], `${requested} on ${model}`).toBe(written);
      });
    }
  });

  it('suggests the sizes nearestValidSize suggests, for sizes that are invalid', () => {
    const rows = only(tablesStartingWith(doc, ['Size', 'Breaks', 'Suggested']), 'suggestions');
    expect(rows.length).toBeGreaterThan(5);
    for (const [size, , suggested] of rows) {
      const requested = dimensions(size!);
      expect(checkGptImage2Size(requested).length, `${size} is invalid`).toBeGreaterThan(0);
      expect(suggested, size).toBe(formatSize(nearestValidSize(requested)));
      expect(checkGptImage2Size(dimensions(suggested!))).toEqual([]);
    }
  });

  // The error messages the page quotes are checked in test/manifest/size-advice.test.ts.

  it('documents the tiers the code knows', () => {
    for (const tier of TIERS satisfies readonly GeminiTier[]) expect(doc).toContain(tier);
  });
});
