import type { RgbaImage } from './png.js';

/** The app's accent colour; also the manifest's `accentColor`. */
export const ACCENT = { r: 0x0b, g: 0x3d, b: 0x91 };

type Shape = (x: number, y: number) => boolean;

/** Coordinates are in a 0..1 square so one drawing serves both icon sizes. */
const roundRect =
  (left: number, top: number, right: number, bottom: number, radius: number): Shape =>
  (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };

const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape =>
  (x, y) => {
    const s1 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    const s2 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
    const s3 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };

/** A speech bubble (the chat) holding three stacked vertebrae (the topic). */
function symbol(scale: number, offset: number): { bubble: Shape; vertebrae: Shape } {
  const t = (v: number) => offset + v * scale;
  const body = roundRect(t(0.08), t(0.1), t(0.92), t(0.76), 0.16 * scale);
  const tail = triangle(t(0.22), t(0.7), t(0.46), t(0.7), t(0.18), t(0.94));
  const bones = [0.2, 0.38, 0.56].map((top, i) => {
    const half = 0.2 - i * 0.02; // slightly narrower towards the bottom, like a spine drawing
    return roundRect(t(0.5 - half), t(top), t(0.5 + half), t(top + 0.13), 0.05 * scale);
  });
  return { bubble: (x, y) => body(x, y) || tail(x, y), vertebrae: (x, y) => bones.some((b) => b(x, y)) };
}

/** Renders with 4×4 supersampling; `paint` returns RGBA for a subsample, averaged per pixel. */
function render(size: number, paint: (x: number, y: number) => [number, number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      // Colour is alpha-weighted so edges never pick up the transparent pixels' colour.
      pixels[i] = a === 0 ? 0 : Math.round(r / a);
      pixels[i + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[i + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return { width: size, height: size, pixels };
}

/** Teams' full-colour icon: 192×192, accent background, white bubble, accent vertebrae. */
export function colorIcon(): RgbaImage {
  const { bubble, vertebrae } = symbol(0.64, 0.18);
  return render(192, (x, y) => {
    if (bubble(x, y) && !vertebrae(x, y)) return [255, 255, 255, 1];
    return [ACCENT.r, ACCENT.g, ACCENT.b, 1];
  });
}

/** Teams' outline icon: 32×32, white on transparent, nothing else. */
export function outlineIcon(): RgbaImage {
  const { bubble, vertebrae } = symbol(1, 0);
  return render(32, (x, y) => (bubble(x, y) && !vertebrae(x, y) ? [255, 255, 255, 1] : [255, 255, 255, 0]));
}
