// K | Rp. pairs under a period header (Permendagri 86/2017 Evaluasi Renja / RKPD forms and their
// look-alikes): "Target Renja 2026" over K | Rp, "Realisasi Triwulan I" over K | Rp, "Tingkat Capaian (%)"
// over K | Rp. K is the kinerja of the indikator (target / realisasi / capaian), Rp its money (anggaran /
// realisasi anggaran / serapan). The group header's words alone would read both sides as one role.
import type { HeaderWord } from "./roles";
import { compact } from "./text";

export type PairSide = "K" | "Rp";

/** The side a sub-header names: "K" (kinerja) or "Rp" / "Rp." / "Rupiah" (money), else null. */
export function pairSide(text: string): PairSide | null {
  const c = compact(text);
  if (c === "k" || c === "kinerja") return "K";
  if (c === "rp" || c === "rupiah" || c === "anggaranrp" || c === "keuangan") return "Rp";
  return null;
}

/** Mentions of a plan's end ("Target RENSTRA pada Tahun 2029 (Akhir Periode RENSTRA)"). */
function isPlanEnd(c: string): boolean {
  return c.includes("renstra") || c.includes("rpjmd") || c.includes("akhir");
}

/**
 * The role of one side of a pair from its group header. A target of the plan's end is target_akhir and
 * its Rp side is no role of ours; a realisasi over a plan ("Realisasi ... RENSTRA s.d. 2026") stays a
 * realisasi candidate (the data and the legend tell which realisasi the capaian is computed from).
 */
export function pairRole(group: string, side: PairSide): HeaderWord | null {
  const c = compact(group);
  const kinerja = side === "K";
  if (c.includes("kondisiawal") || c.includes("baseline")) return kinerja ? "kondisi_awal" : null;
  if (c.includes("tingkatcapaian") || c.includes("persentasecapaian") || /capaian.*%/.test(c))
    return kinerja ? "capaian" : "serapan";
  if (c.includes("realisasi")) return kinerja ? "realisasi" : "realisasi_anggaran";
  if (c.includes("target") || c.includes("rencana") || c.includes("pagu")) {
    if (c.includes("target") && isPlanEnd(c) && !c.includes("renja") && !c.includes("rkpd"))
      return kinerja ? "target_akhir" : null;
    return kinerja ? "target" : "anggaran";
  }
  if (c.includes("capaian")) return kinerja ? "capaian" : "serapan";
  return null;
}
