// One sticky comment per pull request, found again by a hidden marker and edited in place.
// As in infracost's comment handling, the marker carries the time the content is valid at,
// so a slow older run never overwrites what a newer run already posted.
import type { Octokit } from './client.js';
import { apiFailureOf, isUnavailable, rateLimitOf } from './rate-limit.js';

/**
 * GitHub refuses comment and PR bodies longer than this many characters. Lengths here are
 * UTF-16 units, never fewer than GitHub's characters, so the cap errs on the safe side.
 */
export const GITHUB_BODY_LIMIT = 65_536;

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /**
   * The markdown, as one string: the caller builds the tables, and too long a body is cut
   * at a line boundary (capCommentBody) so its first lines, the summary, always show.
   */
  body: string;
  /** Tells this comment apart from others the action may post: letters, digits, . _ / - */
  marker: string;
  /** When the content was true, e.g. the time of the plan or of the head commit. */
  validAt: Date;
}

export type StickyCommentAction =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'skipped-newer'
  | 'forbidden'
  | 'unavailable';

export interface StickyCommentResult {
  action: StickyCommentAction;
  url?: string;
  /** Why it could not be posted ('unavailable'): GitHub's message. */
  reason?: string;
}

/**
 * Creates or updates the comment. Never throws for a token that may not comment (a pull
 * request from a fork): that is 'forbidden', and the caller writes the job summary instead;
 * nor for a rate limit or server error that outlasted the client's retries: 'unavailable'.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  comment: StickyComment,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber } = comment;
  const header = markerLine(comment.marker, comment.validAt);
  const body = `${header}\n${capCommentBody(comment.body, GITHUB_BODY_LIMIT - header.length - 1)}`;
  try {
    const existing = await findMarkedComment(octokit, comment);
    if (!existing) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
      });
      return { action: 'created', url: data.html_url };
    }
    if (existing.validAt > comment.validAt) {
      return { action: 'skipped-newer', url: existing.url };
    }
    if (withoutMarker(existing.body) === withoutMarker(body)) {
      return { action: 'unchanged', url: existing.url };
    }
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', url: data.html_url };
  } catch (error) {
    if (isPermissionDenied(error)) return { action: 'forbidden' };
    if (isUnavailable(error)) return { action: 'unavailable', reason: (error as Error).message };
    throw error;
  }
}

const CODE_FENCE = '```';

/**
 * Cuts a body longer than `limit` characters at a line boundary, so that tables keep whole
 * rows, and says how many lines were left out. A code fence left open by the cut is closed.
 * A first line longer than the limit leaves only the note.
 */
export function capCommentBody(
  body: string,
  limit: number = GITHUB_BODY_LIMIT,
  seeAlso = 'see the job summary',
): string {
  if (body.length <= limit) return body;
  const lines = body.split('\n');
  // Room for the longest possible note and a closing fence.
  const room = limit - leftOutNote(lines.length, seeAlso).length - CODE_FENCE.length - 1;
  let length = 0;
  let count = 0;
  for (const line of lines) {
    if (length + line.length + 1 > room) break;
    length += line.length + 1;
    count++;
  }
  const kept = lines.slice(0, count);
  const fences = kept.filter((line) => line.trimStart().startsWith(CODE_FENCE)).length;
  if (fences % 2 === 1) kept.push(CODE_FENCE);
  return [...kept, leftOutNote(lines.length - count, seeAlso)].join('\n');
}

function leftOutNote(lineCount: number, seeAlso: string): string {
  // The blank line ends a table the cut may have left open.
  return `\n… ${lineCount} more lines left out; ${seeAlso}`;
}

const MARKER_NAME = /^[\w./-]+$/;

function markerLine(marker: string, validAt: Date): string {
  if (!MARKER_NAME.test(marker)) {
    throw new Error(`Invalid comment marker '${marker}': use letters, digits, '.', '_', '/', '-'`);
  }
  return `<!-- asset-forge:${marker} valid-at=${validAt.toISOString()} -->`;
}

function withoutMarker(body: string): string {
  return body.replace(/^<!-- asset-forge:\S+ valid-at=\S* -->\n?/, '');
}

interface MarkedComment {
  id: number;
  body: string;
  url: string;
  validAt: Date;
}

async function findMarkedComment(
  octokit: Octokit,
  { owner, repo, issueNumber, marker }: StickyComment,
): Promise<MarkedComment | undefined> {
  const pattern = new RegExp(
    `^<!-- asset-forge:${marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} valid-at=(\\S*) -->`,
  );
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const comment of data) {
      const match = comment.body?.match(pattern);
      if (match) {
        // An unreadable time counts as oldest, so our content replaces it.
        const validAt = new Date(match[1] ?? '');
        return {
          id: comment.id,
          body: comment.body ?? '',
          url: comment.html_url,
          validAt: Number.isNaN(validAt.getTime()) ? new Date(0) : validAt,
        };
      }
    }
  }
  return undefined;
}

/** 403/404 from a token without write access; a 403 for a rate limit is not one. */
function isPermissionDenied(error: unknown): boolean {
  const failure = apiFailureOf(error);
  return failure.status === 404 || (failure.status === 403 && !rateLimitOf(failure));
}
