// Reading a whole column: its unambiguous cells vote for the number convention, and the vote settles
// cells such as "1.100" that one cell alone cannot (docs/DOMAIN.md §2).
import type { CellValue } from "./types";
import { tampil } from "./errors";
import {
  bacaTeks,
  formatPersen,
  pesanBukanAngka,
  pesanKosong,
  type NumberConvention,
  type TextResult,
} from "./number-text";

export interface ColumnCell {
  value: CellValue;
  text?: string;
  numberFormat?: string;
}

export interface ColumnIssue {
  index: number;
  kind: "unreadable" | "ambiguous" | "empty";
  raw: string;
  message: string;
}

export interface ColumnReading {
  values: (number | null)[];
  percent: boolean[];
  convention: NumberConvention;
  issues: ColumnIssue[];
}

function rawText(c: ColumnCell): string {
  if (c.text !== undefined && c.text !== "") return c.text;
  return c.value === null ? "" : String(c.value);
}

/**
 * Reads a whole column: its unambiguous cells vote for a convention ("6.10" for en, "0,2" or
 * "1.234.567" for id), and the vote settles cells such as "1.100". A tie leaves those cells unread
 * (null) and reported, never guessed.
 */
export function bacaKolom(cells: ColumnCell[]): ColumnReading {
  const mentah = cells.map(
    (c): TextResult | { kind: "value"; value: number; percent: boolean } | { kind: "bad" } => {
      const v = c.value;
      if (typeof v === "number") {
        if (!Number.isFinite(v)) return { kind: "bad" };
        return {
          kind: "value",
          value: v,
          percent: formatPersen(c.numberFormat) || /%\s*$/.test(c.text ?? ""),
        };
      }
      if (typeof v === "boolean") return { kind: "bad" };
      if (v === null || v === undefined) return { kind: "empty" };
      if (typeof v !== "string") return { kind: "bad" };
      const t = bacaTeks(v);
      return t.kind === "number" && !(Number.isFinite(t.id) && Number.isFinite(t.en))
        ? { kind: "bad" }
        : t;
    }
  );
  const votes = { id: 0, en: 0 };
  for (const m of mentah) if (m.kind === "number" && m.evidence) votes[m.evidence] += 1;
  const settled = votes.id !== votes.en;
  const convention: NumberConvention = votes.en > votes.id ? "en" : "id";
  const values: (number | null)[] = [];
  const percent: boolean[] = [];
  const issues: ColumnIssue[] = [];
  mentah.forEach((m, index) => {
    const raw = rawText(cells[index]);
    if (m.kind === "value") {
      values.push(m.value);
      percent.push(m.percent);
      return;
    }
    values.push(null);
    percent.push(false);
    if (m.kind === "empty") {
      issues.push({ index, kind: "empty", raw, message: pesanKosong(raw) });
    } else if (m.kind === "unreadable" || m.kind === "bad") {
      issues.push({ index, kind: "unreadable", raw, message: pesanBukanAngka(raw) });
    } else if (m.id !== m.en && !settled) {
      issues.push({
        index,
        kind: "ambiguous",
        raw,
        message:
          `${tampil(raw)} bisa berarti ${String(m.id).replace(".", ",")} (titik/koma sebagai pemisah ribuan) ` +
          `atau ${String(m.en).replace(".", ",")} (sebagai desimal), dan sel lain di kolom ini tidak memastikannya. ` +
          `Tulis angkanya tanpa pemisah ribuan, atau dengan dua angka desimal.`,
      });
    } else {
      values[index] = m[convention];
      percent[index] = m.percent;
      if (m.note)
        issues.push({ index, kind: "ambiguous", raw, message: `${tampil(raw)} ${m.note}.` });
    }
  });
  return { values, percent, convention, issues };
}
