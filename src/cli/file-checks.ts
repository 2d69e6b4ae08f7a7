// What the command line checks before it reads a file, and how it words the system's reasons in Indonesian
// (messages never carry a library's or the system's English text).
import type { Stats } from "node:fs";

/** Larger than any real report: a bigger "workbook" is refused before it is read into memory. */
export const MAX_WORKBOOK_BYTES = 512 * 1024 * 1024;
/** A settings file is a few hundred bytes; a megabyte is plenty. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * Why a path cannot be read as a file (what it names, its size), or null. Checked on `stat` before any
 * read, so a FIFO or /dev/zero fails at once instead of hanging or filling memory.
 */
export function unreadableKind(info: Stats, maxBytes: number): string | null {
  if (info.isDirectory()) return "adalah folder, bukan berkas";
  if (info.isFIFO()) return "adalah pipa (FIFO), bukan berkas yang tersimpan di disk";
  if (info.isCharacterDevice() || info.isBlockDevice())
    return "adalah perangkat, bukan berkas yang tersimpan di disk";
  if (info.isSocket()) return "adalah soket, bukan berkas yang tersimpan di disk";
  if (!info.isFile()) return "bukan berkas biasa";
  if (info.size > maxBytes)
    return `terlalu besar (${Math.round(info.size / 1024 / 1024)} MB; paling besar ${Math.round(maxBytes / 1024 / 1024)} MB)`;
  return null;
}

/** The system's reason for a failed read or write, in Indonesian. */
export function fileErrorReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "berkas atau foldernya tidak ada";
    case "EACCES":
    case "EPERM":
      return "tidak ada izin";
    case "EISDIR":
      return "itu sebuah folder";
    case "ENOTDIR":
      return "salah satu bagian jalurnya bukan folder";
    case "EROFS":
      return "tempatnya hanya bisa dibaca";
    case "ENOSPC":
      return "ruang disk penuh";
    case "EBUSY":
    case "ETXTBSY":
      return "berkas sedang dipakai program lain (misalnya masih terbuka di Excel)";
    case "EMFILE":
    case "ENFILE":
      return "terlalu banyak berkas yang terbuka";
    case "ENAMETOOLONG":
      return "namanya terlalu panjang";
    default:
      return "kesalahan sistem berkas";
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** An OLE/CFB container: an encrypted (password-protected) .xlsx, or an old .xls. */
export function isCompoundFile(data: Uint8Array): boolean {
  return data.length >= 4 && CFB_MAGIC.every((b, i) => data[i] === b);
}

/** Excel keeps a password-protected workbook as a CFB container with these streams (MS-OFFCRYPTO). */
export function isEncryptedPackage(data: Uint8Array): boolean {
  const utf16 = (s: string) => Buffer.from(s, "utf16le");
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return bytes.includes(utf16("EncryptionInfo")) || bytes.includes(utf16("EncryptedPackage"));
}
