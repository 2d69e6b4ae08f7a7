// Bandingkan: tick which of the four comparison sheets to build, one click builds (or updates) them,
// then the indicator matches that were not exact are listed, each with a choice to fix it.
import { useId } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  COMPARE_KINDS,
  DEFAULT_SETTINGS,
  type CompareKind,
  type CompareMatch,
  type AnalysisSettings,
} from "../../engine/index";
import { useHost } from "../hooks/host";
import { useCompare } from "../hooks/useCompare";
import { useLastStepContext } from "../hooks/useLastStep";
import { useT, useTexts } from "../i18n/translate";
import { COMPARE_STRINGS, compareKindKey } from "../i18n/compare-strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  kinds: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  match: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function MatchRow({
  match,
  onFix,
  disabled,
}: {
  match: CompareMatch;
  onFix: (row: number | null) => void;
  disabled: boolean;
}) {
  const t = useTexts(COMPARE_STRINGS);
  const id = useId();
  const status = t(
    match.how === "mirip"
      ? "compareSimilar"
      : match.how === "manual"
        ? "compareManual"
        : "compareMissing"
  );
  return (
    <div className={useStyles().match}>
      <label htmlFor={id}>
        {t("comparePairFor", { name: match.base.name, purpose: match.purpose })}
      </label>
      <Select
        id={id}
        value={match.other ? String(match.other.row) : ""}
        disabled={disabled}
        onChange={(_, d) => onFix(d.value === "" ? null : Number(d.value))}
      >
        <option value="">{t("compareNoPair")}</option>
        {match.candidates.map((c) => (
          <option key={c.row} value={String(c.row)}>
            {/* A row number is not an amount: no thousands separator. */}
            {t("compareCandidate", { name: c.name, sheet: c.sheet, row: String(c.row + 1) })}
          </option>
        ))}
      </Select>
      <Caption1>{status}</Caption1>
    </div>
  );
}

export interface ComparePanelProps {
  settings?: AnalysisSettings;
}

export function ComparePanel({ settings = DEFAULT_SETTINGS }: ComparePanelProps) {
  const styles = useStyles();
  const { run } = useHost();
  const lastStep = useLastStepContext();
  const state = useCompare(run, settings, lastStep?.record);
  const t = useTexts(COMPARE_STRINGS);
  const shared = useT();
  const toCheck = (state.plan?.matches ?? []).filter((m) => m.how !== "sama");
  const exact = (state.plan?.matches ?? []).filter((m) => m.how === "sama").length;
  const fixMatch = (m: CompareMatch, row: number | null) =>
    void state.fix({
      baseName: m.base.name,
      otherSheet: m.candidates[0]?.sheet ?? m.other?.sheet ?? "",
      otherRow: row,
    });
  return (
    <section className={styles.root} aria-labelledby="compare-title">
      <Text id="compare-title" as="h2" weight="semibold" size={400}>
        {t("compareTitle")}
      </Text>
      <Text className={styles.muted}>{t("compareIntro")}</Text>
      <fieldset className={styles.kinds}>
        <legend className={styles.muted}>{t("compareTitle")}</legend>
        {COMPARE_KINDS.map((k: CompareKind) => (
          <Checkbox
            key={k}
            label={t(compareKindKey(k))}
            checked={state.kinds.includes(k)}
            onChange={(_, d) => state.toggle(k, d.checked === true)}
          />
        ))}
      </fieldset>
      <Button
        appearance="primary"
        disabled={state.busy || state.kinds.length === 0}
        onClick={() => void state.build()}
      >
        {state.plan ? t("compareRebuild") : t("compareBuild")}
      </Button>
      {state.kinds.length === 0 && <Caption1>{t("compareNone")}</Caption1>}
      {state.busy && <Spinner size="tiny" label={t("compareBuilding")} />}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{shared("errorPrefix", { message: state.error })}</MessageBarBody>
        </MessageBar>
      )}
      {state.result && !state.busy && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t("compareDone", {
              added: state.result.added.length,
              updated: state.result.updated.length,
              names: [...state.result.added, ...state.result.updated].join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.plan && state.plan.matches.length > 0 && (
        <section aria-labelledby="compare-matches">
          <Text id="compare-matches" as="h3" weight="semibold" block>
            {t("compareMatchesTitle")}
          </Text>
          <Caption1 as="p" block>
            {t("compareExact", { count: exact })}
          </Caption1>
          {toCheck.map((m) => (
            <MatchRow
              key={`${m.purpose}|${m.base.sheet}|${m.base.row}`}
              match={m}
              disabled={state.busy}
              onFix={(row) => fixMatch(m, row)}
            />
          ))}
        </section>
      )}
      {state.plan && state.plan.notes.length > 0 && (
        <section aria-labelledby="compare-notes">
          <Text id="compare-notes" as="h3" weight="semibold">
            {shared("notes")}
          </Text>
          <ul className={styles.list}>
            {state.plan.notes.map((n) => (
              <li key={n}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
