// `npm run lint` (after tsc): typescript-eslint's recommended rules, Microsoft's Office add-in rules
// (eslint-plugin-office-addins, the rules of the yo-office `office-addin-lint` set-up: load before read, sync
// before read, no sync in loops, no empty load, isNullObject tests) and React's hooks rules. Without the
// plugin's Prettier rule: formatting is another tool's job.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  {
    ignores: [
      ".cache/**",
      "dist/**",
      "node_modules/**",
      "test-output/**",
      "coverage/**",
      "**/*.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    // The Office rules where code talks to Excel through office.js. Not the in-memory Excel (its own
    // implementation, and the demo grid reading its model) nor ExcelJS code (their `cell.value` is no office.js
    // proxy), nor the tests that read an unloaded property on purpose to see PropertyNotLoaded.
    files: ["src/{excel,app,taskpane,commands,functions,cli}/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Node scripts and configs written as CommonJS.
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
