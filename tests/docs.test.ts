// Every rule's doc page: its sections exist and its ❌/✅ examples behave as written.
import { ESLint, type Linter } from "eslint";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixturesDirectory } from "./rule-tester.js";

const docsDirectory = fileURLToPath(new URL("../docs/rules/", import.meta.url));
const parser = dumbOrchestrator.configs.recommended[1]!.languageOptions!.parser!;

interface Example {
  readonly verdict: "❌" | "✅";
  readonly options: unknown[];
  readonly code: string;
  readonly line: number;
}

/** Code blocks whose first line is `// ❌` or `// ✅`, optionally followed by `with {options}`. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const match of markdown.matchAll(/^```ts\n(\/\/ (❌|✅)(?: with (\{.*\}))?.*\n[\s\S]*?)^```$/gm)) {
    examples.push({
      verdict: match[2] as Example["verdict"],
      options: match[3] ? [JSON.parse(match[3])] : [],
      code: match[1]!,
      line: markdown.slice(0, match.index).split("\n").length,
    });
  }
  return examples;
}

async function reportsOf(ruleName: string, example: Example): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({
    cwd: fixturesDirectory,
    overrideConfigFile: true,
    baseConfig: {
      files: ["**/*.ts"],
      plugins: { "dumb-orchestrator": dumbOrchestrator },
      languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: fixturesDirectory } },
      rules: { [`dumb-orchestrator/${ruleName}`]: ["error", ...example.options] },
    },
  });
  const [result] = await eslint.lintText(example.code, { filePath: join(fixturesDirectory, "services", "file.ts") });
  return result!.messages;
}

describe.each(Object.entries(dumbOrchestrator.rules))("docs/rules/%s.md", (ruleName, rule) => {
  const markdown = readFileSync(join(docsDirectory, `${ruleName}.md`), "utf8");
  const examples = examplesOf(markdown);

  const hasOptions = JSON.stringify(rule.meta?.schema ?? []) !== "[]";

  it("has an Examples section, an Options section when the rule has options, and both kinds of example", () => {
    expect(markdown).toMatch(/^## Examples$/m);
    expect(/^## Options$/m.test(markdown)).toBe(hasOptions);
    expect(examples.some((example) => example.verdict === "❌")).toBe(true);
    expect(examples.some((example) => example.verdict === "✅")).toBe(true);
  });

  it("stands alone: links to the pattern page, cites no internal spec or Python, shows each option in a rules snippet", () => {
    expect(markdown).toContain("](../pattern.md)");
    expect(markdown).not.toMatch(/PATTERN\.md|\bseed\b|Python|\braise\b|\bdef\s/);
    const optionNames = Object.keys((rule.meta?.schema as { properties?: object }[] | undefined)?.[0]?.properties ?? {});
    const rulesSnippets = [...markdown.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]!).filter((code) => code.includes(`"dumb-orchestrator/${ruleName}"`));
    for (const option of optionNames) expect(rulesSnippets.some((code) => code.includes(option)), option).toBe(true);
  });

  it.each(examples.map((example) => [`${example.verdict} at line ${example.line}`, example] as const))(
    "example %s behaves as written",
    async (_, example) => {
      const messages = await reportsOf(ruleName, example);
      expect(messages.filter((message) => message.ruleId === null)).toEqual([]); // no parse errors
      if (example.verdict === "❌") {
        expect(messages.length).toBeGreaterThan(0);
      } else {
        expect(messages).toEqual([]);
      }
    },
  );
});

describe("docs/pattern.md", () => {
  const markdown = readFileSync(join(docsDirectory, "..", "pattern.md"), "utf8");

  it("links every rule's page", () => {
    for (const ruleName of Object.keys(dumbOrchestrator.rules)) expect(markdown).toContain(`](rules/${ruleName}.md)`);
  });
});
