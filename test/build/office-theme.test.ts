// The task pane entry (src/taskpane/index.tsx) picks Fluent's dark theme from Office's theme colours.
import { isDarkOfficeTheme } from "../../src/taskpane/officeTheme";

test.each([
  ["#FFFFFF", false], // Colorful / White
  ["#E6E6E6", false], // Light Gray
  ["#262626", true], // Dark Gray
  ["#000000", true], // Black
  ["1f1f1f", true],
])("body background %s -> dark %s", (bodyBackgroundColor, dark) => {
  expect(isDarkOfficeTheme({ bodyBackgroundColor })).toBe(dark);
});

test("no theme (outside Office, or a host without the theme API) or an unreadable colour means light", () => {
  expect(isDarkOfficeTheme(undefined)).toBe(false);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: "" })).toBe(false);
  expect(isDarkOfficeTheme({ bodyBackgroundColor: "rgb(0,0,0)" })).toBe(false);
});
