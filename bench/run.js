/**
 * `npm run bench`: the typed parser alone, then with this plugin's rules, then with typescript-eslint's
 * nearest rules, side by side in one run, on two corpora: library code from npm (bench/real-code.js)
 * and a generated service codebase (bench/service-corpus.js). Each run is a fresh process, so peak
 * memory belongs to one configuration; runs are interleaved and repeated, and medians reported.
 * Then per-rule times (ESLint's TIMING=all), a scale curve of the service corpus, and the editor
 * number (bench/editor.js). Prints Markdown tables with the ratios the targets are stated in.
 *
 *   node bench/run.js [--runs N] [--sizes 100,400,1600] [--project DIR]... [--projects-only]
 *                     [--sections corpora,scale,editor]
 *
 * `--project DIR` (repeatable) adds a TypeScript project of your own as a corpus: the same
 * configurations, per-rule times and editor number on its src/, typed by its own tsconfig.json.
 * `--projects-only` measures only those projects.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { LIBRARIES, fetchLibrary } from "./real-code.js";
import { serviceCorpus } from "./service-corpus.js";

const lintOnce = fileURLToPath(new URL("lint-once.js", import.meta.url));
const editor = fileURLToPath(new URL("editor.js", import.meta.url));
const USAGE = `usage: node bench/run.js [--runs N] [--sizes 100,400,1600] [--project DIR]... [--projects-only]
                         [--sections corpora,scale,editor]`;
const SECTIONS = ["corpora", "scale", "editor"];

/** The command line, checked: a mistyped flag stops here with what is accepted, not after an hour of benchmarks. */
function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      sizes: { type: "string", default: "100,400,1600" },
      project: { type: "string", multiple: true, default: [] },
      "projects-only": { type: "boolean", default: false },
      sections: { type: "string", default: SECTIONS.join(",") },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const isCount = (value) => Number.isInteger(value) && value > 0;
  const runs = Number(values.runs);
  const sizes = values.sizes.split(",").map(Number);
  const sections = new Set(values.sections.split(","));
  if (!isCount(runs)) throw new Error(`--runs must be a positive whole number, not "${values.runs}"`);
  if (!sizes.every(isCount)) throw new Error(`--sizes must be positive whole numbers separated by commas, not "${values.sizes}"`);
  const unknownSection = [...sections].find((section) => !SECTIONS.includes(section));
  if (unknownSection) throw new Error(`--sections takes ${SECTIONS.join(", ")}; "${unknownSection}" is none of them`);
  const notProject = values.project.find((directory) => !existsSync(resolve(directory, "tsconfig.json")));
  if (notProject) throw new Error(`--project ${notProject}: no tsconfig.json there`);
  if (values["projects-only"] && values.project.length === 0) throw new Error("--projects-only needs at least one --project DIR");
  return { runs, sizes, sections, projects: values.project, projectsOnly: values["projects-only"] };
}

let commandLine;
try {
  commandLine = parseCommandLine();
} catch (error) {
  console.error(`bench/run.js: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const { runs, sizes, projects, projectsOnly, sections } = commandLine;
const SERVICE = "service:400";

const CONFIGURATIONS = [
  ["floor", "(a) typed parser, no rules"],
  ["checker-floor", "(a') (a) + one trivial type question per file"],
  ["recommended", "(b) + dumb-orchestrator recommended"],
  ["all-rules", "(b') + all 7 dumb-orchestrator rules on every file"],
  ["typescript-eslint", "(c) + typescript-eslint's 5 nearest rules, every file"],
  // The library corpus has almost no orchestrator file: there `recommended` is in effect an exhaustive
  // switch check, and this is the cost of typescript-eslint's, asking the checker about every switch.
  ["switch-exhaustiveness-check", "(d) + typescript-eslint's switch-exhaustiveness-check alone, every file"],
];
const BUILT_IN_CORPORA = [
  ["library", `library code: ${LIBRARIES.map((library) => `${library.name}@${library.version}`).join(", ")}`],
  [SERVICE, "generated service code, 400 files (bench/service-corpus.js)"],
];
const PROJECT_CORPORA = projects.map((directory) => [`project:${directory}`, `project ${basename(resolve(directory))}`]);
const CORPORA = !sections.has("corpora") ? [] : projectsOnly ? PROJECT_CORPORA : [...BUILT_IN_CORPORA, ...PROJECT_CORPORA];

function runOnce(name, corpus, environment = {}) {
  const output = execFileSync(process.execPath, [lintOnce, name, corpus], {
    encoding: "utf8",
    env: { ...process.env, ...environment },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { result: JSON.parse(output.trim().split("\n").find((line) => line.startsWith("{"))), output };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** ESLint's TIMING table: `rule | time (ms) | relative`. */
function parseTiming(output) {
  const times = new Map();
  for (const line of output.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length === 3 && /^\d/.test(cells[1])) times.set(cells[0], Number(cells[1]));
  }
  return times;
}

/** Runs every configuration `runs` times, interleaved; medians of wall and peak RSS per configuration. */
function measure(corpus, configurations) {
  const samples = new Map(configurations.map((name) => [name, []]));
  for (let run = 1; run <= runs; run++) {
    for (const name of configurations) {
      const { result } = runOnce(name, corpus);
      samples.get(name).push(result);
      console.error(`${corpus} run ${run}/${runs} ${name}: ${(result.wallMs / 1000).toFixed(2)} s, ${result.peakRssMb.toFixed(0)} MB`);
    }
  }
  return new Map(
    [...samples].map(([name, results]) => [
      name,
      {
        wallMs: median(results.map((result) => result.wallMs)),
        rssMb: median(results.map((result) => result.peakRssMb)),
        files: results[0].files,
        problems: results[0].problems,
      },
    ]),
  );
}

if (!projectsOnly) {
  for (const library of LIBRARIES) fetchLibrary(library);
  for (const size of sizes) serviceCorpus(size);
}

console.log(`Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; median of ${runs} runs.\n`);

for (const [corpus, description] of CORPORA) {
  const results = measure(corpus, CONFIGURATIONS.map(([name]) => name));
  const floor = results.get("floor");
  const checkerFloor = results.get("checker-floor");
  console.log(`## ${description} — ${floor.files} files\n`);
  console.log("| configuration | wall (s) | peak RSS (MB) | wall / (a) | wall / (a') | RSS / (a') | problems |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, label] of CONFIGURATIONS) {
    const { wallMs, rssMb, problems } = results.get(name);
    console.log(
      `| ${label} | ${(wallMs / 1000).toFixed(2)} | ${rssMb.toFixed(0)} | ${(wallMs / floor.wallMs).toFixed(3)} | ${(wallMs / checkerFloor.wallMs).toFixed(3)} | ${(rssMb / checkerFloor.rssMb).toFixed(3)} | ${problems} |`,
    );
  }

  // Per-rule times: the median of `runs` TIMING=all runs of each configuration.
  const timed = ["recommended", "typescript-eslint"];
  const timings = new Map(
    timed.map((name) => {
      const runsOfName = Array.from({ length: runs }, () => parseTiming(runOnce(name, corpus, { TIMING: "all" }).output));
      const rules = new Set(runsOfName.flatMap((times) => [...times.keys()]));
      return [name, new Map([...rules].map((rule) => [rule, median(runsOfName.map((times) => times.get(rule) ?? 0))]))];
    }),
  );
  console.log(`\nPer-rule time (TIMING=all, ms, median of ${runs}); the first rule to ask the checker for a type pays for it:\n`);
  console.log("| rule | ms |");
  console.log("| --- | ---: |");
  for (const name of timed) {
    const times = [...timings.get(name)].sort((a, b) => b[1] - a[1]);
    for (const [rule, ms] of times) console.log(`| ${rule} | ${ms.toFixed(0)} |`);
    const total = times.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`| **sum, ${name}** | **${total.toFixed(0)}** |`);
  }
  const sum = (name) => [...timings.get(name).values()].reduce((total, ms) => total + ms, 0);
  console.log(`\nOur rules' sum / typescript-eslint's five: ${(sum("recommended") / sum("typescript-eslint")).toFixed(2)}\n`);
}

const scaleSizes = projectsOnly || !sections.has("scale") ? [] : sizes;
if (scaleSizes.length > 0) {
  console.log("## Scale: the service corpus at several sizes\n");
  console.log("| files | (a) wall (s) | (a) ms / file | recommended wall (s) | recommended ms / file | recommended / (a) |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
}
for (const size of scaleSizes) {
  const results = measure(`service:${size}`, ["floor", "recommended"]);
  const floor = results.get("floor");
  const ours = results.get("recommended");
  console.log(
    `| ${floor.files} | ${(floor.wallMs / 1000).toFixed(2)} | ${(floor.wallMs / floor.files).toFixed(1)} | ${(ours.wallMs / 1000).toFixed(2)} | ${(ours.wallMs / ours.files).toFixed(1)} | ${(ours.wallMs / floor.wallMs).toFixed(3)} |`,
  );
}

// The editor: this plugin against the floor and typescript-eslint's five, and what it adds to a setup
// that already lints with type information (typescript-eslint's recommendedTypeChecked).
/** One editor measurement; its warnings pass through, and a failure is an error naming its cause. */
function editorRun(name, corpus) {
  const run = spawnSync(process.execPath, [editor, name, corpus, "15"], { encoding: "utf8" });
  process.stderr.write(run.stderr);
  if (run.status !== 0) throw new Error(run.stderr.split("\n").find((line) => line.startsWith("Error:")) ?? `the editor run exited with ${run.status}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}

const EDITOR_CONFIGURATIONS = ["floor", "recommended", "strict", "typescript-eslint", "type-checked", "type-checked+recommended"];
const editorCorpora = [...(projectsOnly ? [] : [SERVICE]), ...projects.map((directory) => `project:${directory}`)];
for (const corpus of sections.has("editor") ? editorCorpora : []) {
  const label = corpus === SERVICE ? "largest generated service file" : `largest service file of ${basename(corpus.slice("project:".length))}`;
  let editorResults;
  try {
    editorResults = EDITOR_CONFIGURATIONS.map((name) => {
      const times = Array.from({ length: runs }, () => editorRun(name, corpus));
      return { name, medianMs: median(times.map((time) => time.medianMs)), diagnostics: times[0].diagnostics, file: times[0].file };
    });
  } catch (error) {
    // One project the editor run cannot measure must not cost the rest of the run.
    console.log(`\n## Editor: ${label}\n\nNot measured: ${error.message}`);
    continue;
  }
  console.log(`\n## Editor: edit → fresh diagnostics in vscode-eslint-language-server, ${label}\n`);
  console.log("| configuration | median (ms) | / floor | diagnostics |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const { name, medianMs, diagnostics } of editorResults) {
    console.log(`| ${name} | ${medianMs.toFixed(1)} | ${(medianMs / editorResults[0].medianMs).toFixed(3)} | ${diagnostics} |`);
  }
  const typeChecked = editorResults.find((result) => result.name === "type-checked");
  const withOurs = editorResults.find((result) => result.name === "type-checked+recommended");
  console.log(`\n(file: ${editorResults[0].file}; recommended on top of recommendedTypeChecked: ${(withOurs.medianMs / typeChecked.medianMs).toFixed(3)} ×)`);
}
