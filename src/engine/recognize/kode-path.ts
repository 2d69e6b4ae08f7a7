// Parent / child from codes: a row's parent is the nearest row above whose code is a prefix of its own,
// by whole segments ("2.16.01" over "2.16.01.2.01"), across a code written over several columns
// (urusan | organisasi | program | rekening, or 5 | 03 | 01 | 2.01 | 01). Rows of an inner family
// (rekening codes 5.1.02 ... under a sub kegiatan) are scoped to the block of the outer row above them.
// One pass, each row looks at a bounded number of keys: linear in the rows.
import type { SheetView } from "./view";

const CODE = /^\d+(\.\d+)*$/;

/** The code cells of the row, one item per kode column (empty ones skipped). */
function items(v: SheetView, row: number, cols: number[]): string[] {
  const out: string[] = [];
  for (const c of cols) {
    const t = v.text(row, c).replace(/\s+/g, "");
    // "2.16.01" and "2.16.1" are one code: segments compare as numbers.
    if (t !== "" && CODE.test(t))
      out.push(
        t
          .split(".")
          .map((p) => String(Number(p)))
          .join(".")
      );
  }
  return out;
}

/** Kode columns: the kode column and the columns after it, up to the name, that hold codes in most rows. */
export function kodeColumns(
  v: SheetView,
  rows: number[],
  kodeCol: number,
  nameCol: number
): number[] {
  const cols = [kodeCol];
  for (let c = kodeCol + 1; c < nameCol; c++) {
    let filled = 0,
      codes = 0;
    for (const r of rows) {
      const t = v.text(r, c);
      if (t === "") continue;
      filled++;
      if (CODE.test(t.replace(/\s+/g, ""))) codes++;
    }
    if (filled === 0 || codes * 10 < filled * 9) break;
    cols.push(c);
  }
  return cols;
}

export interface CodeLink {
  parent?: number;
  /** Shape of the code (items and segments of the last one): siblings of one parent share it. */
  shape: string;
  /** The row's most specific code. */
  last: string;
  /** The code is of the table's outer family (urusan / program codes), so its length tells the level. */
  outer: boolean;
}

/** Parent rows by code prefix; rows without a code get no entry. */
export function linkByCode(v: SheetView, rows: number[], cols: number[]): Map<number, CodeLink> {
  const out = new Map<number, CodeLink>();
  const families: string[] = [];
  const maps = new Map<string, Map<string, number>>();
  const lastOf: number[] = [];
  let lastRow: number | undefined;
  for (const row of rows) {
    const it = items(v, row, cols);
    if (it.length === 0) continue;
    // Only dotted codes form families (5111, 5211 are plain account numbers of one list).
    const family = it[0].includes(".") ? it[0].split(".")[0] : "#";
    let at = families.indexOf(family);
    if (at < 0) {
      families.push(family);
      at = families.length - 1;
    }
    // An outer-family row closes the blocks of the families that started inside it.
    for (let i = at + 1; i < families.length; i++) maps.get(families[i])?.clear();
    const map = maps.get(family) ?? new Map<string, number>();
    maps.set(family, map);
    const K = (list: string[]): string => `|${list.join("|")}`;
    let parent: number | undefined;
    for (let i = it.length - 1; i >= 0 && parent === undefined; i--) {
      const head = it.slice(0, i);
      const segs = it[i].split(".");
      for (let k = segs.length - 1; k >= 1 && parent === undefined; k--) {
        parent = map.get(K([...head, segs.slice(0, k).join(".")]));
      }
      if (parent === undefined && i > 0) parent = map.get(K(head));
    }
    const key = K(it);
    const same = map.get(key);
    // The same code again right away (a row repeated): it details the first one, as its only child.
    if (same !== undefined && same === lastRow) parent = same;
    // "5.1" under a row coded plainly "5" (an LRA's 4 PENDAPATAN / 5 BELANJA): that row is its parent.
    else if (parent === undefined && family !== "#" && maps.get("#")?.has(K([family])))
      parent = maps.get("#")?.get(K([family]));
    // A root of an inner family (rekening 5.1.02 under a sub kegiatan) belongs to the outer row above it.
    else if (parent === undefined && at > 0) parent = lastOf[at - 1];
    if (same === undefined || same !== lastRow) map.set(key, row);
    lastOf[at] = row;
    lastRow = row;
    const last = it[it.length - 1];
    out.set(row, {
      ...(parent !== undefined ? { parent } : {}),
      shape: `${it.length}:${last.split(".").length}`,
      last,
      outer: at === 0 && family !== "#" && it[it.length - 1].split(".")[0] === family,
    });
  }
  return out;
}
