// Provider messages reach logs and terminals: one line, and nothing in it that makes it read
// otherwise than it is (bidirectional controls, zero-width characters), whoever wrote it.
import { afterEach, describe, expect, it } from 'vitest';
import { oneLine } from '../src/text-safety.js';
import { type Gateway, startGateway } from './fakes/gateway.js';
import { API_KEY, makeProject, type Project, release } from './generate/helpers.js';
import { spawnCli } from './reliability/helpers.js';

const HIDDEN = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('oneLine', () => {
  it('makes one line; controls, bidirectional and zero-width characters become spaces', () => {
    expect(oneLine('a\n::error::b\r\n\tc')).toBe('a ::error::b c');
    expect(oneLine('hero\u202egnp.exe\u200b \u2066x\u2069\ufeff')).toBe('hero gnp.exe x');
  });
});

describe('the built CLI, against a provider whose message hides its direction', () => {
  let gw: Gateway | undefined;
  let project: Project | undefined;
  afterEach(() => release(gw, project));

  it('shows the message without bidirectional or zero-width characters', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script([{ status: 422, message: 'Rejected: see \u202egnp.exe\u2066 and \u200bwait' }]);
    project = makeProject({ defaults: { fallback: [] }, assets: [{ id: 'hero' }] });

    const exit = await spawnCli(['generate', project.manifest, '--base-url', gw.url], {
      ASSET_FORGE_API_KEY: API_KEY,
    }).exited;

    expect(exit.code).toBe(1);
    expect(exit.stdout).toContain('gnp.exe');
    expect(exit.stdout + exit.stderr).not.toMatch(HIDDEN);
  });
});
