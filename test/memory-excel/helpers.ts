// Builds small workbooks from the seeds' real figures for the in-memory Excel tests.
import { WorkbookModel } from "../../src/memory-excel/model";

/** Realisasi anggaran of Diskominfo Binjai 2024 (seed, table 3.17): program, pagu, realisasi. */
export const ANGGARAN_DISKOMINFO: [string, number, number][] = [
  ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 3996931540, 3678577055],
  ["PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK", 2526370656, 2317590709],
  ["PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", 2602173662, 2547036260],
  ["PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL", 142970630, 36268000],
  ["PROGRAM PENYELENGGARAAN PERSANDIAN SEKTORAL", 207423100, 84750188],
];

/** Sheet "Anggaran": header on row 1 (A1:E1), programs on rows 2-6, no formulas yet. */
export function anggaranWorkbook(): WorkbookModel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("Anggaran");
  ["NO", "PROGRAM KEGIATAN", "ANGGARAN", "REALISASI", "(%)"].forEach((h, c) =>
    sheet.setCell(0, c, { value: h, font: { bold: true } })
  );
  ANGGARAN_DISKOMINFO.forEach(([name, pagu, real], i) => {
    sheet.setCell(i + 1, 0, { value: i + 1 });
    sheet.setCell(i + 1, 1, { value: name });
    sheet.setCell(i + 1, 2, { value: pagu, numberFormat: "#,##0" });
    sheet.setCell(i + 1, 3, { value: real, numberFormat: "#,##0" });
  });
  return model;
}
