// Runs the CLI from source in a child process (src/cli.ts only runs itself as dist/cli.js):
//   node --import tsx test/generate/cli-entry.ts generate assets.yml ...
import { main } from '../../src/cli.js';

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`asset-forge: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
