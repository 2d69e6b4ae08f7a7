// What every comparison sheet needs: the source tables, the base table, matching against it (cached,
// with the user's fixes), the direction of each indicator, and the matches to show in the pane.
import { matchIndicators } from "../match/indicators";
import type { IndicatorPair, IndicatorRef, MatchOverride } from "../match/indicators";
import type { AnalysisSettings } from "../settings";
import type { Grid } from "../types";
import type { CompareKind, CompareMatch } from "./compare-types";
import { polarityOf } from "./fill-cells";
import { cellText } from "./compare-sources";
import { refCell } from "./compare-cells";
import type { CompareCell } from "./compare-types";
import { cellOf, gridFor } from "./grid-cells";
import type { SourceTable } from "./compare-sources";

export class CompareContext {
  readonly matches: CompareMatch[] = [];
  readonly notes: string[] = [];
  private readonly cache = new Map<string, IndicatorPair[]>();

  constructor(
    readonly grids: Grid[],
    readonly sources: SourceTable[],
    readonly base: SourceTable | undefined,
    readonly settings: AnalysisSettings,
    readonly overrides: MatchOverride[],
    readonly programSasaran: Record<string, string>,
    /** The sheet this run wrote earlier for each kind (to keep what the user typed there). */
    readonly previous: Map<CompareKind, Grid>
  ) {}

  polarity(name: string): string {
    return polarityOf(name, this.settings);
  }

  /** Pairs of `list` against the indicators of `other`, recorded once per (kind, purpose) for the pane. */
  pairs(
    kind: CompareKind,
    purpose: string,
    list: IndicatorRef[],
    other: SourceTable
  ): IndicatorPair[] {
    const key = `${list[0]?.sheet ?? ""}:${list[0]?.row ?? ""}|${other.table.sheet}:${other.table.range.row}`;
    let found = this.cache.get(key);
    if (!found) {
      found = matchIndicators(list, other.indicators, this.overrides);
      this.cache.set(key, found);
    }
    if (!this.matches.some((m) => m.kind === kind && m.purpose === purpose)) {
      for (const p of found)
        this.matches.push({ ...p, kind, purpose, candidates: other.indicators });
    }
    return found;
  }

  /**
   * A live reference to a source cell shown with the source's own number format (a 55% stays 55%, an
   * amount keeps its Rupiah format); a text format ("@") is not copied, as it would turn the formula to text.
   */
  ref(sheet: string, row: number, col: number): CompareCell {
    const grid = gridFor(this.grids, sheet);
    const format = grid ? cellOf(grid, row, col).numberFormat : undefined;
    return refCell(sheet, row, col, format && !format.includes("@") ? format : undefined);
  }

  text(source: SourceTable, row: number, col: number | undefined): string {
    return cellText(source.grid, row, col);
  }
}
