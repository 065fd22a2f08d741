/**
 * A fake of the Actions results service that @actions/artifact 6 uploads to: a real
 * node:http server on 127.0.0.1 answering the twirp calls CreateArtifact and
 * FinalizeArtifact, and the Azure block-blob PUTs to the signed URL it hands out (staged
 * blocks then a block list, or one whole PUT). It keeps each uploaded zip so a test can
 * read the entries back with readZipEntries.
 *
 *   const service = await startFakeArtifactService();
 *   Object.assign(process.env, service.env);      // or vi.stubEnv for each entry
 *   await uploadFilesArtifact({ name: 'generated-assets', files, rootDirectory });
 *   const [artifact] = service.artifacts;
 *   readZipEntries(artifact.zip);                  // Map of entry name -> bytes
 *   await service.close();
 *
 * As the service does, CreateArtifact answers 409 for a name this workflow run already has
 * (twirp already_exists; the client reports "Failed request: (409) Conflict: an artifact with
 * this name already exists on the workflow run", as in actions/upload-artifact issue 634), and
 * every twirp call without the runtime token as its bearer answers 401 (twirp unauthenticated;
 * https://twitchtv.github.io/twirp/docs/spec_v7.html#error-codes).
 *
 * Leave GITHUB_SERVER_URL unset (or github.com): @actions/artifact refuses to upload when it
 * names any other host, 127.0.0.1 included, as that looks like GitHub Enterprise Server.
 * GITHUB_RETENTION_DAYS, when set, caps the retention the client asks for.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface UploadedArtifact {
  id: number;
  name: string;
  /** The CreateArtifact request as sent (snake_case JSON, e.g. expires_at). */
  createRequest: Record<string, unknown>;
  /** The FinalizeArtifact request, once finalized (size, hash). */
  finalizeRequest?: Record<string, unknown>;
  /** The uploaded blob: the zip. */
  zip: Buffer;
}

export interface FakeArtifactService {
  /** The value for ACTIONS_RESULTS_URL. */
  url: string;
  /** Environment @actions/artifact needs to talk to this fake. */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string };
  artifacts: UploadedArtifact[];
  requests: { method: string; path: string; query: Record<string, string> }[];
  close(): Promise<void>;
}

export async function startFakeArtifactService(
  ids: { runId?: string; jobId?: string } = {},
): Promise<FakeArtifactService> {
  const blocks = new Map<string, Buffer>();
  const service: FakeArtifactService = {
    url: '',
    env: {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(ids.runId ?? 'run-1', ids.jobId ?? 'job-1'),
      ACTIONS_RESULTS_URL: '',
    },
    artifacts: [],
    requests: [],
    close: () => new Promise((done) => server.close(() => done())),
  };

  const twirp = (method: string, request: Record<string, unknown>): TwirpAnswer => {
    if (method === 'CreateArtifact') {
      if (service.artifacts.some((a) => a.name === request.name)) {
        return twirpError(
          409,
          'already_exists',
          'an artifact with this name already exists on the workflow run',
        );
      }
      const id = service.artifacts.length + 1;
      service.artifacts.push({
        id,
        name: String(request.name),
        createRequest: request,
        zip: Buffer.alloc(0),
      });
      return {
        status: 200,
        body: {
          ok: true,
          signed_upload_url: `${service.url}/blob/${id}/artifact.zip?sig=fake-signature`,
        },
      };
    }
    if (method === 'FinalizeArtifact') {
      const artifact = service.artifacts.findLast((a) => a.name === request.name);
      if (!artifact) return twirpError(404, 'not_found', 'no such artifact');
      artifact.finalizeRequest = request;
      return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
    }
    return twirpError(404, 'bad_route', `no handler for ${method}`);
  };

  const putBlob = (artifact: UploadedArtifact, query: Record<string, string>, body: Buffer) => {
    if (query.comp === 'block') {
      blocks.set(`${artifact.id}:${query.blockid}`, body);
    } else if (query.comp === 'blocklist') {
      const ids = [
        ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g),
      ];
      artifact.zip = Buffer.concat(
        ids.map(([, id]) => blocks.get(`${artifact.id}:${id}`) ?? Buffer.alloc(0)),
      );
    } else {
      artifact.zip = body;
    }
  };

  const server = createServer(async (incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    service.requests.push({ method: incoming.method ?? '', path: url.pathname, query });
    const body = await readBody(incoming);

    if (incoming.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
      const answer =
        incoming.headers.authorization === `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`
          ? twirp(url.pathname.slice(TWIRP_PREFIX.length), JSON.parse(body.toString('utf8')))
          : twirpError(401, 'unauthenticated', 'invalid runtime token');
      return send(response, answer.status, JSON.stringify(answer.body), 'application/json');
    }
    const blob = url.pathname.match(/^\/blob\/(\d+)\//);
    const artifact = blob && service.artifacts.find((a) => a.id === Number(blob[1]));
    if (incoming.method === 'PUT' && artifact) {
      putBlob(artifact, query, body);
      return send(response, 201, '');
    }
    send(response, 404, '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service.env.ACTIONS_RESULTS_URL = `${service.url}/`;
  return service;
}

interface TwirpAnswer {
  status: number;
  body: unknown;
}

/** A twirp error: its HTTP status and a JSON body with `code` and `msg`. */
function twirpError(status: number, code: string, msg: string): TwirpAnswer {
  return { status, body: { code, msg } };
}

/** Entry name -> content of a zip (stored or deflated entries, no zip64). */
export function readZipEntries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const headerLength =
      46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = zip.readUInt32LE(offset + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += headerLength;
  }
  return entries;
}

/** An unsigned JWT with the scope @actions/artifact reads its backend ids from. */
export function runtimeToken(runId: string, jobId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ scp: `Actions.Results:${runId}:${jobId}` })}.`;
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: string, contentType?: string): void {
  response.writeHead(status, contentType ? { 'content-type': contentType } : {});
  response.end(body);
}
