// The pull request's images, for review: reviewers look at marketing images, they do not read
// hashes. Every new or changed image of the commit is a thumbnail linked at the exact commits,
// the base (before) and the pull request's head (after), so the body stays true whatever the
// branch does later.
import { escapeCell } from '../report/escape.js';
import type { PullRequestCommit } from './pull-request.js';

export interface ReviewImage {
  /** Path in the repository, posix separators. */
  path: string;
  id: string;
  /** WIDTHxHEIGHT as written. */
  size: string;
  model?: string;
  /** Credits of the asset; a rendition was made locally from its master and costs none. */
  credits: number;
  rendition: boolean;
}

export interface RepositoryAddress {
  /** GITHUB_SERVER_URL: https://github.com, or a GitHub Enterprise Server. */
  serverUrl: string;
  owner: string;
  repo: string;
}

const THUMBNAIL_WIDTH = 240;

export function imageReviewMarkdown(
  address: RepositoryAddress,
  commit: PullRequestCommit,
  images: ReviewImage[],
): string {
  const shown = images.filter((image) => commit.changed.has(image.path));
  if (shown.length === 0) return '';
  const lines = [
    '### Images',
    '',
    '| Asset | Before | After | Size | Model | Credits |',
    '|---|---|---|---|---|---:|',
  ];
  for (const image of shown) {
    const before =
      commit.changed.get(image.path) === 'modified'
        ? thumbnail(address, commit.baseSha, image, 'before')
        : 'new';
    const after = thumbnail(address, commit.headSha, image, 'after');
    const asset = `${escapeCell(image.id)}<br><code>${escapeCell(image.path, 300)}</code>`;
    const credits = image.rendition ? 'rendition' : String(image.credits);
    lines.push(
      `| ${asset} | ${before} | ${after} | ${escapeCell(image.size)} | ${escapeCell(image.model ?? '')} | ${credits} |`,
    );
  }
  return lines.join('\n');
}

/** The file's page and its raw bytes at `sha`: /blob/<sha>/<path>?raw=true also works for private repositories. */
export function blobUrl(address: RepositoryAddress, sha: string, path: string): string {
  const server = address.serverUrl.replace(/\/+$/, '');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${server}/${encodeURIComponent(address.owner)}/${encodeURIComponent(address.repo)}/blob/${sha}/${encoded}`;
}

function thumbnail(
  address: RepositoryAddress,
  sha: string,
  image: ReviewImage,
  when: 'before' | 'after',
): string {
  const page = blobUrl(address, sha, image.path);
  const alt = `${escapeCell(image.id)} ${when}`;
  return `<a href="${page}"><img src="${page}?raw=true" width="${THUMBNAIL_WIDTH}" alt="${alt}"></a>`;
}
