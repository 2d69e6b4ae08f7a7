// The Bandingkan tab's texts (its own lazy chunk). Shared words (errors, notes) are in strings.ts.
import type { CompareKind } from "../../engine/index";
import type { Texts } from "./translate";

const id = {
  compareTitle: "Bandingkan",
  compareIntro:
    "Membuat lembar perbandingan Bab III LKjIP dengan rumus hidup ke tabel sumber. Menjalankan lagi memperbarui lembar yang sama.",
  "compareKind_antar-tahun": "Antar tahun (realisasi dan tren)",
  "compareKind_target-akhir": "Target akhir periode RPJMD/Renstra",
  compareKind_standar: "Standar nasional/provinsi",
  compareKind_efisiensi: "Efisiensi anggaran per sasaran",
  compareBuild: "Buat lembar perbandingan",
  compareRebuild: "Perbarui lembar perbandingan",
  compareBuilding: "Membuat lembar…",
  compareNone: "Pilih paling sedikit satu lembar.",
  compareDone: "{added} lembar baru, {updated} lembar diperbarui: {names}.",
  compareMatchesTitle: "Pasangan indikator yang perlu diperiksa",
  compareExact: "{count} indikator cocok persis.",
  comparePairFor: "Pasangan untuk {name} ({purpose})",
  compareNoPair: "(tidak ada pasangan)",
  compareCandidate: "{name} ({sheet} baris {row})",
  compareSimilar: "nama mirip",
  compareManual: "dipilih",
  compareMissing: "tidak ditemukan",
};

export type CompareKey = keyof typeof id;

const en: Record<CompareKey, string> = {
  compareTitle: "Compare",
  compareIntro:
    "Builds the report's Chapter III comparison sheets with live formulas to the source tables. Running again updates the same sheets.",
  "compareKind_antar-tahun": "Year on year (realisasi and trend)",
  "compareKind_target-akhir": "End-of-plan target (RPJMD/Renstra)",
  compareKind_standar: "National/provincial standard",
  compareKind_efisiensi: "Budget efficiency per sasaran",
  compareBuild: "Build comparison sheets",
  compareRebuild: "Update comparison sheets",
  compareBuilding: "Building sheets…",
  compareNone: "Tick at least one sheet.",
  compareDone: "{added} new sheets, {updated} updated: {names}.",
  compareMatchesTitle: "Indicator pairs to check",
  compareExact: "{count} indicators matched exactly.",
  comparePairFor: "Pair for {name} ({purpose})",
  compareNoPair: "(no pair)",
  compareCandidate: "{name} ({sheet} row {row})",
  compareSimilar: "similar name",
  compareManual: "chosen",
  compareMissing: "not found",
};

export const COMPARE_STRINGS: Texts<CompareKey> = { id, en };

/** The checkbox label of a comparison sheet; every kind has one (a new kind without a label is a type error). */
export const compareKindKey = (kind: CompareKind): CompareKey => `compareKind_${kind}`;
