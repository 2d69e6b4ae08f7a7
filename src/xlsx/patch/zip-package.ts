// The user's .xlsx / .xlsm as a set of parts (JSZip). Parts never set stay as they were in the archive,
// compressed bytes included (JSZip reuses them); parts that are set or added keep the entry date of the
// part they replace (new parts take the date of [Content_Types].xml), so the same changes to the same
// package always give the same bytes.

import JSZip from "jszip";

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly zip: JSZip,
    private readonly stamp: Date
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const stamp = zip.file("[Content_Types].xml")?.date ?? new Date(Date.UTC(1980, 0, 1));
    return new XlsxPackage(zip, stamp);
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** Every part's name, in archive order. */
  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n]!.dir);
  }

  /** A part's text (cached: later reads see what was set). */
  async text(name: string): Promise<string | undefined> {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const file = this.zip.file(name);
    if (!file) return undefined;
    const text = await file.async("string");
    this.texts.set(name, text);
    return text;
  }

  /** Replaces or adds a part; nothing happens when the text is what the part already holds. */
  setText(name: string, text: string): void {
    if (this.texts.get(name) === text && this.has(name)) return;
    const date = this.zip.file(name)?.date ?? this.stamp;
    this.zip.file(name, text, { date, createFolders: false });
    this.texts.set(name, text);
    this.changed = true;
  }

  remove(name: string): void {
    if (!this.has(name)) return;
    this.zip.remove(name);
    this.texts.delete(name);
    this.changed = true;
  }

  get modified(): boolean {
    return this.changed;
  }

  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}
