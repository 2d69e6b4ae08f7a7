// Shared by the e2e suites: build the demo, serve it on 127.0.0.1, open it in Debian's Chromium with
// no network beyond that server, and poll the page while it updates.
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildDemo, serveDemo } from "../../src/demo/serve";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** `origin` is "http://127.0.0.1:PORT". */
export interface DemoPage {
  server: Server;
  browser: Browser;
  page: Page;
  origin: string;
}

/** Builds and serves the demo, opens it at 1440x900 in the light theme; `name` keeps builds apart. */
export async function openDemoPage(name: string, acceptDownloads = false): Promise<DemoPage> {
  const dir = join(tmpdir(), `sakip-${name}-e2e-${process.pid}`);
  await buildDemo(dir);
  const server = await serveDemo(dir, 0);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads });
  // No network: anything not on our 127.0.0.1 server is refused.
  await page.route("**/*", (route) =>
    route.request().url().startsWith("http://127.0.0.1:") ? route.continue() : route.abort()
  );
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  await page.goto(`${origin}/?theme=light`);
  return { server, browser, page, origin };
}

export async function closeDemoPage(demo: DemoPage | undefined): Promise<void> {
  await demo?.browser.close();
  await new Promise<void>((done) => (demo ? demo.server.close(() => done()) : done()));
}

/** Polls until `read` gives what `ok` accepts (the page updates asynchronously), then returns it. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 20_000
): Promise<T> {
  const end = Date.now() + timeout;
  let last = await read();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
