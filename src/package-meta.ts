import { createRequire } from "node:module";

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly homepage: string;
}

// Resolved by the package's own name, so the path is the same from src/ (tests) and dist/src/.
const packageJson = createRequire(import.meta.url)("eslint-plugin-dumb-orchestrator/package.json") as PackageJson;

export const PACKAGE_NAME = packageJson.name;
export const PACKAGE_VERSION = packageJson.version;
export const PLUGIN_NAMESPACE = "dumb-orchestrator";
/** The repository's web page; rule docs live under `docs/rules/` there. */
export const REPOSITORY_URL = packageJson.homepage.replace(/#readme$/, "");
