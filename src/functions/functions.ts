// The =SAKIP.* custom functions. custom-functions-metadata-plugin reads the JSDoc below to generate
// functions.json and the associations (no hand-written CustomFunctions.associate). Each function is a
// thin wrapper over core.ts; the engine's errors become #VALUE!, #DIV/0! or #N/A with the message.
// Parameter types are unions (metadata type "any") so that text numbers such as "91,43%" reach the
// engine instead of being refused by Excel.
import {
  fnAngka,
  fnArah,
  fnCapaian,
  fnEfisiensi,
  fnPredikat,
  fnRataCapaian,
  fnSerapan,
  fnSisa,
} from "./core";
import { jalankan } from "./excel-error";

/**
 * Menghitung capaian kinerja (1 = 100%) dari target dan realisasi, sesuai arah indikator.
 * @customfunction CAPAIAN
 * @param {number | string | boolean} target Target indikator: angka, teks angka seperti "91,43%" atau "74,52*", atau kategori seperti "BB", "WTP", "Baik".
 * @param {number | string | boolean} realisasi Realisasi indikator, dalam bentuk yang sama dengan target.
 * @param {string} [arah] Arah indikator: "naik" (bawaan, R/T), "turun" ((2T-R)/T, paling kecil 0) atau "lower-ratio" (T/R).
 * @param {number | string} [batas] Batas atas capaian, misalnya 120% atau 1,2. Kosongkan bila tanpa batas.
 * @returns {number} Capaian sebagai pecahan; format sel sebagai persen.
 */
export function capaian(
  target: number | string | boolean,
  realisasi: number | string | boolean,
  arah?: string,
  batas?: number | string
): number {
  return jalankan(() => fnCapaian(target, realisasi, arah, batas));
}

/**
 * Memberi predikat sebuah capaian atau nilai menurut skala: Permendagri 86/2017 (bawaan), AKIP, SPBE, atau skala sendiri.
 * @customfunction PREDIKAT
 * @param {number | string | boolean} nilai Capaian (91,43% atau 0,9143 atau 91,43) atau nilai evaluasi yang diberi predikat.
 * @param {any[][]} [skala] "permendagri86" (bawaan), "akip" (nilai 0-100, AA sampai D), "spbe" (indeks 1-5), atau rentang dua kolom: batas bawah dan predikat.
 * @returns {string} Nama predikat, misalnya "Sangat Tinggi".
 */
export function predikat(nilai: number | string | boolean, skala?: unknown[][]): string {
  return jalankan(() => fnPredikat(nilai, skala as Parameters<typeof fnPredikat>[1]));
}

/**
 * Menghitung serapan anggaran (1 = 100%): realisasi anggaran dibagi pagu.
 * @customfunction SERAPAN
 * @param {number | string | boolean} pagu Pagu anggaran, angka atau teks seperti "Rp 6.288.365.287,-".
 * @param {number | string | boolean} realisasi Realisasi anggaran, angka atau teks rupiah.
 * @returns {number} Serapan sebagai pecahan; format sel sebagai persen.
 */
export function serapan(
  pagu: number | string | boolean,
  realisasi: number | string | boolean
): number {
  return jalankan(() => fnSerapan(pagu, realisasi));
}

/**
 * Menghitung sisa anggaran: pagu dikurangi realisasi (negatif bila realisasi melebihi pagu).
 * @customfunction SISA
 * @param {number | string | boolean} pagu Pagu anggaran, angka atau teks rupiah.
 * @param {number | string | boolean} realisasi Realisasi anggaran, angka atau teks rupiah.
 * @returns {number} Sisa anggaran dalam rupiah.
 */
export function sisa(
  pagu: number | string | boolean,
  realisasi: number | string | boolean
): number {
  return jalankan(() => fnSisa(pagu, realisasi));
}

/**
 * Menghitung tingkat efisiensi dari capaian kinerja dan serapan anggaran.
 * @customfunction EFISIENSI
 * @param {number | string | boolean} capaian Capaian kinerja, misalnya 98% atau 0,98 atau 98.
 * @param {number | string | boolean} serapan Serapan anggaran, misalnya 62% atau 0,62 atau 62.
 * @param {string} [metode] "rasio" (bawaan: 1 - serapan/capaian), "selisih" (capaian - serapan) atau "pmk" (nilai efisiensi PMK 249/2011).
 * @returns {number} Efisiensi sebagai pecahan; format sel sebagai persen.
 */
export function efisiensi(
  capaian: number | string | boolean,
  serapan: number | string | boolean,
  metode?: string
): number {
  return jalankan(() => fnEfisiensi(capaian, serapan, metode));
}

/**
 * Menghitung rata-rata capaian indikator dalam sebuah rentang; sel kosong, "-" dan "NA" dilewati.
 * @customfunction RATA_CAPAIAN
 * @param {any[][]} rentang Rentang sel capaian indikator (persen atau angka).
 * @returns {number} Rata-rata capaian sebagai pecahan; format sel sebagai persen.
 */
export function rataCapaian(rentang: unknown[][]): number {
  return jalankan(() => fnRataCapaian(rentang as Parameters<typeof fnRataCapaian>[0]));
}

/**
 * Menyarankan arah indikator dari namanya: "lower" untuk yang makin kecil makin baik (pengangguran, kemiskinan, kasus...), selain itu "higher".
 * @customfunction ARAH
 * @param {string} indikator Nama indikator kinerja.
 * @returns {string} "higher" atau "lower".
 */
export function arah(indikator: string): string {
  return jalankan(() => fnArah(indikator));
}

/**
 * Membaca angka dari teks laporan: "91,43%", "Rp 661,867,441,563", "2.358.277.568,00", "74,52*", "83 (B)".
 * @customfunction ANGKA
 * @param {number | string | boolean} teks Teks atau angka yang akan dibaca.
 * @returns {number} Angkanya; persen menjadi pecahan (91,43% menjadi 0,9143).
 */
export function angka(teks: number | string | boolean): number {
  return jalankan(() => fnAngka(teks));
}
