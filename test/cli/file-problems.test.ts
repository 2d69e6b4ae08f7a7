// Files the command line cannot read end with exit 2 and an Indonesian message (no library's English text),
// fast: a FIFO or /dev/zero is refused on stat, before any read.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { storedZip } from "../support/stored-zip";

const tmp = mkdtempSync(join(tmpdir(), "sakip-files-"));
const FIXTURE = resolve(__dirname, "../fixtures/xlsx/diskominfo-pk-2024.xlsx");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Words of English error texts that must never reach the user. */
const ENGLISH =
  /\b(Error|error|Cannot|cannot|Unexpected|invalid|Invalid|ENOENT|EACCES|position|JSON at|end of|signature|Corrupted|central directory)\b/;

function expectRefused(r: { code: number; err: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(pattern);
  expect(r.err.replace(/\S+\.(xlsx|json)\b/g, "")).not.toMatch(ENGLISH);
}

describe("files sakip cannot read", () => {
  test("a zip with no workbook in it", async () => {
    const file = join(tmp, "kosong.xlsx");
    writeFileSync(file, storedZip({ "catatan.txt": "bukan buku kerja" }));
    for (const command of [
      ["check", file],
      ["fill", file, "-o", join(tmp, "o1.xlsx")],
      ["compare", file, "-o", join(tmp, "o2.xlsx")],
    ]) {
      expectRefused(await run(...command), /tanpa buku kerja atau tanpa satu lembar kerja/);
    }
  });

  test("a workbook with no sheet", async () => {
    const file = join(tmp, "tanpa-lembar.xlsx");
    writeFileSync(
      file,
      storedZip({
        "[Content_Types].xml":
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels":
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
          '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
        "xl/_rels/workbook.xml.rels":
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
      })
    );
    expectRefused(await run("check", file), /tanpa satu lembar kerja/);
  });

  test("a password-protected workbook (a CFB container with an EncryptionInfo stream) says so and how to remove it", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.concat([
      header,
      Buffer.alloc(504),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.alloc(64),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(512),
    ]);
    const file = join(tmp, "rahasia.xlsx");
    writeFileSync(file, body);
    const r = await run("check", file);
    expectRefused(r, /dilindungi kata sandi/);
    expect(r.err).toMatch(/Enkripsi dengan Kata Sandi/);
  });

  test("an old .xls saved under an .xlsx name", async () => {
    const file = join(tmp, "lama.xlsx");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(1024),
      ])
    );
    expectRefused(await run("check", file), /format Excel lama \(\.xls\)/);
  });

  test("a broken zip is worded without the library's text", async () => {
    const file = join(tmp, "rusak.xlsx");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])
    );
    expectRefused(await run("check", file), /tidak dapat dibaca sebagai \.xlsx/);
  });

  test("a FIFO named .xlsx and /dev/zero fail at once, as workbook and as settings file", async () => {
    const fifo = join(tmp, "pipa.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expectRefused(await run("check", fifo), /pipa \(FIFO\)/);
    expectRefused(await run("check", "/dev/zero"), /adalah perangkat/);
    const fifoJson = join(tmp, "pipa.json");
    expect(spawnSync("mkfifo", [fifoJson]).status).toBe(0);
    expectRefused(
      await run("check", FIXTURE, "--settings", fifoJson),
      /Berkas pengaturan .* pipa \(FIFO\)/
    );
    expectRefused(
      await run("check", FIXTURE, "--settings", "/dev/zero"),
      /Berkas pengaturan \/dev\/zero adalah perangkat/
    );
  });

  test("a settings file that is not JSON is worded in Indonesian", async () => {
    const file = join(tmp, "pengaturan.json");
    writeFileSync(file, "{ skala: akip");
    expectRefused(await run("check", FIXTURE, "--settings", file), /bukan JSON yang sah/);
  });
});

describe("a used range past Excel's response limit", () => {
  test("content at A1 and XFD1048576: exit 2 with what to do, for check and portable", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lembar1");
    ws.getCell("A1").value = "No";
    ws.getCell("XFD1048576").value = 2;
    const file = join(tmp, "terlalu-luas.xlsx");
    await wb.xlsx.writeFile(file);
    expectRefused(await run("check", file), /terlalu luas untuk dibaca sekaligus/);
    expectRefused(await run("portable", file, "-o", join(tmp, "biasa.xlsx")), /terlalu luas/);
  });
});
