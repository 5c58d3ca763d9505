// The editor: the real ESLint language server (VS Code's and Neovim's) on the example project.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTextEdits, eslintExtensionSettings, LanguageServerClient, type Range, type TextEdit } from "../scripts/language-server-client.js";
import { exampleDirectory, expectedDocsUrl, languageServerBin } from "./paths.js";
import { typeErrors } from "./type-check.js";

const workspaceUri = pathToFileURL(exampleDirectory).href.replace(/\/$/, "");

interface Diagnostic {
  readonly range: Range;
  readonly code: string;
  readonly source: string;
  readonly message: string;
  readonly codeDescription?: { readonly href: string };
}
interface WorkspaceEdit {
  readonly changes?: Record<string, TextEdit[]>;
  readonly documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
}
interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly edit?: WorkspaceEdit;
  readonly command?: { readonly command: string; readonly arguments?: unknown[] };
}

function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  return edit?.changes?.[uri] ?? edit?.documentChanges?.find((change) => change.textDocument.uri === uri)?.edits ?? [];
}


describe("vscode-eslint-language-server on examples/payments", () => {
  let client: LanguageServerClient;
  let version = 1;
  /** Edits the server asked the editor to apply (`workspace/applyEdit`), as an editor would. */
  const appliedEdits: WorkspaceEdit[] = [];

  const opened = new Set<string>();
  /** Opens a file in the editor once; later calls return it as it is on disk, still unedited. */
  const open = (relativePath: string) => {
    const uri = pathToFileURL(join(exampleDirectory, relativePath)).href;
    const text = readFileSync(join(exampleDirectory, relativePath), "utf8");
    if (!opened.has(uri)) client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: version++, text } });
    opened.add(uri);
    return { uri, text };
  };

  const typeErrorsAfterReplacing = (relativePath: string, text: string) =>
    typeErrors(join(exampleDirectory, "tsconfig.json"), new Map([[join(exampleDirectory, relativePath), text]]));

  const pullDiagnostics = async (uri: string) => {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
    expect(report.kind).toBe("full");
    return report.items;
  };

  beforeAll(async () => {
    client = new LanguageServerClient(process.execPath, [languageServerBin, "--stdio"], exampleDirectory, (method, params) => {
      if (method === "workspace/configuration") {
        return ((params as { items: unknown[] }).items ?? []).map(() => eslintExtensionSettings(workspaceUri));
      }
      if (method === "workspace/applyEdit") {
        appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
        return { applied: true };
      }
      return null;
    });
    await client.request("initialize", {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: "payments" }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source"] } } },
        },
      },
    });
    client.notify("initialized", {});
  });

  afterAll(async () => {
    await client?.shutdown();
  });

  let lastActionTitle: string | undefined;

  /** Applies the quick fix whose title starts with `titlePrefix` the way the editor does, and returns the new text. */
  const applySuggestion = async (uri: string, text: string, diagnostic: Diagnostic, titlePrefix: string): Promise<string> => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ["quickfix"] },
    });
    const action = actions.find((candidate) => candidate.title.startsWith(titlePrefix));
    lastActionTitle = action?.title;
    // The server answers a suggestion with a command; executing it makes the server send the edit.
    let edits = editsFor(action!.edit, uri);
    if (action!.command) {
      await client.request("workspace/executeCommand", action!.command);
      edits = editsFor(appliedEdits.at(-1), uri);
    }
    return applyTextEdits(text, edits);
  };

  it("squiggles every rule's findings at the right range, with a working docs link", async () => {
    const { uri } = open("src/services/checkout-orchestrator.ts");
    const diagnostics = await pullDiagnostics(uri);
    expect(diagnostics.map(({ code, range }) => ({ code, range }))).toEqual([
      { code: "dumb-orchestrator/no-throw-control-flow", range: { start: { line: 19, character: 6 }, end: { line: 19, character: 48 } } },
      { code: "dumb-orchestrator/no-business-conditional", range: { start: { line: 22, character: 8 }, end: { line: 22, character: 31 } } },
      { code: "dumb-orchestrator/no-business-conditional", range: { start: { line: 25, character: 4 }, end: { line: 25, character: 11 } } },
      { code: "dumb-orchestrator/no-throw-control-flow", range: { start: { line: 34, character: 15 }, end: { line: 34, character: 66 } } },
      { code: "dumb-orchestrator/no-throw-control-flow", range: { start: { line: 36, character: 15 }, end: { line: 36, character: 49 } } },
    ]);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe("eslint");
      expect(diagnostic.codeDescription?.href).toBe(expectedDocsUrl(diagnostic.code.replace("dumb-orchestrator/", "")));
    }
  });

  it("applies an exhaustive-switch quick fix, which removes its diagnostic and only that one", async () => {
    const { uri, text } = open("src/services/refund-orchestrator.ts");
    const before = await pullDiagnostics(uri);
    const startLines = (items: readonly Diagnostic[]) => items.map((item) => `${item.range.start.line}:${item.code}`);
    expect(startLines(before)).toEqual([
      "16:dumb-orchestrator/exhaustive-switch",
      "20:dumb-orchestrator/exhaustive-switch",
      "28:dumb-orchestrator/no-implicit-or-null-return",
      "38:dumb-orchestrator/no-implicit-or-null-return",
      "40:dumb-orchestrator/exhaustive-switch",
    ]);
    const target = before[1]!;
    expect(target.range).toEqual({ start: { line: 20, character: 12 }, end: { line: 20, character: 23 } });

    const fixed = await applySuggestion(uri, text, target, "Add `case` clauses for");
    expect(lastActionTitle).toBe('Add `case` clauses for "require_verification". (dumb-orchestrator/exhaustive-switch)');
    expect(fixed).toContain(
      '        return { kind: "refunded", paymentId };\n      case "require_verification": {\n        // TODO: handle "require_verification"\n        break;\n      }\n    }\n',
    );

    client.notify("textDocument/didChange", { textDocument: { uri, version: version++ }, contentChanges: [{ text: fixed }] });
    // The fixed switch is gone; every other finding is still there, four lines further down.
    expect(startLines(await pullDiagnostics(uri))).toEqual([
      "16:dumb-orchestrator/exhaustive-switch",
      "32:dumb-orchestrator/no-implicit-or-null-return",
      "42:dumb-orchestrator/no-implicit-or-null-return",
      "44:dumb-orchestrator/exhaustive-switch",
    ]);
  });

  it("offers returning a result variant instead of a throw, which adds no type error", async () => {
    const { uri, text } = open("src/services/checkout-orchestrator.ts");
    const [throwDiagnostic] = await pullDiagnostics(uri);
    expect(throwDiagnostic?.code).toBe("dumb-orchestrator/no-throw-control-flow");
    const fixed = await applySuggestion(uri, text, throwDiagnostic!, "Return `{ kind: \"not_found\", paymentId }`");
    expect(fixed).toContain('if (fetched.kind === "not_found") {\n      return { kind: "not_found", paymentId };\n    }');
    // No new type error (the example breaks the pattern, and one of its files the compiler too, on purpose).
    expect(typeErrorsAfterReplacing("src/services/checkout-orchestrator.ts", fixed)).toEqual(
      typeErrorsAfterReplacing("src/services/checkout-orchestrator.ts", text),
    );
    client.notify("textDocument/didChange", { textDocument: { uri, version: version++ }, contentChanges: [{ text: fixed }] });
    const after = await pullDiagnostics(uri);
    expect(after.map((item) => `${item.range.start.line}:${item.code}`)).not.toContain("19:dumb-orchestrator/no-throw-control-flow");
  });
});
