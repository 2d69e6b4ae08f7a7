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
    "Persentase Rumah Tangga Miskin Penerima Bantuan Sosial",
    "Persentase Penduduk Miskin yang Terdaftar sebagai Peserta JKN",
    "Persentase balita stunting yang mendapat intervensi gizi",
    "",
  ])("%p -> higher", (nama) => {
    expect(arah(nama)).toBe("higher");
  });

  // How long something takes goes down, even where the name says what is handled; the share done in time goes up.
  test.each([
    ["Waktu tanggap penanganan kebakaran", "lower"],
    ["Rata-rata waktu penyelesaian pengaduan", "lower"],
    ["Waktu penyelesaian perizinan", "lower"],
    ["Lama penanganan kasus kekerasan", "lower"],
    ["Response time layanan ambulans", "lower"],
    ["Persentase pengaduan yang diselesaikan tepat waktu", "higher"],
    ["Ketepatan waktu penyelesaian laporan keuangan", "higher"],
    ["Persentase waktu tanggap kurang dari 15 menit", "higher"],
  ])("%p -> %p", (nama, want) => {
    expect(arah(nama)).toBe(want);
  });

  test("case and punctuation do not matter", () => {
    expect(arah("TINGKAT PENGANGGURAN TERBUKA")).toBe("lower");
    expect(arah("prevalensi-stunting (%)")).toBe("lower");
  });
});
