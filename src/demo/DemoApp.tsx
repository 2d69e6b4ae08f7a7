// The demo page: the real task pane beside a grid of the in-memory workbook. No Excel, no network.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { App } from "../taskpane/App";
import type { ExcelRun } from "../taskpane/hooks/host";
import { toA1, rectToA1 } from "../taskpane/hooks/a1";
import { createMemoryExcel } from "../memory-excel/index";
import type { WorkbookModel } from "../memory-excel/model";
import { readXlsx } from "../xlsx/read";
import { saveWorkbook } from "../xlsx/save";
import { GridView, editText, type Editing } from "./GridView";
import { chartView } from "./chart-data";
import { ChartSvg } from "./ChartSvg";
import { parseEntry } from "./formula-locale";
import { writeSelection, type Selection } from "./selection";
import { useWorkbookVersion } from "./useWorkbookVersion";

export interface DemoAppProps {
  initial: WorkbookModel;
  fileName?: string;
  dark?: boolean;
}

const A1 = { row: 0, col: 0, rowCount: 1, colCount: 1 };

/** A file the demo cannot read, in the user's words: what it is not and what to do. */
export function unreadableFile(name: string): string {
  const old = /\.(xls|csv|ods|xlsb|xlsm)$/i.test(name)
    ? ` Berkas .${name.split(".").pop()!.toLowerCase()} tidak didukung di sini.`
    : "";
  return `Berkas ${name} tidak dapat dibaca sebagai buku kerja Excel (.xlsx): isinya rusak, kosong, atau formatnya lain.${old} Buka berkas itu di Excel, pilih Simpan Sebagai › "Buku Kerja Excel (.xlsx)", lalu buka hasilnya di sini.`;
}

/** F6 moves between the grid and the pane, as in Excel. */
function focusOther(root: HTMLElement | null): void {
  const grid = root?.querySelector<HTMLElement>(".grid table");
  const pane = root?.querySelector<HTMLElement>("aside.pane");
  if (!grid || !pane) return;
  if (pane.contains(document.activeElement)) grid.focus();
  else
    (
      pane.querySelector<HTMLElement>(
        '[role="tab"][aria-selected="true"], button:not([disabled])'
      ) ?? pane
    ).focus();
}

export function DemoApp({ initial, fileName = "contoh-sakip.xlsx", dark = false }: DemoAppProps) {
  const [model, setModel] = useState(initial);
  const [name, setName] = useState(fileName);
  const [generation, setGeneration] = useState(0);
  const excel = useMemo(() => createMemoryExcel(model), [model]);
  const [selection, setSelection] = useState<Selection>({
    sheet: model.sheets[model.activeSheet]?.name ?? "",
    rect: A1,
  });
  const [editing, setEditing] = useState<(Editing & { source: "cell" | "bar" }) | null>(null);
  // A committed edit must not be committed again by the blur that follows Enter.
  const committed = useRef<Editing | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useWorkbookVersion(model);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "F6") return;
      e.preventDefault();
      focusOther(root.current);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const baseRun: ExcelRun = useCallback((batch) => excel.run(batch), [excel]);

  // The pane selects through the API (`range.select()`, `worksheet.activate()`); the grid follows the model.
  useEffect(
    () =>
      model.subscribe((e) => {
        if (e.kind === "selection" && model.selection)
          setSelection({ sheet: model.selection.sheet, rect: { ...model.selection.rect } });
        else if (e.kind === "active") {
          const name = model.sheets[model.activeSheet]?.name;
          if (name) setSelection((cur) => (cur.sheet === name ? cur : { sheet: name, rect: A1 }));
        }
      }),
    [model]
  );

  const sheet = model.getSheet(selection.sheet) ?? model.sheets[0];

  const select = useCallback(
    (row: number, col: number) => {
      if (!sheet) return;
      const rect = { row: Math.max(0, row), col: Math.max(0, col), rowCount: 1, colCount: 1 };
      setSelection({ sheet: sheet.name, rect });
      void writeSelection(baseRun, sheet.name, toA1(rect.row, rect.col)).catch(() => undefined);
    },
    [sheet, baseRun]
  );

  const commit = useCallback(
    async (move: "down" | "right" | "none") => {
      if (!editing || !sheet || committed.current === editing) return;
      committed.current = editing;
      const { row, col, text } = editing;
      setEditing(null);
      const before = editText(sheet, row, col);
      if (text !== before) {
        const entry = parseEntry(text);
        try {
          await baseRun(async (context) => {
            const range = context.workbook.worksheets.getItem(sheet.name).getRange(toA1(row, col));
            if ("formula" in entry) range.formulas = [[entry.formula]];
            else {
              range.values = [[entry.value]];
              if (entry.percent && !sheet.getCell(row, col)?.numberFormat?.includes("%"))
                range.numberFormat = [["0.00%"]];
            }
            await context.sync();
          });
          setMessage(null);
        } catch (e: unknown) {
          setMessage({
            kind: "error",
            text: `Sel ${sheet.name}!${toA1(row, col)} tidak dapat diisi "${text}": ${e instanceof Error ? e.message : String(e)}. Periksa penulisannya lalu coba lagi.`,
          });
        }
      }
      if (move === "down") select(row + 1, col);
      else if (move === "right") select(row, col + 1);
    },
    [editing, sheet, baseRun, select]
  );

  const openFile = async (file: File) => {
    try {
      const next = await readXlsx(new Uint8Array(await file.arrayBuffer()));
      if (next.sheets.length === 0) throw new Error("buku kerja tidak berisi lembar");
      setModel(next);
      setName(file.name);
      setSelection({
        sheet: next.sheets[next.activeSheet]?.name ?? next.sheets[0]!.name,
        rect: A1,
      });
      setGeneration((g) => g + 1);
      setMessage({
        kind: "info",
        text: `Berkas ${file.name} dibuka (${next.sheets.length} lembar). Tekan "Pindai buku kerja" di panel.`,
      });
    } catch {
      // The reader's own text (zip, XML, URLs) means nothing to the user: say what the file is not and what to do.
      setMessage({ kind: "error", text: unreadableFile(file.name) });
    }
  };

  const download = async () => {
    try {
      // The opened file (or the sample's package) with the pane's and the user's changes patched in.
      const { bytes } = await saveWorkbook(model);
      const macros = /\.xlsm$/i.test(name);
      const blob = new Blob([bytes as BlobPart], {
        type: macros
          ? "application/vnd.ms-excel.sheet.macroEnabled.12"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name.replace(/\.xls[xm]$/i, "") + (macros ? "-sakip.xlsm" : "-sakip.xlsx");
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e: unknown) {
      setMessage({
        kind: "error",
        text: `Buku kerja tidak dapat disimpan: ${e instanceof Error ? e.message : String(e)}.`,
      });
    }
  };

  useEffect(() => {
    // The selected sheet was removed (an add-in batch, a new workbook): select A1 of the sheet shown instead, once.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- follows a change of the workbook model, outside React
    if (sheet && sheet.name !== selection.sheet) setSelection({ sheet: sheet.name, rect: A1 });
  }, [sheet, selection.sheet]);

  if (!sheet) return <p>Buku kerja kosong.</p>;
  const active = sheet.getCell(selection.rect.row, selection.rect.col);
  const barText = editing ? editing.text : editText(sheet, selection.rect.row, selection.rect.col);

  return (
    <div ref={root} className={`demo${dark ? " dark" : ""}`}>
      <main className="book" aria-label="Buku kerja contoh">
        <header className="toolbar">
          <h1 className="title">SAKIP untuk Excel · demo</h1>
          <span className="filename" title={name}>
            {name}
          </span>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Buka .xlsx…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            aria-label="Buka berkas .xlsx"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void openFile(f);
              e.target.value = "";
            }}
          />
          <button type="button" onClick={() => void download()}>
            Unduh .xlsx
          </button>
        </header>
        {message && (
          <div
            role={message.kind === "error" ? "alert" : "status"}
            className={`msg ${message.kind}`}
          >
            {message.text}
          </div>
        )}
        <div className="formulabar">
          <output className="namebox" aria-label="Alamat sel">
            {rectToA1(selection.rect)}
          </output>
          <span className="fx" aria-hidden="true">
            fx
          </span>
          <input
            className="formula"
            aria-label="Bilah rumus"
            value={barText}
            onFocus={() =>
              !editing &&
              setEditing({
                row: selection.rect.row,
                col: selection.rect.col,
                text: barText,
                source: "bar",
              })
            }
            onChange={(e) =>
              setEditing({
                row: selection.rect.row,
                col: selection.rect.col,
                text: e.target.value,
                source: "bar",
              })
            }
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void commit("none");
              } else if (e.key === "Escape") {
                e.preventDefault();
                setEditing(null);
              }
            }}
            onBlur={() => void commit("none")}
            title={active?.formula ? "Rumus ditampilkan dengan pemisah Indonesia (;)" : undefined}
          />
        </div>
        {active?.errorMessage && (
          // What Excel shows beside a custom function's #VALUE! / #N/A: the function's own message.
          <div role="status" className="msg cellerror">
            {`${rectToA1(selection.rect)} ${String(active.value)}: ${active.errorMessage}`}
          </div>
        )}
        <GridView
          sheet={sheet}
          selection={selection.rect}
          editing={editing?.source === "cell" ? editing : null}
          onSelect={select}
          onStartEdit={(row, col, text) => {
            select(row, col);
            setEditing({ row, col, text: text ?? editText(sheet, row, col), source: "cell" });
          }}
          onEditChange={(text) => editing && setEditing({ ...editing, text })}
          onCommit={(move) => void commit(move)}
          onCancel={() => setEditing(null)}
          onMove={(dr, dc) => select(selection.rect.row + dr, selection.rect.col + dc)}
        />
        {sheet.charts.length > 0 && (
          // The charts Excel would draw for this sheet (compare adds one), drawn here for users without Excel.
          <section className="charts" aria-label={`Bagan lembar ${sheet.name}`}>
            {sheet.charts.map((c, i) => {
              const view = chartView(model, sheet, c);
              return view && <ChartSvg key={`${sheet.name}-${i}`} id={`chart-${i}`} view={view} />;
            })}
          </section>
        )}
        <nav className="tabs" aria-label="Lembar kerja">
          {model.sheets.map((s) => (
            <button
              type="button"
              key={s.name}
              aria-current={s.name === sheet.name ? "page" : undefined}
              className={s.name === sheet.name ? "on" : ""}
              onClick={() => {
                setSelection({ sheet: s.name, rect: A1 });
                void writeSelection(baseRun, s.name, "A1").catch(() => undefined);
              }}
            >
              {s.name}
            </button>
          ))}
        </nav>
      </main>
      <aside className="pane" aria-label="Panel tugas SAKIP">
        <App key={generation} run={baseRun} dark={dark} />
      </aside>
    </div>
  );
}
