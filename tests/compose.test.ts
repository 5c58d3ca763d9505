// PATTERN.md §4, "Configs compose with what a user already has": typescript-eslint's typed config and
// a user's own projectService options, before or after ours; a root eslint.config.ts outside every tsconfig.
import { ESLint, type Linter } from "eslint";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { join } from "node:path";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const directory = join(import.meta.dirname, "fixtures-compose");
const { recommended } = dumbOrchestrator.configs;
/** What typescript-eslint's docs have users write for files outside their tsconfig. */
const usersProjectService: Linter.Config = {
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["tools/*.ts"] }, tsconfigRootDir: directory } },
};
const typescriptEslint = tseslint.configs.recommendedTypeChecked as Linter.Config[];

async function lint(config: Linter.Config[], file: string) {
  const [result] = await new ESLint({ cwd: directory, overrideConfigFile: true, baseConfig: config }).lintFiles([file]);
  return result!.messages.map((message) => (message.fatal ? `fatal: ${message.message}` : message.ruleId));
}

describe("configs that compose", () => {
  it.each([
    ["after", [...typescriptEslint, usersProjectService, ...recommended]],
    ["before", [...recommended, ...typescriptEslint, usersProjectService]],
  ])("recommended %s typescript-eslint's typed config keeps the user's allowDefaultProject", async (_, config) => {
    expect(await lint(config, "tools/seed.service.ts")).toEqual(["dumb-orchestrator/exhaustive-switch"]);
    expect(await lint(config, "src/services/payment.service.ts")).toEqual(["dumb-orchestrator/exhaustive-switch"]);
  });

  it("a root eslint.config.ts outside every tsconfig is not a parse error", async () => {
    expect(await lint([...recommended], "eslint.config.ts")).toEqual([]);
  });

  it("typescript-eslint's typed rules still get type information on eslint.config.ts when the user allows it", async () => {
    const allowConfigFile: Linter.Config = {
      languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["eslint.config.ts"] }, tsconfigRootDir: directory } },
    };
    const config = [...typescriptEslint, allowConfigFile, ...recommended, { rules: { "@typescript-eslint/no-unnecessary-type-assertion": "error" } }];
    expect(await lint(config as Linter.Config[], "eslint.config.ts")).toEqual([]);
  });
});
