// English localization of the custom functions' metadata. Names stay as they are (CAPAIAN, PREDIKAT...):
// they are the SAKIP terms of art, and one name per function keeps formulas identical across languages.
// The build can emit `functions-en.json` = localizeMetadata(functions.json) and point the manifest's
// Functions.Metadata.Url at it with <Override Locale="en-US" ...>.
import type { SakipFunctionName } from "./core";

export interface FunctionText {
  description: string;
  parameters: Record<string, string>;
}

export const FUNCTIONS_EN: Record<SakipFunctionName, FunctionText> = {
  CAPAIAN: {
    description:
      "Performance achievement (1 = 100%) from target and actual, following the indicator's direction.",
    parameters: {
      target:
        'Indicator target: a number, a text number such as "91,43%" or "74,52*", or a category such as "BB", "WTP", "Baik".',
      realisasi: "Indicator actual (realisasi), in the same form as the target.",
      arah: 'Direction: "higher" (default, R/T), "lower" ((2T-R)/T, not below 0) or "lower-ratio" (T/R).',
      batas: "Upper cap on the achievement, e.g. 120% or 1.2. Leave empty for no cap.",
    },
  },
  PREDIKAT: {
    description:
      "Rating of an achievement or score on a scale: Permendagri 86/2017 (default), AKIP, SPBE, or your own.",
    parameters: {
      nilai: "Achievement (91.43% or 0.9143 or 91.43) or evaluation score to rate.",
      skala:
        '"permendagri86" (default), "akip" (score 0-100, AA to D), "spbe" (index 1-5), or a two-column range: lower bound and label.',
    },
  },
  SERAPAN: {
    description: "Budget absorption (1 = 100%): budget spent divided by the budget ceiling (pagu).",
    parameters: {
      pagu: 'Budget ceiling, a number or text such as "Rp 6.288.365.287,-".',
      realisasi: "Budget spent, a number or rupiah text.",
    },
  },
  SISA: {
    description:
      "Remaining budget: ceiling minus spending (negative when spending exceeds the ceiling).",
    parameters: {
      pagu: "Budget ceiling, a number or rupiah text.",
      realisasi: "Budget spent, a number or rupiah text.",
    },
  },
  EFISIENSI: {
    description: "Efficiency from performance achievement and budget absorption.",
    parameters: {
      capaian: "Performance achievement, e.g. 98% or 0.98 or 98.",
      serapan: "Budget absorption, e.g. 62% or 0.62 or 62.",
      metode:
        '"rasio" (default: 1 - absorption/achievement), "selisih" (achievement - absorption) or "pmk" (PMK 249/2011 efficiency score).',
    },
  },
  RATA_CAPAIAN: {
    description:
      'Mean achievement of the indicators in a range; empty cells, "-" and "NA" are skipped.',
    parameters: { rentang: "Range of the indicators' achievement cells (percent or numbers)." },
  },
  ARAH: {
    description:
      'Suggested direction from an indicator\'s name: "lower" when less is better (unemployment, poverty, cases...), else "higher".',
    parameters: { indikator: "Name of the performance indicator." },
  },
  ANGKA: {
    description:
      'Reads a number from report text: "91,43%", "Rp 661,867,441,563", "2.358.277.568,00", "74,52*", "83 (B)".',
    parameters: { teks: "Text or number to read." },
  },
};

interface MetadataParam {
  name: string;
  description?: string;
}
interface MetadataFunction {
  id: string;
  description?: string;
  parameters: MetadataParam[];
}
interface Metadata {
  functions: MetadataFunction[];
}

/** The English functions.json from the generated (Indonesian) one: same ids, names and shapes. */
export function localizeMetadata<T extends Metadata>(
  metadata: T,
  texts: Record<string, FunctionText> = FUNCTIONS_EN
): T {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const t = texts[f.id];
      if (!t) return f;
      return {
        ...f,
        description: t.description,
        parameters: f.parameters.map((p) =>
          t.parameters[p.name] ? { ...p, description: t.parameters[p.name] } : p
        ),
      };
    }),
  };
}
