// The reviewer's summary of the open workbook (src/app/report.ts, the same as `sakip report` gives per file):
// copied as text, or downloaded as a CSV of the summary row and the findings. Where the host blocks the
// clipboard (Excel on the web in some browsers) the text is shown to copy by hand.
import { useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  findingsSheet,
  sheetCsv,
  summarizeWorkbook,
  summarySheet,
  summaryText,
} from "../../app/report";
import type { Analysis } from "../../app/index";
import { useT } from "../i18n/translate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function SummarySection({ analysis, file }: { analysis: Analysis; file: string }) {
  const t = useT();
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const [manual, setManual] = useState<string | null>(null);
  const summary = summarizeWorkbook(file, analysis);
  const text = summaryText(summary, analysis.findings);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setManual(null);
    } catch {
      setManual(text);
    }
  };
  const download = () => {
    const csv = `${sheetCsv(summarySheet([summary]))}\r\n\r\n${sheetCsv(findingsSheet([{ file, findings: analysis.findings }]))}`;
    // A byte order mark so Excel opens the CSV as UTF-8.
    const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "ringkasan-sakip.csv";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section className={styles.root} aria-labelledby="summary-title">
      <Text id="summary-title" as="h3" weight="semibold">
        {t("summaryTitle")}
      </Text>
      <div className={styles.buttons}>
        <Button onClick={() => void copy()}>{t("summaryCopy")}</Button>
        <Button onClick={download}>{t("summaryDownload")}</Button>
      </div>
      {copied && (
        <MessageBar intent="success">
          <MessageBarBody>{t("summaryCopied")}</MessageBarBody>
        </MessageBar>
      )}
      {manual !== null && (
        <Field label={t("summaryManual")}>
          <Textarea value={manual} readOnly rows={8} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </section>
  );
}
