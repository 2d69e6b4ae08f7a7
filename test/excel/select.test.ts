// Jumping to a cell: Excel refuses activate/select on a hidden sheet, so selectRange reports it and shows the
// sheet only when asked.
import { selectRange } from "../../src/excel/select";
import { createMemoryExcel } from "../../src/memory-excel/index";
import { modelOf } from "./workbook";

function workbook() {
  const model = modelOf(
    {
      name: "PK",
      rows: [
        ["Target", "Realisasi"],
        [80, 76],
      ],
    },
    { name: "Bantu", rows: [["Target"], [5]] }
  );
  model.getSheet("Bantu")!.visibility = "Hidden";
  return { model, excel: createMemoryExcel(model) };
}

test("a visible sheet: activated and the range selected", async () => {
  const { model, excel } = workbook();
  await expect(excel.run((c) => selectRange(c, "PK", "B2"))).resolves.toBe("selected");
  expect(model.selection).toEqual({
    sheet: "PK",
    rect: { row: 1, col: 1, rowCount: 1, colCount: 1 },
  });
  expect(excel.stats.syncs).toBe(2);
});

test("a hidden sheet: reported, nothing changed; shown and selected when asked", async () => {
  const { model, excel } = workbook();
  await expect(excel.run((c) => selectRange(c, "Bantu", "A2"))).resolves.toBe("hidden");
  expect(model.getSheet("Bantu")!.visibility).toBe("Hidden");
  expect(model.selection).toBeFalsy();
  await expect(excel.run((c) => selectRange(c, "Bantu", "A2", { show: true }))).resolves.toBe(
    "selected"
  );
  expect(model.getSheet("Bantu")!.visibility).toBe("Visible");
  expect(model.selection?.sheet).toBe("Bantu");
});
