// The validated manifest: every default applied, every variable substituted, every path checked.

import type { ModelRegistry } from '../models/registry.js';
import type { ImageFormat, ModelId, Quality } from '../models.js';
import type { Dimensions, SizeSpec } from '../sizes.js';

export type AssetReference =
  | { kind: 'url'; url: string }
  /** A file inside the repository: `path` relative to the repository root, posix separators. */
  | { kind: 'file'; path: string };

export interface Rendition {
  /** Relative to the manifest folder, posix separators. */
  out: string;
  size: Dimensions;
  format: ImageFormat;
}

export interface Asset {
  id: string;
  /** After ${var} substitution. */
  prompt: string;
  size: SizeSpec;
  quality: Quality;
  model: ModelId;
  fallback: ModelId[];
  format: ImageFormat;
  /** Relative to the manifest folder, posix separators. */
  out: string;
  images: AssetReference[];
  renditions: Rendition[];
  refreshMs?: number;
  async: boolean;
  /** 1-based line of the asset in the manifest, for reports. */
  line: number;
}

export interface Manifest {
  /** The manifest's path as the user gave it (for messages). */
  file: string;
  /** Absolute folder of the manifest: outputs and the lock file are relative to it. */
  dir: string;
  /** Absolute repository root: no path may leave it. */
  root: string;
  budget: { maxCredits?: number; onOverBudget: 'fail' | 'partial' };
  /** Built-in models merged with `models:` and `pricing:`, on the run's provider. */
  models: ModelRegistry;
  prune: boolean;
  assets: Asset[];
}
