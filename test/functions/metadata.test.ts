// functions.json as custom-functions-metadata-plugin generates it from the JSDoc of functions.ts.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { SAKIP_FUNCTION_NAMES } from "../../src/functions/core";
import { FUNCTIONS_EN, localizeMetadata } from "../../src/functions/locale-en";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string };
}

let functions: Fn[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.join(__dirname, "../../src/functions/functions.ts")
  );
  errors = result.errors;
  functions = result.metadataJson
    ? (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions
    : [];
});

test("the JSDoc has no errors for the generator", () => {
  expect(errors).toEqual([]);
});

test("every SAKIP function is there, id and name in upper case", () => {
  expect(functions.map((f) => f.id).sort()).toEqual([...SAKIP_FUNCTION_NAMES].sort());
  for (const f of functions) expect(f.name).toBe(f.id);
});

test("every function and parameter has an Indonesian description", () => {
  for (const f of functions) {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
  }
});

test("parameters, optional ones and ranges as Excel must see them", () => {
  const sig = Object.fromEntries(
    functions.map((f) => [
      f.id,
      f.parameters.map(
        (p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[][]" : ""}`
      ),
    ])
  );
  expect(sig).toEqual({
    CAPAIAN: ["target", "realisasi", "arah?", "batas?"],
    PREDIKAT: ["nilai", "skala?[][]"],
    SERAPAN: ["pagu", "realisasi"],
    SISA: ["pagu", "realisasi"],
    EFISIENSI: ["capaian", "serapan", "metode?"],
    RATA_CAPAIAN: ["rentang[][]"],
    ARAH: ["indikator"],
    ANGKA: ["teks"],
  });
  // text numbers must reach the engine: value parameters are "any", not "number"
  const capaian = functions.find((f) => f.id === "CAPAIAN") as Fn;
  expect(capaian.parameters[0].type).toBe("any");
  expect(capaian.result.type).toBe("number");
  expect((functions.find((f) => f.id === "PREDIKAT") as Fn).result.type).toBe("string");
});

test("the English localization covers every function and parameter, keeping ids, names and shapes", () => {
  const en = localizeMetadata({ functions });
  expect(en.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(
    functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])
  );
  for (const f of functions) {
    const t = FUNCTIONS_EN[f.id as keyof typeof FUNCTIONS_EN];
    expect(t).toBeDefined();
    expect(Object.keys(t.parameters).sort()).toEqual(f.parameters.map((p) => p.name).sort());
  }
  const capaian = en.functions.find((f) => f.id === "CAPAIAN") as Fn;
  expect(capaian.description).toMatch(/^Performance achievement/);
  expect(capaian.parameters[2]).toMatchObject({ name: "arah", optional: true, type: "string" });
  expect(capaian.parameters[2].description).toMatch(/Direction/);
});

test("error arguments are left to Excel: no parameter asks for allowErrorForDataTypeAny", () => {
  // Excel then does not call the function with an error argument and shows that error itself, as its own
  // functions do (=SAKIP.CAPAIAN(#DIV/0!;5) is #DIV/0!); the in-memory Excel does the same (excel-limits.test.ts).
  for (const f of functions) {
    expect(
      f.parameters.filter(
        (p) => (p as { allowErrorForDataTypeAny?: boolean }).allowErrorForDataTypeAny
      )
    ).toEqual([]);
  }
  expect(
    (functions as unknown as { options?: { allowErrorForDataTypeAny?: boolean } }[]).some(
      (f) => f.options?.allowErrorForDataTypeAny
    )
  ).toBe(false);
});
