// Types of build.mjs for the TypeScript that imports it (the quick-start test builds a clone).
import type { BuildOptions } from 'esbuild';

export declare const buildOptions: BuildOptions;
