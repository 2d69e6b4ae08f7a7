import type { Finding } from "../../src/engine/types";

test("jest runs TypeScript", () => {
  const f: Finding = { rule: "CAPAIAN_MISMATCH", severity: "error", sheet: "PK", cell: "F7", message: "x", expected: 1, actual: 2 };
  expect(f.cell).toBe("F7");
});
