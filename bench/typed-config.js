/**
 * The flat config every benchmark corpus starts from: the .ts files under its src/, typed by
 * `parserOptions` (a tsconfig or the project service), with the plugin registered and its default
 * settings.
 */
import * as typescriptParser from "@typescript-eslint/parser";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";

export function typedSourceConfig(directory, parserOptions) {
  return {
    files: ["src/**/*.ts"],
    languageOptions: { parser: typescriptParser, parserOptions: { tsconfigRootDir: directory, ...parserOptions } },
    plugins: { "dumb-orchestrator": dumbOrchestrator },
  };
}
