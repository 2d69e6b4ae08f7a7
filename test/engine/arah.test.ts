// Direction suggested from an indicator's name, with the seeds' indicators and common IKU names.
import { arah } from "../../src/engine/index";

describe("arah", () => {
  test.each([
    "Tingkat Pengangguran Terbuka (TPT)",
    "Persentase Pelanggaran Disiplin ASN",
    "Persentase Penduduk Miskin",
    "Tingkat Kemiskinan",
    "Angka Kematian Ibu",
    "Prevalensi Stunting",
    "Jumlah kasus DBD",
    "Rasio Gini",
    "Tingkat Inflasi",
    "Luas kawasan permukiman kumuh",
    "Angka Putus Sekolah",
    "Persentase jalan rusak",
    "Jumlah temuan BPK",
    "Jumlah pengaduan masyarakat",
    "Persentase rumah tidak layak huni",
    "Persentase sampah yang tidak tertangani", // negation beats the handling word
    "Persentase rumah tangga yang belum mendapat akses air minum",
    "Rata-rata lama waktu penerbitan izin",
  ])("%s -> lower", (nama) => {
    expect(arah(nama)).toBe("lower");
  });

  test.each([
    "Indeks Reformasi Birokrasi",
    "Opini BPK",
    "Indeks Profesionalitas ASN",
    "Persentase kondisi jalan baik",
    "Indeks Pengeluaran",
    "Indeks Nilai SPBE",
    "Angka Harapan Hidup",
    "Rata-rata Lama Sekolah",
    "Persentase Jumlah pengaduan masyarakat secara online yang ditindaklanjuti", // diskominfo IKU
    "Persentase penurunan angka kemiskinan",
    "Cakupan penemuan dan penanganan kasus TBC",
    "Persentase kasus kekerasan terhadap anak yang tertangani",
    "Persentase tindak lanjut temuan BPK",
    "Indeks Kepuasan Masyarakat",
    "Jumlah Titik Hot Spot di Ruang Publik", // diskominfo: wifi hotspots, more is better
    "Jumlah Informasi Publik yang dipublikasikan",
    "Opini BPK Wajar Tanpa Pengecualian (WTP)",
    "",
  ])("%p -> higher", (nama) => {
    expect(arah(nama)).toBe("higher");
  });

  test("case and punctuation do not matter", () => {
    expect(arah("TINGKAT PENGANGGURAN TERBUKA")).toBe("lower");
    expect(arah("prevalensi-stunting (%)")).toBe("lower");
  });
});
