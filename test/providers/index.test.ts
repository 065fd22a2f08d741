import { describe, expect, it } from 'vitest';
import { createProvider } from '../../src/providers/index.js';

describe('createProvider', () => {
  it.each(['nanobanana', 'pixapi'] as const)('makes %s, a paid provider', (name) => {
    const provider = createProvider(name, { apiKey: 'k' });
    expect(provider).toMatchObject({ name, free: false });
  });

  it('makes the offline provider without a key', () => {
    expect(createProvider('offline')).toMatchObject({ name: 'offline', free: true });
  });

  it('refuses a real provider without a key, before sending anything', () => {
    expect(() => createProvider('pixapi', {})).toThrow(
      'provider pixapi needs an API key (the api-key input or ASSET_FORGE_API_KEY)',
    );
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => createProvider('nanobanana', { apiKey: 'k', baseUrl: 'file:///tmp' })).toThrow(
      /base-url must be an http\(s\) URL/,
    );
  });
});
