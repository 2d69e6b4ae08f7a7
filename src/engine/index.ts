// The engine's public API: every host (custom functions, adapter, task pane, CLI) imports from here.
export { SakipError, isSakipError, type SakipErrorCode } from "./errors";
export {
  angka, bacaAngka, bacaKolom, kosong, formatPersen,
  type NumberReading, type NumberConvention, type ColumnCell, type ColumnIssue, type ColumnReading,
} from "./numbers";
export { capaian, capaianAngka, parsePolarity, samakanSkala, bacaBatas, type Polarity } from "./capaian";
export { predikat, nilaiPadaSkala, type ScaleBand, type ScaleSpec } from "./predikat";
export { skala, skalaSendiri, bandsDariRentang, batasBawah, labelPada, PERMENDAGRI86, AKIP, SPBE, type Scale } from "./scales";
export { kategori, SKALA_AKIP, SKALA_OPINI, SKALA_SPBE, type Kategori, type OrderedScale } from "./qualitative";
export { serapan, sisa } from "./anggaran";
export { efisiensi, parseMetode, sebagaiFraksi, type EfficiencyMethod } from "./efisiensi";
export { arah } from "./arah";
export { rataCapaian } from "./rata";
