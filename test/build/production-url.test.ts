// A production build needs the address where dist/ is hosted: without it the build stops and says how to
// give it, instead of writing a manifest that points at a placeholder host someone could deploy as is.
type Config = (env?: Record<string, string>, argv?: { mode?: string }) => Promise<{ mode: string }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
const config = require("../../webpack.config.js") as Config;

describe("webpack.config.js production URL", () => {
  const saved = process.env.SAKIP_URL_PROD;
  afterEach(() => {
    if (saved === undefined) delete process.env.SAKIP_URL_PROD;
    else process.env.SAKIP_URL_PROD = saved;
  });

  test("no URL: the production build fails with how to set it", async () => {
    delete process.env.SAKIP_URL_PROD;
    await expect(config({}, { mode: "production" })).rejects.toThrow(
      /SAKIP_URL_PROD=https:\/\/.*npm run build.*--env urlProd=/
    );
  });

  test("a URL from SAKIP_URL_PROD or --env urlProd is taken; a development build needs none", async () => {
    delete process.env.SAKIP_URL_PROD;
    await expect(
      config({ urlProd: "https://sakip.contoh.go.id/" }, { mode: "production" })
    ).resolves.toMatchObject({ mode: "production" });
    process.env.SAKIP_URL_PROD = "https://sakip.contoh.go.id/addin/";
    await expect(config({}, { mode: "production" })).resolves.toMatchObject({ mode: "production" });
    delete process.env.SAKIP_URL_PROD;
    await expect(config({}, { mode: "development" })).resolves.toMatchObject({
      mode: "development",
    });
    await expect(
      config({ urlProd: "http://tanpa-tls.go.id/" }, { mode: "production" })
    ).rejects.toThrow(/https/);
  });
});
