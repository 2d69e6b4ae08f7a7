// Opening and saving .xlsx files for the command line, with Indonesian messages for every way it fails.
import { readFile, stat, writeFile } from "node:fs/promises";
import { realpathSync, statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { WorkbookModel } from "../memory-excel/model";
import { readXlsx } from "../xlsx/read";
import { saveWorkbook } from "../xlsx/save";
import { PackageError } from "../xlsx/patch/patch-xlsx";
import { packageKind } from "../xlsx/patch/package-kind";
import { sourceOf } from "../xlsx/source";

/** A file the command cannot read or write: exit code 2. */
export class FileProblem extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function openXlsx(path: string): Promise<WorkbookModel> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new FileProblem(`Berkas ${path} tidak ditemukan. Periksa nama dan foldernya.`);
  }
  if (info.isDirectory()) throw new FileProblem(`${path} adalah folder, bukan berkas .xlsx.`);
  const ext = extname(name).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    const hint = ext === ".xls" ? " Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx)." : "";
    throw new FileProblem(`Berkas ${path} bukan berkas Excel .xlsx.${hint}`);
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new FileProblem(`Berkas ${path} tidak dapat dibaca (${e instanceof Error ? e.message : String(e)}). Periksa izin berkasnya.`);
  }
  if (data.length < 4 || ZIP_MAGIC.some((b, i) => data[i] !== b)) {
    throw new FileProblem(`Berkas ${path} bukan berkas .xlsx yang sah (isinya bukan arsip Excel; mungkin .xls lama, CSV, atau rusak). Buka di Excel lalu simpan ulang sebagai .xlsx.`);
  }
  try {
    return await readXlsx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  } catch (e) {
    throw new FileProblem(`Berkas ${path} tidak dapat dibaca sebagai .xlsx (${e instanceof Error ? e.message : String(e)}). Buka di Excel lalu simpan ulang sebagai .xlsx.`);
  }
}

/**
 * Writes the model: the input package with the recorded changes patched in (nothing else in it changes);
 * returns the warnings of the writer (things .xlsx cannot hold).
 */
export async function saveXlsx(model: WorkbookModel, path: string): Promise<string[]> {
  const source = sourceOf(model);
  if (source) {
    // A macro-enabled workbook stays .xlsm (macros kept); Excel refuses an extension that does not match.
    const kind = await packageKind(source).catch(() => "xlsx" as const);
    const ext = extname(path).toLowerCase();
    if (kind === "xlsm" && ext !== ".xlsm") {
      throw new FileProblem(`Berkas masukan berisi makro (.xlsm); keluaran ${path} harus berakhiran .xlsm agar makronya tetap ada dan Excel mau membukanya. Tidak ada berkas yang ditulis. Ganti nama keluaran, misalnya ${path.replace(/\.[^./\\]*$/, "")}.xlsm.`);
    }
    if (kind === "xlsx" && ext === ".xlsm") {
      throw new FileProblem(`Berkas masukan tidak berisi makro; keluaran ${path} harus berakhiran .xlsx (Excel menolak .xlsm tanpa makro). Tidak ada berkas yang ditulis.`);
    }
  }
  let saved;
  try {
    saved = await saveWorkbook(model);
  } catch (e) {
    if (e instanceof PackageError) throw new FileProblem(`Berkas ${path} tidak ditulis: ${e.message}`);
    throw e;
  }
  const { bytes, warnings } = saved;
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new FileProblem(`Berkas ${path} tidak dapat ditulis (${e instanceof Error ? e.message : String(e)}). Periksa foldernya dan izin menulis.`);
  }
  return warnings;
}

/** True when two paths name one file (same path, a link to it, or the same inode): outputs never overwrite inputs. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // the output does not exist yet
  }
}
