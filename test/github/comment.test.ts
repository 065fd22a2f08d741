import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capSummary } from '../../src/action/report.js';
import { createOctokit } from '../../src/github/client.js';
import {
  capCommentBody,
  GITHUB_BODY_LIMIT,
  upsertStickyComment,
} from '../../src/github/comment.js';
import { type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';

const target = { owner: 'acme', repo: 'site', issueNumber: 7, marker: 'plan' };
const at = (iso: string) => new Date(iso);

describe('upsertStickyComment', () => {
  let api: FakeGitHubApi;
  const octokit = (token = 'ghs_valid') => createOctokit(token, { GITHUB_API_URL: api.url });
  const writes = () => api.requests.filter((request) => request.method !== 'GET');

  beforeEach(async () => {
    api = await startFakeGitHubApi({ forbiddenTokens: ['ghs_fork'] });
  });
  afterEach(() => api.close());

  it('creates the comment with the hidden marker on top', async () => {
    const result = await upsertStickyComment(octokit(), {
      ...target,
      body: '## Cost preview',
      validAt: at('2025-01-02T03:04:05.000Z'),
    });
    expect(result.action).toBe('created');
    expect(result.url).toContain('#issuecomment-');
    expect(api.comments[0]?.body).toBe(
      '<!-- asset-forge:plan valid-at=2025-01-02T03:04:05.000Z -->\n## Cost preview',
    );
    expect(writes()[0]).toMatchObject({ method: 'POST', auth: 'token' });
  });

  it('finds its comment again on a later page and updates it in place', async () => {
    for (let i = 0; i < 150; i++) api.addComment('acme', 'site', 7, `chatter ${i}`);
    // Same marker name on another PR and a longer marker name on this one: not ours.
    api.addComment(
      'acme',
      'site',
      8,
      '<!-- asset-forge:plan valid-at=2025-01-01T00:00:00.000Z -->\nx',
    );
    api.addComment(
      'acme',
      'site',
      7,
      '<!-- asset-forge:plan-2 valid-at=2025-01-01T00:00:00.000Z -->\nx',
    );
    const ours = api.addComment(
      'acme',
      'site',
      7,
      '<!-- asset-forge:plan valid-at=2025-01-01T00:00:00.000Z -->\nold table',
    );

    const result = await upsertStickyComment(octokit(), {
      ...target,
      body: 'new table',
      validAt: at('2025-01-02T00:00:00.000Z'),
    });

    expect(result).toEqual({ action: 'updated', url: ours.html_url });
    expect(ours.body).toBe(
      '<!-- asset-forge:plan valid-at=2025-01-02T00:00:00.000Z -->\nnew table',
    );
    const pages = api.requests.filter((request) => request.path.endsWith('/issues/7/comments'));
    expect(pages.map((request) => request.query.page ?? '1')).toEqual(['1', '2']);
    expect(pages.every((request) => request.query.per_page === '100')).toBe(true);
    expect(writes()).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/repos/acme/site/issues/comments/${ours.id}`,
      }),
    ]);
  });

  it('does not edit a comment whose content is unchanged', async () => {
    api.addComment(
      'acme',
      'site',
      7,
      '<!-- asset-forge:plan valid-at=2025-01-01T00:00:00.000Z -->\nsame',
    );
    const result = await upsertStickyComment(octokit(), {
      ...target,
      body: 'same',
      validAt: at('2025-01-05T00:00:00.000Z'),
    });
    expect(result.action).toBe('unchanged');
    expect(writes()).toEqual([]);
  });

  it('leaves a comment from a newer run alone', async () => {
    const newer = api.addComment(
      'acme',
      'site',
      7,
      '<!-- asset-forge:plan valid-at=2025-03-01T00:00:00.000Z -->\nnewer',
    );
    const result = await upsertStickyComment(octokit(), {
      ...target,
      body: 'older',
      validAt: at('2025-02-01T00:00:00.000Z'),
    });
    expect(result).toEqual({ action: 'skipped-newer', url: newer.html_url });
    expect(newer.body).toContain('newer');
    expect(writes()).toEqual([]);
  });

  it("answers 'forbidden' instead of failing when the token may not comment", async () => {
    const result = await upsertStickyComment(octokit('ghs_fork'), {
      ...target,
      body: 'preview',
      validAt: new Date(),
    });
    expect(result).toEqual({ action: 'forbidden' });
    expect(api.comments).toEqual([]);
  });

  it('caps a body that is too long for GitHub', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| asset-${i} | new | 1024x1024 | 40 |`);
    await upsertStickyComment(octokit(), {
      ...target,
      body: rows.join('\n'),
      validAt: new Date(),
    });
    const posted = api.comments[0]?.body ?? '';
    expect(posted.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(posted.startsWith('<!-- asset-forge:plan ')).toBe(true);
    expect(posted).toMatch(/more lines left out; see the job summary$/);
  });

  it('refuses a marker that could break out of the HTML comment', async () => {
    await expect(
      upsertStickyComment(octokit(), { ...target, marker: 'x -->', body: '', validAt: new Date() }),
    ).rejects.toThrow(/Invalid comment marker/);
  });
});

describe('capCommentBody', () => {
  it('returns a short body as it is', () => {
    expect(capCommentBody('a\nb', 10)).toBe('a\nb');
  });

  it('cuts at a line boundary and counts the lines left out', () => {
    const body = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(2, '0')}`).join(
      '\n',
    );
    const capped = capCommentBody(body, 200);
    expect(capped.length).toBeLessThanOrEqual(200);
    const lines = capped.split('\n');
    const kept = lines.slice(0, -2);
    expect(kept.every((line, i) => line === `line ${String(i).padStart(2, '0')}`)).toBe(true);
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-1)).toBe(`… ${100 - kept.length} more lines left out; see the job summary`);
  });

  it('closes a code fence the cut left open', () => {
    const body = [
      'Errors:',
      '```',
      ...Array.from({ length: 50 }, (_, i) => `error ${i}`),
      '```',
    ].join('\n');
    const capped = capCommentBody(body, 150);
    expect(capped.length).toBeLessThanOrEqual(150);
    expect(capped.split('\n').filter((line) => line === '```')).toHaveLength(2);
  });
});

describe('capSummary', () => {
  it('keeps a job summary under its byte limit, cutting whole lines and saying where the rest is', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `| asset-${i} | new | 🎨 ${'é'.repeat(50)} |`,
    );
    const markdown = ['### asset-forge cost preview', '', ...rows].join('\n');
    const capped = capSummary(markdown, 100_000);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(100_000);
    expect(Buffer.byteLength(capped)).toBeGreaterThan(80_000);
    expect(capped).toMatch(
      /\n… \d+ more lines left out; see the plan file \(the `plan` output\) for every asset$/,
    );
    expect(capSummary('short')).toBe('short');
  });
});
