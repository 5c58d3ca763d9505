// Compiled by `npm run typecheck`: a user's eslint.config.ts must type-check with ESLint's own
// defineConfig, in both ways users write it.
import { defineConfig } from "eslint/config";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";

export const withExtends = defineConfig({ extends: [dumbOrchestrator.configs.recommended] });

export const spread = defineConfig(
  ...dumbOrchestrator.configs.strict,
  { files: ["**/*.js"], extends: [dumbOrchestrator.configs["disable-type-checked"]] },
  { plugins: { "dumb-orchestrator": dumbOrchestrator }, rules: { "dumb-orchestrator/exhaustive-switch": ["error", { defaultCase: "allow" }] } },
);
