// Codecs compiled to WebAssembly with Emscripten (@jsquash's builds of libwebp and mozjpeg).
//
// The bytes are imported (esbuild's binary loader; a vitest plugin in tests) rather than
// fetched by the Emscripten glue, which looks for them beside itself: there is no
// node_modules beside the bundle. We call the glue's factories, not @jsquash's
// encode/decode wrappers, because those keep one instance for good, and a WebAssembly
// memory never shrinks: after one 4K encode it would hold ~270 MB for the rest of the run.
// Here each image gets a fresh instance (a few ms), garbage-collected with its memory after.

// Where there is no ImageData, the glue defines one inside its factory, and that global class
// would keep the first instance, memory and all, alive for good. Ours keeps nothing.
(globalThis as { ImageData?: unknown }).ImageData ??= class ImageData {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height: number,
  ) {}
};

type EmscriptenFactory = (options: {
  noInitialRun: boolean;
  print: (text: string) => void;
  printErr: (text: string) => void;
  instantiateWasm: (imports: object, done: (instance: WebAssembly.Instance) => void) => object;
}) => Promise<unknown>;

/**
 * A new instance of a compiled codec, ready to use. What the C code prints (libjpeg's
 * warnings and errors) goes to `messages`, never to the run's output.
 */
export async function instantiate<Codec>(
  factory: unknown,
  module: WebAssembly.Module,
  messages: string[] = [],
): Promise<Codec> {
  const keep = (text: string) => void messages.push(text);
  return (await (factory as EmscriptenFactory)({
    noInitialRun: true,
    print: keep,
    printErr: keep,
    instantiateWasm(imports, done) {
      const instance = new WebAssembly.Instance(module, imports);
      done(instance);
      return instance.exports;
    },
  })) as Codec;
}

/** A view of a decoded image's pixels (a copy made by the glue, not the instance's memory). */
export const pixelsOf = ({ data }: { data: Uint8ClampedArray }) =>
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
