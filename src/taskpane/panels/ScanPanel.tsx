import { useEffect, useRef } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetter, hierarchyUncertain, uncertainColumns } from "../../engine/index";
import type { AnalysisState } from "../hooks/useAnalysis";
import { rectToA1 } from "../hooks/a1";
import { useSelect } from "../hooks/useSelect";
import { SelectNotice } from "./SelectNotice";
import { useVisuallyHidden } from "../hooks/visuallyHidden";
import { useT } from "../i18n/translate";
import type { StringKey } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { width: "100%", justifyContent: "flex-start", textAlign: "left", minHeight: "48px" },
  itemText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    outlineOffset: "2px",
  },
});

export function ScanPanel({ state }: { state: AnalysisState }) {
  const t = useT();
  const styles = useStyles();
  const sr = useVisuallyHidden();
  const selection = useSelect();
  const { select } = selection;
  const { analysis, scanning, progress, error, scan } = state;
  // After a scan the user asked for, focus moves to its result (keyboard and screen-reader users land there);
  // a re-scan after a settings change does not take the focus away.
  const results = useRef<HTMLDivElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (scanning || !focusResults.current) return;
    focusResults.current = false;
    results.current?.focus();
  }, [scanning, analysis, error]);
  return (
    <section className={styles.root} aria-labelledby="scan-title">
      <Text id="scan-title" as="h2" weight="semibold" size={400}>
        {t("tabScan")}
      </Text>
      <Text>{t("scanIntro")}</Text>
      <Button
        appearance="primary"
        onClick={() => {
          focusResults.current = true;
          void scan();
        }}
        disabled={scanning}
      >
        {scanning ? t("scanning") : t("scanButton")}
      </Button>
      {scanning && (
        <div role="status" aria-live="polite">
          <ProgressBar
            aria-label={t("scanning")}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
          {progress && (
            <Caption1>{t("scanProgress", { done: progress.done, total: progress.total })}</Caption1>
          )}
        </div>
      )}
      <div
        ref={results}
        tabIndex={-1}
        role="region"
        className={styles.results}
        aria-label={t("scanResults")}
      >
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{t("errorPrefix", { message: error })}</MessageBarBody>
          </MessageBar>
        )}
        <SelectNotice state={selection} />
        {analysis && !scanning && analysis.tables.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{t("scanNone")}</MessageBarBody>
          </MessageBar>
        )}
        {analysis && analysis.tables.length > 0 && (
          <>
            <div aria-live="polite">
              <Text as="h3" weight="semibold">
                {t("tablesFound", { count: analysis.tables.length })}
              </Text>
            </div>
            <ul
              className={styles.list}
              aria-label={t("tablesFound", { count: analysis.tables.length })}
            >
              {analysis.tables.map((table) => {
                const range = rectToA1(table.range);
                const kind = t(`kind_${table.kind}` as StringKey);
                // Said where the table is listed, so a withheld column is not a surprise in Temuan or Isi.
                const unsure = [...uncertainColumns(table)].sort((a, b) => a - b).map(columnLetter);
                return (
                  <li key={`${table.sheet}!${range}`}>
                    <Button
                      className={styles.item}
                      appearance="subtle"
                      onClick={() => void select(table.sheet, range)}
                    >
                      <span className={styles.itemText}>
                        <span className={sr.hidden}>{`${t("tableSelectPrefix")} `}</span>
                        <Text weight="semibold">{kind}</Text>
                        <span className={sr.hidden}>{` ${t("at")} `}</span>
                        <Caption1>{`${table.sheet}!${range} · ${t("rowsCount", { count: table.rows.length })}`}</Caption1>
                        {unsure.length > 0 && (
                          <Caption1>
                            {t("scanUncertainColumns", { columns: unsure.join(", ") })}
                          </Caption1>
                        )}
                        {hierarchyUncertain(table) && (
                          <Caption1>{t("scanUncertainHierarchy")}</Caption1>
                        )}
                      </span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {analysis && analysis.notes.length > 0 && (
          <details>
            <summary>{t("doubts")}</summary>
            <ul>
              {analysis.notes.map((n) => (
                <li key={n}>
                  <Caption1>{n}</Caption1>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </section>
  );
}
