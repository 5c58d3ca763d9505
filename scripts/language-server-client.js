/**
 * A minimal Language Server Protocol client over stdio: JSON-RPC with Content-Length framing, enough
 * to drive vscode-eslint-language-server the way an editor does. Used by the language-server test and
 * by the editor benchmark.
 */
import { spawn } from "node:child_process";

/**
 * @typedef {{ readonly line: number; readonly character: number }} Position
 * @typedef {{ readonly start: Position; readonly end: Position }} Range
 * @typedef {{ readonly range: Range; readonly newText: string }} TextEdit
 * @typedef {{ jsonrpc: "2.0"; id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }} Message
 * @typedef {(method: string, params: unknown) => unknown} RequestHandler Answers the server's own requests; `null` when not handled.
 */

export class LanguageServerClient {
  /** @type {import("node:child_process").ChildProcessWithoutNullStreams} */
  #server;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  /** @type {Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>} */
  #pending = new Map();
  /** @type {RequestHandler} */
  #onRequest;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = "";

  /**
   * @param {string} command
   * @param {readonly string[]} args
   * @param {string} cwd
   * @param {RequestHandler} onRequest
   */
  constructor(command, args, cwd, onRequest) {
    this.#onRequest = onRequest;
    this.#server = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.#server.stdout.on("data", (/** @type {Buffer} */ chunk) => this.#receive(chunk));
    this.#server.stderr.on("data", (/** @type {Buffer} */ chunk) => (this.stderr += chunk.toString()));
  }

  /**
   * @template [T=unknown]
   * @param {string} method
   * @param {unknown} params
   * @returns {Promise<T>}
   */
  request(method, params) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: /** @type {(value: unknown) => void} */ (resolve), reject });
      this.#send({ jsonrpc: "2.0", id, method, params });
    });
  }

  /** @param {string} method @param {unknown} params */
  notify(method, params) {
    this.#send({ jsonrpc: "2.0", method, params });
  }

  async shutdown() {
    await this.request("shutdown", null).catch(() => undefined);
    this.notify("exit", null);
    this.#server.kill();
  }

  /** @param {Message} message */
  #send(message) {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.#server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#server.stdin.write(body);
  }

  /** @param {Buffer} chunk */
  #receive(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1]);
      const bodyStart = headerEnd + 4;
      if (this.#buffer.length < bodyStart + length) return;
      const message = /** @type {Message} */ (JSON.parse(this.#buffer.subarray(bodyStart, bodyStart + length).toString("utf8")));
      this.#buffer = this.#buffer.subarray(bodyStart + length);
      this.#dispatch(message);
    }
  }

  /** @param {Message} message */
  #dispatch(message) {
    if (message.method !== undefined && message.id !== undefined) {
      this.#send({ jsonrpc: "2.0", id: message.id, result: this.#onRequest(message.method, message.params) });
    } else if (message.id !== undefined && typeof message.id === "number") {
      const waiting = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`${message.error.message}\n${this.stderr}`));
      else waiting?.resolve(message.result ?? null);
    }
  }
}

/**
 * Applies LSP text edits (zero-based lines and characters) to a document's text.
 * @param {string} text
 * @param {readonly TextEdit[]} edits
 */
export function applyTextEdits(text, edits) {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  const offset = (/** @type {Position} */ position) => /** @type {number} */ (lineStarts[position.line]) + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

/**
 * The settings VS Code's ESLint extension sends, as the server asks for them per document.
 * @param {string} workspaceUri
 * @param {Record<string, unknown>} [options] ESLint constructor options (`overrideConfigFile`, …)
 */
export function eslintExtensionSettings(workspaceUri, options = {}, overrides = {}) {
  return {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    experimental: {},
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options,
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: "workspace", uri: workspaceUri },
    workingDirectory: { mode: "location" },
    ...overrides,
  };
}
