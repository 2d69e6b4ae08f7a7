/** @jest-environment jsdom */
// The demo grid draws the rows and columns near cells when the used range is huge (a cell at XFD1048576
// would otherwise be a million rows of 16,384 cells in the page).
import { render } from "@testing-library/react";
import { GridView } from "../../src/demo/GridView";
import { WorkbookModel } from "../../src/memory-excel/model";

const noop = () => undefined;

function draw(cells: [number, number, number | string][]) {
  const sheet = new WorkbookModel().addSheet("Lembar1");
  for (const [r, c, v] of cells) sheet.setCell(r, c, { value: v });
  const { container } = render(
    <GridView
      sheet={sheet}
      selection={{ row: 0, col: 0, rowCount: 1, colCount: 1 }}
      editing={null}
      onSelect={noop}
      onStartEdit={noop}
      onEditChange={noop}
      onCommit={noop}
      onCancel={noop}
      onMove={noop}
    />
  );
  return container;
}

describe("GridView on a sparse sheet", () => {
  test("cells at XFD1 and XFD1048576: both drawn, with few rows and columns", () => {
    const grid = draw([
      [0, 16383, 1],
      [1048575, 16383, 2],
    ]);
    expect(grid.querySelector('[data-cell="XFD1"]')?.textContent).toBe("1");
    expect(grid.querySelector('[data-cell="XFD1048576"]')?.textContent).toBe("2");
    expect(grid.querySelectorAll("tbody tr").length).toBeLessThan(60);
    expect(grid.querySelectorAll("thead th").length).toBeLessThan(30);
  });

  test("a small sheet is drawn whole, as before", () => {
    const grid = draw([[5, 3, "x"]]);
    expect(grid.querySelectorAll("tbody tr").length).toBe(30);
    expect(grid.querySelectorAll("thead th").length).toBe(13);
  });
});
