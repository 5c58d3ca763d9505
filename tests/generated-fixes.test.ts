// PATTERN.md §3, "Fixes and suggestions", at scale: on seeded generated programs, every autofix
// (`eslint --fix`) and every suggestion leaves code that parses and, where the input type-checked,
// still type-checks — but for the to-do stubs that `exhaustive-switch` marks on purpose.
import { ESLint, type Linter } from "eslint";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateProgram } from "./generated-programs.js";

const PROGRAMS = Number(process.env.GENERATED_PROGRAMS ?? 40);
const FIRST_SEED = Number(process.env.GENERATED_SEED ?? 1);
/** Inside the repository, so that imports (`zod`) resolve through its node_modules. */
const directory = join(import.meta.dirname, ".generated");
/** "Function lacks ending return statement", "Not all code paths return a value": what a `// TODO` stub leaves. */
const STUB_ERROR_CODES = new Set([2366, 7030]);

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  experimentalDecorators: true,
  types: [],
};

/** A compiler host that keeps library files parsed between programs, so each check costs one small file. */
const host = ts.createCompilerHost(options);
const parsedFiles = new Map<string, ts.SourceFile | undefined>();
const getSourceFile = host.getSourceFile.bind(host);
const overrides = new Map<string, string>();
host.getSourceFile = (fileName, languageVersion) => {
  const override = overrides.get(fileName);
  if (override !== undefined) return ts.createSourceFile(fileName, override, languageVersion, true);
  if (!parsedFiles.has(fileName)) parsedFiles.set(fileName, getSourceFile(fileName, languageVersion));
  return parsedFiles.get(fileName);
};
let previousProgram: ts.Program | undefined;

/** Semantic and syntactic errors of one file's text, by code and message. */
function errorsOf(fileName: string, text: string): { code: number; text: string }[] {
  overrides.clear();
  overrides.set(fileName, text);
  const program = ts.createProgram({ rootNames: [fileName], options, host, oldProgram: previousProgram });
  previousProgram = program;
  const sourceFile = program.getSourceFile(fileName)!;
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)].map((diagnostic) => ({
    code: diagnostic.code,
    text: `${diagnostic.start === undefined ? "" : `${sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `}${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
  }));
}

function parseErrors(fileName: string, text: string): string[] {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  return (sourceFile as ts.SourceFile & { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((diagnostic) =>
    ts.flattenDiagnosticMessageText(diagnostic.messageText, " "),
  );
}

function applyFix(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

interface Program {
  readonly seed: number;
  readonly fileName: string;
  readonly text: string;
}

function failure(program: Program, what: string, output: string, errors: readonly string[]): string {
  return `seed ${program.seed}: ${what}\n${errors.join("\n")}\n--- program ---\n${program.text}\n--- output ---\n${output}`;
}

describe(`fixes and suggestions on ${PROGRAMS} generated programs (seeds ${FIRST_SEED}…)`, () => {
  const programs: Program[] = Array.from({ length: PROGRAMS }, (_, index) => {
    const seed = FIRST_SEED + index;
    return { seed, fileName: join(directory, `program-${seed}.ts`), text: generateProgram(seed) };
  });
  let linted: ESLint.LintResult[] = [];
  let fixed: ESLint.LintResult[] = [];

  beforeAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...options, lib: ["ES2023"], target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext" }, include: ["*.ts"] }));
    for (const program of programs) writeFileSync(program.fileName, program.text);
    const baseConfig: Linter.Config[] = [...dumbOrchestrator.configs.all];
    linted = await new ESLint({ cwd: directory, overrideConfigFile: true, baseConfig }).lintFiles(["*.ts"]);
    fixed = await new ESLint({ cwd: directory, overrideConfigFile: true, baseConfig, fix: true }).lintFiles(["*.ts"]);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("generates programs that type-check, so that the type-check assertions below mean something", () => {
    const valid = programs.filter((program) => errorsOf(program.fileName, program.text).length === 0);
    expect(valid.length / programs.length).toBeGreaterThanOrEqual(0.9);
  });

  it("lints every program without a fatal error, and offers fixes and suggestions to check", () => {
    const fatal = linted.flatMap((result) => result.messages.filter((message) => message.fatal));
    expect(fatal).toEqual([]);
    expect(fixed.filter((result) => result.output !== undefined).length).toBeGreaterThan(programs.length / 2);
    expect(linted.flatMap((result) => result.messages.flatMap((message) => message.suggestions ?? [])).length).toBeGreaterThan(programs.length);
  });

  it("--fix output parses, and type-checks where the input did", () => {
    const failures: string[] = [];
    for (const program of programs) {
      const output = fixed.find((result) => result.filePath === program.fileName)?.output;
      if (output === undefined) continue;
      const unparsable = parseErrors(program.fileName, output);
      if (unparsable.length > 0) failures.push(failure(program, "--fix output does not parse", output, unparsable));
      else if (errorsOf(program.fileName, program.text).length === 0) {
        const errors = errorsOf(program.fileName, output).map((error) => error.text);
        if (errors.length > 0) failures.push(failure(program, "--fix output does not type-check", output, errors));
      }
    }
    expect(failures).toEqual([]);
  });

  it("every suggestion's output parses, and type-checks where the input did (but for marked to-do stubs)", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const program of programs) {
      const inputTypeChecks = errorsOf(program.fileName, program.text).length === 0;
      const messages = linted.find((result) => result.filePath === program.fileName)?.messages ?? [];
      for (const message of messages) {
        for (const suggestion of message.suggestions ?? []) {
          checked++;
          const output = applyFix(program.text, suggestion.fix);
          const what = `${message.ruleId} suggestion "${suggestion.desc}" at ${message.line}:${message.column}`;
          const unparsable = parseErrors(program.fileName, output);
          if (unparsable.length > 0) {
            failures.push(failure(program, `${what} does not parse`, output, unparsable));
            continue;
          }
          if (!inputTypeChecks) continue;
          const stubs = output.includes("// TODO: handle");
          const errors = errorsOf(program.fileName, output).filter((error) => !(stubs && STUB_ERROR_CODES.has(error.code)));
          if (errors.length > 0) failures.push(failure(program, `${what} does not type-check`, output, errors.map((error) => error.text)));
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
