// The command line's arguments: `sakip check FILE... [flags]`, `sakip fill FILE -o OUT [flags]`.
import { parseArgs } from "node:util";
import type { FillMode } from "../engine/index";

export class UsageError extends Error {}

/** The analysis-settings flags every command that analyses accepts (`sakip portable` ignores them). */
export interface SettingFlags {
  settingsFile?: string;
  arahRendah?: string;
  skala?: string;
  efisiensi?: string;
  toleransi?: string;
}

interface CommonFlags extends SettingFlags {
  json: boolean;
  stats: boolean;
}

export interface HelpArgs {
  command: "help";
  files: [];
  json: false;
  stats: false;
}
export interface CheckArgs extends CommonFlags {
  command: "check";
  files: string[];
}
/** The write commands take exactly one input and an output (the parser refuses anything else). */
export interface FillArgs extends CommonFlags {
  command: "fill";
  files: [string];
  output: string;
  mode?: FillMode;
}
export interface CompareArgs extends CommonFlags {
  command: "compare";
  files: [string];
  output: string;
}
export interface PortableArgs extends CommonFlags {
  command: "portable";
  files: [string];
  output: string;
}
/** The reviewer's batch: files and folders in, one summary workbook out. */
export interface ReportArgs extends CommonFlags {
  command: "report";
  files: string[];
  output: string;
}

/** One shape per command, so each command's options are known to be there. */
export type CliArgs = HelpArgs | CheckArgs | FillArgs | CompareArgs | PortableArgs | ReportArgs;

export const USAGE = `Pemakaian:
  sakip check BERKAS.xlsx|FOLDER [...] [--json] [--stats] [--settings PENGATURAN.json]
              [--arah-rendah lower|ratio] [--skala permendagri86|akip|spbe]
              [--efisiensi rasio|selisih|pmk] [--toleransi ANGKA]
      Menemukan tabel PK dan realisasi anggaran, lalu memeriksa angkanya.
      Folder diperiksa beserta subfoldernya (.xlsx, .xlsm), beberapa berkas sekaligus.
      --json   satu objek JSON per berkas, satu per baris (berkas yang tak terbaca: dengan "error")
      --stats  isi "stats" (sinkronisasi, sel dibaca/ditulis, milidetik)
  sakip fill BERKAS.xlsx -o KELUAR.xlsx [--mode formulas|values] [--json] [pengaturan seperti di atas]
      Menambahkan kolom capaian, predikat, serapan, sisa dan efisiensi yang belum ada, ke berkas baru.
      Berkas masukan tidak pernah ditimpa.
  sakip compare BERKAS.xlsx -o KELUAR.xlsx [--json] [pengaturan seperti di atas]
      Menambahkan lembar perbandingan antar tahun, target akhir periode, standar dan efisiensi
      (rumus hidup ke tabel sumber), ke berkas baru. Menjalankan lagi memperbarui lembar yang sama.
  sakip portable BERKAS.xlsx -o KELUAR.xlsx [--json]
      Mengganti rumus =SAKIP.* dengan rumus Excel biasa yang memberi nilai sama, ke berkas baru,
      agar rekan tanpa add-in melihat angka yang sama. Rumus yang tidak dapat diganti disebutkan.
  sakip report FOLDER|BERKAS.xlsx [...] -o RINGKASAN.xlsx [pengaturan seperti di atas]
      Memeriksa semua buku kerja lalu menulis ringkasan untuk pemeriksa: satu baris per buku kerja
      (unit, tahun, tabel, temuan per aturan, rata-rata capaian, pagu/realisasi/serapan) dan lembar
      Temuan (bisa difilter, dengan tautan ke berkasnya). Kemajuan ditulis ke stderr.
Kode keluar: 0 selesai, 1 perintah salah, 2 berkas tidak dapat dibaca atau ditulis, 3 kesalahan di sakip sendiri.
Jalankan dari folder proyek sebagai: node bin/sakip.js PERINTAH ... (bukan "npx sakip": di luar folder proyek
perintah itu mengambil paket bernama sakip dari registry npm publik dan menjalankannya).`;

export function parseCli(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    if (command === undefined) throw new UsageError("Perintah belum diberikan.");
    return { command: "help", files: [], json: false, stats: false };
  }
  if (
    command !== "check" &&
    command !== "fill" &&
    command !== "portable" &&
    command !== "compare" &&
    command !== "report"
  ) {
    throw new UsageError(
      `Perintah "${command}" tidak dikenal: pakai "check", "report", "fill", "compare" atau "portable".`
    );
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        stats: { type: "boolean" },
        output: { type: "string", short: "o" },
        mode: { type: "string" },
        settings: { type: "string" },
        "arah-rendah": { type: "string" },
        skala: { type: "string" },
        efisiensi: { type: "string" },
        toleransi: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    const option = /'([^']+)'/.exec(what)?.[1];
    throw new UsageError(
      option
        ? `Pilihan "${option}" tidak dikenal atau tidak lengkap.`
        : `Argumen tidak dapat dibaca: ${what}`
    );
  }
  const v = parsed.values;
  if (v.help) return { command: "help", files: [], json: false, stats: false };
  const files = parsed.positionals;
  const [input] = files;
  if (input === undefined)
    throw new UsageError(
      `Sebutkan berkas .xlsx (atau folder) yang akan di${command === "check" || command === "report" ? "periksa" : "isi"}.`
    );
  const flags: CommonFlags = { json: v.json ?? false, stats: v.stats ?? false };
  if (v.settings !== undefined) flags.settingsFile = v.settings;
  if (v["arah-rendah"] !== undefined) flags.arahRendah = v["arah-rendah"];
  if (v.skala !== undefined) flags.skala = v.skala;
  if (v.efisiensi !== undefined) flags.efisiensi = v.efisiensi;
  if (v.toleransi !== undefined) flags.toleransi = v.toleransi;
  if (command === "check") {
    if (v.output !== undefined || v.mode !== undefined)
      throw new UsageError(
        "-o hanya untuk fill, compare, portable dan report; --mode hanya untuk fill."
      );
    return { command, files, ...flags };
  }
  if (command === "report") {
    if (!v.output) throw new UsageError("Sebutkan berkas ringkasan dengan -o RINGKASAN.xlsx.");
    if (!/\.xlsx$/i.test(v.output))
      throw new UsageError(`Berkas keluaran ${v.output} harus berakhiran .xlsx.`);
    if (v.mode !== undefined) throw new UsageError("--mode hanya untuk sakip fill.");
    return { command, files, output: v.output, ...flags };
  }
  if (files.length > 1) {
    throw new UsageError(
      command === "fill"
        ? "sakip fill mengisi satu berkas sekali jalan."
        : `sakip ${command} mengolah satu berkas sekali jalan.`
    );
  }
  const output = v.output;
  if (!output)
    throw new UsageError(
      "Sebutkan berkas keluaran dengan -o KELUAR.xlsx (berkas masukan tidak pernah ditimpa)."
    );
  if (!/\.xls[xm]$/i.test(output))
    throw new UsageError(
      `Berkas keluaran ${output} harus berakhiran .xlsx (atau .xlsm bila masukannya berisi makro).`
    );
  if (command !== "fill") {
    if (v.mode !== undefined) throw new UsageError("--mode hanya untuk sakip fill.");
    return { command, files: [input], output, ...flags };
  }
  if (v.mode === undefined) return { command, files: [input], output, ...flags };
  if (v.mode !== "formulas" && v.mode !== "values") {
    throw new UsageError(
      `--mode "${v.mode}" tidak dikenal: pakai "formulas" (rumus =SAKIP.* yang hidup) atau "values" (angka saja).`
    );
  }
  return { command, files: [input], output, mode: v.mode, ...flags };
}
