// How much one read may ask of Excel: Excel on the web refuses a response past 5 MB and a merged-areas
// question past 512 areas ("Resource limits and performance optimization for Office Add-ins", Excel data
// transfer limits; Range.getMergedAreasOrNullObject). Pure arithmetic, so the plan is tested without Excel.

/** Rows [row, row + rowCount) and columns [col, col + colCount) of one sheet, 0-based. */
export interface Block {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * Bytes one cell costs in the response, values + text + numberFormat (+ formulas), as JSON: measured on
 * SIPD exports and the seed reports (numbers with formats, short text) at 35-55 bytes; long indicator names
 * cost more, so blocks aim at half the limit and a block that still overflows is split (read-workbook.ts).
 */
export function bytesPerCell(withFormulas: boolean): number {
  return withFormulas ? 60 : 45;
}

/** Half of Excel's 5 MB: room for cells heavier than the estimate. */
export const RESPONSE_BUDGET_BYTES = 2_500_000;

/** Cells one response may carry under the budget. */
export function cellBudget(withFormulas: boolean): number {
  return Math.floor(RESPONSE_BUDGET_BYTES / bytesPerCell(withFormulas));
}

/** Columns assumed for a sheet whose width is not known yet (the first, speculative pass). */
const ASSUMED_COLUMNS = 40;

/** Rows of each sheet the first pass reads before the used ranges are known: all of a small workbook. */
export function firstPassRows(sheetCount: number, withFormulas: boolean): number {
  return Math.max(
    1,
    Math.floor(cellBudget(withFormulas) / Math.max(1, sheetCount) / ASSUMED_COLUMNS)
  );
}

/** Cuts the rows [fromRow, used end) of a used range into blocks of at most `cells` cells each. */
export function blocksOf(
  sheet: string,
  used: { row: number; col: number; rowCount: number; colCount: number },
  fromRow: number,
  cells: number
): Block[] {
  const end = used.row + used.rowCount;
  const start = Math.max(fromRow, used.row);
  const rowsPerBlock = Math.max(1, Math.floor(cells / Math.max(1, used.colCount)));
  const out: Block[] = [];
  for (let row = start; row < end; row += rowsPerBlock) {
    out.push({
      sheet,
      row,
      col: used.col,
      rowCount: Math.min(rowsPerBlock, end - row),
      colCount: used.colCount,
    });
  }
  return out;
}

/** Packs blocks into round trips of at most `cells` cells each, in order. */
export function packBlocks(blocks: Block[], cells: number): Block[][] {
  const trips: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const b of blocks) {
    const n = b.rowCount * b.colCount;
    if (current.length > 0 && size + n > cells) {
      trips.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += n;
  }
  if (current.length > 0) trips.push(current);
  return trips;
}

/** Two halves of a block, by rows (a block of one row cannot be split). */
export function splitBlock(b: Block): [Block, Block] | null {
  if (b.rowCount < 2) return null;
  const half = Math.floor(b.rowCount / 2);
  return [
    { ...b, rowCount: half },
    { ...b, row: b.row + half, rowCount: b.rowCount - half },
  ];
}
