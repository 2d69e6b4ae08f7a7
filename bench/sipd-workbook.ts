// A generated SIPD-like budget workbook for `npm run bench`: five sheets of 4,500 rows, a four-row header
// (Kode over four columns, a long merged Uraian, "Kelompok Belanja" over groups of Anggaran / Realisasi
// pairs, a numbered row), codes over four columns (urusan | organisasi | program | rekening) and every
// amount written as Indonesian text ("513.425.170.766,00"), parents the sums of their children.
import ExcelJS from "exceljs";

const id = (n: number): string =>
  `${n.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export interface SipdShape {
  sheets: number;
  rows: number;
  pairs: number;
}

/** Writes the workbook to `path`; returns the number of cells written. */
export async function writeSipdWorkbook(path: string, shape: SipdShape): Promise<number> {
  const wb = new ExcelJS.Workbook();
  let cells = 0;
  let seed = 7;
  const rnd = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let s = 0; s < shape.sheets; s++) {
    const ws = wb.addWorksheet(`Sheet${s + 1}`);
    const width = 5 + shape.pairs * 2;
    ws.getCell(1, 1).value = "REKAPITULASI BELANJA MENURUT URUSAN PEMERINTAH DAERAH";
    ws.getCell(2, 1).value = "TAHUN ANGGARAN 2026";
    ws.getCell(4, 1).value = "Kode";
    ws.mergeCells(4, 1, 6, 4);
    ws.getCell(4, 5).value = "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan";
    ws.mergeCells(4, 5, 6, 5);
    ws.getCell(4, 6).value = "Kelompok Belanja";
    ws.mergeCells(4, 6, 4, width);
    for (let p = 0; p < shape.pairs; p++) {
      const c = 6 + p * 2;
      ws.getCell(5, c).value = `Kelompok ${p + 1}`;
      ws.mergeCells(5, c, 5, c + 1);
      ws.getCell(6, c).value = "Anggaran";
      ws.getCell(6, c + 1).value = "Realisasi";
    }
    ws.getCell(7, 1).value = "1";
    ws.mergeCells(7, 1, 7, 4);
    for (let c = 5; c <= width; c++) ws.getCell(7, c).value = String(c - 3);
    // Blocks: a program, its kegiatan, a sub kegiatan and its rekening rows, parents summed.
    let r = 8;
    let prog = 0;
    while (r < 8 + shape.rows - 1) {
      prog++;
      const progCode = `2.16.${String(prog).padStart(2, "0")}`;
      const block: Array<{ kode: string[]; name: string; amounts?: number[] }> = [];
      const leaves: number[][] = [];
      for (let k = 0; k < 10; k++) {
        const a = Array.from({ length: shape.pairs * 2 }, (_, i) =>
          i % 2 === 0 ? Math.round(rnd() * 5e8) : 0
        );
        for (let i = 1; i < a.length; i += 2) a[i] = Math.round(a[i - 1] * rnd());
        leaves.push(a);
      }
      const sum = leaves.reduce(
        (acc, a) => acc.map((x, i) => x + a[i]),
        new Array<number>(shape.pairs * 2).fill(0)
      );
      const sub = `${progCode}.2.01.0001`;
      block.push({ kode: ["2.16", "", progCode, ""], name: `PROGRAM ${prog}`, amounts: sum });
      block.push({
        kode: ["2.16", "", `${progCode}.2.01`, ""],
        name: `Kegiatan ${prog}`,
        amounts: sum,
      });
      block.push({ kode: ["2.16", "", sub, ""], name: `Sub Kegiatan ${prog}`, amounts: sum });
      block.push({
        kode: ["2.16", "", sub, "5.1.02"],
        name: "Belanja Barang dan Jasa",
        amounts: sum,
      });
      leaves.forEach((a, k) =>
        block.push({
          kode: ["2.16", "", sub, `5.1.02.01.001.${String(k + 1).padStart(5, "0")}`],
          name: `Belanja ${k + 1}`,
          amounts: a,
        })
      );
      for (const row of block) {
        if (r >= 8 + shape.rows - 1) break;
        const cellsOfRow = [...row.kode, row.name, ...(row.amounts ?? []).map(id)];
        cellsOfRow.forEach((v, i) => {
          if (v !== "") {
            ws.getCell(r, i + 1).value = v;
            cells++;
          }
        });
        r++;
      }
    }
    ws.getCell(r, 5).value = "Jumlah";
    cells++;
  }
  await wb.xlsx.writeFile(path);
  return cells;
}
