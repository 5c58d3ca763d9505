/**
 * `npm run example` (after `npm run build`): runs the real ESLint CLI in examples/payments, whose
 * eslint.config.js extends `configs.recommended` exactly as a user's would.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const example = join(root, "examples", "payments");
const require = createRequire(import.meta.url);
const eslintPackageJson = require.resolve("eslint/package.json");
const eslintBin = join(dirname(eslintPackageJson), require(eslintPackageJson).bin.eslint);

console.log(`$ cd examples/payments && eslint .`);
const lint = spawnSync(process.execPath, [eslintBin, ".", ...process.argv.slice(2)], { cwd: example, stdio: "inherit" });

// ESLint exits 1 when it reports problems, which is what this example is for; 2 means it failed.
if (lint.status === 1) {
  console.log(
    "These are the plugin's findings in examples/payments: payment-orchestrator.ts follows the pattern " +
      "and is clean; the other files break it on purpose.",
  );
  process.exit(0);
}
if (lint.status === 0) {
  console.error("Expected findings in examples/payments, but ESLint reported none.");
}
process.exit(lint.status === 0 ? 1 : (lint.status ?? 1));
