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
import {
  MAX_WORKBOOK_BYTES,
  fileErrorReason,
  isCompoundFile,
  isEncryptedPackage,
  unreadableKind,
} from "./file-checks";

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
  const kind = unreadableKind(info, MAX_WORKBOOK_BYTES);
  if (kind)
    throw new FileProblem(
      `${path} ${kind}, tidak dapat dibaca sebagai buku kerja. Sebutkan berkas .xlsx yang tersimpan di disk.`
    );
  const ext = extname(name).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    const hint = ext === ".xls" ? " Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx)." : "";
    throw new FileProblem(`Berkas ${path} bukan berkas Excel .xlsx.${hint}`);
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new FileProblem(
      `Berkas ${path} tidak dapat dibaca (${fileErrorReason(e)}). Periksa izin berkasnya.`
    );
  }
  if (isCompoundFile(data)) {
    throw new FileProblem(
      isEncryptedPackage(data)
        ? `Berkas ${path} dilindungi kata sandi, jadi isinya tidak dapat dibaca. Buka di Excel dengan kata sandinya, pilih ` +
            "File > Info > Proteksi Buku Kerja > Enkripsi dengan Kata Sandi (Protect Workbook > Encrypt with Password), " +
            "kosongkan kata sandinya, simpan, lalu jalankan lagi pada berkas itu."
        : `Berkas ${path} berformat Excel lama (.xls) walau namanya ${ext}. Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx).`
    );
  }
  if (data.length < 4 || ZIP_MAGIC.some((b, i) => data[i] !== b)) {
    throw new FileProblem(
      `Berkas ${path} bukan berkas .xlsx yang sah (isinya bukan arsip Excel; mungkin .xls lama, CSV, atau rusak). Buka di Excel lalu simpan ulang sebagai .xlsx.`
    );
  }
  let model: WorkbookModel;
  try {
    model = await readXlsx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  } catch {
    throw new FileProblem(
      `Berkas ${path} tidak dapat dibaca sebagai .xlsx (arsipnya rusak atau bagiannya tidak lengkap). Buka di Excel lalu simpan ulang sebagai .xlsx.`
    );
  }
  if (model.sheets.length === 0) {
    throw new FileProblem(
      `Berkas ${path} adalah arsip zip tanpa buku kerja atau tanpa satu lembar kerja pun, jadi bukan .xlsx yang dapat diperiksa. Buka di Excel lalu simpan ulang sebagai .xlsx.`
    );
  }
  return model;
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
      throw new FileProblem(
        `Berkas masukan berisi makro (.xlsm); keluaran ${path} harus berakhiran .xlsm agar makronya tetap ada dan Excel mau membukanya. Tidak ada berkas yang ditulis. Ganti nama keluaran, misalnya ${path.replace(/\.[^./\\]*$/, "")}.xlsm.`
      );
    }
    if (kind === "xlsx" && ext === ".xlsm") {
      throw new FileProblem(
        `Berkas masukan tidak berisi makro; keluaran ${path} harus berakhiran .xlsx (Excel menolak .xlsm tanpa makro). Tidak ada berkas yang ditulis.`
      );
    }
  }
  let saved;
  try {
    saved = await saveWorkbook(model);
  } catch (e) {
    if (e instanceof PackageError)
      throw new FileProblem(`Berkas ${path} tidak ditulis: ${e.message}`);
    throw e;
  }
  const { bytes, warnings } = saved;
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new FileProblem(
      `Berkas ${path} tidak dapat ditulis (${fileErrorReason(e)}). Periksa foldernya dan izin menulis.`
    );
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
