// `asset-forge preview`: the contact sheet of every asset, written to one HTML file, and with
// --open shown in the browser ($BROWSER, else the system's opener).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lockEntry } from '../lockfile.js';
import type { PlannedRun } from '../pipeline.js';
import { contactSheet, type SheetAsset, type SheetImage } from '../report/contact-sheet.js';
import { toPlanDocument } from '../report/plan-document.js';

const MIME: Record<string, SheetImage['mime']> = {
  png: 'image/png',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

export function writePreview(planned: PlannedRun, manifestName: string, out: string): string {
  const rows = toPlanDocument(planned.plan).assets;
  const assets: SheetAsset[] = planned.plan.items.map((item, index) => {
    const entry = lockEntry(planned.lock, item.asset.id);
    const image = readImage(planned.manifest.dir, item.asset.out, item.asset.format);
    return {
      row: rows[index]!,
      ...(entry ? { servedBy: entry.model } : {}),
      ...(image ? { image } : {}),
    };
  });
  const path = resolve(out);
  writeFileSync(path, contactSheet(manifestName, assets));
  return path;
}

function readImage(dir: string, out: string, format: string): SheetImage | undefined {
  try {
    return { path: out, mime: MIME[format]!, bytes: readFileSync(join(dir, ...out.split('/'))) };
  } catch {
    return undefined; // not generated yet (or unreadable): the card says so
  }
}

/** Opens the file in a browser; false when no opener could be started. */
export function openInBrowser(path: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const [command, ...args] = env.BROWSER
    ? [env.BROWSER, path]
    : process.platform === 'darwin'
      ? ['open', path]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', path]
        : ['xdg-open', path];
  return new Promise((resolve) => {
    const child = spawn(command!, args, { detached: true, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
