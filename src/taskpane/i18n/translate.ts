// The pane's language comes from the workbook's settings through LanguageContext; each text table is read
// through it. The tables are split per lazy chunk (strings.ts for the pane's first paint, compare-strings.ts,
// portable-strings.ts) so a chunk carries only its own words.
import { createContext, useContext, useMemo } from "react";
import { STRINGS, type StringKey } from "./strings";

export type Language = "id" | "en";
export type Translate<K extends string = StringKey> = (
  key: K,
  params?: Record<string, string | number>
) => string;

/** One text per key and language; English mirrors the Indonesian keys, so a missing one is a type error. */
export type Texts<K extends string> = Record<Language, Record<K, string>>;

/** Fills `{name}` placeholders; numbers are written the Indonesian or English way. */
export function makeTranslate<K extends string>(texts: Texts<K>, language: Language): Translate<K> {
  const table = texts[language];
  const locale = language === "id" ? "id-ID" : "en-US";
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params?.[name];
      if (v === undefined) return whole;
      return typeof v === "number" ? v.toLocaleString(locale) : v;
    });
}

export const LanguageContext = createContext<Language>("id");

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** A chunk's own table in the pane's language. */
export function useTexts<K extends string>(texts: Texts<K>): Translate<K> {
  const language = useLanguage();
  return useMemo(() => makeTranslate(texts, language), [texts, language]);
}

/** The pane's shared table (tabs, scan, findings, fill, settings, messages). */
export function useT(): Translate {
  return useTexts(STRINGS);
}
