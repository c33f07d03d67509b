import opentype, { type Glyph, type Path } from 'opentype.js';

/**
 * A small icon font like the ones resume templates embed (Font Awesome and its kin): pictograms on
 * private-use code points, and one on a Latin letter, as icon fonts built for LaTeX often map them.
 * A PDF printed with it carries those code points in its text layer, before titles and bullets.
 */
export const ICON_FONT_FAMILY = 'LiangdianIcons';

/** Private-use code points drawn as pictograms (briefcase, cap, star, ...), one per section kind. */
export const PRIVATE_USE_ICONS = [0xf0b1, 0xf19d, 0xf005, 0xf0ad, 0xf007, 0xf0eb, 0xf091] as const;
/** The Latin letter the font draws as a check mark: list items begin with it. */
export const LETTER_ICON = 'y';

function square(path: Path, x: number, y: number, size: number): void {
  path.moveTo(x, y);
  path.lineTo(x + size, y);
  path.lineTo(x + size, y + size);
  path.lineTo(x, y + size);
  path.close();
}

function pictogram(codePoint: number, index: number): Glyph {
  const path = new opentype.Path();
  // Each pictogram its own few blocks, so no two glyphs share an outline.
  square(path, 80, 0, 640);
  square(path, 200 + 40 * index, 660, 160);
  return new opentype.Glyph({ name: `icon${codePoint.toString(16)}`, unicode: codePoint, advanceWidth: 800, path });
}

function checkMark(): Glyph {
  const path = new opentype.Path();
  path.moveTo(60, 300);
  path.lineTo(260, 80);
  path.lineTo(640, 620);
  path.lineTo(560, 680);
  path.lineTo(250, 240);
  path.lineTo(130, 360);
  path.close();
  return new opentype.Glyph({ name: 'check', unicode: LETTER_ICON.codePointAt(0)!, advanceWidth: 700, path });
}

let css: string | undefined;

/** An `@font-face` rule that embeds the icon font, for HTML printed to PDF. */
export function iconFontFace(): string {
  if (css) return css;
  const notdef = new opentype.Glyph({ name: '.notdef', advanceWidth: 600, path: new opentype.Path() });
  const glyphs = [notdef, ...PRIVATE_USE_ICONS.map(pictogram), checkMark()];
  const font = new opentype.Font({ familyName: ICON_FONT_FAMILY, styleName: 'Regular', unitsPerEm: 1000, ascender: 850, descender: -150, glyphs });
  const bytes = new Uint8Array(font.toArrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  css = `@font-face { font-family: "${ICON_FONT_FAMILY}"; src: url(data:font/otf;base64,${btoa(binary)}) format("opentype"); }`;
  return css;
}
