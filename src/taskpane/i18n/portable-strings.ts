// "Ubah ke rumus Excel biasa" (in the Isi tab's lazy chunk). Shared words (errors, notes) are in strings.ts.
import type { Texts } from "./translate";

const id = {
  portableTitle: "Ubah ke rumus Excel biasa",
  portableIntro:
    "Ganti setiap rumus =SAKIP.* dengan rumus Excel biasa (IF, MAX, MIN, MATCH…) yang memberi nilai sama, agar rekan tanpa add-in melihat angka yang sama. Rumus yang tidak dapat diganti tanpa mengubah nilainya dibiarkan dan disebutkan.",
  portablePreview: "Buat pratinjau",
  portablePreviewAgain: "Pratinjau ulang",
  portableReading: "Membaca rumus…",
  portableChanges: "{count} rumus akan diganti",
  portableMore: "…dan {count} rumus lain",
  portableSkipped: "{count} rumus dibiarkan",
  portableNothing: "Tidak ada rumus =SAKIP.* yang dapat diganti.",
  portableApply: "Ganti {count} rumus",
  portableApplying: "Mengganti…",
  portableConfirmTitle: "Ganti rumus =SAKIP.*?",
  portableConfirmBody:
    "{count} rumus =SAKIP.* akan diganti rumus Excel biasa yang memberi nilai sama. Sel lain tidak diubah. Setelah ini rumus itu tidak lagi memakai add-in; simpan salinan buku kerja dulu bila ingin dapat kembali ke rumus =SAKIP.*.",
  portableConfirm: "Ya, ganti",
  portableCancel: "Batal",
  portableDone: "{count} rumus sudah diganti rumus Excel biasa.",
  portableBefore: "sebelum",
  portableAfter: "sesudah",
};

export type PortableKey = keyof typeof id;

const en: Record<PortableKey, string> = {
  portableTitle: "Convert to plain Excel formulas",
  portableIntro:
    "Replace every =SAKIP.* formula with a plain Excel formula (IF, MAX, MIN, MATCH…) giving the same value, so colleagues without the add-in see the same figures. Formulas that cannot be replaced without changing their value are kept and listed.",
  portablePreview: "Preview",
  portablePreviewAgain: "Preview again",
  portableReading: "Reading formulas…",
  portableChanges: "{count} formulas will be replaced",
  portableMore: "…and {count} more formulas",
  portableSkipped: "{count} formulas kept",
  portableNothing: "No =SAKIP.* formula can be replaced.",
  portableApply: "Replace {count} formulas",
  portableApplying: "Replacing…",
  portableConfirmTitle: "Replace =SAKIP.* formulas?",
  portableConfirmBody:
    "{count} =SAKIP.* formulas will be replaced by plain Excel formulas giving the same values. No other cell changes. The formulas no longer use the add-in afterwards; save a copy of the workbook first to be able to go back to =SAKIP.* formulas.",
  portableConfirm: "Yes, replace",
  portableCancel: "Cancel",
  portableDone: "{count} formulas replaced by plain Excel formulas.",
  portableBefore: "before",
  portableAfter: "after",
};

export const PORTABLE_STRINGS: Texts<PortableKey> = { id, en };
