// Draws the add-in's icons (16/32/64/80/128 px PNG) with nothing but Node's zlib, so the project owns its
// artwork and anyone can regenerate it: `npx tsx scripts/make-icons.ts [outDir]` (default: assets/).
// The glyph: three rising bars on a green tile, the tallest in gold ("target reached"), readable at 16 px.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const TILE: Rgba = [0x10, 0x6e, 0x4f, 255]; // deep green, close to Excel's own
const TILE_EDGE: Rgba = [0x0b, 0x50, 0x39, 255];
const BAR: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [0xf5, 0xc2, 0x42, 255];

/** A filled shape in pixel coordinates: true when the point is inside. */
type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

interface Layer {
  shape: Shape;
  color: Rgba;
}

/** The icon's layers at one size; bar edges snap to whole pixels so small sizes stay crisp. */
function layers(size: number): Layer[] {
  const s = size;
  const snap = (v: number): number => Math.round(v * s);
  const radius = s * 0.2;
  const inset = Math.max(1, Math.round(s * 0.06));
  const bars: Layer[] = [];
  // Three bars in the tile's middle 70 %: width and gaps in whole pixels.
  const left = snap(0.2);
  const right = s - snap(0.2);
  const gap = Math.max(1, snap(0.06));
  const width = Math.max(2, Math.floor((right - left - 2 * gap) / 3));
  const start = Math.round((s - (3 * width + 2 * gap)) / 2);
  const bottom = s - snap(0.2);
  const heights = [0.3, 0.45, 0.6];
  heights.forEach((h, i) => {
    const x0 = start + i * (width + gap);
    const top = bottom - Math.max(2, snap(h));
    const r = s >= 32 ? width * 0.18 : 0;
    bars.push({ shape: roundedRect(x0, top, x0 + width, bottom, r), color: i === 2 ? GOLD : BAR });
  });
  return [
    { shape: roundedRect(0, 0, s, s, radius), color: TILE_EDGE },
    {
      shape: roundedRect(
        inset * 0.5,
        inset * 0.5,
        s - inset * 0.5,
        s - inset * 0.5,
        radius - inset * 0.5
      ),
      color: TILE,
    },
    ...bars,
  ];
}

/** Renders RGBA pixels with 4x4 supersampling per pixel (anti-aliased edges, straight alpha). */
export function renderIcon(size: number): Buffer {
  const grid = 4;
  const all = layers(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const x = px + (sx + 0.5) / grid;
          const y = py + (sy + 0.5) / grid;
          let color: Rgba | null = null;
          for (const layer of all) if (layer.shape(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 255;
          }
        }
      }
      const n = grid * grid;
      const covered = a / 255;
      const o = (py * size + px) * 4;
      pixels[o] = covered ? Math.round(r / covered) : 0;
      pixels[o + 1] = covered ? Math.round(g / covered) : 0;
      pixels[o + 2] = covered ? Math.round(b / covered) : 0;
      pixels[o + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filter: the icons are tiny). */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Writes icon-<size>.png for every size into `outDir`; returns the written paths. */
export function makeIcons(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? join(__dirname, "..", "assets"));
  for (const file of makeIcons(outDir)) console.log(file);
}
