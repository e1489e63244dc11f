/**
 * Builds the add-in icons assets/icon-16.png, icon-32.png, icon-64.png and icon-80.png: a rounded
 * Excel-green square carrying a white three-row table, with an orange dot bearing a white tick in
 * the lower right corner. Uses Node built-ins only (zlib for deflate and CRC-32, fs to write).
 * Run: npx tsc -p tsconfig.build.json && node dist/scripts/build-icons.js
 */
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const ASSETS = join(ROOT, 'assets');
const SIZES = [16, 32, 64, 80] as const;

type Rgba = readonly [r: number, g: number, b: number, a: number];

const TRANSPARENT: Rgba = [0, 0, 0, 0];
const GREEN: Rgba = [0x21, 0x73, 0x46, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const HEADER: Rgba = [0xcf, 0xe8, 0xd8, 255];
const ORANGE: Rgba = [0xf2, 0x8c, 0x28, 255];

/** Samples per pixel side: 4 × 4 sub-samples smooth the rounded corners and the dot. */
const SUPERSAMPLE = 4;

interface Layout {
  size: number;
  radius: number;
  /** Table grid: pixel-aligned line positions (left/top edge of each line) and line width. */
  line: number;
  xs: number[];
  ys: number[];
  /** Orange dot: centre and radius, with a white ring of width `ring` around it. */
  dotX: number;
  dotY: number;
  dotR: number;
  ring: number;
  tick: boolean;
}

function layout(size: number): Layout {
  const line = Math.max(1, Math.round(size / 16));
  const margin = Math.round(size * 0.1875);
  const left = margin;
  const right = size - margin - line;
  const top = margin;
  const bottom = size - margin - line;
  // Three rows: a header row and two body rows; one column divider at about a third of the width.
  const rowStep = (bottom - top) / 3;
  const ys = [top, Math.round(top + rowStep), Math.round(top + 2 * rowStep), bottom];
  const xs = [left, Math.round(left + (right - left) / 3), right];
  const dotR = size * 0.2;
  const ring = Math.max(1, size / 20);
  return {
    size,
    radius: size * 0.19,
    line,
    xs,
    ys,
    dotX: size - dotR - ring - size * 0.02,
    dotY: size - dotR - ring - size * 0.02,
    dotR,
    ring,
    tick: size >= 32,
  };
}

function insideRoundedSquare(x: number, y: number, size: number, r: number): boolean {
  if (x < 0 || y < 0 || x >= size || y >= size) return false;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Distance from point p to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

/** The colour of the icon at a continuous point (x, y), in pixels from the top left. */
function colourAt(L: Layout, x: number, y: number): Rgba {
  const ddx = x - L.dotX;
  const ddy = y - L.dotY;
  const dd = Math.sqrt(ddx * ddx + ddy * ddy);
  if (dd <= L.dotR) {
    if (L.tick) {
      // A white tick inside the dot, drawn as two thick segments.
      const u = L.dotR;
      const w = Math.max(1, L.size / 22);
      const ax = L.dotX - 0.5 * u;
      const ay = L.dotY + 0.02 * u;
      const bx = L.dotX - 0.12 * u;
      const by = L.dotY + 0.4 * u;
      const cx = L.dotX + 0.5 * u;
      const cy = L.dotY - 0.38 * u;
      if (segmentDistance(x, y, ax, ay, bx, by) <= w || segmentDistance(x, y, bx, by, cx, cy) <= w) return WHITE;
    }
    return ORANGE;
  }
  if (dd <= L.dotR + L.ring) return WHITE;
  if (!insideRoundedSquare(x, y, L.size, L.radius)) return TRANSPARENT;

  const [left, right] = [L.xs[0]!, L.xs[L.xs.length - 1]!];
  const [top, bottom] = [L.ys[0]!, L.ys[L.ys.length - 1]!];
  const inTableBox = x >= left && x < right + L.line && y >= top && y < bottom + L.line;
  if (inTableBox) {
    const onVertical = L.xs.some((lx) => x >= lx && x < lx + L.line);
    const onHorizontal = L.ys.some((ly) => y >= ly && y < ly + L.line);
    if (onVertical || onHorizontal) return WHITE;
    if (y < L.ys[1]!) return HEADER;
  }
  return GREEN;
}

/** Renders the icon as straight (non-premultiplied) RGBA rows. */
function render(size: number): Buffer {
  const L = layout(size);
  const out = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(L, px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE);
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / n);
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes straight RGBA pixels as an 8-bit-per-channel truecolour-with-alpha PNG. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('pixel buffer does not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The PNG file of the icon at one size, exactly as written to assets/icon-<size>.png. */
export function iconPng(size: number): Buffer {
  return encodePng(size, size, render(size));
}

export const ICON_SIZES: readonly number[] = SIZES;

function main(): void {
  mkdirSync(ASSETS, { recursive: true });
  for (const size of SIZES) {
    const file = join(ASSETS, `icon-${size}.png`);
    const png = iconPng(size);
    writeFileSync(file, png);
    console.log(`wrote ${file} (${png.length} bytes)`);
  }
}

if (require.main === module) main();
