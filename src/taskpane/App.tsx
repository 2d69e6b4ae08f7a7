import { useCallback, useEffect, useMemo, useState } from "react";
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { HostContext, useHost, type ExcelRun } from "./hooks/host";
import { useAnalysis } from "./hooks/useAnalysis";
import { useSettings } from "./hooks/useSettings";
import { LastStepContext, useLastStep } from "./hooks/useLastStep";
import { WrittenSection } from "./panels/WrittenSection";
import { LanguageContext, makeTranslate } from "./i18n/translate";
import { STRINGS } from "./i18n/strings";
import { lazyPanel } from "./lazyPanel";
import { ScanPanel } from "./panels/ScanPanel";

// Only Pindai is on screen at start; the other tabs are chunks of their own (see lazyPanel.tsx).
const findings = lazyPanel("Temuan", () =>
  import("./panels/FindingsPanel").then((m) => m.FindingsPanel)
);
const fill = lazyPanel("Isi", () => import("./panels/FillPanel").then((m) => m.FillPanel));
const compare = lazyPanel("Bandingkan", () =>
  import("./panels/ComparePanel").then((m) => m.ComparePanel)
);
const settingsPanel = lazyPanel("Pengaturan", () =>
  import("./panels/SettingsPanel").then((m) => m.SettingsPanel)
);
const FindingsPanel = findings.Panel;
const FillPanel = fill.Panel;
const ComparePanel = compare.Panel;
const SettingsPanel = settingsPanel.Panel;

export type PaneTab = "scan" | "findings" | "fill" | "compare" | "settings";

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
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
  // After an undo the last scan no longer describes the workbook: scan again when there was one.
  const hadAnalysis = analysisState.analysis !== null;
  const rescan = analysisState.scan;
  const lastStep = useLastStep(
    run,
    useCallback(() => (hadAnalysis ? rescan() : undefined), [hadAnalysis, rescan])
  );
  const language = settingsState.settings.language;
  const t = useMemo(() => makeTranslate(STRINGS, language), [language]);
  const findingsCount = analysisState.analysis?.findings.length;
  // After the first paint, fetch the other tabs' chunks so switching tabs shows them at once.
  useEffect(() => {
    for (const panel of [findings, fill, compare, settingsPanel]) void panel.preload();
  }, []);

  return (
    <LanguageContext.Provider value={language}>
      <LastStepContext.Provider value={lastStep}>
        <div className={styles.root} lang={language}>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as PaneTab)}
            size="small"
            aria-label={t("tabsLabel")}
          >
            <Tab value="scan" id="tab-scan">
              {t("tabScan")}
            </Tab>
            <Tab value="findings" id="tab-findings">
              {findingsCount === undefined
                ? t("tabFindings")
                : `${t("tabFindings")} (${findingsCount})`}
            </Tab>
            <Tab value="fill" id="tab-fill">
              {t("tabFill")}
            </Tab>
            <Tab value="compare" id="tab-compare">
              {t("tabCompare")}
            </Tab>
            <Tab value="settings" id="tab-settings">
              {t("tabSettings")}
            </Tab>
          </TabList>
          <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
            <WrittenSection state={lastStep} />
            {tab === "scan" && <ScanPanel state={analysisState} />}
            {tab === "findings" && <FindingsPanel state={analysisState} />}
            {tab === "fill" && (
              <FillPanel state={analysisState} settings={settingsState.settings} />
            )}
            {tab === "compare" && <ComparePanel settings={settingsState.settings} />}
            {tab === "settings" && (
              <SettingsPanel state={settingsState} analysis={analysisState.analysis} />
            )}
          </div>
        </div>
      </LastStepContext.Provider>
    </LanguageContext.Provider>
  );
}
