// Whether a package is a macro-enabled workbook (.xlsm): its workbook part's declared content type says
// so. Excel refuses a file whose extension does not match that type, so the writer keeps them together.
import { CONTENT_TYPES, overrideType } from "./content-types";
import { XlsxPackage } from "./zip-package";

export type PackageKind = "xlsx" | "xlsm";

export async function packageKind(bytes: Uint8Array): Promise<PackageKind> {
  const pkg = await XlsxPackage.open(bytes);
  const types = (await pkg.text(CONTENT_TYPES)) ?? "";
  const type = overrideType(types, "xl/workbook.xml") ?? "";
  return /macroEnabled/i.test(type) || pkg.has("xl/vbaProject.bin") ? "xlsm" : "xlsx";
}
