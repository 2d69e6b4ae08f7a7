import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../../engine/index";
import type { AnalysisState } from "../hooks/useAnalysis";
import { rectToA1 } from "../hooks/a1";
import { groupFindings } from "../hooks/groupFindings";
import { useSelect } from "../hooks/useSelect";
import { SelectNotice } from "./SelectNotice";
import { useVisuallyHidden } from "../hooks/visuallyHidden";
import { useT } from "../i18n/translate";
import { SummarySection } from "./SummarySection";
import type { StringKey } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    paddingTop: "6px",
    paddingBottom: "6px",
  },
  itemText: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    whiteSpace: "normal",
    fontWeight: "normal",
  },
  severity: { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXS },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function FindingsPanel({ state }: { state: AnalysisState }) {
  const t = useT();
  const styles = useStyles();
  const sr = useVisuallyHidden();
  const selection = useSelect();
  const { select } = selection;
  const { analysis, scanning, scan, error } = state;
  const groups = analysis ? groupFindings(analysis.findings, analysis.tables) : [];
  return (
    <section className={styles.root} aria-labelledby="findings-title">
      <div className={styles.head}>
        <Text id="findings-title" as="h2" weight="semibold" size={400}>
          {t("findingsTitle")}{" "}
          {analysis && (
            <Badge appearance="filled" color={analysis.findings.length ? "danger" : "success"}>
              {analysis.findings.length}
            </Badge>
          )}
        </Text>
        <Button onClick={() => void scan()} disabled={scanning}>
          {scanning ? t("scanning") : t("rescan")}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("errorPrefix", { message: error })}</MessageBarBody>
        </MessageBar>
      )}
      <SelectNotice state={selection} />
      {!analysis && <Text>{t("findingsNotScanned")}</Text>}
      {analysis && analysis.findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t("findingsNone")}</MessageBarBody>
        </MessageBar>
      )}
      {analysis && analysis.findings.length > 0 && (
        <>
          <Text aria-live="polite">{t("findingsCount", { count: analysis.findings.length })}</Text>
          <Accordion multiple collapsible defaultOpenItems={groups.map((_, i) => i)}>
            {groups.map((g, i) => {
              const title = g.table
                ? `${t(`kind_${g.table.kind}` as StringKey)} · ${g.sheet}!${rectToA1(g.table.range)}`
                : g.sheet;
              return (
                <AccordionItem value={i} key={title}>
                  <AccordionHeader>
                    {title}{" "}
                    <Badge appearance="tint" style={{ marginLeft: 6 }}>
                      {g.count}
                    </Badge>
                  </AccordionHeader>
                  <AccordionPanel>
                    {g.bySeverity.map(({ severity, findings }) => (
                      <div key={severity}>
                        <Text as="h3" weight="semibold" className={styles.severity} block>
                          <Badge appearance="filled" color={BADGE[severity]}>
                            {findings.length}
                          </Badge>{" "}
                          {t(`severity_${severity}` as StringKey)}
                        </Text>
                        <ul className={styles.list}>
                          {findings.map((f) => (
                            <li key={`${f.rule}|${f.sheet}|${f.cell}`}>
                              <Button
                                className={styles.item}
                                appearance="subtle"
                                onClick={() => void select(f.sheet, f.cell)}
                              >
                                <span className={styles.itemText}>
                                  <span
                                    className={sr.hidden}
                                  >{`${t("findingSelectPrefix")} `}</span>
                                  <Text weight="semibold">{`${f.sheet}!${f.cell}`}</Text>
                                  <span className={sr.hidden}>: </span>
                                  <Caption1>{f.message}</Caption1>
                                </span>
                              </Button>
                            </li>
                          ))}
                        </ul>
                      </div>
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </>
      )}
      {analysis && <SummarySection analysis={analysis} file={t("summaryFile")} />}
      {analysis && analysis.notes.length > 0 && (
        <details>
          <summary>{t("notes")}</summary>
          <ul>
            {analysis.notes.map((n) => (
              <li key={n}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
