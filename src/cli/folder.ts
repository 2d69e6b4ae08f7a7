// The workbooks of a folder and its subfolders (.xlsx, .xlsm), in a stable order, for `check` and `report`.
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/** Excel's own "~$Name.xlsx" owner files of open workbooks are not workbooks. */
const isWorkbook = (name: string): boolean =>
  /^\.xls[xm]$/i.test(extname(name)) && !name.startsWith("~$");

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Files under `folder`, sorted by path; hidden folders and linked folders are not entered (no loops). */
export function workbooksIn(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a subfolder we may not read: its files are simply not found
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith(".")) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if ((e.isFile() || e.isSymbolicLink()) && isWorkbook(e.name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** Command-line inputs: files as given, folders replaced by their workbooks. */
export function expandInputs(paths: string[]): { files: string[]; fromFolder: Set<string> } {
  const files: string[] = [];
  const fromFolder = new Set<string>();
  for (const p of paths) {
    if (!isFolder(p)) {
      files.push(p);
      continue;
    }
    for (const f of workbooksIn(p)) {
      files.push(f);
      fromFolder.add(f);
    }
  }
  return { files, fromFolder };
}
