// Paths as a workflow sees them: relative to the workspace with / separators, and the plan file
// in the runner's temp folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { PlanDocument } from '../report/plan-document.js';

/** A path relative to the workspace with / separators; one outside it stays absolute. */
export function posixRelative(workspace: string, path: string): string {
  const inside = relative(workspace, path);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return path;
  return inside.split(sep).join('/');
}

/** A path relative to the manifest's folder (as the lock file keeps them), made workspace-relative. */
export function workspacePath(workspace: string, manifestDir: string, path: string): string {
  return posixRelative(workspace, join(manifestDir, ...path.split('/')));
}

/** Writes the plan JSON under RUNNER_TEMP (the `plan` output) and returns its path. */
export function writePlanFile(document: PlanDocument, env: NodeJS.ProcessEnv): string {
  const folder = join(env.RUNNER_TEMP || tmpdir(), 'asset-forge');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'plan.json');
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
}
