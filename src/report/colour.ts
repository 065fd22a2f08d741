// Colour on a terminal that shows it; none in CI logs, pipes, or when the user says so
// (NO_COLOR and FORCE_COLOR as Node and most CLIs read them).
export interface Paint {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) =>
  text === '' ? text : `\x1b[${open}m${text}\x1b[${close}m`;

export const COLOURS: Paint = {
  green: ansi(32, 39),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
};

const same = (text: string) => text;
export const NO_COLOURS: Paint = { green: same, red: same, yellow: same, dim: same, bold: same };

export function colourEnabled(
  stream: { isTTY?: boolean; hasColors?: () => boolean },
  env: NodeJS.ProcessEnv,
): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb' || stream.isTTY !== true) return false;
  return stream.hasColors?.() ?? true;
}

export function paintFor(
  stream: { isTTY?: boolean; hasColors?: () => boolean },
  env: NodeJS.ProcessEnv,
): Paint {
  return colourEnabled(stream, env) ? COLOURS : NO_COLOURS;
}
