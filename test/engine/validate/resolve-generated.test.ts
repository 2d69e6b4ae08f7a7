// "Auto" settings follow the report, never the add-in's own output: a sheet compare generated (its marker
// in A2) is left out when the lower-is-better formula and the scale are resolved (issue 13).
import { markerText } from "../../../src/engine/plan/compare-cells";
import { recognize } from "../../../src/engine/recognize/index";
import { resolveSettings } from "../../../src/engine/validate/index";
import type { CellValue } from "../../../src/engine/types";
import { gridOf } from "../plan/sheets";

// Tingkat Pengangguran Terbuka, target 6,10, realisasi 5,44, capaian printed as T/R (112,13%) (seed 000).
const rows = (a2: CellValue): CellValue[][] => [
  ["Perbandingan Realisasi Kinerja Antar Tahun"],
  [a2],
  [],
  ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
  [1, "Tingkat Pengangguran Terbuka", "%", 6.1, 5.44, 112.13],
  [2, "Indeks Pembangunan Manusia", "Poin", 75, 76.1, 101.47],
  [3, "Persentase penduduk miskin", "%", 8, 7.5, 106.67],
];

function resolved(a2: CellValue) {
  const grid = gridOf("Lembar", rows(a2));
  return resolveSettings([grid], recognize(grid).tables, { lowerFormula: "auto" }).settings;
}

test("the report's own T/R is followed", () => {
  expect(resolved("").lowerFormula).toBe("lower-ratio");
});

test("the same figures on a sheet the add-in generated are not read back", () => {
  expect(resolved(markerText("antar-tahun")).lowerFormula).toBe("lower");
});
