// First: a TypeScript without a usable compiler API fails here with what to install, not deep inside a parser.
import "./typescript-version.js";
import type { ESLint } from "eslint";
import { createConfigs } from "./configs.js";
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_NAMESPACE } from "./package-meta.js";
import { rules as typedRules } from "./rules.js";

// typescript-eslint's rule types are not assignable to ESLint's own, though the objects are what
// ESLint expects; the intersection keeps our rules' typed meta and satisfies ESLint's Plugin type.
const rules = typedRules as typeof typedRules & NonNullable<ESLint.Plugin["rules"]>;

const plugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: PLUGIN_NAMESPACE },
  rules,
} satisfies ESLint.Plugin;

// The configs' `plugins` entry is this very object, so a user who also lists the plugin under
// `plugins` in their own config does not define it twice.
const dumbOrchestrator = Object.assign(plugin, { configs: createConfigs(plugin, typedRules) });

export default dumbOrchestrator;
export type { PatternSettings } from "./settings.js";
// `require("eslint-plugin-dumb-orchestrator")` from an eslint.config.cjs returns the plugin itself, not the module namespace.
export { dumbOrchestrator as "module.exports" };
