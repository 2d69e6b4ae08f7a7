// `npm run demo`: builds the demo page with webpack.demo.js and serves it on 127.0.0.1:3100 only.
// `--build-only` builds and exits; `--port N` picks another port. Node's http, no other server.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import webpack from "webpack";

const ROOT = resolve(__dirname, "../..");
export const DEMO_DIR = join(ROOT, "out/demo");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function buildDemo(outputPath = DEMO_DIR): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, "webpack.demo.js")) as (env: Record<string, unknown>) => webpack.Configuration;
  const compiler = webpack(makeConfig({ outputPath }));
  await new Promise<void>((done, fail) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** Serves `dir` on 127.0.0.1 (never on other interfaces). */
export function serveDemo(dir = DEMO_DIR, port = 3100): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "") || "index.html";
      const file = join(dir, rel);
      if (!file.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
        res.end(body);
      } catch {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Tidak ada berkas ${url.pathname}`);
      }
    })();
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done(server));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.indexOf("--port");
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 3100;
  console.log("Membangun halaman demo (webpack.demo.js)…");
  await buildDemo();
  console.log(`Selesai: ${DEMO_DIR}`);
  if (args.includes("--build-only")) return;
  try {
    await serveDemo(DEMO_DIR, port);
  } catch (e: unknown) {
    const code = (e as { code?: string }).code;
    console.error(code === "EADDRINUSE"
      ? `Port ${port} sudah dipakai program lain. Tutup program itu atau jalankan: npm run demo -- --port 3101`
      : `Server demo tidak dapat dimulai: ${String(e)}`);
    process.exit(1);
  }
  console.log(`Demo SAKIP berjalan di http://localhost:${port}/ (alamat 127.0.0.1, hanya dari komputer ini). Tekan Ctrl+C untuk berhenti.`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`Demo gagal dibangun: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
