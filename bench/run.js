/**
 * `npm run bench`: the typed parser alone, then with this plugin's rules, then with typescript-eslint's
 * nearest rules, side by side on the same corpus (bench/real-code.js). Each run is a fresh process, so
 * peak memory belongs to one configuration; runs are interleaved and repeated, and medians reported.
 * Per-rule times come from ESLint's TIMING=all, in runs of their own.
 *
 *   node bench/run.js [--runs N]
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { LIBRARIES, fetchLibrary } from "./real-code.js";

const lintOnce = fileURLToPath(new URL("lint-once.js", import.meta.url));
const runsIndex = process.argv.indexOf("--runs");
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 3;
const CONFIGURATIONS = [
  ["floor", "(a) typed parser, no rules"],
  ["checker-floor", "(a') (a) + one trivial type question per file"],
  ["recommended", "(b) + dumb-orchestrator recommended"],
  ["all-rules", "(b') + all 7 dumb-orchestrator rules on every file, every class an orchestrator"],
  ["typescript-eslint", "(c) + typescript-eslint's 5 nearest rules"],
  ["exhaustive-switch", "(d) + dumb-orchestrator/exhaustive-switch alone"],
  ["switch-exhaustiveness-check", "(e) + @typescript-eslint/switch-exhaustiveness-check alone"],
];
/** Configurations whose per-rule times are reported. */
const TIMED = ["recommended", "all-rules", "typescript-eslint", "exhaustive-switch", "switch-exhaustiveness-check"];

function runOnce(name, environment = {}) {
  const output = execFileSync(process.execPath, [lintOnce, name], {
    encoding: "utf8",
    env: { ...process.env, ...environment },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = output.trim().split("\n");
  return { result: JSON.parse(lines.find((line) => line.startsWith("{"))), output };
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

for (const library of LIBRARIES) fetchLibrary(library);
const samples = new Map(CONFIGURATIONS.map(([name]) => [name, []]));
for (let run = 1; run <= runs; run++) {
  for (const [name] of CONFIGURATIONS) {
    const { result } = runOnce(name);
    samples.get(name).push(result);
    console.error(`run ${run}/${runs} ${name}: ${(result.wallMs / 1000).toFixed(2)} s, ${result.peakRssMb.toFixed(0)} MB`);
  }
}

const floorWall = median(samples.get("floor").map((sample) => sample.wallMs));
const floorRss = median(samples.get("floor").map((sample) => sample.peakRssMb));
const files = samples.get("floor")[0].files;
console.log(`## Corpus: ${LIBRARIES.map((l) => `${l.name}@${l.version}`).join(", ")} — ${files} files\n`);
console.log(`Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; median of ${runs} runs.\n`);
console.log("| configuration | wall (s) | peak RSS (MB) | wall / (a) | peak RSS / (a) | problems |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [name, label] of CONFIGURATIONS) {
  const wall = median(samples.get(name).map((sample) => sample.wallMs));
  const rss = median(samples.get(name).map((sample) => sample.peakRssMb));
  console.log(
    `| ${label} | ${(wall / 1000).toFixed(2)} | ${rss.toFixed(0)} | ${(wall / floorWall).toFixed(3)} | ${(rss / floorRss).toFixed(3)} | ${samples.get(name)[0].problems} |`,
  );
}

// Per-rule times: the median of `runs` TIMING=all runs of each configuration.
const timings = new Map(
  TIMED.map((name) => {
    const runsOfName = Array.from({ length: runs }, () => parseTiming(runOnce(name, { TIMING: "all" }).output));
    const rules = new Set(runsOfName.flatMap((times) => [...times.keys()]));
    return [name, new Map([...rules].map((rule) => [rule, median(runsOfName.map((times) => times.get(rule) ?? 0))]))];
  }),
);
console.log(`\n### Per-rule time (ESLint TIMING=all, ms, median of ${runs} runs)\n`);
console.log("The first rule to ask the checker in a file pays for the types it resolves, so a rule's time depends on its company.\n");
console.log(`| rule | ${TIMED.map((name) => CONFIGURATIONS.find(([n]) => n === name)[1].split(" ")[0]).join(" | ")} |`);
console.log(`| --- |${TIMED.map(() => " ---: |").join("")}`);
const ruleNames = new Set([...timings.values()].flatMap((times) => [...times.keys()]));
for (const rule of [...ruleNames].sort()) {
  const cell = (name) => (timings.get(name).has(rule) ? timings.get(name).get(rule).toFixed(0) : "–");
  console.log(`| ${rule} | ${TIMED.map(cell).join(" | ")} |`);
}
