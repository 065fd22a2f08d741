// Why a received image was refused. The generator counts it as a failed attempt (SPEC §6).

export type ImageCheckReason =
  | 'empty'
  | 'not-an-image'
  | 'truncated'
  | 'corrupt'
  | 'unsupported'
  | 'too-large'
  | 'wrong-dimensions'
  | 'wrong-aspect';

export class ImageCheckError extends Error {
  override readonly name = 'ImageCheckError';
  constructor(
    readonly reason: ImageCheckReason,
    message: string,
  ) {
    super(message);
  }
}
