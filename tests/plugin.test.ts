import { createRequire } from "node:module";
// Self-checks of the plugin as published: imported by its package name, so this is dist/.
import { ESLint, type Linter } from "eslint";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { currentRulesIndex, renderRulesIndex, ruleNamesOnDisk } from "../scripts/generate-rules-index.js";
import type { PluginDocs } from "../src/create-rule.js";
import { expectedDocsUrl } from "./paths.js";
import { fixturesDirectory } from "./rule-tester.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
type DocumentedRule = { readonly meta: { readonly docs: PluginDocs & { readonly url: string } } };
const rules = Object.entries(dumbOrchestrator.rules) as [string, DocumentedRule][];
const ruleDocs = new Map(rules.map(([name, rule]) => [`dumb-orchestrator/${name}`, rule.meta.docs]));
const serviceFile = join(fixturesDirectory, "services", "file.ts");

const NON_EXHAUSTIVE_SWITCH = `
declare const status: "open" | "closed";
switch (status) {
  case "open":
    break;
}
`;

function eslintWith(baseConfig: Linter.Config | Linter.Config[]): ESLint {
  return new ESLint({ cwd: fixturesDirectory, overrideConfigFile: true, baseConfig });
}

async function lint(baseConfig: Linter.Config | Linter.Config[], code: string, filePath = serviceFile) {
  const [result] = await eslintWith(baseConfig).lintText(code, { filePath });
  return result!.messages;
}

describe("rules index", () => {
  it("holds exactly the files in rules/", () => {
    expect(Object.keys(dumbOrchestrator.rules).sort()).toEqual(ruleNamesOnDisk());
  });

  it("is the generated one (run `npm run generate` after adding a rule)", () => {
    expect(currentRulesIndex()).toBe(renderRulesIndex(ruleNamesOnDisk()));
  });
});

describe.each(rules)("rule %s", (name, rule) => {
  it("has a doc page that its docs URL points to", () => {
    expect(existsSync(join(root, "docs", "rules", `${name}.md`))).toBe(true);
    expect(rule.meta.docs.url).toBe(expectedDocsUrl(name));
  });

  it("requires type checking and says where recommended turns it on", () => {
    expect(rule.meta.docs.requiresTypeChecking).toBe(true);
    expect(["all-files", "orchestrator-files"]).toContain(rule.meta.docs.recommended);
  });
});

describe("plugin object", () => {
  it.each(rules.flatMap(([name, rule]) => Object.entries((rule.meta as unknown as { messages: Record<string, string> }).messages).map(([id, text]) => [`${name}/${id}`, text] as const)))(
    "message %s reads well in a terminal: what is wrong in a first sentence of about 100 characters, then what to do",
    (_, text) => {
      const [firstSentence = ""] = text.split(/(?<=[.:;!?])\s/u);
      expect(firstSentence.length).toBeLessThanOrEqual(110);
      expect(text.length).toBeLessThanOrEqual(170);
    },
  );

  it("has meta read from package.json, for ESLint's cache", () => {
    expect(dumbOrchestrator.meta).toEqual({
      name: packageJson.name,
      version: packageJson.version,
      namespace: "dumb-orchestrator",
    });
  });

  it("require() from an eslint.config.cjs returns the plugin itself, not the module namespace", () => {
    const required = createRequire(import.meta.url)("eslint-plugin-dumb-orchestrator") as typeof dumbOrchestrator;
    // vitest loads its own copy of the module, so compare what a user reads, not identity.
    expect(required.meta).toEqual(dumbOrchestrator.meta);
    expect(required.configs.recommended.map((config) => config.name)).toEqual(dumbOrchestrator.configs.recommended.map((config) => config.name));
  });

  it("is the object the configs register, so users may list it under plugins too", () => {
    expect(dumbOrchestrator.configs.recommended[0]?.plugins?.["dumb-orchestrator"]).toBe(dumbOrchestrator);
  });
});

describe("configs", () => {
  const { recommended, strict } = dumbOrchestrator.configs;
  const disableTypeChecked = dumbOrchestrator.configs["disable-type-checked"];
  const allConfigObjects = [
    ...recommended,
    ...strict,
    ...dumbOrchestrator.configs.all,
    dumbOrchestrator.configs["orchestrator-rules"],
    disableTypeChecked,
  ];

  it("every config object has a unique name", () => {
    const names = allConfigObjects.map((config) => config.name);
    expect(names.every((name) => typeof name === "string" && name.startsWith("dumb-orchestrator/"))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it("recommended turns on every rule, each where its meta.docs says", () => {
    const enabled = recommended.flatMap((config) => Object.keys(config.rules ?? {}).map((id) => [id, config.files] as const));
    expect(enabled.map(([id]) => id).sort()).toEqual(rules.map(([name]) => `dumb-orchestrator/${name}`).sort());
    for (const [id, files] of enabled) {
      const scope = ruleDocs.get(id)?.recommended;
      expect(files).toContain(scope === "all-files" ? "**/*.ts" : "**/services/**/*.ts");
    }
  });

  it("no rule runs on ESLint's own TypeScript config files, which may have no type information", () => {
    for (const config of [recommended, strict, dumbOrchestrator.configs.all]) {
      for (const withRules of config.filter((object) => object.rules)) {
        expect(withRules.ignores).toEqual(expect.arrayContaining(["**/eslint.config.ts", "**/eslint.config.mts", "**/eslint.config.cts"]));
      }
    }
  });

  it("recommended sets the typescript-eslint parser with projectService", () => {
    expect(recommended[1]?.languageOptions?.parserOptions).toEqual({ projectService: {} });
    const parser = recommended[1]?.languageOptions?.parser as { meta?: { name?: string } } | undefined;
    expect(parser?.meta?.name).toBe("eslint-plugin-dumb-orchestrator/parser");
  });

  it("strict enables the same rules as recommended, with the strict options", () => {
    const ruleIds = (configs: readonly Linter.Config[]) => configs.flatMap((config) => Object.keys(config.rules ?? {})).sort();
    expect(ruleIds(strict)).toEqual(ruleIds(recommended));
    expect(strict.find((config) => config.rules?.["dumb-orchestrator/exhaustive-switch"])?.rules?.["dumb-orchestrator/exhaustive-switch"]).toEqual([
      "error",
      { defaultCase: "forbid", treatLibraryUnionsAsOwn: true },
    ]);
    const implicitReturn = "dumb-orchestrator/no-implicit-or-null-return";
    expect(strict.find((config) => config.rules?.[implicitReturn])?.rules?.[implicitReturn]).toEqual(["error", { requireDeclaredResult: true }]);
  });

  it.each([
    ["src/payments/payments.service.ts", true],
    ["src/lib/features/feature-toggle/feature-toggle-service.ts", true],
    ["src/services/payment.ts", true],
    ["src/checkout/use-cases/place-order.ts", true],
    ["src/checkout/place-order.use-case.mts", true],
    ["src/modules/user/useCases/create-user/index.ts", true],
    ["src/checkout/usecases/place-order.ts", true],
    ["src/orders/commands/place-order.handler.ts", true],
    ["src/todo/application/command-handlers/complete-todo.command-handler.ts", true],
    ["src/product/application/command-handlers/create-product-command-handler.ts", true],
    ["src/users/queries/get-users.query-handler.mts", true],
    ["src/account/application/command/signUpUserCommandHandler.ts", true],
    ["src/account/application/command/OpenAccountHandler.ts", true],
    ["src/Contexts/Mooc/Courses/application/Create/CourseCreator.ts", true],
    ["src/term/event/DeleteTermOnTermCreatedEventHandler.ts", true],
    ["src/core/applicationServices/Auth/AuthenticationService.ts", true],
    ["src/rentals/CreateRentalUseCase.ts", true],
    ["src/PaymentOrchestrator.ts", true],
    ["src/orchestrator.ts", true],
    ["src/payments/domain/payment.service.ts", false],
    ["src/payments/payments.service.spec.ts", false],
    ["src/services/payment.test.ts", false],
    ["src/payments/payment.entity.ts", false],
    ["src/payments/payment-service.spec.ts", false],
    ["src/lib/features/access/createAccessService.ts", false],
    ["src/middlewares/error-handler.ts", false],
    ["src/hooks/use-keyboard-handler.ts", false],
    ["src/domain/PaymentService.ts", false],
    ["src/core/infrastructure/http/AxiosHttpService.ts", false],
    ["src/payment/infra/services/internal-call-ride.service.ts", false],
    ["src/account/application/domain/Account.ts", false],
    ["src/account/application/command/OpenAccountHandler.spec.ts", false],
    ["src/core/applicationServices/Auth/AuthenticationService.spec.ts", false],
    ["src/services/auth.e2e-spec.ts", false],
    ["src/services/authentication.service.integration-spec.ts", false],
    ["src/services/payment.load-test.ts", false],
    ["src/services/__tests__/event-bus.ts", false],
    ["src/payments/__mocks__/payments.service.ts", false],
    ["src/services/api-spec.ts", true],
    ["src/services/contest.ts", true],
  ])("recommended runs the orchestrator rules on %s: %s", async (file, expected) => {
    const config = (await eslintWith([...recommended]).calculateConfigForFile(join(fixturesDirectory, file))) as Linter.Config;
    expect(config.rules?.["dumb-orchestrator/no-throw-control-flow"] !== undefined).toBe(expected);
    expect(config.rules?.["dumb-orchestrator/exhaustive-switch"]).toBeDefined();
  });

  it("a user's rules entry without files finds the plugin", async () => {
    const messages = await lint([...recommended, { rules: { "dumb-orchestrator/exhaustive-switch": "warn" } }], NON_EXHAUSTIVE_SWITCH);
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([["dumb-orchestrator/exhaustive-switch", 1]]);
  });

  it("orchestrator-rules, given files of a layout of one's own (the README's use cases under domain/), turns the orchestrator rules on there", async () => {
    const { all } = dumbOrchestrator.configs;
    const useCases = { ...dumbOrchestrator.configs["orchestrator-rules"], files: ["src/domain/*/application/**/*.ts"], ignores: ["**/*.spec.ts"] };
    const useCase = join(fixturesDirectory, "src/domain/payments/application/use-cases/refund-payment.use-case.ts");
    const hasOrchestratorRules = async (config: Linter.Config[], file: string) =>
      ((await eslintWith(config).calculateConfigForFile(file)) as Linter.Config).rules?.["dumb-orchestrator/no-throw-control-flow"] !== undefined;
    expect(await hasOrchestratorRules([...recommended], useCase)).toBe(false);
    expect(await hasOrchestratorRules([...recommended, useCases], useCase)).toBe(true);
    expect(await hasOrchestratorRules([...recommended, useCases], useCase.replace(".ts", ".spec.ts"))).toBe(false);
    const everywhere = (await eslintWith([...all]).calculateConfigForFile(join(fixturesDirectory, "src/lib/anything.ts"))) as Linter.Config;
    expect(Object.keys(everywhere.rules ?? {}).filter((id) => id.startsWith("dumb-orchestrator/")).sort()).toEqual(
      rules.map(([name]) => `dumb-orchestrator/${name}`).sort(),
    );
  });

  it("disable-type-checked turns every rule off", () => {
    expect(Object.values(disableTypeChecked.rules)).toEqual(rules.map(() => "off"));
    expect(Object.keys(disableTypeChecked.rules).length).toBe(rules.length);
  });

  it.each([
    ["recommended", recommended],
    ["strict", strict],
  ] as const)("%s loads through new ESLint() and finds a real violation", async (_, config) => {
    const messages = await lint([...config], NON_EXHAUSTIVE_SWITCH);
    expect(messages.map((message) => message.ruleId)).toEqual(["dumb-orchestrator/exhaustive-switch"]);
    expect(messages[0]?.message).toContain('"closed"');
  });

  it("disable-type-checked silences the recommended rules", async () => {
    expect(await lint([...recommended, disableTypeChecked], NON_EXHAUSTIVE_SWITCH)).toEqual([]);
  });
});

describe("bad input fails clearly", () => {
  const parser = dumbOrchestrator.configs.recommended[1]!.languageOptions!.parser!;

  it.each(rules.map(([name]) => name))("%s, without type information, says to enable parserOptions.projectService", async (name) => {
    const untyped: Linter.Config = {
      files: ["**/*.ts"],
      plugins: { "dumb-orchestrator": dumbOrchestrator },
      languageOptions: { parser },
      rules: { [`dumb-orchestrator/${name}`]: "error" },
    };
    await expect(lint(untyped, NON_EXHAUSTIVE_SWITCH)).rejects.toThrow(
      new RegExp(`"dumb-orchestrator/${name}" needs type information.*parserOptions\\.projectService: true`, "s"),
    );
  });

  it("malformed rule options fail ESLint's schema validation with a readable message", async () => {
    const config: Linter.Config[] = [
      ...dumbOrchestrator.configs.recommended,
      { rules: { "dumb-orchestrator/exhaustive-switch": ["error", { defaultCase: "sometimes" }] } },
    ];
    await expect(lint(config, NON_EXHAUSTIVE_SWITCH)).rejects.toThrow(/exhaustive-switch.*"sometimes" should be equal to one of the allowed values/s);
  });

  it("an invalid defaultCaseCommentPattern names the option", async () => {
    const config: Linter.Config[] = [
      ...dumbOrchestrator.configs.recommended,
      { rules: { "dumb-orchestrator/exhaustive-switch": ["error", { defaultCaseCommentPattern: "(" }] } },
    ];
    await expect(lint(config, NON_EXHAUSTIVE_SWITCH)).rejects.toThrow(/defaultCaseCommentPattern is not a valid regular expression/);
  });

  it("malformed settings name the key", async () => {
    const config: Linter.Config[] = [
      ...dumbOrchestrator.configs.recommended,
      { settings: { "dumb-orchestrator": { discriminants: "kind" } } },
    ];
    await expect(lint(config, NON_EXHAUSTIVE_SWITCH)).rejects.toThrow(/settings\["dumb-orchestrator"\]\.discriminants must be a non-empty array/);
  });
});
