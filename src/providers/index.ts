// The provider of a run, by name.
import type { ProviderOptions } from './http.js';
import { createNanobananaProvider } from './nanobanana.js';
import { createOfflineProvider } from './offline.js';
import { createPixapiProvider } from './pixapi.js';
import type { Provider, ProviderName } from './types.js';

export { PROVIDER_DEFAULTS, type ProviderOptions } from './http.js';

/** Throws (before anything is sent) when a real provider has no key or a bad base URL. */
export function createProvider(name: ProviderName, options: ProviderOptions = {}): Provider {
  switch (name) {
    case 'offline':
      return createOfflineProvider();
    case 'nanobanana':
      return createNanobananaProvider(options);
    case 'pixapi':
      return createPixapiProvider(options);
  }
}
