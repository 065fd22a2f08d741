// `asset-forge preview`: a contact sheet that a real browser (headless Chromium) shows with every
// asset's placeholder in its own colour, and its id, size, model, credits and change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { placeholderPalette } from '../../src/images/placeholder.js';
import { withChromium } from '../chromium.js';
import { makeProject, manifestText, type Project } from '../generate/helpers.js';
import { deltaE } from '../images/colour-distance.js';
import { cli } from './run-cli.js';

let project: Project | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

type Rgb = [number, number, number];
const mean = (a: Rgb, b: Rgb): Rgb => [0, 1, 2].map((i) => (a[i]! + b[i]!) / 2) as Rgb;

/** The average colour of a patch of the screenshot. */
function patch(png: PNG, cx: number, cy: number, half: number): Rgb {
  const sum: Rgb = [0, 0, 0];
  let n = 0;
  for (let y = Math.round(cy - half); y <= cy + half; y++) {
    for (let x = Math.round(cx - half); x <= cx + half; x++) {
      const at = (y * png.width + x) * 4;
      for (let c = 0; c < 3; c++) sum[c]! += png.data[at + c]!;
      n++;
    }
  }
  return sum.map((v) => v / n) as Rgb;
}

describe('asset-forge preview', () => {
  it('shows every asset in Chromium: its own colour at its box, and id, size, model, credits, change', async () => {
    const ids = ['card-1', 'card-2', 'card-3'];
    project = makeProject({ assets: ids.map((id) => ({ id, size: '1536x1024' })) });
    expect((await cli(['generate', project.manifest, '--provider', 'offline'])).code).toBe(0);
    // One more asset, not generated yet.
    writeFileSync(
      project.manifest,
      manifestText({ assets: [...ids.map((id) => ({ id, size: '1536x1024' })), { id: 'later' }] }),
    );
    const out = join(project.dir, 'sheet.html');

    const preview = await cli(['preview', project.manifest, '--provider', 'offline', '--out', out]);

    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain(out);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|src="(?!data:)/); // self-contained, no script

    await withChromium(async (context) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(pathToFileURL(out).href);
      const shot = PNG.sync.read(await page.screenshot({ fullPage: true }));

      const seen: Rgb[] = [];
      for (const id of ids) {
        const box = (await page.locator(`img[data-asset="${id}"]`).boundingBox())!;
        expect(box.width).toBeGreaterThan(100);
        // Between the grid lines and clear of the diagonals and the label.
        const colour = patch(shot, box.x + (box.width * 5) / 16, box.y + (box.height * 3) / 16, 4);
        const palette = placeholderPalette(id);
        expect(deltaE(colour, mean(palette.background, palette.stripe)), id).toBeLessThan(12);
        seen.push(colour);
      }
      for (let i = 1; i < seen.length; i++) {
        expect(deltaE(seen[i - 1]!, seen[i]!), `${ids[i - 1]} / ${ids[i]}`).toBeGreaterThan(20);
      }

      const card = (id: string) => page.locator(`section[data-asset="${id}"]`);
      const text = await card('card-2').innerText();
      expect(text).toMatch(
        /card-2\s+size\s+1536x1024\s+model\s+gpt-image-2\s+credits\s+0 \(up to date; cost 0\)\s+change\s+unchanged/,
      );
      const later = await card('later').innerText();
      expect(later).toContain('not generated yet');
      expect(later).toMatch(/change\s+new: not generated yet/);
    });
  });

  it('--open hands the file to $BROWSER', async () => {
    project = makeProject({ assets: [{ id: 'hero' }] });
    const opened = join(project.dir, 'opened.txt');
    const browser = join(project.dir, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\necho "$1" > '${opened}'\n`, { mode: 0o755 });
    const out = join(project.dir, 'sheet.html');

    const { code } = await cli(['preview', project.manifest, '--out', out, '--open'], {
      BROWSER: browser,
    });

    expect(code).toBe(0);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      try {
        expect(readFileSync(opened, 'utf8').trim()).toBe(out);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error('the browser was not started with the file');
  });
});
