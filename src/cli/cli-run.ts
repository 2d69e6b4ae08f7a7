// The in-memory Excel's run for the command line. A used range past Excel's response limit (content at A1
// and at XFD1048576 spans 17 billion cells) is the file's problem, said in Indonesian with what to do,
// not sakip's failure.
import type { ExcelRun } from "../app/excel-run";
import { ErrorCodes } from "../memory-excel/index";
import { UsedRangeTooLargeError } from "../excel/read-workbook";
import { FileProblem } from "./workbook-file";

export function cliRun(excel: { run: ExcelRun }): ExcelRun {
  return async (batch) => {
    try {
      return await excel.run(batch);
    } catch (e) {
      if (e instanceof UsedRangeTooLargeError) throw new FileProblem(e.message);
      if ((e as { code?: unknown } | null)?.code !== ErrorCodes.responsePayloadSizeLimitExceeded)
        throw e;
      throw new FileProblem(
        "Rentang terpakai salah satu lembarnya terlalu luas untuk dibaca sekaligus (lebih dari 5 juta sel, " +
          "biasanya karena ada isi atau format di sel yang sangat jauh, misalnya XFD1048576). Di Excel, hapus baris dan kolom kosong " +
          "di bawah dan di kanan tabel (pilih, klik kanan > Hapus), simpan, lalu jalankan lagi."
      );
    }
  };
}
