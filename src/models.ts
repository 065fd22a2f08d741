// The image models asset-forge knows, and how each one is asked for a size.
export type Quality = 'low' | 'medium' | 'high' | 'auto';
export type ImageFormat = 'png' | 'webp' | 'jpeg';

export const QUALITIES = ['low', 'medium', 'high', 'auto'] as const;
export const IMAGE_FORMATS = ['png', 'webp', 'jpeg'] as const;

/** gpt-image-2 takes WIDTHxHEIGHT; Gemini image models take an aspect ratio and a resolution tier. */
export type ModelFamily = 'gpt-image' | 'gemini';

export const MODEL_IDS = [
  'gpt-image-2',
  'gemini-3-pro-image-preview',
  'gemini-3.1-flash-image-preview',
  'gemini-2.5-flash-image',
] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export function isModelId(value: string): value is ModelId {
  return (MODEL_IDS as readonly string[]).includes(value);
}

export function modelFamily(model: ModelId): ModelFamily {
  return model === 'gpt-image-2' ? 'gpt-image' : 'gemini';
}
