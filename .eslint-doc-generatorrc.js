/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
  ],
  ignoreConfig: ["disable-type-checked", "all", "orchestrator-rules"],
  ruleDocSectionInclude: ["Examples"],
  ruleListColumns: ["name", "description", "configsError", "hasSuggestions", "fixable", "requiresTypeChecking"],
  urlConfigs: "https://github.com/dumb-orchestrator/eslint-plugin-dumb-orchestrator#configs",
};
