// The image of an answer, to a file in the request's temp folder: a URL is streamed to disk
// (never held in memory) under a size cap, a deadline and a redirect limit; base64 was decoded
// to disk as the answer arrived (b64-spool.ts), or is decoded here.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { copyFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { request } from 'undici';
import { claimSpooled, isSpoolToken } from './b64-spool.js';
import {
  type ApiAnswer,
  deliveryValue,
  failure,
  type HttpSettings,
  isRecord,
  rebilled,
  withDeadline,
} from './http.js';
import { type Delivery, type FailureCause, type ImageRequest, ProviderError } from './types.js';

/** `spooled`: a b64_json image already decoded to a file as the answer arrived (b64-spool.ts). */
export type ImageSource = { url: string } | { base64: string } | { spooled: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Accepts data.url (a string or an array), data[].url and data[].b64_json (SPEC §6). */
export function findImage(body: unknown): ImageSource | undefined {
  const data = isRecord(body) ? body.data : undefined;
  const first = Array.isArray(data) ? data[0] : data;
  if (!isRecord(first)) return undefined;
  const url = Array.isArray(first.url) ? first.url[0] : first.url;
  if (typeof url === 'string' && url) return { url };
  const base64 = first.b64_json;
  if (typeof base64 !== 'string' || !base64) return undefined;
  if (!isSpoolToken(base64)) return { base64 };
  const spooled = claimSpooled(base64);
  return spooled ? { spooled } : undefined;
}

/**
 * Writes the answer's image to a new file and returns its path. An answer without an image
 * is a failed attempt, never a success. Once the answer holds an image the provider has billed
 * it (SPEC 4): `onAnswered` hears what can fetch it again, and any later failure (download,
 * decoding) says billing 'delivered'.
 */
export async function saveResultImage(
  answer: ApiAnswer,
  settings: HttpSettings,
  request: Pick<ImageRequest, 'tempDir' | 'signal' | 'onAnswered'>,
  taskId?: string,
): Promise<string> {
  const source = findImage(answer.body);
  if (!source) {
    throw failure(settings, 'answered without an image', 'transient', {
      cause: 'no-image',
      ...(answer.requestId ? { requestId: answer.requestId } : {}),
    });
  }
  const delivery = deliveryValue(
    {
      ...('url' in source ? { url: source.url } : {}),
      ...(taskId ? { taskId } : {}),
      ...(answer.requestId ? { requestId: answer.requestId } : {}),
    },
    settings.apiKey,
  );
  request.onAnswered?.(delivery);
  try {
    if ('url' in source) return await downloadToFile(source.url, settings, request);
    if ('base64' in source)
      return await writeBase64ToFile(source.base64, settings, request.tempDir);
    return await claimSpooledFile(source.spooled, settings, request.tempDir);
  } catch (error) {
    throw error instanceof ProviderError ? rebilled(error, 'delivered', delivery) : error;
  }
}

/** Fetches a journaled result URL again: no API call, so nothing is bought twice. */
export async function downloadDelivered(
  delivery: Delivery & { url: string },
  settings: HttpSettings,
  request: Pick<ImageRequest, 'tempDir' | 'signal'>,
): Promise<string> {
  try {
    return await downloadToFile(delivery.url, settings, request);
  } catch (error) {
    throw error instanceof ProviderError ? rebilled(error, 'delivered', delivery) : error;
  }
}

/** Moves a spooled image into the request's folder, held to the same size cap. */
async function claimSpooledFile(
  spooled: string,
  settings: HttpSettings,
  tempDir: string,
): Promise<string> {
  const file = tempFile(tempDir);
  try {
    if ((await stat(spooled)).size > settings.maxImageBytes) throw tooLarge(settings, 'bad-answer');
    await rename(spooled, file).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await copyFile(spooled, file); // another file system
    });
    return file;
  } finally {
    await rm(spooled, { force: true });
  }
}

/**
 * Streams the URL to a file. The API key is never sent: the URL may be any host. Every
 * failure is transient, since another attempt gets another URL, and of cause 'download': the
 * API answered, the image did not come (a 404 here is the image host's, not the API's).
 */
async function downloadToFile(
  url: string,
  settings: HttpSettings,
  target: Pick<ImageRequest, 'tempDir' | 'signal'>,
): Promise<string> {
  const file = tempFile(target.tempDir);
  try {
    const deadline = settings.downloadTimeoutMs;
    await withDeadline(
      settings,
      'image download',
      deadline,
      target.signal,
      { cause: 'download' },
      async (signal) => {
        let location = httpUrl(settings, url);
        for (let redirects = 0; ; redirects++) {
          const response = await request(location, {
            method: 'GET',
            headers: { accept: 'image/*' },
            signal,
            dispatcher: settings.dispatcher,
          });
          const status = response.statusCode;
          if (REDIRECT_STATUSES.has(status) && response.headers.location) {
            await response.body.dump();
            if (redirects >= settings.maxRedirects) {
              throw failure(
                settings,
                `image URL redirected more than ${settings.maxRedirects} times`,
                'transient',
                { cause: 'download' },
              );
            }
            location = httpUrl(settings, new URL(String(response.headers.location), location).href);
            continue;
          }
          if (status < 200 || status > 299) {
            await response.body.dump();
            throw failure(settings, `image URL answered HTTP ${status}`, 'transient', {
              status,
              cause: 'download',
            });
          }
          if (Number(response.headers['content-length']) > settings.maxImageBytes) {
            response.body.destroy();
            throw tooLarge(settings, 'download');
          }
          await pipeline(
            response.body,
            byteCap(settings),
            createWriteStream(file, { flags: 'wx' }),
          );
          return;
        }
      },
    );
    return file;
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

export async function writeBase64ToFile(
  base64: string,
  settings: HttpSettings,
  tempDir: string,
): Promise<string> {
  // Checked before decoding: 4 base64 characters carry 3 bytes.
  if ((base64.length * 3) / 4 > settings.maxImageBytes + 2) throw tooLarge(settings, 'bad-answer');
  const file = tempFile(tempDir);
  await writeFile(file, Buffer.from(base64, 'base64'), { flag: 'wx' });
  return file;
}

function tempFile(tempDir: string): string {
  return join(tempDir, `image-${randomUUID()}`);
}

/** Only http(s): a provider must not make us read local files or other schemes. */
function httpUrl(settings: HttpSettings, value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw failure(
      settings,
      `answered an image URL that is not http(s): ${value.slice(0, 100)}`,
      'transient',
      { cause: 'download' },
    );
  }
  return url;
}

function byteCap(settings: HttpSettings): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > settings.maxImageBytes ? tooLarge(settings, 'download') : null, chunk);
    },
  });
}

function tooLarge(settings: HttpSettings, cause: FailureCause) {
  return failure(settings, `image is larger than ${settings.maxImageBytes} bytes`, 'transient', {
    cause,
  });
}
