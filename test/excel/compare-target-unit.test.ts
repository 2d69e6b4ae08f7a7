// Perbandingan Target Akhir (issue 13): the realisasi is the workbook's latest (the PK of the latest
// year), not an older column of the table holding the final target; a % indicator typed 55% against a
// final target of 75 leaves 20 points, with progress 55/75.
import { createMemoryExcel } from "../../src/memory-excel/index";
import { modelOf } from "./workbook";
import { compareOnce, valueAt } from "./compare-workbook";

const JALAN = "Persentase kondisi jalan baik";
const IPM = "Indeks Pembangunan Manusia (IPM)";

function workbook() {
  return modelOf(
    {
      name: "PK 2023",
      rows: [
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target 2023",
          "Realisasi 2023",
          "Target Akhir Renstra",
        ],
        [1, JALAN, "%", 0.5, 0.5, 75],
        [2, IPM, "Poin", 75.5, 75.9, 79.1],
      ],
      formats: { "1,3": "0.00%", "1,4": "0.00%" },
    },
    {
      name: "PK 2024",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"],
        [1, JALAN, "%", 0.52, 0.55],
        [2, IPM, "Poin", 76.2, 76.72],
      ],
      formats: { "1,3": "0.00%", "1,4": "0.00%" },
    }
  );
}

test("latest realisasi from the PK 2024, on the indicator's own unit", async () => {
  const model = workbook();
  const { result } = await compareOnce(createMemoryExcel(model), { kinds: ["target-akhir"] });
  const sheet = result.added[0]!;
  const rowOf = (name: string) => {
    for (let r = 1; r <= 20; r++) if (valueAt(model, sheet, `B${r}`) === name) return r;
    throw new Error(`${name} not on ${sheet}`);
  };
  // No | Indikator | Satuan | Realisasi | Target akhir | Progres | Sisa | Keterangan
  expect(valueAt(model, sheet, "D4")).toBe("Realisasi 2024");
  const j = rowOf(JALAN);
  expect(valueAt(model, sheet, `D${j}`) as number).toBeCloseTo(55, 9);
  expect(valueAt(model, sheet, `F${j}`) as number).toBeCloseTo(55 / 75, 9);
  expect(valueAt(model, sheet, `G${j}`) as number).toBeCloseTo(20, 9);
  const i = rowOf(IPM);
  expect(valueAt(model, sheet, `D${i}`) as number).toBeCloseTo(76.72, 9);
  expect(valueAt(model, sheet, `G${i}`) as number).toBeCloseTo(79.1 - 76.72, 9);
});

// A Renstra table: Kondisi Awal 2021 and the targets of 2022-2026 (DOMAIN.md §1.1). Its baseline is the year
// before the plan, not a realisasi to measure progress with.
const RENSTRA = {
  name: "Renstra",
  rows: [
    ["Target Kinerja Renstra 2022-2026"],
    [],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Kondisi Awal 2021",
      "Target 2022",
      "Target 2023",
      "Target 2024",
      "Target 2025",
      "Target 2026",
    ],
    [1, IPM, "Poin", 74.9, 75.5, 76, 76.5, 78, 79.1],
  ],
};

test("a Renstra alone: its Kondisi Awal is never taken as the realisasi; the sheet says what is missing", async () => {
  const model = modelOf(RENSTRA);
  const { result, plan } = await compareOnce(createMemoryExcel(model), { kinds: ["target-akhir"] });
  const sheet = result.added[0];
  if (sheet) {
    for (let r = 1; r <= 10; r++) expect(valueAt(model, sheet, `D${r}`)).not.toBe(74.9);
  }
  expect(plan.notes.join(" ")).toMatch(
    /realisasi untuk dibandingkan dengan target akhir tidak ditemukan/
  );
});

test("a Renstra and the PK 2024: progress from the PK's realisasi, against the Renstra's 2026 target", async () => {
  const model = modelOf(RENSTRA, {
    name: "PK 2024",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"],
      [1, IPM, "Poin", 76.2, 76.72],
    ],
  });
  const { result } = await compareOnce(createMemoryExcel(model), { kinds: ["target-akhir"] });
  const sheet = result.added[0]!;
  expect(valueAt(model, sheet, "D4")).toBe("Realisasi 2024");
  expect(valueAt(model, sheet, "B5")).toBe(IPM);
  expect(valueAt(model, sheet, "D5")).toBe(76.72);
  expect(valueAt(model, sheet, "E5")).toBe(79.1);
  expect(valueAt(model, sheet, "F5") as number).toBeCloseTo(76.72 / 79.1, 9);
  expect(valueAt(model, sheet, "G5") as number).toBeCloseTo(79.1 - 76.72, 9);
});
