// The legend's formulas as evidence for roles: a column the numbered row states as realisasi anggaran /
// anggaran is a serapan, as realisasi / target a capaian, as anggaran - realisasi anggaran a sisa,
// whatever its own header word ("Capaian (%)" beside money, a bare "%", a column with no word at all).
import type { ColumnRole, RoleKey } from "../types";
import { columnLetter } from "./address";
import type { Legend } from "./legend";
import { yearsIn } from "./text";

const YEAR_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["target", "realisasi", "capaian"]);

/** The role each stated formula gives its column, from the roles its operands were read as. */
function statedRole(
  kind: string,
  a: ColumnRole | undefined,
  b: ColumnRole | undefined
): ColumnRole | null {
  if (kind === "ratio" && a === "realisasi_anggaran" && b === "anggaran") return "serapan";
  if (kind === "ratio" && a === "realisasi" && b === "target") return "capaian";
  if (kind === "difference" && a === "anggaran" && b === "realisasi_anggaran") return "sisa";
  return null;
}

/** Re-reads the roles of `candidates` / `columns` by the legend; returns what it changed, for a doubt. */
export function applyLegendRoles(
  legend: Legend | null,
  candidates: Partial<Record<RoleKey, number[]>>,
  columns: Partial<Record<RoleKey, number>>,
  labels: Map<number, string>
): string[] {
  if (!legend) return [];
  const keyOf = new Map<number, RoleKey>();
  for (const [key, cols] of Object.entries(candidates) as [RoleKey, number[]][])
    for (const c of cols) keyOf.set(c, key);
  const base = (c: number): ColumnRole | undefined =>
    keyOf.get(c)?.split("@")[0] as ColumnRole | undefined;
  const changed: string[] = [];
  for (const [col, rel] of legend.relations) {
    const role = statedRole(rel.kind, base(rel.args[0]), base(rel.args[1]));
    const old = keyOf.get(col);
    if (role === null || base(col) === role) continue;
    // Only a percentage or difference column is re-read; a column named for another figure keeps its name.
    if (old !== undefined && !["capaian", "serapan", "sisa"].includes(base(col) as string))
      continue;
    if (old !== undefined) {
      const rest = (candidates[old] ?? []).filter((c) => c !== col);
      candidates[old] = rest;
      if (columns[old] === col) {
        if (rest.length > 0) columns[old] = rest[0];
        else delete columns[old];
      }
    }
    const year = YEAR_ROLES.has(role) ? yearsIn(labels.get(col) ?? "")[0] : undefined;
    const key: RoleKey = year !== undefined ? `${role}@${year}` : role;
    (candidates[key] ??= []).push(col);
    columns[key] ??= col;
    keyOf.set(col, key);
    changed.push(
      `kolom ${columnLetter(col)} dibaca sebagai "${role}" menurut rumus pada baris nomor kolom`
    );
  }
  return changed;
}
