/**
 * The flat configs of PATTERN.md §4, derived from each rule's `meta.docs` — never hand-listed — so
 * that a new rule file is enough to join them.
 */
import type { ESLint, Linter } from "eslint";
import type { PluginDocs, RecommendedScope } from "./create-rule.js";
import { PLUGIN_NAMESPACE } from "./package-meta.js";
import { ESLINT_CONFIG_FILES, parser } from "./parser.js";

// ESLint's own types, not typescript-eslint's, so that the configs type-check in a user's
// eslint.config.ts passed to ESLint's defineConfig().
type FlatConfig = Linter.Config;
type RuleWithDocs = { readonly meta: { readonly docs?: PluginDocs } };

const TYPESCRIPT_EXTENSIONS = ["ts", "tsx", "mts", "cts"] as const;

/** Every TypeScript file. */
export const TYPESCRIPT_FILES = TYPESCRIPT_EXTENSIONS.map((extension) => `**/*.${extension}`);

/**
 * The orchestrator files of PATTERN.md §4: the seed's service folders and orchestrator modules, and
 * the names TypeScript teams give the same role (NestJS and Angular `*.service.ts`, use cases).
 */
export const ORCHESTRATOR_FILES = TYPESCRIPT_EXTENSIONS.flatMap((extension) => [
  `**/service/**/*.${extension}`,
  `**/services/**/*.${extension}`,
  `**/*.service.${extension}`,
  // The same role in kebab case (`feature-toggle-service.ts`, as Express and Knex backends name it).
  `**/*-service.${extension}`,
  // The application layer of DDD and hexagonal codebases, where their use cases and handlers live.
  `**/application/**/*.${extension}`,
  // Use cases as teams spell them: use-cases/, useCases/, usecases/; *.use-case.ts, *.usecase.ts.
  `**/use-cases/**/*.${extension}`,
  `**/useCases/**/*.${extension}`,
  `**/usecases/**/*.${extension}`,
  `**/*.use-case.${extension}`,
  `**/*.usecase.${extension}`,
  // CQRS command, query and event handlers: *.handler.ts, and each kind in every case teams write it.
  `**/*.handler.${extension}`,
  `**/*[.-]command-handler.${extension}`,
  `**/*[.-]query-handler.${extension}`,
  `**/*[.-]event-handler.${extension}`,
  `**/*CommandHandler.${extension}`,
  `**/*QueryHandler.${extension}`,
  `**/*EventHandler.${extension}`,
  `**/orchestrator.${extension}`,
  `**/*.orchestrator.${extension}`,
  // A file named after the class it holds (PascalCase). Not camelCase: `createUserService.ts` is a factory.
  `**/[A-Z]*Service.${extension}`,
  `**/[A-Z]*UseCase.${extension}`,
  `**/[A-Z]*Orchestrator.${extension}`,
]);

/**
 * Never orchestrator files: decisions live in the domain; the infrastructure layer holds adapters, what
 * orchestrators use (`infrastructure/services/AxiosHttpService.ts`); and tests are not services. A
 * test file as the test runners name them: `*.spec.*`, `*.test.*`, a kind of spec (NestJS's
 * `*.e2e-spec.ts`, `*.integration-spec.ts`), and anything in Jest's `__tests__/` and `__mocks__/` folders.
 */
export const NOT_ORCHESTRATOR_FILES = [
  "**/domain/**",
  "**/infrastructure/**",
  "**/infra/**",
  "**/*.spec.*",
  "**/*.test.*",
  "**/*.*-spec.*",
  "**/*.*-test.*",
  "**/__tests__/**",
  "**/__mocks__/**",
  ...ESLINT_CONFIG_FILES,
];

type Strictness = "recommended" | "strict";

function ruleEntries(
  rules: Readonly<Record<string, RuleWithDocs>>,
  scopes: readonly RecommendedScope[],
  strictness: Strictness,
): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (!docs || !scopes.includes(docs.recommended)) continue;
    const strictOptions = strictness === "strict" ? docs.strictOptions : undefined;
    entries[`${PLUGIN_NAMESPACE}/${name}`] = strictOptions ? ["error", ...strictOptions] : "error";
  }
  return entries;
}

/**
 * The plugin, registered without `files` so that a user's own `rules` entry anywhere finds it, and the
 * typed parser for TypeScript files. ESLint's own config files may lie outside every tsconfig.json:
 * the parser then reads them without type information, and the rule objects leave them out.
 */
function setupConfigs(plugin: ESLint.Plugin, name: string): FlatConfig[] {
  return [
    { name: `${PLUGIN_NAMESPACE}/${name}/plugin`, plugins: { [PLUGIN_NAMESPACE]: plugin } },
    {
      name: `${PLUGIN_NAMESPACE}/${name}/parser`,
      files: TYPESCRIPT_FILES,
      languageOptions: {
        parser,
        // An object, not `true`: ESLint merges it deeply with a user's own projectService options
        // (allowDefaultProject, defaultProject), whether their config comes before or after this one.
        parserOptions: { projectService: {} },
      },
    },
  ];
}

function rulesOff(rules: Readonly<Record<string, RuleWithDocs>>): Linter.RulesRecord {
  return Object.fromEntries(Object.keys(rules).map((name) => [`${PLUGIN_NAMESPACE}/${name}`, "off"]));
}

function scopedConfigs(
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
  strictness: Strictness,
): FlatConfig[] {
  return [
    ...setupConfigs(plugin, strictness),
    {
      name: `${PLUGIN_NAMESPACE}/${strictness}/all-files`,
      files: TYPESCRIPT_FILES,
      ignores: ESLINT_CONFIG_FILES,
      rules: ruleEntries(rules, ["all-files"], strictness),
    },
    {
      name: `${PLUGIN_NAMESPACE}/${strictness}/orchestrator-files`,
      files: ORCHESTRATOR_FILES,
      ignores: NOT_ORCHESTRATOR_FILES,
      rules: ruleEntries(rules, ["orchestrator-files"], strictness),
    },
  ];
}

export function createConfigs(plugin: ESLint.Plugin, rules: Readonly<Record<string, RuleWithDocs>>) {
  return {
    recommended: scopedConfigs(plugin, rules, "recommended"),
    strict: scopedConfigs(plugin, rules, "strict"),
    /** Every rule on every TypeScript file, with the default options. */
    all: [
      ...setupConfigs(plugin, "all"),
      {
        name: `${PLUGIN_NAMESPACE}/all/rules`,
        files: TYPESCRIPT_FILES,
        ignores: ESLINT_CONFIG_FILES,
        rules: ruleEntries(rules, ["all-files", "orchestrator-files"], "recommended"),
      },
    ],
    /** The orchestrator rules without `files`: put `files` on it for a layout of your own. */
    "orchestrator-rules": {
      name: `${PLUGIN_NAMESPACE}/orchestrator-rules`,
      rules: ruleEntries(rules, ["orchestrator-files"], "recommended"),
    } satisfies FlatConfig,
    "disable-type-checked": {
      name: `${PLUGIN_NAMESPACE}/disable-type-checked`,
      rules: rulesOff(rules),
    } satisfies FlatConfig,
  };
}
