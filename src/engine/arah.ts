// Suggested direction from an indicator's name: things to reduce (pengangguran, kemiskinan, kematian,
// stunting, pelanggaran, kasus, ...) are lower-is-better, unless the name measures handling them
// ("penanganan kasus", "penurunan kemiskinan", "pengaduan yang ditindaklanjuti"), which is higher.
// Only a suggestion: the user's own choice always wins.
import { SakipError } from "./errors";
import type { Polarity } from "./settings";
import type { CellValue } from "./types";

const BURUK = [
  "pengangguran",
  "kemiskinan",
  "miskin",
  "kematian",
  "mortalitas",
  "stunting",
  "wasting",
  "gizi buruk",
  "gizi kurang",
  "balita pendek",
  "pelanggaran",
  "kasus",
  "kriminal",
  "kejahatan",
  "kecelakaan",
  "pengaduan",
  "keluhan",
  "komplain",
  "temuan",
  "putus sekolah",
  "prevalensi",
  "kesakitan",
  "insiden",
  "gini",
  "ketimpangan",
  "inflasi",
  "kumuh",
  "genangan",
  "banjir",
  "kemacetan",
  "kerusakan",
  "pencemaran",
  "kebakaran",
  "bencana",
  "kerugian",
  "korupsi",
  "tunggakan",
  "piutang",
  "sisa lebih",
  "silpa",
  "buta huruf",
  "penyalahgunaan",
  "narkoba",
  "konflik",
  "rawan",
  "jalan rusak",
  "lama waktu",
  "waktu tunggu",
  "waktu penyelesaian",
  "waktu pelayanan",
  "rata rata waktu",
  "pengeluaran per kapita untuk makanan",
  "ketergantungan",
  "kekerasan",
  "perkawinan anak",
  "pernikahan dini",
  "angka kesakitan",
  "penyakit",
  "tbc",
  "hiv",
  "dbd",
  "malaria",
  "anemia",
  "bblr",
  "disparitas",
  "sampah yang dibuang",
  "emisi",
  "tidak layak",
  "rtlh",
  "tertinggal",
  "buta aksara",
  "risiko bencana",
  "waktu tempuh",
  "lama perizinan",
  "lama proses",
  "pencari kerja yang belum",
];

/**
 * How long something takes is to be reduced even where the name says what is handled ("waktu tanggap
 * penanganan kebakaran", "waktu penyelesaian pengaduan") ...
 */
const DURASI = [
  "lama waktu",
  "waktu tunggu",
  "waktu tanggap",
  "waktu respon",
  "waktu respons",
  "response time",
  "respon time",
  "waktu penyelesaian",
  "waktu pelayanan",
  "waktu penanganan",
  "waktu proses",
  "waktu tempuh",
  "rata rata waktu",
  "lama penyelesaian",
  "lama pelayanan",
  "lama penanganan",
  "lama perizinan",
  "lama proses",
  "durasi",
];
/** ... unless the figure is the share done in time ("persentase pengaduan diselesaikan tepat waktu"). */
const TEPAT = ["tepat", "ketepatan", "persentase", "proporsi", "cakupan", "jumlah", "indeks"];

/** A condition not (yet) met is the bad thing itself: "rumah tangga yang belum mendapat akses air minum". */
const NEGASI = ["tidak", "belum"];

/** Words that turn a bad thing into an action to raise: handling, reduction, coverage. */
const TANGANI = [
  "penanganan",
  "ditangani",
  "tertangani",
  "penurunan",
  "menurunnya",
  "turunnya",
  "pengurangan",
  "berkurangnya",
  "penyelesaian",
  "diselesaikan",
  "terselesaikan",
  "tindak lanjut",
  "ditindaklanjuti",
  "pencegahan",
  "penanggulangan",
  "pemberantasan",
  "pengentasan",
  "cakupan",
  "tertanganinya",
  "penindakan",
  "ditindak",
  "diperbaiki",
  "perbaikan",
  "pengendalian",
  "terkendali",
  "bebas",
  "rehabilitasi",
  "pemulihan",
  // Coverage of the people a bad thing touches ("rumah tangga miskin penerima bantuan sosial",
  // "penduduk miskin yang terdaftar sebagai peserta JKN"): more reached is better.
  "penerima",
  "menerima",
  "mendapat",
  "mendapatkan",
  "memperoleh",
  "terdaftar",
  "peserta",
  "terlayani",
  "dilayani",
  "terfasilitasi",
  "difasilitasi",
  "terbantu",
  "terjangkau",
  "pelayanan kasus",
  "layanan pengaduan",
  "pengelolaan pengaduan",
  "kepuasan",
  "kemantapan",
  "keberhasilan",
  "kesembuhan",
  "sembuh",
  "survival",
];

function norm(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

function memuat(nama: string, kata: string): boolean {
  return nama.includes(` ${norm(kata).trim()}`);
}

/** "lower" for indicators whose figure should go down, else "higher". */
export function arah(namaIndikator: CellValue | undefined): Polarity {
  // A blank name suggests nothing: the usual direction. A number or a logical is no indicator's name.
  if (namaIndikator === null || namaIndikator === undefined) return "higher";
  if (typeof namaIndikator !== "string") {
    throw new SakipError(
      "invalidValue",
      `Indikator ${String(namaIndikator)} bukan nama indikator. Tunjuk sel yang berisi nama indikator.`
    );
  }
  const n = norm(namaIndikator);
  if (NEGASI.some((k) => memuat(n, k))) return "lower";
  if (DURASI.some((k) => memuat(n, k)) && !TEPAT.some((k) => memuat(n, k))) return "lower";
  if (TANGANI.some((k) => memuat(n, k))) return "higher";
  return BURUK.some((k) => memuat(n, k)) ? "lower" : "higher";
}
