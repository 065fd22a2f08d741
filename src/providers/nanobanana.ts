// nanobanana: JSON generate and edit. Reference images go as URLs only; Gemini models take
// their resolution tier as a model-id suffix and their aspect ratio as image_size.
import { formatSize, type GeminiTier } from '../sizes.js';
import { downloadDelivered, saveResultImage } from './download.js';
import { callApi, failure, type HttpSettings, httpSettings, type ProviderOptions } from './http.js';
import { modelLister } from './models.js';
import type { ImageRequest, Provider } from './types.js';

export const NANOBANANA_BASE_URL = 'https://api.nanobananaapi.dev';

/** 1K is the bare model id. */
const TIER_SUFFIX: Record<GeminiTier, string> = {
  '512': '-512',
  '1K': '',
  '2K': '-2k',
  '4K': '-4k',
};

export function createNanobananaProvider(options: ProviderOptions): Provider {
  const settings = httpSettings('nanobanana', NANOBANANA_BASE_URL, options);
  return {
    name: 'nanobanana',
    free: false,
    async generate(request) {
      const answer = await callApi(settings, {
        method: 'POST',
        path: request.images.length > 0 ? '/v1/images/edit' : '/v1/images/generate',
        json: nanobananaBody(request, settings),
        signal: request.signal,
      });
      const file = await saveResultImage(answer, settings, request);
      return { file, ...(answer.requestId ? { requestId: answer.requestId } : {}) };
    },
    async redeliver(delivery, request) {
      // nanobanana answers synchronously: a result URL is all there is to fetch again.
      if (!delivery.url) {
        throw failure(
          settings,
          'has no task API: only a result URL can be fetched again',
          'asset',
          {
            cause: 'bad-answer',
          },
        );
      }
      const file = await downloadDelivered({ ...delivery, url: delivery.url }, settings, request);
      return { file, ...(delivery.requestId ? { requestId: delivery.requestId } : {}) };
    },
    listModels: modelLister(settings),
  };
}

/** The JSON body; `image` is always an array of URLs, which the API takes as well as one URL. */
function nanobananaBody(
  request: ImageRequest,
  settings: Pick<HttpSettings, 'provider' | 'apiKey'>,
): Record<string, unknown> {
  const { target } = request;
  const body: Record<string, unknown> =
    target.family === 'gpt-image'
      ? {
          model: request.model,
          prompt: request.prompt,
          n: 1,
          size: formatSize(target.size),
          quality: target.quality,
        }
      : {
          model: `${request.model}${TIER_SUFFIX[target.tier]}`,
          prompt: request.prompt,
          num: 1,
          image_size: target.ratio,
        };
  if (request.images.length > 0) body.image = referenceUrls(request, settings);
  return body;
}

function referenceUrls(
  request: ImageRequest,
  settings: Pick<HttpSettings, 'provider' | 'apiKey'>,
): string[] {
  return request.images.map((image) => {
    if (image.kind === 'url') return image.url;
    throw failure(
      settings,
      `takes reference images as https URLs only; use pixapi for repository files (${image.path})`,
      'asset',
      { cause: 'reference' },
    );
  });
}
