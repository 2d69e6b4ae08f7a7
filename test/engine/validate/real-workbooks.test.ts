// The seven real workbooks of /work/shared/real-workbooks (copied to test/fixtures/real-workbooks), read
// with the values Excel saved. Expected tables come from reading the sheets (see the README there), and the
// expected mistakes from recomputing by hand: on Sheet10 of the RAK workbook, E4 says 52,49 % where
// D4 / C4 = 1.873.521.710 / 3.678.352.600 = 50,93 %, and D17 (realisasi of kegiatan III) is 112.253.476
// where its eight sub kegiatan D18:D26 add up to 111.729.556. Nothing else is wrong, so nothing else may
// be claimed as an error or warning.
import { columnLetter, rangeToA1, recognize } from "../../../src/engine/recognize/index";
import type { Finding, RecognizedTable } from "../../../src/engine/types";
import { validate } from "../../../src/engine/validate/index";
import { realGrids } from "../../fixtures/real-workbooks/grids";

interface Result {
  tables: RecognizedTable[];
  findings: Finding[];
}

const cache = new Map<string, Promise<Result>>();
function analyse(file: string, tolerance?: number): Promise<Result> {
  const id = `${file}|${tolerance ?? ""}`;
  let p = cache.get(id);
  if (!p) {
    p = realGrids(file).then((grids) => {
      const out: Result = { tables: [], findings: [] };
      for (const g of grids) {
        const { tables } = recognize(g);
        out.tables.push(...tables);
        if (tables.length)
          out.findings.push(
            ...validate(g, tables, tolerance === undefined ? undefined : { tolerance }).findings
          );
      }
      return out;
    });
    cache.set(id, p);
  }
  return p;
}

const roles = (t: RecognizedTable): Record<string, string> =>
  Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, columnLetter(c as number)]));
const claims = (r: Result): string[] =>
  r.findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}`)
    .sort();
const table = (r: Result, sheet: string): RecognizedTable | undefined =>
  r.tables.find((t) => t.sheet === sheet);

jest.setTimeout(60000);

describe("real workbooks: tables read as their README says, real mistakes only", () => {
  test("Lampung Selatan LRA: A6:M490, kode over A:D, the Operasi pair taken with a doubt, no mistakes", async () => {
    const r = await analyse("lampung-selatan-diskominfo-lra-2026.xlsx");
    const t = table(r, "Sheet1") as RecognizedTable;
    expect(rangeToA1(t.range)).toBe("A6:M490");
    expect(t.kind).toBe("anggaran");
    expect(t.headerRows.map((x) => x + 1)).toEqual([6, 7, 8, 9]);
    expect(roles(t)).toMatchObject({
      kode: "A",
      uraian: "E",
      anggaran: "F",
      realisasi_anggaran: "G",
    });
    expect(t.doubts.join(" ")).toMatch(/F, H.*anggaran/);
    // Row 15 (sub kegiatan 2.16.01.2.01.0001) is the parent of its rekening row 16 (5.1.02).
    expect(t.rows.find((x) => x.row === 15)?.parentRow).toBe(14);
    expect(claims(r)).toEqual([]);
  });

  test("Lampung Selatan RAK: the cash plan, the budget shift and the per-kegiatan sheets; two real mistakes on Sheet10", async () => {
    const r = await analyse("lampung-selatan-diskominfo-rak-belanja-2026.xlsx");
    const rak = table(r, "RAK Belanja") as RecognizedTable;
    expect(rangeToA1(rak.range)).toBe("A3:N488");
    expect(roles(rak)).toMatchObject({
      kode: "A",
      uraian: "B",
      anggaran: "C",
      realisasi_anggaran: "E",
    });
    expect(rak.columns.serapan).toBeUndefined(); // N "Persen RAK" is RAK / total RAK, not realisasi / pagu
    const shift = table(r, "Sheet10") as RecognizedTable;
    expect(rangeToA1(shift.range)).toBe("A1:H65");
    expect(roles(shift)).toEqual({
      no: "A",
      uraian: "B",
      anggaran: "C",
      realisasi_anggaran: "D",
      serapan: "E",
    });
    for (const sheet of [
      "Sheet1",
      "Sheet2",
      "Sheet3",
      "Sheet4",
      "Sheet5",
      "Sheet6",
      "Sheet8",
      "Sheet9",
    ]) {
      const t = table(r, sheet) as RecognizedTable;
      expect(t.kind).toBe("anggaran");
      // E "Persen di LRA" = D / C; F "Persen di RAK" is another ratio and is not taken.
      expect(roles(t)).toMatchObject({
        uraian: "B",
        anggaran: "C",
        realisasi_anggaran: "D",
        serapan: "E",
      });
      expect(Object.values(roles(t))).not.toContain("F");
    }
    expect(table(r, "Sheet7")).toBeUndefined(); // no header row
    expect(claims(r)).toEqual(["Sheet10!D17 SUBTOTAL_MISMATCH", "Sheet10!E4 SERAPAN_MISMATCH"]);
  });

  test("Lampung Selatan RAK with no rounding tolerance: also E23 (88,00 % stored, D23 / C23 = 87,49 %)", async () => {
    const r = await analyse("lampung-selatan-diskominfo-rak-belanja-2026.xlsx", 0);
    expect(claims(r)).toEqual([
      "Sheet10!D17 SUBTOTAL_MISMATCH",
      "Sheet10!E23 SERAPAN_MISMATCH",
      "Sheet10!E4 SERAPAN_MISMATCH",
    ]);
  });

  // Recomputed by hand from the saved values (W / M and X / N on table 1, S / I and T / J on table 2):
  // Z66, Z68 and Z69 hold a typed 0 % although 13.126.225 of 63.550.200, 175.000.000 of 175.000.000 and
  // 6.450.000 of 15.735.000 were spent; Y91 holds 0,00004 (0 %) where W91 / M91 = 11,996 / 14,1 = 85,08 %.
  // Every other capaian and serapan cell agrees (rows with target 0 and nothing realised, rows without an
  // indicator name and the total row 98 are not judged).
  test("Kota Cirebon Evaluasi Renja: both tables found, four real mistakes on table 1 and nothing else", async () => {
    const r = await analyse("kota-cirebon-evaluasi-renja-2026.xlsx");
    // Table 1 ends at its unlabelled total row 98, before the narrative (Predikat Kinerja, faktor ...).
    expect(r.tables.map((t) => rangeToA1(t.range))).toEqual(["A13:AE98", "A161:AA176"]);
    expect(r.tables.every((t) => t.kind !== "pk")).toBe(true); // K / Rp pairs: not a PK
    expect(r.tables[1].headerRows.map((x) => x + 1)).toEqual([161, 162, 163, 164]);
    expect(claims(r)).toEqual([
      "Sheet1!Y91 CAPAIAN_MISMATCH",
      "Sheet1!Z66 SERAPAN_MISMATCH",
      "Sheet1!Z68 SERAPAN_MISMATCH",
      "Sheet1!Z69 SERAPAN_MISMATCH",
    ]);
  });

  test("Kota Cirebon Evaluasi Renja: table 1 reads the Renja 2026 K / Rp columns", async () => {
    const r = await analyse("kota-cirebon-evaluasi-renja-2026.xlsx");
    // Row 15 K / Rp under the groups of row 13; row 16 "12 = 11/6 x100%" says Y = W / M (and Z = X / N).
    expect(roles(r.tables[0])).toMatchObject({
      indikator: "G",
      satuan: "H",
      target_akhir: "I", // Target RENSTRA pada Tahun 2029 (Akhir Periode RENSTRA), K
      target: "M",
      anggaran: "N",
      realisasi: "W", // the year evaluated, not triwulan O / Q / S / U nor Renstra s.d. 2026 (AA)
      realisasi_anggaran: "X",
      capaian: "Y",
      serapan: "Z",
    });
    // J (Rp of the Renstra end target) and AE (Unit Kerja Penanggung Jawab) take no role.
    expect(Object.values(roles(r.tables[0]))).not.toContain("J");
    expect(Object.values(roles(r.tables[0]))).not.toContain("AE");
  });

  test("Kota Cirebon Evaluasi RKPD: table 2 reads the Renja 2026 K / Rp columns", async () => {
    const r = await analyse("kota-cirebon-evaluasi-renja-2026.xlsx");
    // Rows 161-164: I / J Target Renja 2026, S / T Realisasi 2026 ("11=7+8+9+10"), U / V Tingkat capaian
    // ("12=11/6x100"); K..R triwulan I-IV, W / X and Y / Z the Renstra s.d. 2026; AA "Unit SKPD Penanggung jawab".
    // D161:F162 "Target Renstra ... 2029 (akhir periode)" with K merged over D:E: D holds the unit
    // ("persen", "POIN"), E the target.
    expect(roles(r.tables[1])).toMatchObject({
      indikator: "C",
      satuan: "D",
      target_akhir: "E",
      target: "I",
      anggaran: "J",
      realisasi: "S",
      realisasi_anggaran: "T",
      capaian: "U",
      serapan: "V",
    });
    expect(Object.values(roles(r.tables[1]))).not.toContain("AA");
  });

  test("Baturaja IKPA: scores, not money: no budget table, no findings", async () => {
    const r = await analyse("baturaja-kppn-ikpa-satker-2025.xlsx");
    expect(r.tables).toEqual([]);
    expect(claims(r)).toEqual([]);
  });

  test("DJPb realisasi belanja: A1:I154, % Realisasi Anggaran is the serapan, malformed text amounts read, no mistakes", async () => {
    const r = await analyse("djpb-kemenkeu-realisasi-belanja-2023-2025.xlsx");
    const t = table(r, "Sheet1") as RecognizedTable;
    expect(rangeToA1(t.range)).toBe("A1:I154");
    expect(roles(t)).toMatchObject({
      kode: "D",
      uraian: "E",
      anggaran: "G",
      realisasi_anggaran: "H",
      serapan: "I",
    });
    expect(claims(r)).toEqual([]);
  });

  test("Mamberamo Raya RKPD perubahan: flat A1:AC1176, the revised (menjadi_) columns taken, subtotals not judged", async () => {
    const r = await analyse("mamberamo-raya-rkpd-perubahan-2023.xlsx");
    const t = table(r, "Sheet1") as RecognizedTable;
    expect(rangeToA1(t.range)).toBe("A1:AC1176");
    // README: I anggaran is the value before the change, U menjadi_anggaran the revised one; an RKPD
    // perubahan's budget is the revised one, and a doubt names the column taken.
    expect(roles(t)).toMatchObject({ uraian: "E", anggaran: "U", target: "Q" });
    expect(t.doubts.join(" ")).toMatch(/kolom U \("menjadi_anggaran"\).*Kolom I \("anggaran"\)/);
    // kode_opd repeats on every row: no parent / child can be told, and the check says so once.
    expect(r.findings.filter((f) => f.rule === "TABLE_DOUBT").length).toBeLessThanOrEqual(1);
    expect(claims(r)).toEqual([]);
  });

  test("Mamberamo Raya APBD rincian: no mistakes claimed", async () => {
    const r = await analyse("mamberamo-raya-apbd-perubahan-rincian-2023.xlsx");
    expect(claims(r)).toEqual([]);
  });

  test("Mamberamo Raya APBD rincian: A1:J3312 found, JUMLAH PERUBAHAN as the budget", async () => {
    const r = await analyse("mamberamo-raya-apbd-perubahan-rincian-2023.xlsx");
    const t = table(r, "Sheet1") as RecognizedTable;
    expect(rangeToA1(t.range)).toBe("A1:J3312");
    expect(t.kind).toBe("anggaran");
    // README: I JUMLAH is the budget before the change, J JUMLAH PERUBAHAN the budget after it (1237 rows
    // differ). The budget of an APBD perubahan is the after-change one: J, with a doubt naming it and I.
    expect(roles(t)).toMatchObject({ uraian: "F", anggaran: "J" });
    expect(t.columns.realisasi_anggaran).toBeUndefined();
    expect(t.doubts.join(" ")).toMatch(/kolom J \("JUMLAH PERUBAHAN"\).*Kolom I \("JUMLAH"\)/);
  });
});
