// Installed as users install it: `npm pack`, then the tarball in a fresh project with ESLint 9 and
// with ESLint 10 (the peer range promises both), linted by the real CLI with the one-line config.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const INSTALL_TIMEOUT = 240_000;

interface Run {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const SERVICE = `type Result = { readonly kind: "paid" } | { readonly kind: "declined" } | { readonly kind: "pending" };
interface PaymentGateway {
  charge(amount: number): Promise<Result>;
}

export class PaymentOrchestrator {
  constructor(private readonly gateway: PaymentGateway) {}

  async pay(amount: number): Promise<Result> {
    const result = await this.gateway.charge(amount);
    switch (result.kind) {
      case "paid":
        return result;
      case "declined":
        return result;
    }
  }
}
`;

// Every kind listed, and a `default` that asserts `never`, so that the never-assertion is read on each TypeScript tested.
const CLEAN_SERVICE = `function assertNever(value: never): never {\n  throw new Error(String(value));\n}\n${SERVICE.replace(
  `      case "declined":\n        return result;\n`,
  `      case "declined":\n      case "pending":\n        return result;\n      default:\n        return assertNever(result);\n`,
)}`;

let workDirectory: string;
let tarball: string;

beforeAll(async () => {
  workDirectory = mkdtempSync(join(tmpdir(), "dumb-orchestrator-packed-"));
  const packed = await run(npm, ["pack", "--pack-destination", workDirectory], root);
  expect(packed.exitCode, packed.stderr).toBe(0);
  tarball = join(workDirectory, readdirSync(workDirectory).find((file) => file.endsWith(".tgz"))!);
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("passes publint", async () => {
    const result = await run(process.execPath, [join(root, "node_modules", "publint", "src", "cli.js"), "run", tarball, "--strict"], root);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  });

  it("passes Are the Types Wrong (ESM-only profile)", async () => {
    const attw = join(root, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
    const result = await run(process.execPath, [attw, tarball, "--profile", "esm-only", "--format", "json"], root);
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  });
});

/** A fresh project with a failing and a clean service folder, the one-line config, and `packages` installed next to the tarball. */
async function consumerProject(name: string, packages: readonly string[], installFlags: readonly string[] = []): Promise<string> {
  const project = join(workDirectory, name);
  mkdirSync(join(project, "src", "services"), { recursive: true });
  mkdirSync(join(project, "clean", "services"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(join(project, "eslint.config.js"), ONE_LINE_CONFIG);
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", noEmit: true }, include: ["src", "clean"] }),
  );
  writeFileSync(join(project, "src", "services", "payment-orchestrator.ts"), SERVICE);
  writeFileSync(join(project, "clean", "services", "payment-orchestrator.ts"), CLEAN_SERVICE);
  const installed = await run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", ...installFlags, tarball, ...packages], project);
  expect(installed.exitCode, installed.stderr).toBe(0);
  return project;
}

const ONE_LINE_CONFIG = `import { defineConfig } from "eslint/config";\nimport dumbOrchestrator from "eslint-plugin-dumb-orchestrator";\n\nexport default defineConfig({ extends: [dumbOrchestrator.configs.recommended] });\n`;

function eslintIn(project: string) {
  return (...args: string[]) => run(process.execPath, [join(project, "node_modules", "eslint", "bin", "eslint.js"), ...args], project);
}

function ruleIdsOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((file) => file.messages.map((message) => message.ruleId)).sort();
}

const EXPECTED_FINDINGS = ["dumb-orchestrator/exhaustive-switch", "dumb-orchestrator/no-implicit-or-null-return"];

// The README's install line, `npm install --save-dev eslint typescript@~6.0 eslint-plugin-dumb-orchestrator`,
// with each ESLint major of the peer range, the oldest TypeScript of the peer range, and the two we develop and test on.
describe.each([
  ["ESLint 9", "TypeScript 4.8", "eslint@^9.22.0", "typescript@4.8.4"],
  ["ESLint 9", "TypeScript 5.9", "eslint@^9.22.0", "typescript@~5.9.3"],
  ["ESLint 9", "TypeScript 6.0", "eslint@^9.22.0", "typescript@~6.0"],
  ["ESLint 10", "TypeScript 5.9", "eslint@^10.0.0", "typescript@~5.9.3"],
  ["ESLint 10", "TypeScript 6.0", "eslint@^10.0.0", "typescript@~6.0"],
])("installed with %s and %s", (eslintName, typescriptName, eslintSpec, typescriptSpec) => {
  let project: string;

  beforeAll(async () => {
    project = await consumerProject(`${eslintSpec}-${typescriptSpec}`.replace(/\W+/g, "-"), [eslintSpec, typescriptSpec]);
  }, INSTALL_TIMEOUT);

  it("has that ESLint and TypeScript installed", () => {
    const versionOf = (name: string) => (JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    expect(`ESLint ${versionOf("eslint")}`.startsWith(`${eslintName}.`)).toBe(true);
    expect(`TypeScript ${versionOf("typescript")}`.startsWith(`${typescriptName}.`)).toBe(true);
  });

  it("reports the rules' findings in a service folder and exits 1", async () => {
    const result = await eslintIn(project)("src", "--format", "json");
    expect(result.exitCode, result.stderr).toBe(1);
    expect(ruleIdsOf(result.stdout)).toEqual(EXPECTED_FINDINGS);
  });

  it("exits 0 on a folder that follows the pattern", async () => {
    const result = await eslintIn(project)("clean");
    expect(result, result.stderr).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });
});

describe("config files as users write them (ESLint 10, TypeScript 6.0)", () => {
  let project: string;
  let eslint: ReturnType<typeof eslintIn>;

  beforeAll(async () => {
    project = await consumerProject("config-files", ["eslint@^10.0.0", "typescript@~6.0", "jiti@^2"]);
    eslint = eslintIn(project);
    writeFileSync(join(project, "eslint.config.mjs"), ONE_LINE_CONFIG);
    writeFileSync(
      join(project, "eslint.config.cjs"),
      `const { defineConfig } = require("eslint/config");\nconst dumbOrchestrator = require("eslint-plugin-dumb-orchestrator");\n\nmodule.exports = defineConfig({ extends: [dumbOrchestrator.configs.recommended] });\n`,
    );
    // Outside the tsconfig's include, as a root eslint.config.ts usually is.
    writeFileSync(join(project, "eslint.config.ts"), ONE_LINE_CONFIG);
  }, INSTALL_TIMEOUT);

  it.each(["eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts"])("%s loads the plugin and finds the violations", async (configFile) => {
    const result = await eslint("--config", configFile, "src", "--format", "json");
    expect(result.exitCode, result.stderr).toBe(1);
    expect(ruleIdsOf(result.stdout)).toEqual(EXPECTED_FINDINGS);
  });

  it("lints the root eslint.config.ts itself without a parse error", async () => {
    const result = await eslint("--config", "eslint.config.ts", "eslint.config.ts");
    expect(result, result.stderr).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("adopts on a big codebase with bulk suppressions: suppress all, then only a new violation fails", async () => {
    expect((await eslint("src", "--suppress-all")).exitCode).toBe(0);
    expect((await eslint("src")).exitCode).toBe(0);
    writeFileSync(join(project, "src", "services", "new-orchestrator.ts"), SERVICE);
    const result = await eslint("src", "--format", "json");
    expect(result.exitCode, result.stderr).toBe(1);
    const failing = (JSON.parse(result.stdout) as { filePath: string; messages: unknown[] }[]).filter((file) => file.messages.length > 0);
    expect(failing.map((file) => file.filePath)).toEqual([join(project, "src", "services", "new-orchestrator.ts")]);
  });
});

describe("a project that compiles with TypeScript 7", () => {
  it("lints with the documented side-by-side install: TypeScript 7 as tsc, TypeScript 6 for tools", async () => {
    const project = await consumerProject("typescript-7-recipe", [
      "eslint@^10.0.0",
      "@typescript/native@npm:typescript@^7.0.2",
      "typescript@npm:@typescript/typescript6@^6.0.2",
    ]);
    const compiler = await run(process.execPath, [join(project, "node_modules", "@typescript", "native", "bin", "tsc"), "--version"], project);
    expect(compiler.stdout).toMatch(/Version 7\./);
    const result = await eslintIn(project)("src", "--format", "json");
    expect(result.exitCode, result.stderr).toBe(1);
    expect(ruleIdsOf(result.stdout)).toEqual(EXPECTED_FINDINGS);
  }, INSTALL_TIMEOUT);

  it("with TypeScript 7 alone, fails with a message that says what to install", async () => {
    const project = await consumerProject("typescript-7-alone", ["eslint@^10.0.0", "typescript@^7.0.2"], ["--legacy-peer-deps"]);
    const result = await eslintIn(project)("src");
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("found TypeScript 7.");
    expect(result.stderr).toContain('"typescript@npm:@typescript/typescript6@^6.0"');
  }, INSTALL_TIMEOUT);
});
