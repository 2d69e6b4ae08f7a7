import { createContext, useContext } from "react";
import { STRINGS, type StringKey } from "./strings";

export type Language = "id" | "en";
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; numbers are written the Indonesian or English way. */
export function makeTranslate(language: Language): Translate {
  const table = STRINGS[language];
  const locale = language === "id" ? "id-ID" : "en-US";
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params?.[name];
      if (v === undefined) return whole;
      return typeof v === "number" ? v.toLocaleString(locale) : v;
    });
}

export const LanguageContext = createContext<Translate>(makeTranslate("id"));

export function useT(): Translate {
  return useContext(LanguageContext);
}
