/** Type-checks a TypeScript project with some files' text replaced in memory, as a fix would leave them. */
import { dirname, resolve } from "node:path";
import ts from "typescript";

export function typeErrors(tsconfigPath: string, replacements: ReadonlyMap<string, string>): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${tsconfigPath}`);
  const host = ts.createCompilerHost(parsed.options);
  const byPath = new Map([...replacements].map(([path, text]) => [resolve(path), text]));
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => byPath.get(resolve(fileName)) ?? readFile(fileName);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => byPath.has(resolve(fileName)) || fileExists(fileName);
  const rootNames = [...new Set([...parsed.fileNames.map((name) => resolve(name)), ...byPath.keys()])];
  const program = ts.createProgram({ rootNames, options: parsed.options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => `${diagnostic.file ? diagnostic.file.fileName.replace(`${dirname(tsconfigPath)}/`, "") : ""}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
}
