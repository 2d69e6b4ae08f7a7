// `npm run demo`: builds the demo page with webpack.demo.js and serves it on 127.0.0.1:3100 only.
// `--build-only` builds and exits; `--port N` picks another port. Node's http, no other server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
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
  const makeConfig = require(join(ROOT, "webpack.demo.js")) as (
    env: Record<string, unknown>
  ) => webpack.Configuration;
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

/**
 * The page loads only its own files: scripts from this server, styles from this server or injected by
 * Fluent UI (Griffel writes <style> elements, hence 'unsafe-inline' for styles only), workbooks opened
 * and downloaded as blob: URLs. No network, no frames, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/** The Host a browser on this computer sends: localhost or 127.0.0.1 with the server's port (no DNS rebinding). */
function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `localhost:${port}` || h === `127.0.0.1:${port}`;
}

function send(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
  head = false
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": "text/plain; charset=utf-8",
    ...extra,
  });
  res.end(head ? undefined : text);
}

/** Serves `dir` on 127.0.0.1 (never on other interfaces), GET and HEAD only, to a Host of localhost or 127.0.0.1. */
export function serveDemo(dir = DEMO_DIR, port = 3100): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "Kesalahan di server demo.");
      else res.destroy();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = server.address();
    const ownPort = typeof address === "object" && address ? address.port : port;
    const head = req.method === "HEAD";
    if (req.method !== "GET" && !head) {
      send(res, 405, "Hanya GET dan HEAD.", { allow: "GET, HEAD" });
      return;
    }
    if (!hostAllowed(req.headers.host, ownPort)) {
      send(
        res,
        403,
        `Buka demo lewat http://localhost:${ownPort}/ atau http://127.0.0.1:${ownPort}/.`,
        {},
        head
      );
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      send(res, 400, "Alamat tidak sah.", {}, head);
      return;
    }
    const rel = normalize(pathname).replace(/^([/\\])+/, "") || "index.html";
    const file = join(root, rel);
    if (!file.startsWith(root + sep) || pathname.includes("\0")) {
      send(res, 403, "Tidak boleh.", {}, head);
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      send(res, 404, `Tidak ada berkas ${pathname}`, {}, head);
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": String(body.length),
    });
    res.end(head ? undefined : body);
  }
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
    console.error(
      code === "EADDRINUSE"
        ? `Port ${port} sudah dipakai program lain. Tutup program itu atau jalankan: npm run demo -- --port 3101`
        : `Server demo tidak dapat dimulai: ${String(e)}`
    );
    process.exit(1);
  }
  console.log(
    `Demo SAKIP berjalan di http://localhost:${port}/ (alamat 127.0.0.1, hanya dari komputer ini). Tekan Ctrl+C untuk berhenti.`
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`Demo gagal dibangun: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
