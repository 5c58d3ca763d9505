// The whole setup a user writes: extend the plugin's recommended config.
import { defineConfig } from "eslint/config";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";

export default defineConfig({ extends: [dumbOrchestrator.configs.recommended] });
