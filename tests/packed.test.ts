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

const CLEAN_SERVICE = SERVICE.replace(`      case "declined":\n`, `      case "declined":\n      case "pending":\n`);

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

describe.each([
  ["ESLint 9", "eslint@^9.22.0", "9."],
  ["ESLint 10", "eslint@^10.0.0", "10."],
])("installed with %s", (_, eslintSpec, majorPrefix) => {
  let project: string;

  beforeAll(async () => {
    project = join(workDirectory, eslintSpec.replace(/\W+/g, "-"));
    mkdirSync(join(project, "src", "services"), { recursive: true });
    mkdirSync(join(project, "clean", "services"), { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    writeFileSync(
      join(project, "eslint.config.js"),
      `import { defineConfig } from "eslint/config";\nimport dumbOrchestrator from "eslint-plugin-dumb-orchestrator";\n\nexport default defineConfig({ extends: [dumbOrchestrator.configs.recommended] });\n`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", noEmit: true }, include: ["src", "clean"] }),
    );
    writeFileSync(join(project, "src", "services", "payment-orchestrator.ts"), SERVICE);
    writeFileSync(join(project, "clean", "services", "payment-orchestrator.ts"), CLEAN_SERVICE);
    const installed = await run(
      npm,
      ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, eslintSpec, "typescript@~5.9.3", "typescript-eslint@^8.72.0"],
      project,
    );
    expect(installed.exitCode, installed.stderr).toBe(0);
  }, INSTALL_TIMEOUT);

  it("has that ESLint major installed", () => {
    const installed = JSON.parse(readFileSync(join(project, "node_modules", "eslint", "package.json"), "utf8")) as { version: string };
    expect(installed.version.startsWith(majorPrefix)).toBe(true);
  });

  const eslint = (...args: string[]) => run(process.execPath, [join(project, "node_modules", "eslint", "bin", "eslint.js"), ...args], project);

  it("reports the rules' findings in a service folder and exits 1", async () => {
    const result = await eslint("src", "--format", "json");
    expect(result.exitCode, result.stderr).toBe(1);
    const ruleIds = (JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[]).flatMap((file) =>
      file.messages.map((message) => message.ruleId),
    );
    expect(ruleIds.sort()).toEqual(["dumb-orchestrator/exhaustive-switch", "dumb-orchestrator/no-implicit-or-null-return"]);
  });

  it("exits 0 on a folder that follows the pattern", async () => {
    const result = await eslint("clean");
    expect(result, result.stderr).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });
});
