// A generated 105k-cell budget realisation workbook for `npm run bench`, the other shape issue 11 names:
// one sheet of program / kegiatan / sub kegiatan rows with kode, pagu, realisasi split into Belanja Pegawai /
// Barang dan Jasa / Modal under a merged "Realisasi" with its Jumlah, % serapan, sisa and realisasi fisik (%),
// parents summing their children by SUM formulas and every formula saved with the result Excel computed.
import ExcelJS from "exceljs";

export interface BudgetShape {
  /** Programs; each has 5 kegiatan of 6 sub kegiatan (36 rows). */
  programs: number;
}

const COLUMNS = [
  "No",
  "Kode",
  "Program / Kegiatan / Sub Kegiatan",
  "Sumber Dana",
  "Pagu Anggaran (Rp)",
  "Belanja Pegawai",
  "Belanja Barang dan Jasa",
  "Belanja Modal",
  "Jumlah",
  "% Serapan",
  "Sisa Anggaran (Rp)",
  "Realisasi Fisik (%)",
  "Penanggung Jawab",
  "Lokasi",
  "Keterangan",
];

/** Writes the workbook to `path`; returns the number of cells written. */
export async function writeBudgetWorkbook(path: string, shape: BudgetShape): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Realisasi Anggaran");
  let cells = 0;
  let seed = 11;
  const rnd = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  ws.getCell("A1").value = "LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN ANGGARAN 2025";
  ws.mergeCells("A1:O1");
  // Two header rows: "Realisasi" merged over its three parts and their Jumlah.
  COLUMNS.forEach((h, i) => {
    const c = i + 1;
    if (c >= 6 && c <= 9) ws.getCell(4, c).value = h;
    else {
      ws.getCell(3, c).value = h;
      ws.mergeCells(3, c, 4, c);
    }
  });
  ws.getCell(3, 6).value = "Realisasi";
  ws.mergeCells(3, 6, 3, 9);
  cells += COLUMNS.length + 1;

  let r = 5;
  const money = "#,##0";
  /** Writes one row; `children` are the rows it sums, or none for a leaf. */
  const writeRow = (no: string, kode: string, name: string, children: number[] | null): number => {
    const row = r++;
    const put = (c: number, v: ExcelJS.CellValue, fmt?: string): void => {
      const cell = ws.getCell(row, c);
      cell.value = v;
      if (fmt) cell.numFmt = fmt;
      cells++;
    };
    put(1, no);
    put(2, kode);
    put(3, name);
    put(4, children ? "" : "DAU");
    const sums = [0, 0, 0, 0];
    if (children) {
      for (const ch of children)
        for (let i = 0; i < 4; i++)
          sums[i] += Number(ws.getCell(ch, 5 + i).result ?? ws.getCell(ch, 5 + i).value);
      const list = (c: string): string => children.map((ch) => `${c}${ch}`).join(",");
      [5, 6, 7, 8].forEach((c, i) =>
        put(c, { formula: `SUM(${list(String.fromCharCode(64 + c))})`, result: sums[i] }, money)
      );
    } else {
      const pagu = Math.round(rnd() * 4e8) + 1e6;
      const parts = [rnd() * 0.2, rnd() * 0.5, rnd() * 0.25].map((f) => Math.round(pagu * f));
      put(5, pagu, money);
      parts.forEach((v, i) => put(6 + i, v, money));
      sums[0] = pagu;
      sums[1] = parts[0];
      sums[2] = parts[1];
      sums[3] = parts[2];
    }
    const jumlah = sums[1] + sums[2] + sums[3];
    put(9, { formula: `SUM(F${row}:H${row})`, result: jumlah }, money);
    put(10, { formula: `I${row}/E${row}*100`, result: (jumlah / sums[0]) * 100 }, "0.00");
    put(11, { formula: `E${row}-I${row}`, result: sums[0] - jumlah }, money);
    put(12, Math.round(rnd() * 10000) / 100, "0.00");
    put(13, children ? "" : "Kepala Bidang");
    put(14, children ? "" : "Kabupaten");
    put(15, "");
    return row;
  };
  // Parents are written above their children, so their rows are reserved first and filled after.
  for (let p = 1; p <= shape.programs; p++) {
    const progRow = r;
    r++;
    const kegRows: number[] = [];
    for (let k = 1; k <= 5; k++) {
      const kegRow = r;
      r++;
      const subRows: number[] = [];
      for (let s = 1; s <= 6; s++)
        subRows.push(
          writeRow(
            `${p}.${k}.${s}`,
            `1.02.${p}.2.0${k}.000${s}`,
            `Sub Kegiatan ${p}.${k}.${s}`,
            null
          )
        );
      const after = r;
      r = kegRow;
      kegRows.push(writeRow(`${p}.${k}`, `1.02.${p}.2.0${k}`, `Kegiatan ${p}.${k}`, subRows));
      r = after;
    }
    const after = r;
    r = progRow;
    writeRow(String(p), `1.02.${p}`, `PROGRAM ${p}`, kegRows);
    r = after;
  }
  await wb.xlsx.writeFile(path);
  return cells;
}
