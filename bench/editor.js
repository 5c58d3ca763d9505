/**
 * The number users feel: in the real ESLint language server, the time from an edit of an orchestrator
 * file to its fresh diagnostics. The largest service file of the generated corpus (or of a project of
 * your own) is opened, linted once (the program is built), then edited `edits` times; each edit is
 * timed to the answer of a pulled-diagnostics request. Prints one JSON line with the median.
 *
 *   node bench/editor.js floor|recommended|typescript-eslint [service:N|project:DIR] [edits]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { eslintExtensionSettings, LanguageServerClient } from "../scripts/language-server-client.js";
import { serviceCorpus } from "./service-corpus.js";

const [name = "recommended", corpus = "service:400", editsArgument = "15"] = process.argv.slice(2);
const edits = Number(editsArgument);
const project = /^project:(.+)$/.exec(corpus)?.[1];
const directory = project ? resolve(project) : serviceCorpus(Number(corpus.replace("service:", "")));
// This checkout's ESLint and plugins, wherever the corpus is: a project's own node_modules may hold other versions.
const resolved = (specifier) => JSON.stringify(import.meta.resolve(specifier));
const eslintPackage = join(createRequire(import.meta.url).resolve("eslint/package.json"), "..", "..");

/** One config file per configuration, so the server lints with exactly it (`overrideConfigFile`). */
const CONFIGS = {
  floor: `export default [typed];`,
  recommended: `export default [typed, ...dumbOrchestrator.configs.recommended.filter((config) => config.rules).map(({ files, ignores, rules }) => ({ files, ignores, rules }))];`,
  /** `strict`: among its options `requireDeclaredResult`, which never infers a method's result type. */
  strict: `export default [typed, ...dumbOrchestrator.configs.strict.filter((config) => config.rules).map(({ files, ignores, rules }) => ({ files, ignores, rules }))];`,
  "typescript-eslint": `export default [typed, { files: ["src/**/*.ts"], plugins: { "@typescript-eslint": tseslint.plugin }, rules: {
  "@typescript-eslint/switch-exhaustiveness-check": "error",
  "@typescript-eslint/consistent-return": "error",
  "@typescript-eslint/only-throw-error": "error",
  "@typescript-eslint/prefer-readonly": "error",
  "@typescript-eslint/explicit-function-return-type": "error",
} }];`,
  /** What a team that already lints with type information runs: typescript-eslint's recommendedTypeChecked. */
  "type-checked": `export default [typed, ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["src/**/*.ts"] }))];`,
  /** The same, with this plugin's recommended on top: what the plugin adds to such a setup. */
  "type-checked+recommended": `export default [typed, ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["src/**/*.ts"] })), ...dumbOrchestrator.configs.recommended.filter((config) => config.rules).map(({ files, ignores, rules }) => ({ files, ignores, rules }))];`,
};
if (!(name in CONFIGS)) {
  console.error(`usage: node bench/editor.js ${Object.keys(CONFIGS).join("|")} [service:N] [edits]`);
  process.exit(2);
}
const configFile = join(directory, `eslint.${name}.config.mjs`);
writeFileSync(
  configFile,
  `import * as typescriptParser from ${resolved("@typescript-eslint/parser")};
import tseslint from ${resolved("typescript-eslint")};
import dumbOrchestrator from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, "..", "dist", "src", "index.js")).href)};
// The same typed parser for every configuration: the project service, as editors use it.
const typed = {
  files: ["src/**/*.ts"],
  languageOptions: { parser: typescriptParser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  plugins: { "dumb-orchestrator": dumbOrchestrator },
};
${CONFIGS[name]}
`,
);

/** An orchestrator file as the recommended config's globs name them (services, use cases, handlers). */
const ORCHESTRATOR_FILE =
  /(\.(service|use-case|usecase|handler|orchestrator)\.ts$)|(-service\.ts$)|([.-](command|query|event)-handler\.ts$)|((Command|Query|Event)Handler\.ts$)|([\\/][A-Z]\w*(Service|UseCase|Orchestrator)\.ts$)|([\\/](services?|use-cases|useCases|usecases)[\\/].*\.ts$)/;

const NOT_ORCHESTRATOR_FILE = /([\\/](domain|__tests__|__mocks__)[\\/])|(\.(spec|test|d)\.ts$)|(\.[^\\/.]+-(spec|test)\.ts$)/;
// Named for the role, or extending or implementing a type named for the role alone (`class ProposeTalk extends UseCase`).
const ORCHESTRATOR_CLASS = /class \w*(Service|Use[cC]ase|Handler|Orchestrator|Coordinator)|class \w+(<[^>]*>)? (extends|implements) I?(Use[cC]ase|Orchestrator|Handler)\b/;

/** The first `const`, `let` or `return` statement: each edit types a new statement before it. */
const EDITABLE_STATEMENT = /\n(\s+)(const|let|return) /;

/**
 * The largest orchestrator file that declares an orchestrator class and has a statement to edit:
 * where people type, and where the orchestrator rules run.
 */
function largestServiceFile(root) {
  let largest = { path: "", size: -1 };
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (ORCHESTRATOR_FILE.test(path) && !NOT_ORCHESTRATOR_FILE.test(path) && statSync(path).size > largest.size) {
        const text = readFileSync(path, "utf8");
        if (ORCHESTRATOR_CLASS.test(text) && EDITABLE_STATEMENT.test(text)) largest = { path, size: statSync(path).size };
      }
    }
  };
  visit(root);
  return largest.path;
}

const file = largestServiceFile(join(directory, "src"));
if (!file) throw new Error(`no orchestrator file with a statement to edit under ${join(directory, "src")}`);
const uri = pathToFileURL(file).href;
const workspaceUri = pathToFileURL(directory).href;
const server = createRequire(import.meta.url).resolve("vscode-langservers-extracted/bin/vscode-eslint-language-server");
const settings = eslintExtensionSettings(workspaceUri, { overrideConfigFile: configFile }, { nodePath: eslintPackage });
const client = new LanguageServerClient(process.execPath, [server, "--stdio"], directory, (method, params) =>
  method === "workspace/configuration" ? (params?.items ?? []).map(() => settings) : null,
);
await client.request("initialize", {
  processId: process.pid,
  rootUri: workspaceUri,
  workspaceFolders: [{ uri: workspaceUri, name: "corpus" }],
  capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } },
});
client.notify("initialized", {});

const original = readFileSync(file, "utf8");
let version = 1;
client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: version++, text: original } });
const pull = () => client.request("textDocument/diagnostic", { textDocument: { uri } });
const first = await pull(); // builds the program; not timed
const times = [];
for (let edit = 0; edit < edits; edit++) {
  const text = original.replace(EDITABLE_STATEMENT, (line, indent) => `\n${indent}const marker${edit} = ${edit};${line}`);
  const started = performance.now();
  client.notify("textDocument/didChange", { textDocument: { uri, version: version++ }, contentChanges: [{ text }] });
  await pull();
  times.push(performance.now() - started);
}
await client.shutdown();
if ((first.items?.length ?? 0) === 0 && name.includes("recommended")) console.error(`no diagnostics: is the server linting?\n${client.stderr}`);
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(JSON.stringify({ name, file: file.replace(`${directory}/`, ""), diagnostics: first.items?.length ?? 0, medianMs: median, edits }));
