import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { applyFill, planFillOf } from "../../app/fill";
import type { AnalysisSettings, FillMode } from "../../engine/index";
import type { AnalysisState } from "../hooks/useAnalysis";
import { useHost } from "../hooks/host";
import { useSelect } from "../hooks/useSelect";
import { useLastStepContext } from "../hooks/useLastStep";
import { SelectNotice } from "./SelectNotice";
import { useAction } from "../hooks/useAction";
import { useT } from "../i18n/translate";
import { PortableSection } from "./PortableSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  divider: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
  },
  itemText: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    whiteSpace: "normal",
    fontWeight: "normal",
    wordBreak: "break-word",
  },
});

export function FillPanel({
  state,
  settings,
}: {
  state: AnalysisState;
  settings: AnalysisSettings;
}) {
  const t = useT();
  const styles = useStyles();
  const { run } = useHost();
  const selection = useSelect();
  const { select } = selection;
  const [mode, setMode] = useState<FillMode>("formulas");
  const { busy, error, act } = useAction();
  const [done, setDone] = useState<{ cells: number; count: number } | null>(null);
  const lastStep = useLastStepContext();
  const { analysis, scan } = state;

  const plan = useMemo(
    () => (analysis ? planFillOf(analysis, settings, mode) : null),
    [analysis, mode, settings]
  );

  const apply = async () => {
    if (!plan) return;
    await act(async () => {
      const applied = await applyFill(run, plan);
      setDone({ cells: applied.cellsFilled, count: applied.columns });
      await scan();
      // After the rescan, so the selection of the first written range is the last thing the user sees.
      await lastStep?.record(applied);
    });
  };

  return (
    <section className={styles.root} aria-labelledby="fill-title">
      <Text id="fill-title" as="h2" weight="semibold" size={400}>
        {t("tabFill")}
      </Text>
      <Text>{t("fillIntro")}</Text>
      {!analysis && <Text>{t("fillNotScanned")}</Text>}
      {done !== null && (
        <MessageBar intent="success">
          <MessageBarBody>
            {done.cells > 0 ? t("fillDoneCells", done) : t("fillDone", done)}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("errorPrefix", { message: error })}</MessageBarBody>
        </MessageBar>
      )}
      <SelectNotice state={selection} />
      {plan && (
        <>
          <Field label={t("fillMode")}>
            <RadioGroup
              value={mode}
              onChange={(_, d) => setMode(d.value === "values" ? "values" : "formulas")}
            >
              <Radio value="formulas" label={t("fillModeFormulas")} />
              <Radio value="values" label={t("fillModeValues")} />
            </RadioGroup>
          </Field>
          {plan.columns.length === 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>
                {t(plan.withheld.length > 0 ? "fillNothingWithheld" : "fillNothing")}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Text as="h3" weight="semibold">
                {t("fillPreview")}
              </Text>
              <ul className={styles.list} aria-label={t("fillPreview")}>
                {plan.preview.map((p) => (
                  <li key={`${p.sheet}!${p.range}`}>
                    <Button
                      className={styles.item}
                      appearance="subtle"
                      onClick={() => void select(p.sheet, p.range)}
                    >
                      <span className={styles.itemText}>
                        <Text weight="semibold">{`${p.header} → ${p.sheet}!${p.range}`}</Text>
                        <Caption1>{t("fillExample", { example: p.example })}</Caption1>
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
              <Button appearance="primary" onClick={() => void apply()} disabled={busy}>
                {busy ? t("fillApplying") : t("fillApply")}
              </Button>
            </>
          )}
          {plan.withheld.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <Text weight="semibold">{t("fillWithheld")}</Text>
                <ul aria-label={t("fillWithheld")}>
                  {plan.withheld.map((w) => (
                    <li key={`${w.sheet}|${w.reason}`}>
                      <Caption1>{`${w.sheet}: ${w.reason}`}</Caption1>
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {plan.notes.length > 0 && (
            <details>
              <summary>{t("notes")}</summary>
              <ul>
                {plan.notes.map((n) => (
                  <li key={n}>
                    <Caption1>{n}</Caption1>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {/* For colleagues without the add-in: replace =SAKIP.* with plain Excel formulas. */}
      <div className={styles.divider}>
        <PortableSection onApplied={analysis ? scan : undefined} />
      </div>
    </section>
  );
}
