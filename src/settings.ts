/**
 * The shared settings of PATTERN.md §2, read once from `settings["dumb-orchestrator"]` so that every
 * rule agrees on what a discriminant, an orchestrator, a dependency and a process verb are.
 */
export const SETTINGS_KEY = "dumb-orchestrator";

export interface PatternSettings {
  /** Property names that can discriminate a sum type, e.g. `kind`, `type`, `_tag`. */
  readonly discriminants: readonly string[];
  /** A class whose name ends with one of these is an orchestrator. `""` makes every class one. */
  readonly orchestratorSuffixes: readonly string[];
  /** A type whose name ends with one of these is an injected dependency. */
  readonly dependencySuffixes: readonly string[];
  /** A module-level function whose name starts with one of these verbs orchestrates. */
  readonly processVerbs: readonly string[];
}

export const DEFAULT_SETTINGS: PatternSettings = {
  discriminants: ["kind"],
  orchestratorSuffixes: ["Orchestrator", "Service", "UseCase", "Handler", "Coordinator"],
  dependencySuffixes: [
    "Store",
    "Gateway",
    "Repository",
    "Repo",
    "Client",
    "Port",
    "Adapter",
    "Service",
    "Session",
  ],
  processVerbs: ["process", "handle", "execute", "run", "orchestrate", "perform", "coordinate"],
};

const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof PatternSettings)[];

/** Settings that must name at least one thing; a suffix list may hold `""` (match everything). */
const NON_EMPTY_STRINGS_REQUIRED: ReadonlySet<keyof PatternSettings> = new Set([
  "discriminants",
  "processVerbs",
]);

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
  const resolved: Record<string, readonly string[]> = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = raw[name];
    if (value === undefined) {
      continue;
    }
    if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === "string")) {
      throw invalid(`.${name} must be a non-empty array of strings, got ${describe(value)}.`);
    }
    if (NON_EMPTY_STRINGS_REQUIRED.has(name) && value.some((item: string) => item.length === 0)) {
      throw invalid(`.${name} must not contain an empty string.`);
    }
    resolved[name] = Object.freeze([...(value as string[])]);
  }
  return Object.freeze(resolved) as unknown as PatternSettings;
}

function invalid(problem: string): InvalidSettingsError {
  return new InvalidSettingsError(`eslint-plugin-dumb-orchestrator: settings["${SETTINGS_KEY}"]${problem.startsWith(".") ? "" : " "}${problem}`);
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? `[${value.map(String).join(", ")}]` : `${typeof value} ${JSON.stringify(value)}`;
}
