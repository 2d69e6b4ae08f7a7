// The engine's one public API: every host (custom functions, adapter, use cases, task pane, CLI, demo) imports
// from here and from nowhere else in the engine; engine modules import their neighbours, never this file.
export { SakipError, isSakipError, type SakipErrorCode } from "./errors";
export {
  angka,
  bacaAngka,
  bacaKolom,
  kosong,
  formatPersen,
  type NumberReading,
  type NumberConvention,
  type ColumnCell,
  type ColumnIssue,
  type ColumnReading,
} from "./numbers";
export {
  capaian,
  capaianAngka,
  parsePolarity,
  samakanSkala,
  bacaBatas,
  type Polarity,
} from "./capaian";
export { predikat, nilaiPadaSkala, type ScaleBand, type ScaleSpec } from "./predikat";
export {
  skala,
  skalaSendiri,
  bandsDariRentang,
  batasBawah,
  labelPada,
  PERMENDAGRI86,
  AKIP,
  SPBE,
  type Scale,
} from "./scales";
export {
  kategori,
  SKALA_AKIP,
  SKALA_OPINI,
  SKALA_SPBE,
  type Kategori,
  type OrderedScale,
} from "./qualitative";
export { serapan, sisa } from "./anggaran";
export { efisiensi, parseMetode, sebagaiFraksi, type EfficiencyMethod } from "./efisiensi";
export { arah } from "./arah";
export { rataCapaian } from "./rata";

// Workbook-level steps the hosts run: types, settings, recognition, validation and the write plans.
export type {
  CellValue,
  CellRect,
  Grid,
  TableKind,
  ColumnRole,
  RoleKey,
  Severity,
  RuleId,
  Finding,
  RowKind,
  TableRow,
  RecognizedTable,
  DoubtItem,
  DoubtReason,
  FindingDoubtItem,
} from "./types";
export {
  DEFAULT_SETTINGS,
  indicatorKey,
  type AnalysisSettings,
  type LowerFormula,
} from "./settings";
export { toA1, rangeToA1, columnLetter, parseA1, parseRange } from "./recognize/address";
export { sheetPrefix } from "./plan/a1";
export { recognize, type RecognitionResult } from "./recognize/index";
export {
  certainTable,
  hierarchyUncertain,
  isUncertainRole,
  uncertainColumns,
  uncertainItems,
} from "./recognize/uncertain";
export { statedCapaianAverage, budgetTotals } from "./workbook-figures";
export {
  validate,
  parseSettings,
  SettingsError,
  resolveSettings,
  isResolved,
  type ValidationResult,
  type Resolution,
  type ResolvedSettings,
} from "./validate/index";
export {
  planFill,
  fillBlocks,
  fillSummary,
  blockRange,
  runsOf,
  headerFor,
  formatFigure,
  type FillMode,
  type FillPlan,
  type FillBlock,
  type FillColumn,
  type FillPreviewItem,
  type FillOptions,
  type FillCell,
  type FillKind,
} from "./plan/fill";
export {
  planPortable,
  portableBlocks,
  toNative,
  MAX_FORMULA_CHARS,
  type PortablePlan,
  type PortableBlock,
  type PortableChange,
  type PortableSkip,
  type ConvertResult,
} from "./plan/portable";
export {
  planCompare,
  chartDataRect,
  isGeneratedSheet,
  COMPARE_KINDS,
  SHEET_NAMES,
  type CompareKind,
  type ComparePlan,
  type CompareSheet,
  type CompareCell,
  type CompareChart,
  type CompareMatch,
  type CompareOptions,
} from "./plan/compare";
export type { MatchOverride, MatchHow, IndicatorRef, IndicatorPair } from "./match/indicators";
export {
  POLARITY_NAMES,
  METHOD_NAMES,
  SCALE_NAMES,
  readName,
  type NameTable,
  type ScaleName,
} from "./names";
export type { SettingsMode } from "./validate/settings";
