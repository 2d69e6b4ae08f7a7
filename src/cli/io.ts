// Where the command line writes: injected so a test can capture it; process streams in main.ts.
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}
