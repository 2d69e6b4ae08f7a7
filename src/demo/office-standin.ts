// A tiny `Office` for the demo page: enough for code that waits on Office.onReady or reads the theme.
// The real office.js is never loaded here (no network).

interface OfficeStandIn {
  onReady: (
    cb?: (info: { host: string; platform: string }) => void
  ) => Promise<{ host: string; platform: string }>;
  HostType: { Excel: string };
  PlatformType: { OfficeOnline: string };
  context: { displayLanguage: string; officeTheme: { bodyBackgroundColor: string } };
}

export function installOfficeStandIn(dark: boolean): void {
  const info = { host: "Excel", platform: "OfficeOnline" };
  const office: OfficeStandIn = {
    onReady: (cb) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: "id-ID",
      officeTheme: { bodyBackgroundColor: dark ? "#262626" : "#ffffff" },
    },
  };
  (globalThis as unknown as { Office: OfficeStandIn }).Office = office;
}
