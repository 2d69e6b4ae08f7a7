// The sheet as Excel draws it: column letters, row numbers, merged cells, Indonesian number display,
// the selection. Reads the workbook model directly (it is the demo's own view, not the add-in's).
import {
  useEffect,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type ReactElement,
} from "react";
import type { CellData, CellRect, SheetModel } from "../memory-excel/model";
import { columnLetters, toA1 } from "../taskpane/hooks/a1";
import { displayValue, isNumeric } from "./number-display";
import { formulaToIndonesian } from "./formula-locale";

export interface Editing {
  row: number;
  col: number;
  text: string;
}

export interface GridViewProps {
  sheet: SheetModel;
  selection: CellRect;
  editing: Editing | null;
  onSelect: (row: number, col: number) => void;
  onStartEdit: (row: number, col: number, text?: string) => void;
  onEditChange: (text: string) => void;
  onCommit: (move: "down" | "right" | "none") => void;
  onCancel: () => void;
  onMove: (dRow: number, dCol: number) => void;
}

const MIN_ROWS = 30;
const MIN_COLS = 12;
const DEFAULT_WIDTH_PX = 72;

/** A cell's tooltip: its formula (Indonesian separators) and, as Excel shows beside an error, the function's message. */
export function cellTitle(cell: CellData | undefined): string | undefined {
  if (!cell?.formula) return undefined;
  const formula = formulaToIndonesian(cell.formula);
  return cell.errorMessage ? `${cell.value}: ${cell.errorMessage}\n${formula}` : formula;
}

function widthPx(sheet: SheetModel, col: number): number {
  const w = sheet.columnWidths.get(col);
  return w === undefined ? DEFAULT_WIDTH_PX : Math.max(24, Math.round((w * 4) / 3));
}

/** The text a user edits: the formula in Indonesian syntax, or the value. */
export function editText(sheet: SheetModel, row: number, col: number): string {
  const cell = sheet.getCell(row, col);
  if (!cell) return "";
  if (cell.formula) return formulaToIndonesian(cell.formula);
  if (typeof cell.value === "number") {
    const plain = (n: number) =>
      n.toLocaleString("id-ID", { useGrouping: false, maximumFractionDigits: 10 });
    return cell.numberFormat?.includes("%") ? `${plain(cell.value * 100)}%` : plain(cell.value);
  }
  return cell.value === null ? "" : String(cell.value);
}

/** Past this many rows or columns the grid draws only the ones near cells (a cell at XFD1048576 is one row). */
const DENSE_ROWS = 5000;
const DENSE_COLS = 200;
const NEAR = 3;

/**
 * The rows (or columns) to draw: all of them up to the used extent when that is small; otherwise the first
 * `min`, the selection, and those within NEAR of a cell or a merge's edge, so cost follows the cells.
 */
function indexesToDraw(
  extent: number,
  min: number,
  dense: number,
  marks: Iterable<number>
): number[] {
  const count = Math.max(min, extent);
  if (count <= dense) return Array.from({ length: count }, (_, i) => i);
  const keep = new Set<number>();
  for (let i = 0; i < min; i++) keep.add(i);
  for (const m of marks)
    for (let d = -NEAR; d <= NEAR; d++) if (m + d >= 0 && m + d < count) keep.add(m + d);
  return [...keep].sort((a, b) => a - b);
}

export function GridView(props: GridViewProps) {
  const { sheet, selection, editing } = props;
  const used = sheet.usedRect();
  const rowMarks: number[] = [selection.row];
  const colMarks: number[] = [selection.col];
  for (const key of sheet.cells.keys()) {
    rowMarks.push(Math.floor(key / 16384));
    colMarks.push(key % 16384);
  }
  for (const m of sheet.merges) {
    rowMarks.push(m.row, m.row + m.rowCount - 1);
    colMarks.push(m.col, m.col + m.colCount - 1);
  }
  const rowList = indexesToDraw(
    used ? used.row + used.rowCount + 3 : 0,
    MIN_ROWS,
    DENSE_ROWS,
    rowMarks
  );
  const colList = indexesToDraw(
    used ? used.col + used.colCount + 2 : 0,
    MIN_COLS,
    DENSE_COLS,
    colMarks
  );
  const containerRef = useRef<HTMLDivElement>(null);

  // Merges: top-left cell -> span (counted in drawn rows and columns); covered cells are skipped.
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const mr = rowList.filter((r) => r >= m.row && r < m.row + m.rowCount);
    const mc = colList.filter((c) => c >= m.col && c < m.col + m.colCount);
    spans.set(`${m.row}:${m.col}`, { rowSpan: mr.length, colSpan: mc.length });
    for (const r of mr)
      for (const c of mc) if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
  }

  const inSelection = (r: number, c: number) =>
    r >= selection.row &&
    r < selection.row + selection.rowCount &&
    c >= selection.col &&
    c < selection.col + selection.colCount;

  // Bring the selected cell into view only when it is out of view, past the sticky headers
  // (scrollIntoView would also scroll a wide merged title sideways under the row numbers).
  useEffect(() => {
    const box = containerRef.current;
    const el = box?.querySelector<HTMLElement>(
      `[data-cell="${toA1(selection.row, selection.col)}"]`
    );
    if (!box || !el) return;
    const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const rowHead = box.querySelector("th.rowhead")?.getBoundingClientRect().width ?? 0;
    const top = el.offsetTop,
      left = el.offsetLeft;
    if (top - head < box.scrollTop) box.scrollTop = Math.max(0, top - head);
    else if (top + el.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top + el.offsetHeight - box.clientHeight;
    if (left - rowHead < box.scrollLeft) box.scrollLeft = Math.max(0, left - rowHead);
    else if (
      left + Math.min(el.offsetWidth, box.clientWidth - rowHead) >
      box.scrollLeft + box.clientWidth
    ) {
      box.scrollLeft = left + Math.min(el.offsetWidth, box.clientWidth - rowHead) - box.clientWidth;
    }
  }, [selection.row, selection.col, sheet]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
    };
    const mv = moves[e.key];
    if (mv) {
      e.preventDefault();
      props.onMove(mv[0], mv[1]);
    } else if (e.key === "F2") {
      e.preventDefault();
      props.onStartEdit(selection.row, selection.col);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      props.onStartEdit(selection.row, selection.col, e.key);
    }
  };

  const header: CSSProperties = { position: "sticky", top: 0, zIndex: 2 };
  const body: ReactElement[] = [];
  for (const r of rowList) {
    const tds: ReactElement[] = [
      <th
        key="h"
        scope="row"
        className={`rowhead${r >= selection.row && r < selection.row + selection.rowCount ? " on" : ""}`}
      >
        {r + 1}
      </th>,
    ];
    for (const c of colList) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const span = spans.get(key);
      const cell = sheet.getCell(r, c);
      const active = r === selection.row && c === selection.col;
      const style: CSSProperties = {};
      if (cell?.font?.bold) style.fontWeight = 600;
      if (cell?.font?.italic) style.fontStyle = "italic";
      if (cell?.font?.color) style.color = cell.font.color;
      if (cell?.fill) style.background = cell.fill;
      const align = cell?.horizontalAlignment;
      if (align === "Center" || align === "CenterAcrossSelection") style.textAlign = "center";
      else if (align === "Right") style.textAlign = "right";
      else if (align === "Left") style.textAlign = "left";
      else if (cell && isNumeric(cell.value)) style.textAlign = "right";
      if (cell?.wrap || span) style.whiteSpace = "normal";
      else if (typeof cell?.value === "string" && !sheet.getCell(r, c + 1)?.value)
        style.overflow = "visible"; // runs over empty neighbours
      const a1 = toA1(r, c);
      const isEditing = editing && editing.row === r && editing.col === c;
      tds.push(
        <td
          key={c}
          data-cell={a1}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={`${inSelection(r, c) ? "sel" : ""}${active ? " active" : ""}`}
          style={style}
          onMouseDown={() => props.onSelect(r, c)}
          onDoubleClick={() => props.onStartEdit(r, c)}
          title={cellTitle(cell)}
        >
          {isEditing ? (
            <input
              className="celledit"
              aria-label={`Sunting sel ${a1}`}
              autoFocus
              value={editing.text}
              onChange={(e) => props.onEditChange(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  props.onCommit("down");
                } else if (e.key === "Tab") {
                  e.preventDefault();
                  props.onCommit("right");
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  props.onCancel();
                }
              }}
              onBlur={() => props.onCommit("none")}
            />
          ) : cell ? (
            displayValue(cell.value, cell.numberFormat)
          ) : (
            ""
          )}
        </td>
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }

  return (
    <div className="grid" ref={containerRef} onKeyDown={onKeyDown}>
      {/* The table is the grid (its rows and cells are the grid's rows and cells); Tab leaves it, as a page's
          widget should (arrows and Enter move within). */}
      <table
        role="grid"
        tabIndex={0}
        aria-label={`Lembar ${sheet.name}, sel terpilih ${toA1(selection.row, selection.col)}`}
        style={{ width: 44 + colList.reduce((a, c) => a + widthPx(sheet, c), 0) }}
      >
        <colgroup>
          <col style={{ width: 44 }} />
          {colList.map((c) => (
            <col key={c} style={{ width: widthPx(sheet, c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th style={{ ...header, left: 0, zIndex: 3 }} className="corner">
              <span className="sr-only">Pojok</span>
            </th>
            {colList.map((c) => (
              <th
                key={c}
                scope="col"
                style={header}
                className={`colhead${c >= selection.col && c < selection.col + selection.colCount ? " on" : ""}`}
              >
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
