// The provider's model list, `GET /v1/models` in the OpenAI shape that both gateways follow
// ({data: [{id}]}; https://pixapi.ai/docs/api-reference/): what `doctor` shows and what model
// resolution reads (SPEC 6). A gateway without the endpoint (404) has no list: undefined.
import { callApi, type HttpSettings, isRecord } from './http.js';
import { ProviderError } from './types.js';

/** More would be a hostile answer; ids longer than this are no model ids. */
const MAX_MODELS = 5_000;
const MAX_ID_LENGTH = 200;

/**
 * One provider's list, asked for once: `doctor` before a run and the run's model resolution
 * read the same answer. A failed ask is not kept, so a later one asks again.
 */
export function modelLister(
  settings: HttpSettings,
): (signal: AbortSignal) => Promise<readonly string[] | undefined> {
  let listed: Promise<readonly string[] | undefined> | undefined;
  return (signal) => {
    listed ??= listModels(settings, signal).catch((error: unknown) => {
      listed = undefined;
      throw error;
    });
    return listed;
  };
}

async function listModels(
  settings: HttpSettings,
  signal: AbortSignal,
): Promise<readonly string[] | undefined> {
  try {
    const { body } = await callApi(settings, { method: 'GET', path: '/v1/models', signal });
    return modelIds(body);
  } catch (error) {
    if (error instanceof ProviderError && (error.status === 404 || error.status === 405)) {
      return undefined;
    }
    throw error;
  }
}

/** The ids of {data: [{id}]}, {data: ["id"]} or {models: [...]}; undefined for anything else. */
export function modelIds(body: unknown): string[] | undefined {
  const list = isRecord(body) ? (body.data ?? body.models) : body;
  if (!Array.isArray(list)) return undefined;
  const ids = list.slice(0, MAX_MODELS).flatMap((entry) => {
    const id = isRecord(entry) ? (entry.id ?? entry.name) : entry;
    return typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH ? [id] : [];
  });
  return [...new Set(ids)];
}
