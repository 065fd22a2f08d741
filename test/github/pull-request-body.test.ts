import { describe, expect, it } from 'vitest';
import {
  blobUrl,
  imageReviewMarkdown,
  type ReviewImage,
} from '../../src/github/pull-request-body.js';

const address = { serverUrl: 'https://github.example.com/', owner: 'acme', repo: 'site' };
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const image = (path: string, extra: Partial<ReviewImage> = {}): ReviewImage => ({
  path,
  id: 'hero',
  size: '1024x1024',
  model: 'gpt-image-2',
  credits: 14,
  rendition: false,
  ...extra,
});

describe('imageReviewMarkdown', () => {
  it('shows only the images the commit changes, before at the base and after at the head', () => {
    const markdown = imageReviewMarkdown(
      address,
      {
        headSha: HEAD,
        baseSha: BASE,
        changed: new Map([
          ['img/hero.png', 'modified'],
          ['img/new.png', 'added'],
        ]),
      },
      [image('img/hero.png'), image('img/new.png', { id: 'new' }), image('img/same.png')],
    );
    const rows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Asset'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(
      `<img src="https://github.example.com/acme/site/blob/${BASE}/img/hero.png?raw=true"`,
    );
    expect(rows[0]).toContain(
      `<img src="https://github.example.com/acme/site/blob/${HEAD}/img/hero.png?raw=true"`,
    );
    expect(rows[1]).toMatch(/\| new \| <a href=/);
    expect(markdown).not.toContain('same.png');
  });

  it('is empty when no image changed', () => {
    expect(
      imageReviewMarkdown(address, { headSha: HEAD, baseSha: BASE, changed: new Map() }, [
        image('a.png'),
      ]),
    ).toBe('');
  });

  it('keeps hostile ids and paths from breaking the table, the HTML or the link', () => {
    const hostile = image('img/"><script>x</script> #1|@you.png', { id: 'x|<b>@octocat</b>' });
    const markdown = imageReviewMarkdown(
      address,
      { headSha: HEAD, baseSha: BASE, changed: new Map([[hostile.path, 'added']]) },
      [hostile],
    );
    const row = markdown.split('\n').at(-1)!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6); // six cells, whatever the text
    expect(row).not.toMatch(/<script>|<b>|@octocat/);
    expect(row).toContain('/img/%22%3E%3Cscript%3Ex%3C/script%3E%20%231%7C%40you.png?raw=true"');
  });
});

describe('blobUrl', () => {
  it('encodes each path segment and keeps the slashes', () => {
    expect(blobUrl(address, HEAD, 'web/og @2x.png')).toBe(
      `https://github.example.com/acme/site/blob/${HEAD}/web/og%20%402x.png`,
    );
  });
});
