// Runs the CLI's main() in this process and captures what it printed.
import { vi } from 'vitest';
import { main } from '../../src/cli.js';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args, env);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
