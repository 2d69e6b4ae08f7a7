// Office tells the pane its theme only as colours; the pane only needs "dark or not" to pick a Fluent theme.

/** True when Office's body background is dark (relative luminance below one half). */
export function isDarkOfficeTheme(
  theme: Pick<Office.OfficeTheme, "bodyBackgroundColor"> | undefined
): boolean {
  const hex = theme?.bodyBackgroundColor?.trim().replace(/^#/, "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The current Office theme, or undefined outside Office or on hosts without the theme API. */
export function currentOfficeTheme(): Office.OfficeTheme | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}
