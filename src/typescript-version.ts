/**
 * Fails at load, with what to install, when the TypeScript next to the plugin has no compiler API that
 * typescript-eslint supports (TypeScript 7's native compiler has none yet). Imported first by the
 * plugin's entry point, before anything that loads TypeScript.
 */
import { createRequire } from "node:module";

/** The TypeScript range typescript-eslint supports, which the peer dependency repeats. */
export const SUPPORTED_TYPESCRIPT = ">=4.8.4 <6.1.0";

/** What to tell a user whose TypeScript is `version`, or undefined when it is supported. */
export function unsupportedTypeScriptMessage(version: string): string | undefined {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/u).map((part) => Number.parseInt(part, 10));
  const supported = (major === 4 && (minor > 8 || (minor === 8 && patch >= 4))) || major === 5 || (major === 6 && minor === 0);
  if (supported) return undefined;
  return (
    `eslint-plugin-dumb-orchestrator: found TypeScript ${version}, but type-aware linting needs TypeScript's ` +
    `JavaScript API in the range typescript-eslint supports (${SUPPORTED_TYPESCRIPT}).` +
    (major >= 7
      ? ` TypeScript 7's native compiler has no such API yet. Keep it as your compiler and give tools TypeScript 6: ` +
        `npm install --save-dev "@typescript/native@npm:typescript@^7" "typescript@npm:@typescript/typescript6@^6.0" ` +
        `(then \`npx tsc\` is TypeScript 7 and ESLint uses TypeScript 6; see docs/troubleshooting.md).`
      : ` Install a supported version: npm install --save-dev typescript@~6.0`)
  );
}

const installed = (createRequire(import.meta.url)("typescript/package.json") as { version: string }).version;
const problem = unsupportedTypeScriptMessage(installed);
if (problem) throw new Error(problem);
