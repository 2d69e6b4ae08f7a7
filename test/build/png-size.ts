// Width and height from a PNG's IHDR chunk, enough to check that icon-32.png really is 32 x 32.
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (
    png.subarray(0, 8).toString("hex") !== signature ||
    png.subarray(12, 16).toString("ascii") !== "IHDR"
  ) {
    throw new Error("not a PNG file");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
