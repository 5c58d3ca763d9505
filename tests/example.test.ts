// The example project, linted through its own eslint.config.js (the one-line `extends`), as
// `npm run example` does: the pattern-following orchestrator is clean, the broken files are not.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { exampleDirectory } from "./paths.js";

describe("examples/payments", async () => {
  const results = await new ESLint({ cwd: exampleDirectory }).lintFiles(["."]);
  const findings = Object.fromEntries(
    results.map((result) => [
      result.filePath.slice(exampleDirectory.length),
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`),
    ]),
  );

  it("lints every TypeScript file of the example with type information and no crash", () => {
    expect(Object.keys(findings).sort()).toEqual([
      "eslint.config.js",
      "src/api/schemas.ts",
      "src/domain/payment.ts",
      "src/domain/refunds.ts",
      "src/domain/results.ts",
      "src/services/checkout-orchestrator.ts",
      "src/services/describe.ts",
      "src/services/ledger-service.ts",
      "src/services/notification-coordinator.ts",
      "src/services/payment-orchestrator.ts",
      "src/services/payouts.ts",
      "src/services/ports.ts",
      "src/services/refund-orchestrator.ts",
    ]);
  });

  it("finds nothing in the orchestrators that follow the pattern, nor in the domain", () => {
    expect(findings["src/services/payment-orchestrator.ts"]).toEqual([]);
    expect(findings["src/services/ledger-service.ts"]).toEqual([]); // decorated, NestJS style
    expect(findings["src/domain/payment.ts"]).toEqual([]);
    expect(findings["src/domain/results.ts"]).toEqual([]);
  });

  it("reports the switches that miss or hide kinds", () => {
    expect(findings["src/services/describe.ts"]).toEqual(["5:11 dumb-orchestrator/exhaustive-switch"]);
  });

  it("reports result kinds with defaults, in classes and zod schemas", () => {
    expect(findings["src/domain/refunds.ts"]).toEqual(["3:19 dumb-orchestrator/no-result-kind-default"]);
    expect(findings["src/api/schemas.ts"]).toEqual(["5:40 dumb-orchestrator/no-result-kind-default"]);
  });

  it("reports every way the refund orchestrator breaks the pattern", () => {
    expect(findings["src/services/refund-orchestrator.ts"]).toEqual([
      "17:7 dumb-orchestrator/exhaustive-switch",
      "21:13 dumb-orchestrator/exhaustive-switch",
      "29:54 dumb-orchestrator/no-implicit-or-null-return",
      "39:9 dumb-orchestrator/no-implicit-or-null-return",
      "41:13 dumb-orchestrator/exhaustive-switch",
    ]);
  });

  it("reports a standalone process function but not the pure helper beside it", () => {
    expect(findings["src/services/payouts.ts"]).toEqual([
      "8:23 dumb-orchestrator/no-implicit-or-null-return",
      "8:23 dumb-orchestrator/no-standalone-process-function",
    ]);
  });

  it("reports state, a constructed gateway, static orchestration and a stateless coordinator", () => {
    expect(findings["src/services/notification-coordinator.ts"]).toEqual([
      "17:11 dumb-orchestrator/frozen-orchestrator",
      "18:30 dumb-orchestrator/frozen-orchestrator",
      "26:16 dumb-orchestrator/frozen-orchestrator",
      "26:53 dumb-orchestrator/no-implicit-or-null-return",
      "31:14 dumb-orchestrator/frozen-orchestrator",
    ]);
  });

  it("reports the business decisions and the exceptions of the checkout orchestrator", () => {
    expect(findings["src/services/checkout-orchestrator.ts"]).toEqual([
      "20:7 dumb-orchestrator/no-throw-control-flow",
      "23:9 dumb-orchestrator/no-business-conditional",
      "26:5 dumb-orchestrator/no-business-conditional",
      "35:16 dumb-orchestrator/no-throw-control-flow",
      "37:16 dumb-orchestrator/no-throw-control-flow",
    ]);
  });
});
