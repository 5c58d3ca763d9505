/**
 * The shared settings of PATTERN.md §2, read once from `settings["dumb-orchestrator"]` so that every
 * rule agrees on what a discriminant, an orchestrator, a dependency and a process verb are.
 */
import type { FileSpecifier, PackageSpecifier } from "@typescript-eslint/type-utils";

export const SETTINGS_KEY = "dumb-orchestrator";

/**
 * A result type without a literal discriminant, named the way typescript-eslint's options name types:
 * by the package that declares it (`{ from: "package", name: "Result", package: "neverthrow" }`) or
 * in the project's own files (`{ from: "file", name: ["Left", "Right"], path: "src/core/result.ts" }`;
 * without `path`, any file of the project). `name` is one type name or several.
 */
export type ResultTypeSetting = PackageSpecifier | FileSpecifier;

export interface PatternSettings {
  /**
   * Preferred discriminant names, e.g. `kind`, `type`, `_tag`: the one chosen when a union has several
   * discriminants, the names that make a single object type a one-member sum type, and the names
   * `no-result-kind-default` checks.
   */
  readonly discriminants: readonly string[];
  /** Whether the type checker finds discriminants of any name; when false only `discriminants` count. */
  readonly discoverDiscriminants: boolean;
  /** A class whose name ends with one of these is an orchestrator. `""` makes every class one. */
  readonly orchestratorSuffixes: readonly string[];
  /** A class carrying one of these decorators is an orchestrator, whatever its name. */
  readonly orchestratorDecorators: readonly string[];
  /** A type whose name ends with one of these is an injected dependency. */
  readonly dependencySuffixes: readonly string[];
  /** A parameter whose type name ends with one of these is call context (a session), not a dependency. */
  readonly callContextSuffixes: readonly string[];
  /** A module-level function whose name starts with one of these verbs orchestrates. */
  readonly processVerbs: readonly string[];
  /** Result types that are sum types without a literal discriminant, a library's or the project's own (added to the defaults). */
  readonly resultTypes: readonly ResultTypeSetting[];
}

/** neverthrow's `Result = Ok | Err` has no literal discriminant; it routes through `isOk()`/`isErr()`/`match`. */
export const DEFAULT_RESULT_TYPES: readonly ResultTypeSetting[] = [{ from: "package", name: ["Result", "Ok", "Err"], package: "neverthrow" }];

export const DEFAULT_SETTINGS: PatternSettings = {
  discriminants: ["kind"],
  discoverDiscriminants: true,
  orchestratorSuffixes: ["Orchestrator", "Service", "UseCase", "Handler", "Coordinator"],
  orchestratorDecorators: ["Injectable", "CommandHandler", "QueryHandler", "EventsHandler"],
  dependencySuffixes: ["Store", "Gateway", "Repository", "Repo", "Client", "Port", "Adapter", "Service"],
  callContextSuffixes: ["Session", "Transaction", "TransactionClient", "EntityManager", "QueryRunner"],
  processVerbs: ["process", "handle", "execute", "run", "orchestrate", "perform", "coordinate"],
  resultTypes: DEFAULT_RESULT_TYPES,
};

const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof PatternSettings)[];

type SettingKind = "names" | "suffixes" | "boolean" | "result-types";

/** How each setting is validated: names must be non-empty strings; a suffix list may hold `""` (match everything). */
const SETTING_KINDS: Record<keyof PatternSettings, SettingKind> = {
  discriminants: "names",
  discoverDiscriminants: "boolean",
  orchestratorSuffixes: "suffixes",
  orchestratorDecorators: "names",
  dependencySuffixes: "suffixes",
  callContextSuffixes: "suffixes",
  processVerbs: "names",
  resultTypes: "result-types",
};

export class InvalidSettingsError extends Error {
  override name = "InvalidSettingsError";
}

const resolvedBySettingsObject = new WeakMap<object, PatternSettings>();

/**
 * Validates and completes the user's settings with the defaults. The result is cached per settings
 * object, which ESLint keeps for every file linted under one config.
 */
export function resolveSettings(allSettings: Readonly<Record<string, unknown>> | undefined): PatternSettings {
  const raw = allSettings?.[SETTINGS_KEY];
  if (raw === undefined) {
    return DEFAULT_SETTINGS;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw invalid(`must be an object, got ${describe(raw)}.`);
  }
  const cached = resolvedBySettingsObject.get(raw);
  if (cached) {
    return cached;
  }
  const resolved = validateSettings(raw as Record<string, unknown>);
  resolvedBySettingsObject.set(raw, resolved);
  return resolved;
}

function validateSettings(raw: Record<string, unknown>): PatternSettings {
  for (const key of Object.keys(raw)) {
    if (!(SETTING_NAMES as string[]).includes(key)) {
      throw invalid(`has an unknown key "${key}". Known keys: ${SETTING_NAMES.join(", ")}.`);
    }
  }
  const resolved: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = raw[name];
    if (value === undefined) continue;
    resolved[name] = validateSetting(name, SETTING_KINDS[name], value);
  }
  return Object.freeze(resolved) as unknown as PatternSettings;
}

function validateSetting(name: string, kind: SettingKind, value: unknown): unknown {
  if (kind === "boolean") {
    if (typeof value !== "boolean") throw invalid(`.${name} must be true or false, got ${describe(value)}.`);
    return value;
  }
  if (!Array.isArray(value) || (kind !== "result-types" && value.length === 0)) {
    throw invalid(`.${name} must be a non-empty array, got ${describe(value)}.`);
  }
  // An index loop, not `every`: `every` skips the holes of `["kind", , "type"]`.
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (kind === "result-types") {
      if (!isResultTypeSetting(item)) {
        throw invalid(
          `.${name}[${index}] must be { from: "package", name, package } or { from: "file", name, path? } (name: a type name or a non-empty array of them), got ${describe(item)}.`,
        );
      }
      continue;
    }
    if (typeof item !== "string") throw invalid(`.${name}[${index}] must be a string, got ${describe(item)}.`);
    if (kind === "names" && item.length === 0) throw invalid(`.${name}[${index}] must not be an empty string.`);
  }
  if (kind === "result-types") {
    const copies = (value as ResultTypeSetting[]).map((item) =>
      Object.freeze({ ...item, name: typeof item.name === "string" ? item.name : Object.freeze([...item.name]) }),
    );
    return Object.freeze([...DEFAULT_RESULT_TYPES, ...copies]);
  }
  return Object.freeze([...(value as string[])]);
}

function isResultTypeSetting(item: unknown): item is ResultTypeSetting {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
  const { from, name, ...rest } = item as Record<string, unknown>;
  const isName = (value: unknown) => typeof value === "string" && value !== "";
  if (!(isName(name) || (Array.isArray(name) && name.length > 0 && Array.from(name).every(isName)))) return false;
  const where = Object.keys(rest);
  if (from === "package") return where.length === 1 && isName(rest["package"]);
  if (from === "file") return where.length === 0 || (where.length === 1 && isName(rest["path"]));
  return false;
}

function invalid(problem: string): InvalidSettingsError {
  return new InvalidSettingsError(`eslint-plugin-dumb-orchestrator: settings["${SETTINGS_KEY}"]${problem.startsWith(".") ? "" : " "}${problem}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined (a hole in the array?)";
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${Array.from(value, (item) => (item === undefined ? "<hole>" : JSON.stringify(item))).join(", ")}]`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
