// "Ubah ke rumus Excel biasa": a preview of every =SAKIP.* formula and the native formula that replaces
// it, the formulas that stay (with the reason and a click to their cell), and a confirmation dialog
// before anything is written.
import { useState } from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useHost } from "../hooks/host";
import { usePortable } from "../hooks/usePortable";
import { useLastStepContext } from "../hooks/useLastStep";
import { useSelect } from "../hooks/useSelect";
import { SelectNotice } from "./SelectNotice";
import { useT, useTexts } from "../i18n/translate";
import { PORTABLE_STRINGS } from "../i18n/portable-strings";

/** Rows of the preview shown at once; the rest is counted. */
const SHOWN = 30;

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
    wordBreak: "break-all",
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface PortableSectionProps {
  /** Called after the formulas were replaced (e.g. to scan again). */
  onApplied?: () => Promise<void> | void;
}

export function PortableSection({ onApplied }: PortableSectionProps) {
  const styles = useStyles();
  const { run } = useHost();
  const selection = useSelect();
  const { select } = selection;
  const lastStep = useLastStepContext();
  const state = usePortable(run, onApplied, lastStep?.record);
  const [asking, setAsking] = useState(false);
  const t = useTexts(PORTABLE_STRINGS);
  const shared = useT();
  const { plan, busy } = state;

  return (
    <section className={styles.root} aria-labelledby="portable-title">
      <Text id="portable-title" as="h3" weight="semibold" size={400}>
        {t("portableTitle")}
      </Text>
      <Text>{t("portableIntro")}</Text>
      <Button onClick={() => void state.preview()} disabled={busy}>
        {busy && !plan
          ? t("portableReading")
          : plan
            ? t("portablePreviewAgain")
            : t("portablePreview")}
      </Button>
      {state.done !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{t("portableDone", { count: state.done })}</MessageBarBody>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{shared("errorPrefix", { message: state.error })}</MessageBarBody>
        </MessageBar>
      )}
      <SelectNotice state={selection} />
      {plan && plan.changes.length === 0 && state.done === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t("portableNothing")}</MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.changes.length > 0 && (
        <>
          <Text as="h4" weight="semibold">
            {t("portableChanges", { count: plan.changes.length })}
          </Text>
          <ul
            className={styles.list}
            aria-label={t("portableChanges", { count: plan.changes.length })}
          >
            {plan.changes.slice(0, SHOWN).map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                <Button
                  className={styles.item}
                  appearance="subtle"
                  onClick={() => void select(c.sheet, c.cell)}
                >
                  <span className={styles.itemText}>
                    <Text weight="semibold">{`${c.sheet}!${c.cell}`}</Text>
                    <Caption1
                      className={styles.code}
                    >{`${t("portableBefore")}: ${c.before}`}</Caption1>
                    <Caption1
                      className={styles.code}
                    >{`${t("portableAfter")}: ${c.after}`}</Caption1>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {plan.changes.length > SHOWN && (
            <Caption1>{t("portableMore", { count: plan.changes.length - SHOWN })}</Caption1>
          )}
          <Button appearance="primary" onClick={() => setAsking(true)} disabled={busy}>
            {busy ? t("portableApplying") : t("portableApply", { count: plan.changes.length })}
          </Button>
        </>
      )}
      {plan && plan.skipped.length > 0 && (
        <details>
          <summary>{t("portableSkipped", { count: plan.skipped.length })}</summary>
          <ul className={styles.list}>
            {plan.skipped.slice(0, SHOWN).map((s) => (
              <li key={`${s.sheet}!${s.cell}`}>
                <Button
                  className={styles.item}
                  appearance="subtle"
                  onClick={() => void select(s.sheet, s.cell)}
                >
                  <span className={styles.itemText}>
                    <Caption1>{s.reason}</Caption1>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {plan.skipped.length > SHOWN && (
            <Caption1>{t("portableMore", { count: plan.skipped.length - SHOWN })}</Caption1>
          )}
        </details>
      )}
      {plan && plan.notes.length > 0 && (
        <details>
          <summary>{shared("notes")}</summary>
          <ul>
            {plan.notes.map((n) => (
              <li key={n}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Dialog open={asking} onOpenChange={(_, d) => setAsking(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("portableConfirmTitle")}</DialogTitle>
            <DialogContent>
              {t("portableConfirmBody", { count: plan?.changes.length ?? 0 })}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setAsking(false)}>
                {t("portableCancel")}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  void state.apply();
                }}
              >
                {t("portableConfirm")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
