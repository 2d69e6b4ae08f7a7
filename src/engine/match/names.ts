// Indicator names as reports type them: the same indicator appears with other case, spacing,
// punctuation and small typos ("Indek Kesehatan" / "Indeks Kesehatan") across tables and years.

/** Lower case, accents and punctuation dropped, spaces collapsed. */
export function normalName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edit distance (insert, delete, substitute), stopping early once it passes `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * What must agree exactly: numbers ("IKU 1" is never "IKU 2") and short words, which are mostly
 * acronyms (BPK, BPD, ASN, TPT) where one letter is a different thing, not a typo.
 */
function exactPart(s: string): string {
  return s
    .split(" ")
    .filter((w) => /\d/.test(w) || w.length <= 4)
    .join(" ");
}

/** Typos allowed for a name of this length: one per 8 characters, at most 3. */
export function allowedTypos(length: number): number {
  return Math.min(3, Math.floor(length / 8));
}

/**
 * How alike two names are: 1 for the same normalized name, 0 when they are not the same indicator,
 * in between for a small typo (the fewer edits, the closer to 1).
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normalName(a);
  const y = normalName(b);
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  if (x.replace(/ /g, "") === y.replace(/ /g, "")) return 0.99;
  if (exactPart(x) !== exactPart(y)) return 0;
  const limit = allowedTypos(Math.min(x.length, y.length));
  if (limit === 0) return 0;
  const d = editDistance(x, y, limit);
  if (d > limit) return 0;
  return 1 - d / Math.max(x.length, y.length);
}
