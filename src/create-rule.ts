import { ESLintUtils } from "@typescript-eslint/utils";
import { PACKAGE_VERSION, REPOSITORY_URL } from "./package-meta.js";

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

/** The rule's page at the released version's tag, so a link never describes behaviour the installed version lacks. */
export function ruleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/v${PACKAGE_VERSION}/docs/rules/${ruleName}.md`;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(ruleDocsUrl);
