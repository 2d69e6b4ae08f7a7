// expect.closeToPercent(p): a percentage equal to a report's printed, rounded figure (within 0,6 points).
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Expect {
      closeToPercent(printed: number): unknown;
    }
  }
}
expect.extend({
  closeToPercent(received: unknown, printed: number) {
    const pass = typeof received === "number" && Math.abs(received - printed) <= 0.6;
    return {
      pass,
      message: () =>
        `${String(received)} tidak sama dengan angka laporan ${printed}% (toleransi 0,6 poin)`,
    };
  },
});
export {};
