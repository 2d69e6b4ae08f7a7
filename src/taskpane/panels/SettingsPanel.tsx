import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  arah,
  type AnalysisSettings,
  type EfficiencyMethod,
  type LowerFormula,
  type Polarity,
} from "../../engine/index";
import type { Analysis } from "../../app/scan";
import { listIndicators } from "../hooks/indicators";
import type { SettingsState } from "../hooks/useSettings";
import { useT } from "../i18n/translate";
import type { StringKey } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  fieldset: {
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // Long option labels must not widen the pane past 320 px: the select shrinks and the text is cut.
  select: { minWidth: 0, maxWidth: "100%" },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingLeft: "4px", paddingRight: "4px" },
});

const POLARITIES: Polarity[] = ["higher", "lower", "lower-ratio"];
const LOWER: LowerFormula[] = ["auto", "lower", "lower-ratio"];
const SCALES = ["auto", "permendagri86", "akip", "spbe"] as const;
const EFFICIENCY: (EfficiencyMethod | "auto")[] = ["auto", "rasio", "selisih", "pmk"];

function safeArah(name: string): Polarity {
  try {
    return arah(name);
  } catch {
    return "higher";
  }
}

export function SettingsPanel({
  state,
  analysis,
}: {
  state: SettingsState;
  analysis: Analysis | null;
}) {
  const t = useT();
  const styles = useStyles();
  const { settings, update, error } = state;
  const indicators = analysis ? listIndicators(analysis.grids, analysis.tables) : [];
  const customScale = Array.isArray(settings.scale);

  const setPolarity = (key: string, suggested: Polarity, value: Polarity) => {
    const polarity = { ...settings.polarity };
    if (value === suggested) delete polarity[key];
    else polarity[key] = value;
    void update({ polarity });
  };

  return (
    <section className={styles.root} aria-labelledby="settings-title">
      <Text id="settings-title" as="h2" weight="semibold" size={400}>
        {t("tabSettings")}
      </Text>
      <Text>{t("settingsIntro")}</Text>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("errorPrefix", { message: error })}</MessageBarBody>
        </MessageBar>
      )}

      <Field label={t("settingsLanguage")}>
        <Select
          className={styles.select}
          select={{ style: { minWidth: 0, textOverflow: "ellipsis" } }}
          value={settings.language}
          onChange={(_, d) => void update({ language: d.value === "en" ? "en" : "id" })}
        >
          <option value="id">{t("language_id")}</option>
          <option value="en">{t("language_en")}</option>
        </Select>
      </Field>
      <Field label={t("settingsLowerFormula")}>
        <Select
          className={styles.select}
          select={{ style: { minWidth: 0, textOverflow: "ellipsis" } }}
          value={settings.lowerFormula}
          onChange={(_, d) => void update({ lowerFormula: d.value as LowerFormula })}
        >
          {LOWER.map((v) => (
            <option key={v} value={v}>
              {t(`lower_${v}` as StringKey)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("settingsScale")}>
        <Select
          className={styles.select}
          select={{ style: { minWidth: 0, textOverflow: "ellipsis" } }}
          value={customScale ? "custom" : String(settings.scale)}
          onChange={(_, d) => void update({ scale: d.value as AnalysisSettings["scale"] })}
        >
          {SCALES.map((v) => (
            <option key={v} value={v}>
              {t(`scale_${v}` as StringKey)}
            </option>
          ))}
          {customScale && (
            <option value="custom" disabled>
              {(settings.scale as [number, string][]).map((b) => b[1]).join(" / ")}
            </option>
          )}
        </Select>
      </Field>
      <Field label={t("settingsEfficiency")}>
        <Select
          className={styles.select}
          select={{ style: { minWidth: 0, textOverflow: "ellipsis" } }}
          value={settings.efficiency}
          onChange={(_, d) => void update({ efficiency: d.value as EfficiencyMethod | "auto" })}
        >
          {EFFICIENCY.map((v) => (
            <option key={v} value={v}>
              {t(`eff_${v}` as StringKey)}
            </option>
          ))}
        </Select>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("settingsDirection")}</legend>
        {indicators.length === 0 && <Text>{t("settingsDirectionNone")}</Text>}
        {indicators.map((ind) => {
          const suggested = safeArah(ind.name);
          const value = settings.polarity[ind.key] ?? suggested;
          return (
            <Field
              key={ind.key}
              label={ind.name}
              hint={t("settingsSuggested", { label: t(`polarity_${suggested}` as StringKey) })}
            >
              <Select
                className={styles.select}
                select={{ style: { minWidth: 0, textOverflow: "ellipsis" } }}
                value={value}
                onChange={(_, d) => setPolarity(ind.key, suggested, d.value as Polarity)}
              >
                {POLARITIES.map((p) => (
                  <option key={p} value={p}>
                    {t(`polarity_${p}` as StringKey)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </fieldset>
    </section>
  );
}
