/**
 * The flat configs of PATTERN.md §4, derived from each rule's `meta.docs` — never hand-listed — so
 * that a new rule file is enough to join them.
 */
import * as typescriptParser from "@typescript-eslint/parser";
import type { ESLint, Linter } from "eslint";
import type { PluginDocs, RecommendedScope } from "./create-rule.js";
import { PLUGIN_NAMESPACE } from "./package-meta.js";

// ESLint's own types, not typescript-eslint's, so that the configs type-check in a user's
// eslint.config.ts passed to ESLint's defineConfig().
type FlatConfig = Linter.Config;
type RuleWithDocs = { readonly meta: { readonly docs?: PluginDocs } };

const TYPESCRIPT_EXTENSIONS = ["ts", "tsx", "mts", "cts"] as const;

/** Every TypeScript file. */
export const TYPESCRIPT_FILES = TYPESCRIPT_EXTENSIONS.map((extension) => `**/*.${extension}`);

/** The orchestrator files of PATTERN.md §1: service folders and orchestrator modules. */
export const ORCHESTRATOR_FILES = TYPESCRIPT_EXTENSIONS.flatMap((extension) => [
  `**/service/**/*.${extension}`,
  `**/services/**/*.${extension}`,
  `**/orchestrator.${extension}`,
  `**/*.orchestrator.${extension}`,
]);

const FILES_BY_SCOPE: Record<RecommendedScope, string[]> = {
  "all-files": TYPESCRIPT_FILES,
  "orchestrator-files": ORCHESTRATOR_FILES,
};

type Strictness = "recommended" | "strict";

function ruleEntries(
  rules: Readonly<Record<string, RuleWithDocs>>,
  scope: RecommendedScope,
  strictness: Strictness,
): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (docs?.recommended !== scope) continue;
    const strictOptions = strictness === "strict" ? docs.strictOptions : undefined;
    entries[`${PLUGIN_NAMESPACE}/${name}`] = strictOptions ? ["error", ...strictOptions] : "error";
  }
  return entries;
}

function scopedConfigs(
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
  strictness: Strictness,
): FlatConfig[] {
  const setup: FlatConfig = {
    name: `${PLUGIN_NAMESPACE}/${strictness}`,
    files: TYPESCRIPT_FILES,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    languageOptions: {
      parser: typescriptParser,
      parserOptions: { projectService: true },
    },
  };
  const scoped = (Object.keys(FILES_BY_SCOPE) as RecommendedScope[])
    .map((scope): FlatConfig => ({
      name: `${PLUGIN_NAMESPACE}/${strictness}/${scope}`,
      files: FILES_BY_SCOPE[scope],
      rules: ruleEntries(rules, scope, strictness),
    }))
    .filter((config) => Object.keys(config.rules ?? {}).length > 0);
  return [setup, ...scoped];
}

export function createConfigs(plugin: ESLint.Plugin, rules: Readonly<Record<string, RuleWithDocs>>) {
  return {
    recommended: scopedConfigs(plugin, rules, "recommended"),
    strict: scopedConfigs(plugin, rules, "strict"),
    "disable-type-checked": {
      name: `${PLUGIN_NAMESPACE}/disable-type-checked`,
      rules: Object.fromEntries(Object.keys(rules).map((name) => [`${PLUGIN_NAMESPACE}/${name}`, "off"])),
    } satisfies FlatConfig,
  };
}
