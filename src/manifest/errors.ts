// A manifest problem with its place in the file and how to fix it.
export interface ManifestProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  fix: string;
}

export class ManifestInvalidError extends Error {
  override readonly name = 'ManifestInvalidError';
  constructor(readonly problems: ManifestProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** `assets.yml:12:11: size 3840x1024 is not valid … Fix: use 3072x1024.` (the compiler-style line editors link). */
export function formatProblem(problem: ManifestProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}. Fix: ${problem.fix}`;
}

/**
 * The closest candidate by edit distance, for "did you mean" fixes; failing that, the one
 * candidate the name is a shortened form of (gemini-3-pro -> gemini-3-pro-image).
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  return closestByDistance(name, candidates) ?? onlyExtension(name, candidates);
}

function onlyExtension(name: string, candidates: readonly string[]): string | undefined {
  if (name.length < 3) return undefined;
  const longer = candidates.filter((candidate) => candidate.startsWith(name));
  return longer.length === 1 ? longer[0] : undefined;
}

function closestByDistance(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
