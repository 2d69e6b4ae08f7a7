// Charts the tool recorded in the model cannot go into an .xlsx written outside Excel: one Indonesian note
// per chart, so the user knows where to draw it again.
import type { WorkbookModel } from "../memory-excel/model";

export function chartWarnings(model: WorkbookModel): string[] {
  const out: string[] = [];
  for (const sheet of model.sheets) {
    for (const chart of sheet.charts) {
      out.push(
        `Grafik${chart.title ? ` "${chart.title}"` : ""} di lembar "${sheet.name}" (data ${chart.sourceSheet ? `${chart.sourceSheet}!` : ""}${chart.source}) ` +
          "tidak ikut tersimpan: penulis .xlsx tidak mendukung grafik. Buat ulang grafiknya di Excel dari data tersebut."
      );
    }
  }
  return out;
}
