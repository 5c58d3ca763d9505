/**
 * typescript-eslint's parser, with one fallback: a root `eslint.config.ts` that no `tsconfig.json`
 * includes is parsed without type information instead of failing with "not found by the project
 * service". The plugin's rules are off for such config files; every other file is parsed as is.
 */
import * as typescriptParser from "@typescript-eslint/parser";
import { basename } from "node:path";
import { PACKAGE_NAME, PACKAGE_VERSION } from "./package-meta.js";

type ParserOptions = NonNullable<Parameters<typeof typescriptParser.parseForESLint>[1]>;
type ParseResult = ReturnType<typeof typescriptParser.parseForESLint>;

/** ESLint's own config files, written in TypeScript. */
export const ESLINT_CONFIG_FILES = ["**/eslint.config.ts", "**/eslint.config.mts", "**/eslint.config.cts"];

const ESLINT_CONFIG_NAME = /^eslint\.config\.[cm]?ts$/u;

function isConfigFileOutsideProjects(error: unknown, filePath: string | undefined): boolean {
  return (
    filePath !== undefined &&
    ESLINT_CONFIG_NAME.test(basename(filePath)) &&
    error instanceof Error &&
    error.message.includes("was not found by the project service")
  );
}

export const parser = {
  meta: { name: `${PACKAGE_NAME}/parser`, version: PACKAGE_VERSION },
  parseForESLint(code: string, options?: ParserOptions): ParseResult {
    try {
      return typescriptParser.parseForESLint(code, options);
    } catch (error) {
      if (!isConfigFileOutsideProjects(error, options?.filePath)) throw error;
      return typescriptParser.parseForESLint(code, { ...options, projectService: false, project: undefined });
    }
  },
};
