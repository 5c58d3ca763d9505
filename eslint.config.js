// Lints this repository's own sources; the example project has its own config (examples/payments).
import { defineConfig, globalIgnores } from "eslint/config";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "examples/", "tests/fixtures/", "tests/fixtures-compose/", "tests/.generated/", "bench/corpus/"]),
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["rules/**/*.ts"],
    extends: [eslintPlugin.configs["rules-recommended"]],
    rules: {
      "eslint-plugin/require-meta-schema-description": "error",
      "eslint-plugin/require-meta-default-options": "error",
      "eslint-plugin/prefer-placeholders": "error",
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Require|Disallow|Enforce|Report)" }],
    },
  },
  {
    files: ["tests/rules/**/*.ts"],
    extends: [eslintPlugin.configs["tests-recommended"]],
    settings: { "eslint-plugin": { ruleTesterConstructors: ["RuleTester", "createRuleTester"] } },
    rules: {
      "eslint-plugin/require-test-case-name": ["error", { require: "always" }],
      "eslint-plugin/unique-test-case-names": "error",
      "eslint-plugin/require-test-error-positions": "error",
    },
  },
);
