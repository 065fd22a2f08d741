// The contact sheet's HTML: user text escaped, images inline, nothing loaded from elsewhere.
import { describe, expect, it } from 'vitest';
import { contactSheet, escapeHtml } from '../../src/report/contact-sheet.js';

const row = {
  id: 'hero',
  change: 'changed' as const,
  reason: 'out/<img src=x onerror=alert(1)>.png was changed outside asset-forge',
  size: '1024x1024',
  tier: '1K',
  quality: 'low',
  model: 'gpt-image-2',
  credits: 1,
  selected: true,
};

describe('contactSheet', () => {
  it('escapes user text: the manifest path, reasons, file paths', () => {
    const html = contactSheet('"><script>alert(1)</script>.yml', [
      { row, image: { path: "it's<b>.png", mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) } },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('it&#39;s&lt;b&gt;.png');
    expect(html).toContain('src="data:image/png;base64,AQID"');
  });

  it('allows images from data: only, and no script (its Content-Security-Policy)', () => {
    expect(contactSheet('assets.yml', [{ row }])).toContain(
      `content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`,
    );
  });

  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
