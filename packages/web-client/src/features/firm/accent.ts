/**
 * Colour maths for the firm's accent: the firm picks any #rrggbb, and the portal derives
 * colours from it that keep WCAG AA contrast (4.5:1 for text) wherever the accent is used.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A calm slate blue, used when a firm's accent cannot be read. */
export const FALLBACK_ACCENT = '#36566f';
/** The page background; links sit on it and on white cards, so they are checked against the darker one. */
export const PAGE_BACKGROUND = '#f6f7f9';

const WHITE = '#ffffff';
const INK = '#14171a';
const AA_TEXT = 4.5;

export function parseHex(value: string): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (!match) return null;
  const [, r = '0', g = '0', b = '0'] = match;
  return { r: parseInt(r, 16), g: parseInt(g, 16), b: parseInt(b, 16) };
}

export function toHex({ r, g, b }: Rgb): string {
  const part = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance as WCAG 2 defines it. */
export function luminance(color: Rgb): number {
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Mixes `color` towards `target` by `amount` (0 to 1). */
export function mix(color: Rgb, target: Rgb, amount: number): Rgb {
  return {
    r: color.r + (target.r - color.r) * amount,
    g: color.g + (target.g - color.g) * amount,
    b: color.b + (target.b - color.b) * amount,
  };
}

function rgb(hex: string): Rgb {
  return parseHex(hex) ?? { r: 0, g: 0, b: 0 };
}

/** White or near-black text, whichever reads on the background; white is preferred when both pass. */
export function readableTextOn(background: Rgb): string {
  if (contrast(background, rgb(WHITE)) >= AA_TEXT) return WHITE;
  if (contrast(background, rgb(INK)) >= AA_TEXT) return INK;
  return contrast(background, rgb(WHITE)) >= contrast(background, rgb('#000000')) ? WHITE : '#000000';
}

/** The accent, darkened just enough to reach AA as text on `background`. */
export function readableOn(color: Rgb, background: Rgb, ratio = AA_TEXT): Rgb {
  const black = rgb('#000000');
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(color, black, step / 20);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return black;
}

export interface AccentPalette {
  /** Fill of primary buttons and the header stripe: the firm's own colour. */
  accent: string;
  /** Text on the accent fill. */
  onAccent: string;
  /** Fill of primary buttons on hover: a step away from the accent that keeps the text readable. */
  accentHover: string;
  /** Links, focus rings and button borders on the page: the accent, darkened when needed for AA. */
  accentText: string;
  /** A faint tint of the accent for quiet backgrounds. */
  accentSoft: string;
}

export function accentPalette(accentColor: string): AccentPalette {
  const accent = parseHex(accentColor) ?? rgb(FALLBACK_ACCENT);
  const onAccent = readableTextOn(accent);
  const towards = onAccent === WHITE ? rgb('#000000') : rgb(WHITE);
  const hover = mix(accent, towards, 0.14);
  return {
    accent: toHex(accent),
    onAccent,
    accentHover: toHex(contrast(hover, rgb(onAccent)) >= AA_TEXT ? hover : accent),
    accentText: toHex(readableOn(accent, rgb(PAGE_BACKGROUND))),
    accentSoft: toHex(mix(accent, rgb(WHITE), 0.92)),
  };
}
