// The Bandingkan tab over the compare use case: builds the ticked comparison sheets, keeps the matches for the
// user to check; fixing a match rebuilds the sheets in place.
import { useCallback, useState } from "react";
import { compare } from "../../app/compare";
import {
  COMPARE_KINDS,
  type AnalysisSettings,
  type CompareKind,
  type ComparePlan,
  type MatchOverride,
} from "../../engine/index";
import type { ApplyCompareResult } from "../../excel/apply-compare";
import type { WrittenStep } from "../../app/undo";
import type { ExcelRun } from "./host";
import { useAction } from "./useAction";

export interface CompareState {
  kinds: CompareKind[];
  toggle: (kind: CompareKind, on: boolean) => void;
  plan: ComparePlan | null;
  result: ApplyCompareResult | null;
  busy: boolean;
  error: string | null;
  overrides: MatchOverride[];
  build: () => Promise<void>;
  /** The user's pair for a base indicator (otherRow null: "none"); rebuilds at once. */
  fix: (override: MatchOverride) => Promise<void>;
}

/** `onWritten`: what each build wrote, for the pane's list and its undo. */
export function useCompare(
  run: ExcelRun,
  settings: AnalysisSettings,
  onWritten?: (step: WrittenStep) => Promise<void> | void
): CompareState {
  const [kinds, setKinds] = useState<CompareKind[]>(COMPARE_KINDS);
  const [plan, setPlan] = useState<ComparePlan | null>(null);
  const [result, setResult] = useState<ApplyCompareResult | null>(null);
  const { busy, error, act } = useAction();
  const [overrides, setOverrides] = useState<MatchOverride[]>([]);

  const toggle = useCallback((kind: CompareKind, on: boolean) => {
    setKinds((k) => COMPARE_KINDS.filter((x) => (x === kind ? on : k.includes(x))));
  }, []);

  const buildWith = useCallback(
    (fixes: MatchOverride[]) =>
      act(async () => {
        const next = await compare(run, settings, { kinds, overrides: fixes });
        setResult(next.applied);
        setPlan(next.plan);
        await onWritten?.(next.applied);
      }),
    [act, run, kinds, settings, onWritten]
  );

  const build = useCallback(() => buildWith(overrides), [buildWith, overrides]);

  const fix = useCallback(
    async (override: MatchOverride) => {
      const same = (o: MatchOverride) =>
        o.baseName === override.baseName && o.otherSheet === override.otherSheet;
      const next = [...overrides.filter((o) => !same(o)), override];
      setOverrides(next);
      await buildWith(next);
    },
    [overrides, buildWith]
  );

  return { kinds, toggle, plan, result, busy, error, overrides, build, fix };
}
