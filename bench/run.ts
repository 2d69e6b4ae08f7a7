// npm run bench: a million capaian calls against the bare arithmetic r / t, and the ratio.
// A script, not a test: timings vary with the machine and do not belong in jest.
import { capaian, capaianAngka } from "../src/engine/index";
import { benchBigWorkbooks } from "./big-workbook";

const N = 1_000_000;
// Realistic inputs from the seeds, prepared once so the loop measures the calls, not the setup.
const targets = [73, 3.36, 83, 94, 98.05, 61, 11.8, 30.2, 41.7, 6.1, 76.66, 83.35, 78.05];
const realisasi = [
  74.52, 2.6671, 83.3, 90, 100, 60.81, 11.47, 30.25, 33.38, 5.44, 76.72, 83.77, 75.76,
];
const texts = [
  "73,00",
  "3,36",
  "83 (B)",
  "94,00",
  "98,05",
  "61,00",
  "11,80",
  "30,20",
  "41,70",
  "6,10",
  "76,66",
  "83,35",
  "78,05",
];
const m = targets.length;

function time(label: string, f: () => number): { ms: number; sink: number } {
  f(); // warm up the JIT on the same code
  const t0 = process.hrtime.bigint();
  const sink = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms   (${((ms * 1e6) / N).toFixed(1)} ns/call)`
  );
  return { ms, sink };
}

const bare = time("bare r / t", () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += realisasi[i % m] / targets[i % m];
  return s;
});
const core = time("capaianAngka(t, r, 'higher')", () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += capaianAngka(targets[i % m], realisasi[i % m], "higher");
  return s;
});
const numbers = time("capaian(t, r) on numbers", () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += capaian(targets[i % m], realisasi[i % m]);
  return s;
});
const text = time("capaian(text, r, 'turun')", () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += capaian(texts[i % m], realisasi[i % m], "turun");
  return s;
});

// Same sums prove the loops did the same work and keep the optimizer from dropping them.
if (
  Math.abs(bare.sink - numbers.sink) > 1e-6 * Math.abs(bare.sink) ||
  Math.abs(bare.sink - core.sink) > 1e-6 * Math.abs(bare.sink)
) {
  throw new Error("capaian and r / t disagree");
}
console.log(`\nratio capaian(t, r) / bare r / t: ${(numbers.ms / bare.ms).toFixed(1)}x`);
console.log(`ratio capaianAngka / bare:        ${(core.ms / bare.ms).toFixed(1)}x`);
console.log(
  `ratio capaian on text / bare:     ${(text.ms / bare.ms).toFixed(1)}x   (sink ${text.sink.toFixed(0)})`
);

// Part 2: peak memory on big and far-corner workbooks against ExcelJS's own read (bench/big-workbook.ts).
void benchBigWorkbooks();
