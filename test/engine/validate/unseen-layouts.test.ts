// Layouts found by probing tables nobody here wrote (correct figures unless said): no false alarm, and a
// planted mistake found once, at its own cell.
import { recognize } from "../../../src/engine/recognize/index";
import { columnLetter } from "../../../src/engine/recognize/address";
import { validate } from "../../../src/engine/validate/index";
import { planFill } from "../../../src/engine/plan/fill";
import { gridFromSheet } from "../../fixtures/grid";
import type { FixtureCell } from "../../fixtures/spec";

const _ = null;

function check(rows: FixtureCell[][], merges: string[] = []) {
  const g = gridFromSheet({ name: "S", rows, merges });
  const { tables } = recognize(g);
  const findings = validate(g, tables).findings;
  const claims = findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule}`);
  const notes = findings.filter((f) => f.severity === "info").map((f) => `${f.cell} ${f.rule}`);
  return { tables, claims, notes };
}
const letter = (col: number | undefined): string | undefined =>
  col === undefined ? undefined : columnLetter(col);

describe("average rows", () => {
  const rows = (second: number): FixtureCell[][] => [
    ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)"],
    [1, "Meningkatnya mutu pendidikan", "Angka partisipasi murni SD", 100, 90, 90],
    [_, _, "Angka partisipasi murni SMP", 100, 100, 100],
    [_, "Rata-rata capaian sasaran", _, _, _, 95],
    [2, "Meningkatnya derajat kesehatan", "Usia harapan hidup", 100, 110, 110],
    [_, _, "Cakupan imunisasi dasar lengkap", 100, 120, 120],
    [_, "Rata-rata capaian sasaran", _, _, _, second],
    [_, "Rata-rata capaian kinerja", _, _, _, 105],
  ];
  const merges = ["A2:A3", "B2:B3", "A5:A6", "B5:B6"];

  test("a rata-rata under each sasaran is the mean of the indicators above it, the last one of all", () => {
    expect(check(rows(115), merges).claims).toEqual([]);
  });

  test("a wrong sasaran average is claimed against its own indicators", () => {
    expect(check(rows(112), merges).claims).toEqual(["F7 AVERAGE_MISMATCH"]);
  });
});

describe("a blank row inside the table", () => {
  test("a sasaran heading after a blank row continues the table; a mistake below it is found", () => {
    const { tables, claims } = check([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["Sasaran 1 : Meningkatnya produksi pertanian"],
      ["1", "Produksi padi", "Ton", 100, 105, 105],
      [],
      ["Sasaran 2 : Meningkatnya kesejahteraan petani"],
      ["2", "Nilai Tukar Petani", "Indeks", 100, 104, 150],
      [],
      ["Sumber: Dinas Pertanian"],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].range.rowCount).toBe(6);
    expect(claims).toEqual(["F6 CAPAIAN_MISMATCH"]);
  });
});

describe("header words", () => {
  test("'Penyerapan Anggaran (%)' is the serapan", () => {
    const { tables, claims } = check([
      ["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Penyerapan Anggaran (%)"],
      [1, "Program A", 1500000, 1380000, 92],
      [2, "Program B", 900000, 868500, 96.5],
      [3, "Program C", 400000, 300000, 75],
      [4, "Program D", 200000, 190000, 95],
    ]);
    expect(columnLetter(tables[0].columns.serapan as number)).toBe("E");
    expect(claims).toEqual([]);
  });

  test("a response time computed lower-is-better is not a polarity suspect", () => {
    const { claims } = check([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Waktu tanggap penanganan kebakaran", "Menit", 15, 12, 120],
      [2, "Waktu tanggap pelayanan ambulans", "Menit", 30, 27, 110],
    ]);
    expect(claims).toEqual([]);
  });
});

describe("one typo, one finding", () => {
  const head = ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu", "Realisasi", "%", "Sisa"];
  const table = (patch: (rows: FixtureCell[][]) => void): FixtureCell[][] => {
    const rows: FixtureCell[][] = [
      head,
      ["2.16.01", "PROGRAM PENUNJANG", 105000000, 101775500, 96.93, 3224500],
      ["2.16.01.1.01", "Perencanaan dan Evaluasi", 75000000, 72825500, 97.1, 2174500],
      ["2.16.01.1.01.0001", "Penyusunan Renstra", 45000000, 43875000, 97.5, 1125000],
      ["2.16.01.1.01.0007", "Evaluasi Kinerja", 30000000, 28950500, 96.5, 1049500],
      ["2.16.01.1.02", "Administrasi Keuangan", 30000000, 28950000, 96.5, 1050000],
      ["2.16.01.1.02.0001", "Penyediaan Gaji", 30000000, 28950000, 96.5, 1050000],
      [_, "JUMLAH", 105000000, 101775500, 96.93, 3224500],
    ];
    patch(rows);
    return rows;
  };

  test("the table as written: nothing claimed", () => {
    expect(check(table(() => {})).claims).toEqual([]);
  });

  test("a kegiatan pagu typed wrong: only its subtotal, not the program, its % nor its sisa", () => {
    expect(check(table((r) => (r[2]![2] = 75500000))).claims).toEqual(["C3 SUBTOTAL_MISMATCH"]);
  });

  test("a sub kegiatan sisa typed wrong: only that sisa, not its kegiatan's sum", () => {
    expect(check(table((r) => (r[4]![5] = 2025000))).claims).toEqual(["F5 SISA_MISMATCH"]);
  });
});

describe("numbering", () => {
  test("roman programs over arabic kegiatan, an upper-case TOTAL below: the kegiatan are the program's children", () => {
    const { tables, claims } = check([
      ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"],
      ["I", "Program Pelayanan Administrasi Perkantoran", 500000, 400000, 80],
      ["1", "Penyediaan Jasa Surat Menyurat", 100000, 100000, 100],
      ["2", "Penyediaan Jasa Listrik", 300000, 300000, 100],
      [_, "TOTAL", 500000, 400000, 80],
    ]);
    expect(tables[0].rows.map((r) => r.kind)).toEqual(["program", "kegiatan", "kegiatan", "total"]);
    // The program's pagu is not the sum of its kegiatan (400.000): claimed at the program.
    expect(claims).toEqual(["C2 SUBTOTAL_MISMATCH"]);
  });
});

describe("lettered rows", () => {
  const table = (kegiatanA: number): FixtureCell[][] => [
    ["No", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
    ["I", "Program Penunjang Urusan Pemerintahan Daerah", 400, 320],
    ["a", "Perencanaan dan Evaluasi", kegiatanA, 200],
    ["1.1", "Penyusunan Dokumen Perencanaan", 120, 118],
    ["1.2", "Evaluasi Kinerja", 80, 82],
    ["b", "Pengadaan Barang Milik Daerah", 200, 120],
    ["2.1", "Pengadaan Kendaraan Dinas", 200, 120],
    ["II", "Program Pengelolaan Informasi Publik", 50, 45],
    ["a", "Pengelolaan Informasi Publik", 50, 45],
    ["1.1", "Monitor Opini Publik", 50, 45],
  ];

  test("a, b under roman programs are kegiatan, the 1.1 rows their sub kegiatan", () => {
    const { tables, claims } = check(table(200));
    expect(tables[0].rows.map((r) => r.level)).toEqual([1, 2, 3, 3, 2, 3, 1, 2, 3]);
    expect(claims).toEqual(["D5 REALISASI_EXCEEDS_PAGU"]);
  });

  test("a lettered kegiatan that is not the sum of its rows is claimed at that kegiatan only", () => {
    expect(check(table(210)).claims).toEqual(["C3 SUBTOTAL_MISMATCH", "D5 REALISASI_EXCEEDS_PAGU"]);
  });
});

describe("running totals and progress toward the plan's end", () => {
  const rows = (g3: number): FixtureCell[][] => [
    [
      "No",
      "Indikator",
      "Satuan",
      "Target Akhir Renstra 2026",
      "Target 2024",
      "Realisasi 2024",
      "Capaian (%)",
      "Realisasi Renstra s.d. 2024",
      "Tingkat Capaian Renstra s.d. 2024 (%)",
    ],
    [1, "Jumlah dokumen perencanaan", "Dokumen", 25, 5, 5, 100, 20, 80],
    [2, "Jumlah laporan keuangan", "Laporan", 60, 12, 12, g3, 48, 80],
  ];

  test("a column 's.d. 2024' is a running total, not the 2024 figure: the year's capaian is checked", () => {
    const { tables, claims } = check(rows(100));
    expect(letter(tables[0].columns.capaian)).toBe("G");
    expect(letter(tables[0].columns["capaian@2024"])).not.toBe("I");
    expect(claims).toEqual([]);
    expect(check(rows(90)).claims).toEqual(["G3 CAPAIAN_MISMATCH"]);
  });

  test("'Capaian terhadap target akhir (%)' is not a second target akhir", () => {
    const { tables, claims } = check([
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target Akhir Renstra (2026)",
        "Realisasi 2024",
        "Capaian terhadap target akhir (%)",
      ],
      [1, "Persentase ruang terbuka hijau publik", "%", 20, 14.6, 73],
      [2, "Indeks kualitas air", "Indeks", 60, 55.3, 92.17],
    ]);
    expect(letter(tables[0].columns.target_akhir)).toBe("D");
    expect(Object.values(tables[0].columns).map(letter)).not.toContain("F");
    expect(tables[0].doubts.join(" ")).not.toMatch(/target_akhir/);
    expect(claims).toEqual([]);
  });
});

describe("rows", () => {
  test("'Jumlah ...' with its own target and realisasi is an indicator even with no Satuan column", () => {
    const { tables, claims } = check([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase layanan kepegawaian tepat waktu", 90, 62, 68.89],
      [_, "Jumlah pegawai mengikuti diklat", 40, 30, 90],
    ]);
    expect(tables[0].rows.map((r) => r.kind)).toEqual(["indicator", "indicator"]);
    expect(claims).toEqual(["E3 CAPAIAN_MISMATCH"]);
  });

  test("a 'Jumlah' line that adds up the rows above is still the total", () => {
    const { tables } = check([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Peserta pelatihan", 40, 30, 75],
      [2, "Peserta magang", 10, 10, 100],
      [_, "Jumlah", 50, 40, 80],
    ]);
    expect(tables[0].rows.map((r) => r.kind)).toEqual(["indicator", "indicator", "total"]);
  });

  test("a sasaran heading written in the indikator column heads the indicators below it", () => {
    const { tables, claims } = check(
      [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
        ["I", "Sasaran: Meningkatnya kualitas tata kelola keuangan"],
        ["1", "Persentase temuan BPK yang ditindaklanjuti", "%", 90, 92.7, 103],
        ["2", "Nilai SAKIP", "Nilai", 70, 72, 102.86],
      ],
      ["B2:F2"]
    );
    expect(tables[0].rows.map((r) => r.kind)).toEqual(["sasaran", "indicator", "indicator"]);
    expect(tables[0].rows[1]!.sasaran).toBe("Meningkatnya kualitas tata kelola keuangan");
    expect(claims).toEqual([]);
  });
});

describe("values written on purpose", () => {
  test("a range target and a realisasi 'Belum ada data' are notes, not errors", () => {
    const { claims, notes } = check([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Indeks kepuasan masyarakat", "Nilai", "80-85", 86.2, 107.75],
      [2, "Indeks kualitas udara", "Indeks", 80, "Belum ada data", _],
      [3, "Nilai SAKIP", "Nilai", 70, 72, 102.86],
    ]);
    expect(claims).toEqual([]);
    expect(notes).toEqual(["D2 NOT_A_NUMBER", "E3 MISSING_VALUE"]);
  });

  test("a wrong capaian whose predikat fits the true capaian: the capaian is claimed, not the predikat", () => {
    const { claims } = check([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"],
      [1, "Persentase ASN disiplin", 90, 91, 101.11, "Sangat Tinggi"],
      [2, "Persentase dokumen tepat waktu", 100, 60, 30, "Rendah"],
    ]);
    expect(claims).toEqual(["E3 CAPAIAN_MISMATCH"]);
  });
});

describe("an LRA: pendapatan, belanja and the surplus", () => {
  const lra = (header6: string): FixtureCell[][] => [
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%", header6],
    ["4", "PENDAPATAN DAERAH", 97500, 100333, 102.9, 2833],
    ["4.1", "Pendapatan Asli Daerah", 97500, 100333, 102.9, 2833],
    ["4.1.01", "Pajak Daerah", 85000, 88456, 104.07, 3456],
    ["4.1.02", "Retribusi Daerah", 12500, 11877, 95.02, -623],
    ["5", "BELANJA DAERAH", 13368, 12954, 96.9, -414],
    ["5.1", "Belanja Operasi", 12690, 12300, 96.93, -390],
    ["5.1.01", "Belanja Pegawai", 8123, 7988, 98.34, -135],
    ["5.1.02", "Belanja Barang dan Jasa", 4567, 4312, 94.42, -255],
    ["5.2", "Belanja Modal", 678, 654, 96.46, -24],
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 678, 654, 96.46, -24],
    [_, "SURPLUS / (DEFISIT)", 84132, 87379, 103.86, 3247],
  ];

  test("5.1 is under 5, not under the last pendapatan line; revenue above target and the surplus are no overspending", () => {
    const { tables, claims } = check(lra("Bertambah/(Berkurang)"));
    const byRow = new Map(tables[0].rows.map((r) => [r.row, r.parentRow]));
    expect(byRow.get(6)).toBe(5); // 5.1 -> 5
    expect(claims).toEqual([]);
  });

  test("fill adds no Sisa beside the table's own Bertambah/(Berkurang)", () => {
    const g = gridFromSheet({ name: "S", rows: lra("Bertambah/(Berkurang)") });
    const plan = planFill([g], recognize(g).tables, { mode: "formulas" });
    expect(plan.columns.map((c) => c.kind)).not.toContain("sisa");
  });

  test("a real overspending in the belanja section is still said", () => {
    const rows = lra("Bertambah/(Berkurang)");
    rows[9] = ["5.2", "Belanja Modal", 678, 700, 103.24, 22];
    rows[10] = ["5.2.02", "Belanja Modal Peralatan dan Mesin", 678, 700, 103.24, 22];
    rows[5] = ["5", "BELANJA DAERAH", 13368, 13000, 97.25, -368];
    expect(check(rows).claims).toContain("D11 REALISASI_EXCEEDS_PAGU");
  });
});

describe("before and after a change", () => {
  test("Anggaran Murni beside Anggaran Perubahan with no %: the Perubahan is the pagu, and fill uses it", () => {
    const rows: FixtureCell[][] = [
      ["No", "Sub Kegiatan", "Anggaran Murni (Rp)", "Anggaran Perubahan (Rp)", "Realisasi (Rp)"],
      [1, "Penyusunan Renstra", 100000000, 120000000, 110000000],
      [2, "Evaluasi Kinerja", 50000000, 45000000, 44000000],
    ];
    const { tables } = check(rows);
    expect(letter(tables[0].columns.anggaran)).toBe("D");
    expect((tables[0].doubtItems ?? []).some((i) => i.uncertain)).toBe(false);
    const g = gridFromSheet({ name: "S", rows });
    const plan = planFill([g], recognize(g).tables, { mode: "formulas" });
    expect(plan.columns.find((c) => c.kind === "serapan")?.cells[0]?.formula).toMatch(
      /SAKIP\.SERAPAN\(D2,E2\)/
    );
  });
});

describe("a wrong total", () => {
  test("a wrong JUMLAH realisasi: the total is claimed, not its sisa that fits the true total", () => {
    const { claims } = check([
      ["No", "Perangkat Daerah", "Anggaran", "Realisasi", "Sisa"],
      [1, "Dinas A", 1000, 900, 100],
      [2, "Dinas B", 2000, 1900, 100],
      [3, "Dinas C", 500, 450, 50],
      [4, "Dinas D", 700, 650, 50],
      [_, "JUMLAH", 4200, 3850, 300],
    ]);
    expect(claims).toEqual(["D6 SUBTOTAL_MISMATCH"]);
  });
});

describe("new columns", () => {
  const sisaFormat = (fmt: string | null): string | undefined => {
    const m = (v: number): FixtureCell => (fmt === null ? v : { v, fmt });
    const g = gridFromSheet({
      name: "S",
      rows: [
        ["No", "Kegiatan", "Anggaran", "Realisasi", "%"],
        [1, "Kegiatan A", m(1000000), m(900000), 90],
        [2, "Kegiatan B", m(2000000), m(1500000), 75],
      ],
    });
    const plan = planFill([g], recognize(g).tables, { mode: "formulas" });
    return plan.columns.find((c) => c.kind === "sisa")?.numberFormat;
  };

  test("a new Sisa is written the way the table writes its pagu", () => {
    expect(sisaFormat("#,##0")).toBe("#,##0");
  });

  test("a pagu in General gets the default Rupiah format", () => {
    expect(sisaFormat(null)).toMatch(/Rp/);
  });
});

describe("templates and names", () => {
  test("a template's =AVERAGE over its still empty capaian column (#DIV/0!) is no error", () => {
    const rows = (g4: FixtureCell): FixtureCell[][] => [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Indeks Kepuasan Masyarakat", "Indeks", 80, 82, _],
      [2, "Nilai SAKIP", "Nilai", 70, 72, _],
      [_, "Rata-rata Capaian Kinerja", _, _, _, g4],
    ];
    expect(check(rows("#DIV/0!")).claims).toEqual([]);
  });

  test("fill writes the template's empty Rata-rata line: the mean of the capaian above it, and its predikat", () => {
    const g = gridFromSheet({
      name: "S",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"],
        [1, "Indeks Kepuasan Masyarakat", "Indeks", 80, 84, _, _],
        [2, "Nilai SAKIP", "Nilai", 70, 63, _, _],
        [_, "Rata-rata Capaian Kinerja", _, _, _, _, _],
      ],
    });
    const plan = planFill([g], recognize(g).tables, { mode: "formulas" });
    const capaian = plan.columns.find((c) => c.kind === "capaian")!;
    const line = capaian.cells.find((c) => c.row === 3)!;
    expect(line.formula).toBe("=AVERAGE(F2:F3)");
    expect(line.value).toBeCloseTo((1.05 + 0.9) / 2, 10);
    const predikat = plan.columns.find((c) => c.kind === "predikat")!;
    expect(predikat.cells.find((c) => c.row === 3)).toMatchObject({
      formula: "=SAKIP.PREDIKAT(F4)",
      value: "Sangat Tinggi",
    });
  });

  test("a Rata-rata under each sasaran is not written by fill (no one mean fits them all)", () => {
    const g = gridFromSheet({
      name: "S",
      rows: [
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [1, "Sasaran A", "Indeks A", 80, 84, _],
        [_, "Rata-rata capaian sasaran", _, _, _, _],
        [2, "Sasaran B", "Indeks B", 70, 63, _],
        [_, "Rata-rata capaian sasaran", _, _, _, _],
      ],
    });
    const plan = planFill([g], recognize(g).tables, { mode: "formulas" });
    const rows = plan.columns.find((c) => c.kind === "capaian")!.cells.map((c) => c.row);
    expect(rows).toEqual([1, 3]);
  });

  test("a covered share of the poor ('miskin penerima bantuan') is higher-is-better: no polarity suspect", () => {
    const { claims } = check([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase Rumah Tangga Miskin Penerima Bantuan Sosial", "%", 85, 61.5, 72.35],
      [2, "Persentase Penduduk Miskin yang Terdaftar sebagai Peserta JKN", "%", 95, 97.2, 102.32],
    ]);
    expect(claims).toEqual([]);
  });
});
