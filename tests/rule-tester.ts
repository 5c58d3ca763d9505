import { RuleTester } from "@typescript-eslint/rule-tester";
import { fileURLToPath } from "node:url";
import { afterAll, describe, it } from "vitest";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A real typed program: tests/fixtures/tsconfig.json, whose file.ts each test case replaces. */
export const fixturesDirectory = fileURLToPath(new URL("fixtures/", import.meta.url));

export function createRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fixturesDirectory,
      },
    },
    ...(settings ? { settings } : {}),
  });
}
