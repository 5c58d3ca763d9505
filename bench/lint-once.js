/**
 * One benchmark run in a fresh process: lints the corpus with one configuration and prints one JSON
 * line with its wall time and peak memory. Run by bench/run.js; `TIMING=all` adds ESLint's per-rule table.
 *
 *   node bench/lint-once.js floor|recommended|all-rules|typescript-eslint|… [library|service:N|project:DIR]
 *
 * `project:DIR` lints a TypeScript project of your own (the .ts files under its src/, typed by its
 * tsconfig.json through the project service): the same side-by-side ratios, taken on real service code.
 */
import { ESLint } from "eslint";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import tseslint from "typescript-eslint";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { LIBRARIES, fetchLibrary, libraryConfig } from "./real-code.js";
import { serviceConfig, serviceCorpus } from "./service-corpus.js";
import { typedSourceConfig } from "./typed-config.js";

const CORPUS_FILES = ["src/**/*.ts"];

/** Asks the checker for the type of each file's first statement, and nothing else. */
const askCheckerRule = {
  meta: { type: "problem", schema: [] },
  create(context) {
    return {
      Program(node) {
        const services = context.sourceCode.parserServices;
        if (node.body[0]) services.getTypeAtLocation(node.body[0]);
      },
    };
  },
};
const ours = (rules) => Object.fromEntries(rules.map((name) => [`dumb-orchestrator/${name}`, "error"]));

/** The rules of each configuration, for files under src/ (where the corpus lives). */
const CONFIGURATIONS = {
  /** (a) The typed parser, no rules: the floor no typed lint can beat. */
  floor: () => [],
  /** (b) This plugin's recommended config: its rules where it turns them on. */
  recommended: () =>
    dumbOrchestrator.configs.recommended
      .filter((config) => config.rules)
      .map((config) => ({ files: config.files, rules: config.rules })),
  /** (b') Every rule of ours on every file, every class an orchestrator: the worst case. */
  "all-rules": () => [{ files: CORPUS_FILES, rules: ours(Object.keys(dumbOrchestrator.rules)) }],
  /** `exhaustive-switch` alone, for a head-to-head with typescript-eslint's rule. */
  "exhaustive-switch": () => [{ files: CORPUS_FILES, rules: ours(["exhaustive-switch"]) }],
  "switch-exhaustiveness-check": () => [
    {
      files: CORPUS_FILES,
      plugins: { "@typescript-eslint": tseslint.plugin },
      rules: { "@typescript-eslint/switch-exhaustiveness-check": "error" },
    },
  ],
  /**
   * The cost every typed rule pays before its own work: one trivial type question per file makes
   * TypeScript bind the program and resolve what that question needs. (a) never asks one.
   */
  "checker-floor": () => [
    {
      files: CORPUS_FILES,
      plugins: { bench: { rules: { "ask-checker": askCheckerRule } } },
      rules: { "bench/ask-checker": "error" },
    },
  ],
  /** (c) typescript-eslint's nearest rules. */
  "typescript-eslint": () => [
    {
      files: CORPUS_FILES,
      plugins: { "@typescript-eslint": tseslint.plugin },
      rules: {
        "@typescript-eslint/switch-exhaustiveness-check": "error",
        "@typescript-eslint/consistent-return": "error",
        "@typescript-eslint/only-throw-error": "error",
        "@typescript-eslint/prefer-readonly": "error",
        "@typescript-eslint/explicit-function-return-type": "error",
      },
    },
  ],
};

const name = process.argv[2];
const configuration = CONFIGURATIONS[name];
if (!configuration) {
  console.error(`usage: node bench/lint-once.js ${Object.keys(CONFIGURATIONS).join("|")}`);
  process.exit(2);
}

/**
 * A project's own files (declaration files aside), typed by the tsconfig.json nearest to each, as users
 * lint them. The plugin is registered for every file, as `recommended` registers it: ESLint computes the
 * config of files it does not lint too (a `.tsx` beside the `.ts` files), and recommended's rules reach them.
 */
function projectConfig(directory) {
  return [
    { ignores: ["**/*.d.ts"] },
    { plugins: { "dumb-orchestrator": dumbOrchestrator } },
    { ...typedSourceConfig(directory, { projectService: true }), linterOptions: { reportUnusedDisableDirectives: "off" } },
  ];
}

/** The corpora: the library code from npm, or the generated service codebase of N files. */
function targetsOf(corpus) {
  if (corpus === "library") {
    return LIBRARIES.map((library) => {
      const directory = fetchLibrary(library);
      return { directory, base: libraryConfig(directory, library, {}) };
    });
  }
  const project = /^project:(.+)$/.exec(corpus)?.[1];
  if (project) return [{ directory: resolve(project), base: projectConfig(resolve(project)) }];
  const size = Number(/^service:(\d+)$/.exec(corpus)?.[1]);
  if (!size) throw new Error(`unknown corpus ${corpus}: library, service:N or project:DIR`);
  const directory = serviceCorpus(size);
  return [{ directory, base: serviceConfig(directory) }];
}

const targets = targetsOf(process.argv[3] ?? "library");
const started = performance.now();
let files = 0;
let problems = 0;
for (const { directory, base } of targets) {
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, baseConfig: [base, ...configuration()].flat() });
  for (const result of await eslint.lintFiles(CORPUS_FILES)) {
    files++;
    problems += result.messages.length;
  }
}
const wallMs = performance.now() - started;
console.log(JSON.stringify({ name, files, problems, wallMs, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
