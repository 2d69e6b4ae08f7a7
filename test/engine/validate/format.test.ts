import { a1, angkaId, persenId } from "../../../src/engine/validate/format";
import {
  decimalsInFormat,
  decimalsInText,
  fitsStated,
} from "../../../src/engine/validate/precision";

test("Indonesian numbers", () => {
  expect(angkaId(2358277568)).toBe("2.358.277.568");
  expect(angkaId(104.69798)).toBe("104,7");
  expect(angkaId(0.15, 4)).toBe("0,15");
  expect(angkaId(-200000)).toBe("-200.000");
  expect(persenId(486.6667)).toBe("486,67%");
});

test("A1 addresses", () => {
  expect(a1(0, 0)).toBe("A1");
  expect(a1(6, 5)).toBe("F7");
  expect(a1(9, 26)).toBe("AA10");
});

test("decimals shown", () => {
  expect(decimalsInText("91,43%", "id")).toBe(2);
  expect(decimalsInText("102%", "id")).toBe(0);
  expect(decimalsInText("91.94%", "id")).toBe(2);
  expect(decimalsInText("2.358.277.568", "id")).toBe(0);
  expect(decimalsInText("1,234,567.5", "en")).toBe(1);
  expect(decimalsInFormat("0.00%")).toBe(2);
  expect(decimalsInFormat("#,##0")).toBe(0);
  expect(decimalsInFormat("General")).toBeNull();
});

test("fits: half a unit of the last decimal plus the tolerance", () => {
  expect(fitsStated(102.08, 102, 0, 0)).toBe(true);
  expect(fitsStated(104.7, 106, 0, 0.5)).toBe(false);
  expect(fitsStated(104.7, 105, 0, 0)).toBe(true);
  expect(fitsStated(99.694, 99.69, 2, 0)).toBe(true);
  expect(fitsStated(99.7, 99.69, 2, 0)).toBe(false);
});
