import { useMemo, useState } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { HostContext, useHost, type ExcelRun } from "./hooks/host";
import { useAnalysis } from "./hooks/useAnalysis";
import { useSettings } from "./hooks/useSettings";
import { LanguageContext, makeTranslate } from "./i18n/translate";
import { ScanPanel } from "./panels/ScanPanel";
import { FindingsPanel } from "./panels/FindingsPanel";
import { FillPanel } from "./panels/FillPanel";
import { ComparePanel } from "./panels/ComparePanel";
import { SettingsPanel } from "./panels/SettingsPanel";

export type PaneTab = "scan" | "findings" | "fill" | "compare" | "settings";

const useStyles = makeStyles({
  root: { minHeight: "100%", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  // Five tabs do not fit in a 320 px pane on one line: let them wrap instead of hiding one.
  tabs: { flexWrap: "wrap", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  /** Excel.run in Office; the in-memory Excel's run on the demo page and in tests. */
  run: ExcelRun;
  /** Office theme is dark (Office.context.officeTheme). */
  dark?: boolean;
  initialTab?: PaneTab;
}

export function App({ run, dark = false, initialTab = "scan" }: AppProps) {
  const host = useMemo(() => ({ run }), [run]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
      <HostContext.Provider value={host}>
        <Pane initialTab={initialTab} />
      </HostContext.Provider>
    </FluentProvider>
  );
}

function Pane({ initialTab }: { initialTab: PaneTab }) {
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const { run } = useHost();
  const settingsState = useSettings(run);
  const analysisState = useAnalysis(run, settingsState.settings);
  const t = useMemo(() => makeTranslate(settingsState.settings.language), [settingsState.settings.language]);
  const findingsCount = analysisState.analysis?.findings.length;

  return (
    <LanguageContext.Provider value={t}>
      <div className={styles.root} lang={settingsState.settings.language}>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as PaneTab)}
          size="small"
          aria-label={t("tabsLabel")}
        >
          <Tab value="scan" id="tab-scan">{t("tabScan")}</Tab>
          <Tab value="findings" id="tab-findings">
            {findingsCount === undefined ? t("tabFindings") : `${t("tabFindings")} (${findingsCount})`}
          </Tab>
          <Tab value="fill" id="tab-fill">{t("tabFill")}</Tab>
          <Tab value="compare" id="tab-compare">{t("tabCompare")}</Tab>
          <Tab value="settings" id="tab-settings">{t("tabSettings")}</Tab>
        </TabList>
        <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === "scan" && <ScanPanel state={analysisState} />}
          {tab === "findings" && <FindingsPanel state={analysisState} />}
          {tab === "fill" && <FillPanel state={analysisState} settings={settingsState.settings} />}
          {tab === "compare" && <ComparePanel settings={settingsState.settings} />}
          {tab === "settings" && <SettingsPanel state={settingsState} analysis={analysisState.analysis} />}
        </div>
      </div>
    </LanguageContext.Provider>
  );
}
