import { capaian, capaianAngka, predikat, sisa } from "../../../src/engine/index";
import { fillBlocks, planFill } from "../../../src/engine/plan/fill";
import { indicatorKey } from "../../../src/engine/settings";
import { ANGGARAN_ROWS, PK_ROWS, anggaranTable, gridOf, pkTable, withBlocks } from "./sheets";

const pkGrid = () => gridOf("PK 2024", PK_ROWS);

describe("planFill on a PK table (Pemkot Binjai 2024)", () => {
  test("adds Capaian (%) and Predikat right of the table, header on the first header row", () => {
    const plan = planFill([pkGrid()], [pkTable()]);
    expect(plan.columns.map((c) => [c.kind, c.col, c.header, c.headerRow, c.lastRow])).toEqual([
      ["capaian", 7, "Capaian (%)", 2, 10],
      ["predikat", 8, "Predikat", 2, 10],
    ]);
    expect(plan.columns[0]!.numberFormat).toBe("0.00%");
    expect(plan.preview.map((p) => [p.sheet, p.range, p.header])).toEqual([
      ["PK 2024", "H3:H11", "Capaian (%)"],
      ["PK 2024", "I3:I11", "Predikat"],
    ]);
  });

  test("formulas: live SAKIP.CAPAIAN with the indicator's direction, SAKIP.PREDIKAT on the new capaian", () => {
    const [cap, pred] = planFill([pkGrid()], [pkTable()]).columns;
    const byRow = new Map(cap!.cells.map((c) => [c.row, c]));
    expect(byRow.get(6)!.formula).toBe("=SAKIP.CAPAIAN(E7,F7)");
    // Tingkat Pengangguran Terbuka: lower is better, suggested by arah().
    expect(byRow.get(10)!.formula).toBe('=SAKIP.CAPAIAN(E11,F11,"lower")');
    expect(pred!.cells.find((c) => c.row === 6)!.formula).toBe("=SAKIP.PREDIKAT(H7)");
  });

  test("values are the engine's figures, from the real targets and realisations", () => {
    const [cap, pred] = planFill([pkGrid()], [pkTable()], { mode: "values" }).columns;
    const value = (row: number) => cap!.cells.find((c) => c.row === row)!.value;
    expect(value(6)).toBeCloseTo(74.52 / 73, 10);
    expect(value(8)).toBeCloseTo(90 / 94, 10);
    expect(value(10)).toBeCloseTo((2 * 6.1 - 5.44) / 6.1, 10);
    expect(value(4)).toBe(capaian("B", "B"));
    expect(value(5)).toBe(capaian("WTP", "WTP"));
    for (const c of pred!.cells) {
      const capValue = cap!.cells.find((x) => x.row === c.row)!.value;
      expect(c.value).toBe(predikat(capValue as number));
    }
  });

  test("the user's direction wins over the suggestion, and lower-ratio follows the settings", () => {
    const tpt = indicatorKey("Tingkat Pengangguran Terbuka (TPT)");
    const higher = planFill([pkGrid()], [pkTable()], {
      settings: { polarity: { [tpt]: "higher" } },
    });
    expect(higher.columns[0]!.cells.find((c) => c.row === 10)!.formula).toBe(
      "=SAKIP.CAPAIAN(E11,F11)"
    );
    const ratio = planFill([pkGrid()], [pkTable()], {
      mode: "values",
      settings: { lowerFormula: "lower-ratio" },
    });
    const row = ratio.columns[0]!.cells.find((c) => c.row === 10)!;
    expect(row.formula).toBe('=SAKIP.CAPAIAN(E11,F11,"lower-ratio")');
    expect(row.value).toBeCloseTo(capaianAngka(6.1, 5.44, "lower-ratio"), 10);
  });

  test("a row whose realisasi cannot be read gets no figure and a note, never a 0", () => {
    const rows = PK_ROWS.map((r) => [...r]);
    rows[8]![5] = "-";
    rows[9]![4] = 0;
    const plan = planFill([gridOf("PK 2024", rows)], [pkTable()], { mode: "values" });
    const cap = plan.columns[0]!;
    expect(cap.cells.find((c) => c.row === 8)!.value).toBeNull();
    expect(cap.cells.find((c) => c.row === 9)!.value).toBeNull();
    expect(plan.notes.some((n) => n.includes("H9") || n.includes("F9"))).toBe(true);
    expect(plan.notes.some((n) => n.includes("H10") && /Target/.test(n))).toBe(true);
    expect(fillBlocks(plan)[0]!.body[8 - 3]).toBe("");
    // With live formulas the row keeps its formula (it shows an error until fixed), and the plan says so.
    const live = planFill([gridOf("PK 2024", rows)], [pkTable()], { mode: "formulas" });
    expect(fillBlocks(live)[0]!.body[8 - 3]).toBe("=SAKIP.CAPAIAN(E9,F9)");
    expect(
      live.notes.some((n) =>
        /^2 rumus di kolom "Capaian \(%\)" \(PK 2024\) akan menampilkan galat/.test(n)
      )
    ).toBe(true);
  });

  test("never over a cell that has anything: a note beside the table pushes the new columns right", () => {
    const rows = PK_ROWS.map((r) => [...r]);
    rows[6]![7] = "catatan";
    const plan = planFill([gridOf("PK 2024", rows)], [pkTable()]);
    expect(plan.columns.map((c) => c.col)).toEqual([8, 9]);
    expect(plan.notes.join(" ")).toMatch(/mulai kolom I/);
  });

  test("a merged area reaching into the column's rows is not free", () => {
    const grid = pkGrid();
    grid.merges.push({ row: 10, col: 6, rowCount: 1, colCount: 3 });
    expect(planFill([grid], [pkTable()]).columns.map((c) => c.col)).toEqual([9, 10]);
  });

  test("a text below the table (outside its rows) does not block the column", () => {
    const plan = planFill([pkGrid()], [pkTable()]);
    expect(plan.columns[0]!.col).toBe(7);
    const rows = PK_ROWS.map((r) => [...r]);
    rows[12]![7] = "ditandatangani";
    expect(planFill([gridOf("PK 2024", rows)], [pkTable()]).columns[0]!.col).toBe(7);
  });

  test("an existing capaian column is not rewritten: only the predikat is added, read from it", () => {
    const rows = PK_ROWS.map((r) =>
      [...r.slice(0, 6), r.length > 6 ? "x" : undefined].filter((v) => v !== undefined)
    );
    const table = pkTable();
    table.columns = { ...table.columns, capaian: 6 };
    delete table.columns.sumber;
    const plan = planFill([gridOf("PK 2024", rows)], [table]);
    expect(plan.columns.map((c) => c.kind)).toEqual(["predikat"]);
    expect(plan.columns[0]!.cells[0]!.formula).toBe("=SAKIP.PREDIKAT(G5)");
  });

  test("several years: one capaian and predikat per year that has both target and realisasi", () => {
    const rows = [
      ["No", "Indikator", "Target 2023", "Target 2024", "Realisasi 2023", "Realisasi 2024"],
      [1, "Indeks Profesionalitas ASN", 68, 73, 70.1, "74,52"],
    ];
    const table = {
      ...pkTable("Banding"),
      range: { row: 0, col: 0, rowCount: 2, colCount: 6 },
      headerRows: [0],
      columns: {
        no: 0,
        indikator: 1,
        "target@2023": 2,
        "target@2024": 3,
        "realisasi@2023": 4,
        "realisasi@2024": 5,
      },
      rows: [{ row: 1, kind: "indicator" as const }],
    };
    const plan = planFill([gridOf("Banding", rows)], [table], { mode: "values" });
    expect(plan.columns.map((c) => [c.role, c.header, c.col])).toEqual([
      ["capaian@2023", "Capaian 2023 (%)", 6],
      ["predikat@2023", "Predikat 2023", 7],
      ["capaian@2024", "Capaian 2024 (%)", 8],
      ["predikat@2024", "Predikat 2024", 9],
    ]);
    expect(plan.columns[2]!.cells[0]!.value).toBeCloseTo(74.52 / 73, 10);
    expect(plan.columns[2]!.cells[0]!.formula).toBe("=SAKIP.CAPAIAN(D2,F2)");
  });

  test("several years and a capaian column without a year: it counts for the table's year only", () => {
    const rows = [
      [
        "No",
        "Indikator",
        "Target 2023",
        "Target 2024",
        "Realisasi 2023",
        "Realisasi 2024",
        "Capaian",
      ],
      [1, "Indeks Profesionalitas ASN", 68, 73, 70.1, "74,52", "102%"],
    ];
    const table = {
      ...pkTable("Banding"),
      range: { row: 0, col: 0, rowCount: 2, colCount: 7 },
      headerRows: [0],
      columns: {
        no: 0,
        indikator: 1,
        "target@2023": 2,
        "target@2024": 3,
        "realisasi@2023": 4,
        "realisasi@2024": 5,
        capaian: 6,
      },
      rows: [{ row: 1, kind: "indicator" as const }],
    };
    const plan = planFill([gridOf("Banding", rows)], [table]);
    expect(plan.columns.map((c) => c.role)).toEqual([
      "capaian@2023",
      "predikat@2023",
      "predikat@2024",
    ]);
    expect(plan.columns[2]!.cells[0]!.formula).toBe("=SAKIP.PREDIKAT(G2)");
  });

  test("twice == once: planning again on the filled grid plans nothing", () => {
    const grid = pkGrid();
    const plan = planFill([grid], [pkTable()]);
    const filled = withBlocks(grid, fillBlocks(plan));
    // Recognition may or may not take the new columns into the table: both must plan nothing.
    expect(planFill([filled], [pkTable()]).columns).toEqual([]);
    const absorbed = { ...pkTable(), range: { row: 2, col: 0, rowCount: 9, colCount: 9 } };
    absorbed.columns = { ...absorbed.columns, capaian: 7, predikat: 8 };
    expect(planFill([filled], [absorbed]).columns).toEqual([]);
  });
});

describe("planFill on a realisasi anggaran table (Diskominfo Binjai 2024)", () => {
  const grid = () => gridOf("Anggaran", ANGGARAN_ROWS);

  test("adds Serapan (%) and Sisa Anggaran with live formulas on every row", () => {
    const plan = planFill([grid()], [anggaranTable()]);
    expect(plan.columns.map((c) => [c.kind, c.header, c.col, c.numberFormat])).toEqual([
      ["serapan", "Serapan (%)", 4, "0.00%"],
      ["sisa", "Sisa Anggaran", 5, '"Rp "#,##0'],
    ]);
    expect(plan.columns[0]!.cells.map((c) => c.formula)).toEqual(
      [2, 3, 4, 5, 6, 7].map((r) => `=SAKIP.SERAPAN(C${r},D${r})`)
    );
    expect(plan.columns[1]!.cells[0]!.formula).toBe("=SAKIP.SISA(C2,D2)");
  });

  test("values from the real amounts, text amounts read with their dot thousands", () => {
    const plan = planFill([grid()], [anggaranTable()], { mode: "values" });
    const [ser, sis] = plan.columns;
    expect(ser!.cells[0]!.value).toBeCloseTo(3678577055 / 3996931540, 12);
    expect(ser!.cells[1]!.value).toBeCloseTo(2361002046 / 2467477568, 12);
    expect(sis!.cells[2]!.value).toBe(sisa(2358277568, 2257542046));
    // Fully spent: a real sisa of 0 (the seed prints "-").
    expect(sis!.cells[4]!.value).toBe(0);
    // "-" as realisasi: no figure, and a note that says where.
    expect(ser!.cells[5]!.value).toBeNull();
    expect(plan.notes.some((n) => n.includes("Anggaran!D7"))).toBe(true);
  });

  test("a table whose serapan and sisa columns are full plans nothing", () => {
    const table = anggaranTable();
    table.columns = { ...table.columns, serapan: 4, sisa: 5 };
    const full = gridOf(
      "Anggaran",
      ANGGARAN_ROWS.map((r, i) => [...r, i === 0 ? "%" : 0.9, i === 0 ? "SISA" : 1])
    );
    expect(planFill([full], [table]).columns).toEqual([]);
  });
});

describe("several tables", () => {
  test("tables on different sheets each get their columns; the preview names every one", () => {
    const plan = planFill(
      [gridOf("PK 2024", PK_ROWS), gridOf("Anggaran", ANGGARAN_ROWS)],
      [pkTable(), anggaranTable()]
    );
    expect(plan.preview.map((p) => `${p.sheet}!${p.range}`)).toEqual([
      "PK 2024!H3:H11",
      "PK 2024!I3:I11",
      "Anggaran!E1:E7",
      "Anggaran!F1:F7",
    ]);
    expect(plan.preview[0]!.example).toBe("H5: =SAKIP.CAPAIAN(E5,F5) -> 100,00%");
  });

  test("a table beside another never takes the other's cells", () => {
    const rows = PK_ROWS.map((r) => [...r]);
    // A second table starts two columns right of the PK table, on the same rows.
    for (let r = 2; r <= 10; r++) rows[r]![8] = r === 2 ? "Catatan" : `c${r}`;
    const plan = planFill([gridOf("PK 2024", rows)], [pkTable()]);
    expect(plan.columns.map((c) => c.col)).toEqual([9, 10]);
  });
});
