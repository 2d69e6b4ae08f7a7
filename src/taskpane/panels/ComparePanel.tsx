import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/translate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Room for the comparison sheets of a later version: says so plainly instead of pretending. */
export function ComparePanel() {
  const t = useT();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="compare-title">
      <Text id="compare-title" as="h2" weight="semibold" size={400}>{t("compareTitle")}</Text>
      <Text className={styles.muted} id="compare-coming">{t("compareComing")}</Text>
      <Button disabled aria-describedby="compare-coming">{t("compareButton")}</Button>
    </section>
  );
}
