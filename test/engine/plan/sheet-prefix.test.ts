// Sheet names in the formulas compare and fill write: quoted when Excel could read them as a reference.
import { sheetPrefix } from "../../../src/engine/plan/a1";

describe("sheetPrefix", () => {
  test.each([
    ["PK2024", "'PK2024'!"],
    ["A1", "'A1'!"],
    ["XFD1048576", "'XFD1048576'!"],
    ["R1C1", "'R1C1'!"],
    ["r2c3", "'r2c3'!"],
    ["R", "'R'!"],
    ["C", "'C'!"],
    ["RC", "'RC'!"],
    ["R5", "'R5'!"],
    ["TRUE", "'TRUE'!"],
    ["Tabel 2.26", "'Tabel 2.26'!"],
    ["2024", "'2024'!"],
    ["Anggaran's", "'Anggaran''s'!"],
  ])("%s -> %s", (name, prefix) => expect(sheetPrefix(name)).toBe(prefix));

  test.each(["Anggaran", "PK_2024", "Sheet1X", "Tabel3.2", "Realisasi"])(
    "%s stays bare",
    (name) => {
      expect(sheetPrefix(name)).toBe(`${name}!`);
    }
  );
});
