import type { TSESLint } from "@typescript-eslint/utils";
import { createConfigs } from "./configs.js";
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_NAMESPACE } from "./package-meta.js";
import { rules } from "./rules.js";

const plugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: PLUGIN_NAMESPACE },
  rules,
} satisfies TSESLint.FlatConfig.Plugin;

// The configs' `plugins` entry is this very object, so a user who also lists the plugin under
// `plugins` in their own config does not define it twice.
const dumbOrchestrator = Object.assign(plugin, { configs: createConfigs(plugin, rules) });

export default dumbOrchestrator;
export type { PatternSettings } from "./settings.js";
