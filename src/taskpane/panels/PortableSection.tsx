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

const TEXT = {
  id: {
    title: "Ubah ke rumus Excel biasa",
    intro:
      "Ganti setiap rumus =SAKIP.* dengan rumus Excel biasa (IF, MAX, MIN, MATCH…) yang memberi nilai sama, agar rekan tanpa add-in melihat angka yang sama. Rumus yang tidak dapat diganti tanpa mengubah nilainya dibiarkan dan disebutkan.",
    preview: "Buat pratinjau",
    previewAgain: "Pratinjau ulang",
    reading: "Membaca rumus…",
    changes: "{count} rumus akan diganti",
    more: "…dan {count} rumus lain",
    skipped: "{count} rumus dibiarkan",
    nothing: "Tidak ada rumus =SAKIP.* yang dapat diganti.",
    apply: "Ganti {count} rumus",
    applying: "Mengganti…",
    confirmTitle: "Ganti rumus =SAKIP.*?",
    confirmBody:
      "{count} rumus =SAKIP.* akan diganti rumus Excel biasa yang memberi nilai sama. Sel lain tidak diubah. Setelah ini rumus itu tidak lagi memakai add-in; simpan salinan buku kerja dulu bila ingin dapat kembali ke rumus =SAKIP.*.",
    confirm: "Ya, ganti",
    cancel: "Batal",
    done: "{count} rumus sudah diganti rumus Excel biasa.",
    error: "Terjadi kesalahan: {message}",
    notes: "Catatan",
    before: "sebelum",
    after: "sesudah",
  },
  en: {
    title: "Convert to plain Excel formulas",
    intro:
      "Replace every =SAKIP.* formula with a plain Excel formula (IF, MAX, MIN, MATCH…) giving the same value, so colleagues without the add-in see the same figures. Formulas that cannot be replaced without changing their value are kept and listed.",
    preview: "Preview",
    previewAgain: "Preview again",
    reading: "Reading formulas…",
    changes: "{count} formulas will be replaced",
    more: "…and {count} more formulas",
    skipped: "{count} formulas kept",
    nothing: "No =SAKIP.* formula can be replaced.",
    apply: "Replace {count} formulas",
    applying: "Replacing…",
    confirmTitle: "Replace =SAKIP.* formulas?",
    confirmBody:
      "{count} =SAKIP.* formulas will be replaced by plain Excel formulas giving the same values. No other cell changes. The formulas no longer use the add-in afterwards; save a copy of the workbook first to be able to go back to =SAKIP.* formulas.",
    confirm: "Yes, replace",
    cancel: "Cancel",
    done: "{count} formulas replaced by plain Excel formulas.",
    error: "Something went wrong: {message}",
    notes: "Notes",
    before: "before",
    after: "after",
  },
} as const;

type Key = keyof typeof TEXT.id;

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
  language?: "id" | "en";
  /** Called after the formulas were replaced (e.g. to scan again). */
  onApplied?: () => Promise<void> | void;
}

export function PortableSection({ language = "id", onApplied }: PortableSectionProps) {
  const styles = useStyles();
  const { run } = useHost();
  const selection = useSelect();
  const { select } = selection;
  const lastStep = useLastStepContext();
  const state = usePortable(run, onApplied, lastStep?.record);
  const [asking, setAsking] = useState(false);
  const locale = language === "id" ? "id-ID" : "en-US";
  const t = (key: Key, count?: number, message?: string): string =>
    TEXT[language][key]
      .replace("{count}", count === undefined ? "" : count.toLocaleString(locale))
      .replace("{message}", message ?? "");
  const { plan, busy } = state;

  return (
    <section className={styles.root} aria-labelledby="portable-title">
      <Text id="portable-title" as="h3" weight="semibold" size={400}>
        {t("title")}
      </Text>
      <Text>{t("intro")}</Text>
      <Button onClick={() => void state.preview()} disabled={busy}>
        {busy && !plan ? t("reading") : plan ? t("previewAgain") : t("preview")}
      </Button>
      {state.done !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{t("done", state.done)}</MessageBarBody>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("error", undefined, state.error)}</MessageBarBody>
        </MessageBar>
      )}
      <SelectNotice state={selection} />
      {plan && plan.changes.length === 0 && state.done === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t("nothing")}</MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.changes.length > 0 && (
        <>
          <Text as="h4" weight="semibold">
            {t("changes", plan.changes.length)}
          </Text>
          <ul className={styles.list} aria-label={t("changes", plan.changes.length)}>
            {plan.changes.slice(0, SHOWN).map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                <Button
                  className={styles.item}
                  appearance="subtle"
                  onClick={() => void select(c.sheet, c.cell)}
                >
                  <span className={styles.itemText}>
                    <Text weight="semibold">{`${c.sheet}!${c.cell}`}</Text>
                    <Caption1 className={styles.code}>{`${t("before")}: ${c.before}`}</Caption1>
                    <Caption1 className={styles.code}>{`${t("after")}: ${c.after}`}</Caption1>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {plan.changes.length > SHOWN && (
            <Caption1>{t("more", plan.changes.length - SHOWN)}</Caption1>
          )}
          <Button appearance="primary" onClick={() => setAsking(true)} disabled={busy}>
            {busy ? t("applying") : t("apply", plan.changes.length)}
          </Button>
        </>
      )}
      {plan && plan.skipped.length > 0 && (
        <details>
          <summary>{t("skipped", plan.skipped.length)}</summary>
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
            <Caption1>{t("more", plan.skipped.length - SHOWN)}</Caption1>
          )}
        </details>
      )}
      {plan && plan.notes.length > 0 && (
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
      <Dialog open={asking} onOpenChange={(_, d) => setAsking(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("confirmTitle")}</DialogTitle>
            <DialogContent>{t("confirmBody", plan?.changes.length ?? 0)}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setAsking(false)}>
                {t("cancel")}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  void state.apply();
                }}
              >
                {t("confirm")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
