import { ESLintUtils } from "@typescript-eslint/utils";
import { REPOSITORY_URL } from "./package-meta.js";

/** Which files the `recommended` config turns a rule on for (PATTERN.md §4). */
export type RecommendedScope = "all-files" | "orchestrator-files";

export interface PluginDocs {
  readonly description: string;
  readonly recommended: RecommendedScope;
  /** Every rule of this plugin asks the type checker. */
  readonly requiresTypeChecking: true;
  /** The options the `strict` config sets, when they differ from the defaults. */
  readonly strictOptions?: readonly unknown[];
}

export function ruleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(ruleDocsUrl);
