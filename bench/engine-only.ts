// The engine on a workbook read with ExcelJS (cached values), without the in-memory Excel: what
// recognition and validation cost on top of the bare read.
import { recognize } from "../src/engine/recognize/index";
import { validate } from "../src/engine/validate/index";
import { realGrids } from "../test/fixtures/real-workbooks/grids";

/** Absolute path or a name under test/fixtures/real-workbooks. */
(async () => {
  const grids = await realGrids(process.argv[2]);
  let tables = 0,
    findings = 0;
  for (const g of grids) {
    const r = recognize(g);
    tables += r.tables.length;
    if (r.tables.length) findings += validate(g, r.tables).findings.length;
  }
  console.log(JSON.stringify({ tables, findings }));
})();
