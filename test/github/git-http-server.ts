// A real smart-HTTP git server for tests: git http-backend behind node:http on 127.0.0.1,
// serving every repository under a folder to one accepted token (basic auth as GitHub takes
// it), recording the Authorization headers of each request.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const basic = (token: string) => Buffer.from(`x-access-token:${token}`).toString('base64');

export interface GitHttpServer {
  /** http://127.0.0.1:<port> */
  url: string;
  server: Server;
  /** The Authorization headers of every request, in order. */
  authorizations: string[][];
  close(): Promise<void>;
}

/** Serves every repository under `root` with git http-backend, for the one accepted `token`. */
export async function startGitHttpServer(root: string, token: string): Promise<GitHttpServer> {
  const authorizations: string[][] = [];
  const server = createServer((request, response) => {
    const headers = request.rawHeaders.filter((_, i) => i % 2 === 0);
    const sent = request.rawHeaders.filter(
      (_, i) => i % 2 === 1 && headers[(i - 1) / 2]?.toLowerCase() === 'authorization',
    );
    authorizations.push(sent);
    if (sent.length !== 1 || sent[0]?.toLowerCase() !== `basic ${basic(token)}`.toLowerCase()) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const backend = execFile(
      'git',
      ['http-backend'],
      {
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: url.pathname,
          QUERY_STRING: url.search.slice(1),
          REQUEST_METHOD: request.method,
          CONTENT_TYPE: request.headers['content-type'] ?? '',
          HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
          REMOTE_USER: 'x-access-token',
          REMOTE_ADDR: '127.0.0.1',
        },
      },
      (_error, stdout) => {
        const split = stdout.indexOf('\r\n\r\n');
        const head = stdout.subarray(0, split).toString('latin1').split('\r\n');
        const status = Number(
          head.find((line) => line.startsWith('Status:'))?.split(' ')[1] ?? 200,
        );
        for (const line of head) {
          const [name, ...value] = line.split(': ');
          if (name && name !== 'Status') response.setHeader(name, value.join(': '));
        }
        response.writeHead(status).end(stdout.subarray(split + 4));
      },
    );
    request.pipe(backend.stdin!);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    authorizations,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
