// What the last fill, compare or portable conversion wrote: every range a click away, and "Urungkan".
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LastStepState } from "../hooks/useLastStep";
import { useSelect } from "../hooks/useSelect";
import { useT } from "../i18n/translate";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

export function WrittenSection({ state }: { state: LastStepState }) {
  const t = useT();
  const styles = useStyles();
  const { select, error: selectError } = useSelect();
  const { step, undone, error } = state;
  if (!step && !undone && !error) return null;
  return (
    <section
      className={styles.root}
      aria-labelledby={step ? "written-title" : undefined}
      aria-live="polite"
    >
      {undone && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("undoDone", {
              label: undone.label,
              cells: undone.cells,
              removed: undone.removed,
              restored: undone.restored,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {state.undoable
              ? t("errorPrefix", { message: error })
              : t("undoGone", { message: error })}
          </MessageBarBody>
        </MessageBar>
      )}
      {step && (
        <>
          <Text id="written-title" as="h2" weight="semibold">
            {t("writtenTitle", { label: step.undo.label })}
          </Text>
          <ul className={styles.list} aria-labelledby="written-title">
            {step.written.map((w) => (
              <li key={`${w.sheet}!${w.range}`}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`${t("writtenSelectPrefix")} ${w.sheet}!${w.range}`}
                  onClick={() => void select(w.sheet, w.range)}
                >
                  {`${w.sheet}!${w.range}`}
                </Button>
              </li>
            ))}
          </ul>
          {selectError && <Text>{selectError}</Text>}
          <div>
            <Button
              appearance="secondary"
              disabled={!state.undoable || state.busy}
              onClick={() => void state.undo()}
            >
              {state.busy ? t("undoing") : `${t("undoButton")}: ${step.undo.label}`}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
