// The committed icons are exactly what scripts/make-icons.ts draws (compared pixel by pixel, since deflate
// output may differ between zlib versions), at the sizes the manifest and the stores ask for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { ICON_SIZES, encodePng, renderIcon } from "../../scripts/make-icons";
import { pngSize } from "./png-size";

/** The RGBA pixels of an unfiltered 8-bit RGBA PNG, as scripts/make-icons.ts writes them. */
function pixels(png: Buffer): Buffer {
  const { width, height } = pngSize(png);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString("ascii") === "IDAT")
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)]).toBe(0); // filter type "none"
    rows.copy(out, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return out;
}

test.each(ICON_SIZES.map((size) => [size]))("assets/icon-%i.png is the generated icon", (size) => {
  const file = readFileSync(join(__dirname, "..", "..", "assets", `icon-${size}.png`));
  expect(pngSize(file)).toEqual({ width: size, height: size });
  const drawn = renderIcon(size);
  expect(pixels(file).equals(drawn)).toBe(true);
  expect(pixels(encodePng(size, size, drawn)).equals(drawn)).toBe(true);
});

test("the icon is an opaque tile with a transparent outside corner", () => {
  const size = 64;
  const drawn = renderIcon(size);
  const alpha = (x: number, y: number): number => drawn[(y * size + x) * 4 + 3];
  expect(alpha(0, 0)).toBe(0);
  expect(alpha(size / 2, size / 2)).toBe(255);
});
