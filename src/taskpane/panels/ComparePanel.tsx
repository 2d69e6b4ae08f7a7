// Bandingkan: tick which of the four comparison sheets to build, one click builds (or updates) them,
// then the indicator matches that were not exact are listed, each with a choice to fix it.
import { useId } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  COMPARE_KINDS,
  DEFAULT_SETTINGS,
  type CompareKind,
  type CompareMatch,
  type AnalysisSettings,
} from "../../engine/index";
import { useHost } from "../hooks/host";
import { useCompare } from "../hooks/useCompare";
import { useLastStepContext } from "../hooks/useLastStep";

const TEXT = {
  id: {
    title: "Bandingkan",
    intro:
      "Membuat lembar perbandingan Bab III LKjIP dengan rumus hidup ke tabel sumber. Menjalankan lagi memperbarui lembar yang sama.",
    kinds: {
      "antar-tahun": "Antar tahun (realisasi dan tren)",
      "target-akhir": "Target akhir periode RPJMD/Renstra",
      standar: "Standar nasional/provinsi",
      efisiensi: "Efisiensi anggaran per sasaran",
    },
    build: "Buat lembar perbandingan",
    rebuild: "Perbarui lembar perbandingan",
    building: "Membuat lembar…",
    none: "Pilih paling sedikit satu lembar.",
    done: "{added} lembar baru, {updated} lembar diperbarui: {names}.",
    matchesTitle: "Pasangan indikator yang perlu diperiksa",
    exact: "{count} indikator cocok persis.",
    pairFor: "Pasangan untuk {name} ({purpose})",
    noPair: "(tidak ada pasangan)",
    similar: "nama mirip",
    manual: "dipilih",
    missing: "tidak ditemukan",
    notes: "Catatan",
    error: "Terjadi kesalahan: {message}",
  },
  en: {
    title: "Compare",
    intro:
      "Builds the report's Chapter III comparison sheets with live formulas to the source tables. Running again updates the same sheets.",
    kinds: {
      "antar-tahun": "Year on year (realisasi and trend)",
      "target-akhir": "End-of-plan target (RPJMD/Renstra)",
      standar: "National/provincial standard",
      efisiensi: "Budget efficiency per sasaran",
    },
    build: "Build comparison sheets",
    rebuild: "Update comparison sheets",
    building: "Building sheets…",
    none: "Tick at least one sheet.",
    done: "{added} new sheets, {updated} updated: {names}.",
    matchesTitle: "Indicator pairs to check",
    exact: "{count} indicators matched exactly.",
    pairFor: "Pair for {name} ({purpose})",
    noPair: "(no pair)",
    similar: "similar name",
    manual: "chosen",
    missing: "not found",
    notes: "Notes",
    error: "Something went wrong: {message}",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  kinds: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  match: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function fill(s: string, params: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (whole, k: string) =>
    params[k] === undefined ? whole : String(params[k])
  );
}

function MatchRow({
  match,
  language,
  onFix,
  disabled,
}: {
  match: CompareMatch;
  language: "id" | "en";
  onFix: (row: number | null) => void;
  disabled: boolean;
}) {
  const T = TEXT[language];
  const id = useId();
  const status = match.how === "mirip" ? T.similar : match.how === "manual" ? T.manual : T.missing;
  return (
    <div className={useStyles().match}>
      <label htmlFor={id}>
        {fill(T.pairFor, { name: match.base.name, purpose: match.purpose })}
      </label>
      <Select
        id={id}
        value={match.other ? String(match.other.row) : ""}
        disabled={disabled}
        onChange={(_, d) => onFix(d.value === "" ? null : Number(d.value))}
      >
        <option value="">{T.noPair}</option>
        {match.candidates.map((c) => (
          <option
            key={c.row}
            value={String(c.row)}
          >{`${c.name} (${c.sheet} baris ${c.row + 1})`}</option>
        ))}
      </Select>
      <Caption1>{status}</Caption1>
    </div>
  );
}

export interface ComparePanelProps {
  settings?: AnalysisSettings;
}

export function ComparePanel({ settings = DEFAULT_SETTINGS }: ComparePanelProps) {
  const styles = useStyles();
  const { run } = useHost();
  const lastStep = useLastStepContext();
  const state = useCompare(run, settings, lastStep?.record);
  const language = settings.language;
  const T = TEXT[language];
  const toCheck = (state.plan?.matches ?? []).filter((m) => m.how !== "sama");
  const exact = (state.plan?.matches ?? []).filter((m) => m.how === "sama").length;
  const fixMatch = (m: CompareMatch, row: number | null) =>
    void state.fix({
      baseName: m.base.name,
      otherSheet: m.candidates[0]?.sheet ?? m.other?.sheet ?? "",
      otherRow: row,
    });
  return (
    <section className={styles.root} aria-labelledby="compare-title">
      <Text id="compare-title" as="h2" weight="semibold" size={400}>
        {T.title}
      </Text>
      <Text className={styles.muted}>{T.intro}</Text>
      <fieldset className={styles.kinds}>
        <legend className={styles.muted}>{T.title}</legend>
        {COMPARE_KINDS.map((k: CompareKind) => (
          <Checkbox
            key={k}
            label={T.kinds[k]}
            checked={state.kinds.includes(k)}
            onChange={(_, d) => state.toggle(k, d.checked === true)}
          />
        ))}
      </fieldset>
      <Button
        appearance="primary"
        disabled={state.busy || state.kinds.length === 0}
        onClick={() => void state.build()}
      >
        {state.plan ? T.rebuild : T.build}
      </Button>
      {state.kinds.length === 0 && <Caption1>{T.none}</Caption1>}
      {state.busy && <Spinner size="tiny" label={T.building} />}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{fill(T.error, { message: state.error })}</MessageBarBody>
        </MessageBar>
      )}
      {state.result && !state.busy && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {fill(T.done, {
              added: state.result.added.length,
              updated: state.result.updated.length,
              names: [...state.result.added, ...state.result.updated].join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.plan && state.plan.matches.length > 0 && (
        <section aria-labelledby="compare-matches">
          <Text id="compare-matches" as="h3" weight="semibold" block>
            {T.matchesTitle}
          </Text>
          <Caption1 as="p" block>
            {fill(T.exact, { count: exact })}
          </Caption1>
          {toCheck.map((m) => (
            <MatchRow
              key={`${m.purpose}|${m.base.sheet}|${m.base.row}`}
              match={m}
              language={language}
              disabled={state.busy}
              onFix={(row) => fixMatch(m, row)}
            />
          ))}
        </section>
      )}
      {state.plan && state.plan.notes.length > 0 && (
        <section aria-labelledby="compare-notes">
          <Text id="compare-notes" as="h3" weight="semibold">
            {T.notes}
          </Text>
          <ul className={styles.list}>
            {state.plan.notes.map((n) => (
              <li key={n}>
                <Caption1>{n}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
