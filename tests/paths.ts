/** Where the tests find the example project and the tools they run, and what the docs links must be. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const exampleDirectory = fileURLToPath(new URL("../examples/payments/", import.meta.url));

/** The installed ESLint CLI, as `npx eslint` would run it. */
export const eslintBin = (() => {
  const packageJson = require.resolve("eslint/package.json");
  return join(dirname(packageJson), (require(packageJson) as { bin: { eslint: string } }).bin.eslint);
})();

/** The installed `vscode-eslint-language-server` (VS Code's and Neovim's ESLint server). */
export const languageServerBin = join(
  dirname(require.resolve("vscode-langservers-extracted/package.json")),
  "bin",
  "vscode-eslint-language-server",
);

/** The docs page every rule's `meta.docs.url`, SARIF `helpUri` and editor link must point to. */
export function expectedDocsUrl(rule: string): string {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return `https://github.com/dumb-orchestrator/eslint-plugin-dumb-orchestrator/blob/v${version}/docs/rules/${rule}.md`;
}
