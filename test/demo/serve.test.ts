// The demo server survives any request: malformed URLs, other methods, other Hosts (DNS rebinding).
import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDemo } from "../../src/demo/serve";

let server: Server;
let port: number;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-demo-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>demo</title>");
  server = await serveDemo(dir, 0);
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

function send(path: string, options: { method?: string; host?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (done, fail) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path,
          method: options.method ?? "GET",
          headers: { host: options.host ?? `localhost:${port}` },
        },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
        }
      );
      req.on("error", fail);
      req.end();
    }
  );
}

describe("demo server", () => {
  test("serves the page with a Content-Security-Policy and nosniff, to localhost and 127.0.0.1", async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const r = await send("/", { host });
      expect(r.status).toBe(200);
      expect(r.body).toContain("<title>demo</title>");
      expect(r.headers["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(r.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  test("a malformed URL gets 400 and the server keeps serving", async () => {
    const bad = await send("/%E0%A4%A");
    expect(bad.status).toBe(400);
    expect(bad.headers["x-content-type-options"]).toBe("nosniff");
    expect((await send("/index.html")).status).toBe(200);
  });

  test("only GET and HEAD: other methods get 405 with Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const r = await send("/", { method });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe("GET, HEAD");
    }
    const head = await send("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });

  test("a Host other than localhost or 127.0.0.1 with the port is refused", async () => {
    for (const host of [
      "evil.example",
      `evil.example:${port}`,
      "localhost",
      `localhost:${port + 1}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      expect((await send("/", { host })).status).toBe(403);
    }
  });

  test("paths outside the folder are refused or not found", async () => {
    expect([403, 404]).toContain((await send("/../../etc/passwd")).status);
    expect([403, 404]).toContain((await send("/%2e%2e/%2e%2e/etc/passwd")).status);
    expect((await send("/missing.js")).status).toBe(404);
  });
});
