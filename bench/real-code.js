/**
 * Lints real TypeScript that nobody here wrote: pinned releases of rxjs, zod and effect, fetched with
 * `npm pack` into bench/corpus/. Every rule runs on every file, every class counts as an
 * orchestrator, and the discriminant matches the library's. Prints crashes (there must be none), the
 * number of reports per rule, and a sample of reports to read for false positives.
 *
 *   node bench/real-code.js [--sample N] [--json report.json]
 */
import { ESLint } from "eslint";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { typedSourceConfig } from "./typed-config.js";

const benchDirectory = dirname(fileURLToPath(import.meta.url));
export const corpusDirectory = join(benchDirectory, "corpus");

/** Pinned releases that ship their TypeScript sources under src/, with their discriminant names. */
export const LIBRARIES = [
  { name: "rxjs", version: "7.8.2", discriminants: ["kind"] },
  { name: "zod", version: "4.6.7", discriminants: ["type", "kind"] },
  { name: "effect", version: "3.19.3", discriminants: ["_tag"] },
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Fetches and unpacks a library once; returns the unpacked package directory. */
export function fetchLibrary({ name, version }) {
  const directory = join(corpusDirectory, `${name}-${version}`);
  const packageDirectory = join(directory, "package");
  if (existsSync(join(packageDirectory, "package.json"))) return packageDirectory;
  mkdirSync(directory, { recursive: true });
  const tarball = execFileSync(npm, ["pack", `${name}@${version}`, "--silent", "--pack-destination", directory], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  })
    .trim()
    .split("\n")
    .at(-1);
  execFileSync("tar", ["xzf", join(directory, tarball), "-C", directory]);
  // One tsconfig for the library's sources, since published packages rarely ship theirs.
  writeFileSync(
    join(packageDirectory, "tsconfig.lint.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
      },
      include: ["src/**/*.ts"],
    }),
  );
  return packageDirectory;
}

/** A flat config that runs `rules` with type information from the library's tsconfig. */
export function libraryConfig(packageDirectory, library, rules) {
  return {
    ...typedSourceConfig(packageDirectory, { project: join(packageDirectory, "tsconfig.lint.json") }),
    // The libraries' own disable comments name rules that are not configured here.
    linterOptions: { reportUnusedDisableDirectives: "off" },
    settings: { "dumb-orchestrator": { orchestratorSuffixes: [""], discriminants: library.discriminants } },
    rules,
  };
}

const allRules = Object.fromEntries(Object.keys(dumbOrchestrator.rules).map((name) => [`dumb-orchestrator/${name}`, "error"]));

async function lintLibrary(library) {
  const packageDirectory = fetchLibrary(library);
  const eslint = new ESLint({
    cwd: packageDirectory,
    overrideConfigFile: true,
    baseConfig: libraryConfig(packageDirectory, library, allRules),
  });
  const files = await eslint.lintFiles(["src/**/*.ts"]).catch(() => undefined);
  if (files) return { library, results: files, crashes: [] };
  // A rule threw somewhere: lint file by file to name every file it happens in.
  const results = [];
  const crashes = [];
  const sources = execFileSync("find", ["src", "-name", "*.ts", "-not", "-name", "*.d.ts"], { cwd: packageDirectory, encoding: "utf8" })
    .trim()
    .split("\n");
  for (const file of sources) {
    try {
      results.push(...(await eslint.lintFiles([file])));
    } catch (error) {
      crashes.push({ file, error: String(error.stack ?? error).split("\n").slice(0, 6).join("\n") });
    }
  }
  return { library, results, crashes };
}

function summarize({ library, results, crashes }, sampleSize) {
  const byRule = new Map(Object.keys(allRules).map((rule) => [rule, []]));
  let parseErrors = 0;
  for (const result of results) {
    const lines = result.source ?? readFileSync(result.filePath, "utf8");
    const sourceLines = lines.split("\n");
    for (const message of result.messages) {
      if (message.fatal) {
        parseErrors++;
        continue;
      }
      byRule.get(message.ruleId)?.push({
        at: `${relative(join(corpusDirectory, `${library.name}-${library.version}`, "package"), result.filePath)}:${message.line}:${message.column}`,
        message: message.message,
        code: (sourceLines[message.line - 1] ?? "").trim().slice(0, 120),
      });
    }
  }
  console.log(`\n## ${library.name}@${library.version}: ${results.length} files, ${crashes.length} crashes, ${parseErrors} parse errors`);
  for (const crash of crashes) console.log(`CRASH ${crash.file}\n${crash.error}`);
  for (const [rule, reports] of byRule) {
    console.log(`${String(reports.length).padStart(6)}  ${rule}`);
    for (const report of sampleOf(reports, sampleSize)) {
      console.log(`          ${report.at}  ${report.code}\n            → ${report.message.slice(0, 140)}`);
    }
  }
  return {
    library: `${library.name}@${library.version}`,
    files: results.length,
    crashes: crashes.length,
    reports: Object.fromEntries([...byRule].map(([rule, reports]) => [rule, reports.length])),
  };
}

/** Spread over the list, so the sample is not one file's reports. */
function sampleOf(reports, size) {
  if (reports.length <= size) return reports;
  const step = reports.length / size;
  return Array.from({ length: size }, (_, index) => reports[Math.floor(index * step)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sampleIndex = process.argv.indexOf("--sample");
  const sampleSize = sampleIndex > 0 ? Number(process.argv[sampleIndex + 1]) : 3;
  const jsonIndex = process.argv.indexOf("--json");
  const summaries = [];
  for (const library of LIBRARIES) {
    summaries.push(summarize(await lintLibrary(library), sampleSize));
  }
  if (jsonIndex > 0) writeFileSync(process.argv[jsonIndex + 1], JSON.stringify(summaries, null, 2));
  if (summaries.some((summary) => summary.crashes > 0)) process.exitCode = 1;
}
