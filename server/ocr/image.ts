// Image decoding for OCR and for the report's page view (sharp: libvips, prebuilt for the platform).
type Sharp = typeof import('sharp')['default'];

/** Decoded pixels an image may hold before it is refused (a 50-megapixel photo; bombs are far larger). */
export const MAX_PIXELS = 50_000_000;

let sharpModule: Promise<Sharp> | undefined;
export const loadSharp = () => (sharpModule ??= import('sharp').then((module) => module.default));

/**
 * The page as the report shows it: an upright PNG of the image (EXIF orientation applied, as OCR
 * read it), at most `maxWidth` pixels across.
 */
export async function uprightImage(bytes: Uint8Array, maxWidth: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  return new Uint8Array(await sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width: maxWidth, withoutEnlargement: true }).png().toBuffer());
}
