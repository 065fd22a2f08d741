// `asset-forge preview`: one HTML file of every asset (its image, id, size, model, credits and
// change) for review in a browser. Images are inline data URIs, not links: the file is
// self-contained, so it can be moved, attached to a review or opened from a download, and it
// shows the images as they were when it was made. It runs no script and loads nothing (its
// Content-Security-Policy allows images from data: only); all user text is escaped.
import type { PlanDocument } from './plan-document.js';

export interface SheetImage {
  /** The output path, relative to the manifest folder. */
  path: string;
  mime: 'image/png' | 'image/webp' | 'image/jpeg';
  bytes: Uint8Array;
}

export interface SheetAsset {
  row: PlanDocument['assets'][number];
  /** The model that served the image on disk, from the lock file. */
  servedBy?: string;
  image?: SheetImage;
}

export function contactSheet(manifest: string, assets: readonly SheetAsset[]): string {
  const cards = assets.map(card).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>asset-forge preview: ${escapeHtml(manifest)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 16px; background: #f4f4f5; color: #18181b; }
h1 { font-size: 18px; margin: 0 0 12px; }
.sheet { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 16px; }
.card { background: #fff; border: 1px solid #d4d4d8; border-radius: 6px; padding: 8px; }
.frame { display: flex; align-items: center; justify-content: center; height: 240px; background: #e4e4e7; }
.frame img { max-width: 100%; max-height: 240px; }
.none { color: #71717a; }
.id { font-weight: 600; margin: 6px 0 2px; word-break: break-all; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 0; }
dt { color: #71717a; } dd { margin: 0; word-break: break-all; }
.change-unchanged { color: #15803d; } .change-new, .change-changed, .change-missing, .change-stale, .change-forced { color: #b45309; }
</style>
</head>
<body>
<h1>${escapeHtml(manifest)}: ${assets.length} assets</h1>
<main class="sheet">
${cards}
</main>
</body>
</html>
`;
}

function card({ row, servedBy, image }: SheetAsset): string {
  const picture = image
    ? `<img src="data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}" alt="${escapeHtml(row.id)}" data-asset="${escapeHtml(row.id)}">`
    : '<span class="none">not generated yet</span>';
  const credits =
    row.change === 'unchanged'
      ? `0 (up to date${row.previousCredits !== undefined ? `; cost ${row.previousCredits}` : ''})`
      : `${row.credits} to generate${row.previousCredits !== undefined ? ` (last cost ${row.previousCredits})` : ''}`;
  const fields: [string, string][] = [
    ['size', row.size],
    [
      'model',
      servedBy && servedBy !== row.model ? `${row.model} (image by ${servedBy})` : row.model,
    ],
    ['credits', credits],
    ['change', row.change === 'unchanged' ? 'unchanged' : `${row.change}: ${row.reason}`],
    ...(image ? [['file', image.path] as [string, string]] : []),
  ];
  return `<section class="card" data-asset="${escapeHtml(row.id)}">
<div class="frame">${picture}</div>
<div class="id">${escapeHtml(row.id)}</div>
<dl>${fields
    .map(
      ([name, value]) =>
        `<dt>${name}</dt><dd${name === 'change' ? ` class="change-${row.change}"` : ''}>${escapeHtml(value)}</dd>`,
    )
    .join('')}</dl>
</section>`;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
