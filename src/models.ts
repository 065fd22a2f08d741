// The output vocabulary of an asset: its quality and the file format written. The models
// themselves are data in src/models/registry.ts (docs/models.md).
export type Quality = 'low' | 'medium' | 'high' | 'auto';
export type ImageFormat = 'png' | 'webp' | 'jpeg';

export const QUALITIES = ['low', 'medium', 'high', 'auto'] as const;
export const IMAGE_FORMATS = ['png', 'webp', 'jpeg'] as const;

export type { ModelFamily, ModelId } from './models/registry.js';
