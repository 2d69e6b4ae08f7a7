// The rewrite of one formula: tokens, nesting, references on other sheets, what is kept verbatim, and
// the reasons given for formulas that stay.
import { FormulaSyntaxError, callAt, tokenize } from "../../../src/engine/formula/tokens";
import { planPortable, portableBlocks, toNative } from "../../../src/engine/plan/portable";
import { ARAH_SPEC, METODE_SPEC, SKALA_SPEC } from "../../../src/engine/plan/portable-shapes";
import type { CellValue, Grid } from "../../../src/engine/types";

function grid(sheet: string, rows: CellValue[][], formulas?: (string | number | null)[][]): Grid {
  const g: Grid = {
    sheet,
    originRow: 0,
    originCol: 0,
    values: rows,
    text: rows.map((r) => r.map(String)),
    numberFormat: rows.map((r) => r.map(() => "General")),
    merges: [],
  };
  if (formulas) g.formulas = formulas;
  return g;
}

// Seed pemkot-pk row 18: TPT target 6,10 realisasi 5,44 (lower is better); row 7: 73 vs "74,52*".
const PK = grid("PK 2024", [[6.1, 5.44, 73, "74,52*", "BB", "B", "turun", "Rp 1.500"]]);
const OTHER = grid("Data, 2024 (final)", [[80, 91]]);
const ctx = { grids: [PK, OTHER], sheet: "PK 2024" };

describe("tokenizer", () => {
  test("strings, quoted sheet names with commas and parentheses, errors, arrays stay whole tokens", () => {
    const f = `=IF('Data, 2024 (final)'!A1>0,"a, (b)",#N/A)+SUM({1,2;3,4})`;
    const kinds = tokenize(f)
      .filter((t) => t.kind !== "space")
      .map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      "name:IF",
      "open:(",
      "name:'Data, 2024 (final)'!A1",
      "op:>",
      "number:0",
      "comma:,",
      'text:"a, (b)"',
      "comma:,",
      "error:#N/A",
      "close:)",
      "op:+",
      "name:SUM",
      "open:(",
      "arrayOpen:{",
      "number:1",
      "comma:,",
      "number:2",
      "arrayRow:;",
      "number:3",
      "comma:,",
      "number:4",
      "arrayClose:}",
      "close:)",
    ]);
  });
  test("a call's arguments split only at its own commas", () => {
    const f = '=SAKIP.CAPAIAN(IF(A1,B1,C1),"x,y",{1,2})';
    const tokens = tokenize(f);
    const call = callAt(tokens, 0, f)!;
    expect(call.args.map((a) => f.slice(a.start, a.end))).toEqual([
      "IF(A1,B1,C1)",
      '"x,y"',
      "{1,2}",
    ]);
    expect(call.end).toBe(f.length);
  });
  test("unterminated strings and parentheses are reported, not guessed", () => {
    expect(() => tokenize('="abc')).toThrow(FormulaSyntaxError);
    const f = "=SAKIP.CAPAIAN(A1,B1";
    expect(() => callAt(tokenize(f), 0, f)).toThrow(FormulaSyntaxError);
  });
});

describe("toNative", () => {
  test("only the SAKIP call changes; the rest of the formula is kept character for character", () => {
    const r = toNative('=ROUND( SAKIP.CAPAIAN(A1,B1,"lower") * 100 , 2) & " %"', ctx);
    expect(r).toEqual({
      ok: true,
      calls: 1,
      formula: '=ROUND( IF(OR(A1="",B1=""),NA(),MAX(0,(2*A1-B1)/A1)) * 100 , 2) & " %"',
    });
  });
  test("a SAKIP name inside a text is not a call", () => {
    expect(toNative('="SAKIP.CAPAIAN(A1,B1)"', ctx)).toEqual({
      ok: true,
      calls: 0,
      formula: '="SAKIP.CAPAIAN(A1,B1)"',
    });
  });
  test("lower-case names and the file form _xldudf_SAKIP_ are read as SAKIP functions", () => {
    expect(toNative("=sakip.serapan(A1,B1)", ctx)).toMatchObject({
      ok: true,
      formula: '=IF(OR(A1="",B1=""),NA(),B1/A1)',
    });
    expect(toNative("=_xldudf_SAKIP_SISA(A1,B1)", ctx)).toMatchObject({
      ok: true,
      formula: '=IF(OR(A1="",B1=""),NA(),A1-B1)',
    });
  });
  test("references on another sheet (quoted, with commas) read that sheet's cells", () => {
    const r = toNative("=SAKIP.CAPAIAN('Data, 2024 (final)'!A1,'Data, 2024 (final)'!$B$1)", ctx);
    expect(r).toMatchObject({
      ok: true,
      formula:
        "=IF(OR('Data, 2024 (final)'!A1=\"\",'Data, 2024 (final)'!$B$1=\"\"),NA(),'Data, 2024 (final)'!$B$1/'Data, 2024 (final)'!A1)",
    });
  });
  test("nested calls: the inner result is an operand of the outer shape", () => {
    const r = toNative('=SAKIP.PREDIKAT(SAKIP.CAPAIAN(A1,B1,"lower"),"akip")', ctx);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.calls).toBe(2);
      expect(r.formula).not.toMatch(/SAKIP/);
      // AKIP grades a 0-100 score: the capaian fraction is put on it first (issue 13).
      expect(r.formula).toContain('<=10,(IF(OR(A1="",B1=""),NA(),MAX(0,(2*A1-B1)/A1)))*100,');
      expect(r.formula).toContain('>90+0.000000001,"AA"');
    }
  });
  test("arah from a cell becomes CHOOSE over the cell's name", () => {
    const r = toNative("=SAKIP.CAPAIAN(A1,B1,G1)", ctx);
    expect(r.ok && r.formula.startsWith("=CHOOSE(IF(SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(G1))")).toBe(
      true
    );
  });
  test("qualitative targets become MATCH over the scale's categories (B against BB: 60/70)", () => {
    const r = toNative("=SAKIP.CAPAIAN(E1,F1)", ctx);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.formula).toContain('MATCH(TRIM(F1),{"D","C","CC","B","BB","A","AA"},0)');
  });

  const reasons: [string, RegExp][] = [
    [
      "=SAKIP.CAPAIAN(C1,D1)",
      /D1 berisi teks "74,52\*" \(add-in membacanya sebagai 74,52\), bukan angka.*Ketik angkanya sebagai angka di D1/,
    ],
    ["=SAKIP.SERAPAN(H1,A1)", /H1 berisi teks "Rp 1\.500" \(add-in membacanya sebagai 1\.500\)/],
    ["=SAKIP.CAPAIAN(A1,B1,SAKIP.ARAH(C1))", /SAKIP\.ARAH menebak arah/],
    ['=SAKIP.CAPAIAN(A1,B1,"miring")', /Arah "miring" tidak dikenal/],
    [
      "=SAKIP.PREDIKAT(A1,A1:B3)",
      /baris ke-1 skala A1:B3 \(6,1 \| 5,44\) bukan pasangan angka batas/,
    ],
    ["=SAKIP.CAPAIAN(A1,'Tidak Ada'!B1)", /lembar "Tidak Ada" yang tidak ada/],
    ["=SAKIP.CAPAIAN(A1,B1,,C1:D1)", /Batas menunjuk rentang C1:D1/],
    ["=SAKIP.CAPAIAN(A1,E1)", /A1 berisi 6,1, sedangkan pasangannya berupa kategori/],
    ["=SAKIP.FOO(A1)", /fungsi SAKIP\.FOO tidak dikenal/],
    ["=SAKIP.CAPAIAN(A1,B1,,,1)", /diberi 5 argumen, lebih dari 4/],
  ];
  test.each(reasons)("%s stays, with its reason", (formula, reason) => {
    const r = toNative(formula, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("choice names", () => {
  // The native lists must read every name exactly as the engine does.
  test.each([ARAH_SPEC, SKALA_SPEC, METODE_SPEC] as const)(
    "%#: every listed name and prefix parses to its variant",
    (spec) => {
      for (const [name, variant] of [...spec.names, ...spec.prefixes])
        expect(spec.parse(name)).toBe(variant);
      expect(spec.parse(null)).toBe(spec.blank);
    }
  );
});

describe("planPortable", () => {
  test("changes and kept formulas with sheet and cell; blocks group a column's rows", () => {
    const g = grid(
      "PK 2024",
      [
        [6.1, 5.44, "", ""],
        [73, "74,52*", "", ""],
        [80, 91, "", ""],
      ],
      [
        [6.1, 5.44, '=SAKIP.CAPAIAN(A1,B1,"lower")', "=SUM(A1:B1)"],
        [73, "74,52*", "=SAKIP.CAPAIAN(A2,B2)", null],
        [80, 91, "=SAKIP.CAPAIAN(A3,B3)", null],
      ]
    );
    const plan = planPortable([g]);
    expect(plan.changes.map((c) => c.cell)).toEqual(["C1", "C3"]);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({
      sheet: "PK 2024",
      cell: "C2",
      inputCell: "PK 2024!B2",
    });
    expect(plan.skipped[0]!.reason).toMatch(
      /^'PK 2024'!C2 \(=SAKIP\.CAPAIAN\(A2,B2\)\) dibiarkan: /
    );
    expect(plan.notes.join(" ")).toMatch(/ada 1: PK 2024!B2/);
    expect(portableBlocks(plan).map((b) => [b.row, b.after.length])).toEqual([
      [0, 1],
      [2, 1],
    ]);
  });
  test("a text that only looks like a formula ('=SAKIP...) is the user's text: left alone", () => {
    const plan = planPortable([
      grid("S", [[80, 91, "=SAKIP.CAPAIAN(A1,B1)"]], [[80, 91, "=SAKIP.CAPAIAN(A1,B1)"]]),
    ]);
    expect(plan.changes).toEqual([]);
    expect(plan.skipped).toEqual([]);
  });
  test("a workbook without SAKIP formulas: nothing to do, said once", () => {
    const plan = planPortable([grid("S", [[1]], [["=1+1"]])]);
    expect(plan.changes).toEqual([]);
    expect(plan.notes).toEqual([
      "Buku kerja ini tidak berisi rumus =SAKIP.*: tidak ada yang perlu diubah.",
    ]);
  });
});
