// The CI lint step: the real ESLint CLI on the example project, as a pipeline runs it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ruleNamesOnDisk } from "../scripts/generate-rules-index.js";
import { eslintBin, exampleDirectory, expectedDocsUrl } from "./paths.js";

interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function eslint(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [eslintBin, ...args], {
      cwd: exampleDirectory,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    return { exitCode: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; message: string; line: number; column: number }[];
}

/** Results without absolute paths or timing, in a stable order, for comparing runs. */
function comparable(results: readonly JsonResult[]) {
  return results
    .map((result) => ({
      file: result.filePath.slice(exampleDirectory.length),
      messages: result.messages.map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column })),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

describe("the ESLint CLI on the example project", () => {
  it("exits 1 when it reports errors, with our rule ids in the default output", async () => {
    const run = await eslint(".");
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("dumb-orchestrator/exhaustive-switch");
    expect(run.stderr).toBe("");
  });

  it("exits 0 on a file that follows the pattern", async () => {
    const run = await eslint("src/services/payment-orchestrator.ts", "src/services/ledger-service.ts");
    expect(run).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("--format json carries every rule's id and message", async () => {
    const run = await eslint(".", "--format", "json");
    expect(run.exitCode).toBe(1);
    const messages = (JSON.parse(run.stdout) as JsonResult[]).flatMap((result) => result.messages);
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(
      new Set(ruleNamesOnDisk().map((rule) => `dumb-orchestrator/${rule}`)),
    );
    expect(messages.find((message) => message.ruleId === "dumb-orchestrator/exhaustive-switch")?.message).toMatch(
      /^This switch does not handle "verification_required"/,
    );
  });

  it("--format @microsoft/eslint-formatter-sarif writes SARIF 2.1.0 with each rule's docs page as helpUri", async () => {
    const run = await eslint(".", "--format", "@microsoft/eslint-formatter-sarif");
    expect(run.exitCode).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const rules = sarif.runs[0]!.tool.driver.rules.filter((rule) => rule.id.startsWith("dumb-orchestrator/"));
    expect(rules.map((rule) => rule.id).sort()).toEqual(ruleNamesOnDisk().map((rule) => `dumb-orchestrator/${rule}`));
    for (const rule of rules) {
      expect(rule.helpUri).toBe(expectedDocsUrl(rule.id.replace("dumb-orchestrator/", "")));
    }
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it("--max-warnings 0 fails on warnings alone", async () => {
    const asWarning = ["--rule", JSON.stringify({ "dumb-orchestrator/exhaustive-switch": "warn" }), "src/services/describe.ts"];
    const lenient = await eslint(...asWarning);
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toContain("warning");
    const strict = await eslint("--max-warnings", "0", ...asWarning);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout + strict.stderr).toContain("ESLint found too many warnings (maximum: 0)");
  });

  it("--concurrency 2 gives exactly the results of one thread", async () => {
    const [single, multi] = await Promise.all([
      eslint(".", "--format", "json", "--concurrency", "off"),
      eslint(".", "--format", "json", "--concurrency", "2"),
    ]);
    expect(multi.exitCode).toBe(single.exitCode);
    expect(comparable(JSON.parse(multi.stdout) as JsonResult[])).toEqual(comparable(JSON.parse(single.stdout) as JsonResult[]));
  });
});
