#!/usr/bin/env node
// `npm start` / `npm stop`: sideloading needs office-addin-debugging, which brings keytar, a native module that
// builds against libsecret. It stays out of the project's dependencies so that `npm install` / `npm ci` work on a
// machine with Node and npm only; it is fetched here, when someone actually sideloads.
import { spawnSync } from "node:child_process";

const verb = process.argv[2] === "stop" ? "stop" : "start";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const result = spawnSync(
  npx,
  ["--yes", "office-addin-debugging@^7", verb, "manifest.xml", ...process.argv.slice(3)],
  {
    stdio: "inherit",
    shell: process.platform === "win32",
  }
);
if (result.status !== 0) {
  console.error(
    [
      "",
      `npm ${verb} gagal. office-addin-debugging (alat sideload Microsoft) butuh jaringan ke registry npm dan,`,
      "di Linux, pustaka libsecret serta kompiler untuk modul keytar (Debian/Ubuntu: apt-get install libsecret-1-dev g++).",
      "Tanpa itu, Excel di web tetap bisa: npm run dev-server, lalu Home > Add-ins > Upload My Add-in > manifest.xml.",
    ].join("\n")
  );
}
process.exit(result.status ?? 1);
