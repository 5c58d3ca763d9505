// Valid TypeScript, however odd, lints without an exception: every rule, every class an orchestrator.
import { ESLint } from "eslint";
import dumbOrchestrator from "eslint-plugin-dumb-orchestrator";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDirectory } from "./rule-tester.js";

const ODD_PROGRAMS: Record<string, string> = {
  "empty file": ``,
  "anonymous classes and class expressions": `
export default class {}
const Local = class extends Array<number> {};
export const nested = () => class { x = 1; };
new Local();`,
  "abstract members, overloads, accessors, index signatures and static blocks": `
export abstract class BaseHandler {
  [key: string]: unknown;
  static #count = 0;
  static { BaseHandler.#count++; }
  abstract handle(): void;
  run(a: string): string;
  run(a: number): number;
  run(a: string | number): string | number { return a; }
  get value(): number { return 1; }
  set value(next: number) {}
  declare readonly tag: string;
}`,
  "generators, labels, for-await, with switch on open types": `
export async function* runAll(items: AsyncIterable<string>): AsyncGenerator<string> {
  outer: for await (const item of items) {
    switch (item) {
      case "a":
        continue outer;
      default:
        break outer;
    }
  }
  yield "done";
}`,
  "namespaces, enums, declare module and export =": `
export namespace Payments {
  export enum Kind { A, B = A + 1 }
  export const enum Flag { On = "on" }
  export function handle(kind: Kind): number {
    switch (kind) { case Kind.A: return 1; }
    return 0;
  }
}
declare module "virtual" {
  export function process(): void;
}
declare global {
  interface Window { readonly kind?: "w" }
}`,
  "decorators, parameter properties with defaults, accessors keyword and this types": `
function Injectable(): ClassDecorator { return () => undefined; }
@Injectable()
export class OrderService {
  accessor count = 0;
  constructor(private store?: { find(): void }, public readonly mode: "a" | "b" = "a") {}
  chain(): this { this.count += 1; return this; }
  static async processAll(this: void): Promise<void> {}
}`,
  "switches with computed, template and typeof cases, and switch on never": `
declare const tag: \`t-\${number}\`;
declare const value: never;
declare const key: "a" | "b";
switch (tag) { case \`t-1\`: break; }
switch (value) {}
switch (typeof key) { case "string": break; }
switch (key) { case ("a" as const): case \`b\`: break; }`,
  "type-only constructs and satisfies": `
type Kinded<K extends string> = { readonly kind: K };
export type Result = Kinded<"a"> | Kinded<"b">;
export const made = { kind: "a" } satisfies Result;
export function processKinded<T extends Result>(value: T): T extends Kinded<"a"> ? 1 : 2 {
  return (value.kind === "a" ? 1 : 2) as never;
}`,
};

describe("odd but valid TypeScript", () => {
  const eslint = new ESLint({
    cwd: fixturesDirectory,
    overrideConfigFile: true,
    baseConfig: [
      ...dumbOrchestrator.configs.recommended,
      {
        settings: { "dumb-orchestrator": { orchestratorSuffixes: [""], discriminants: ["kind", "type", "_tag"] } },
        rules: Object.fromEntries(Object.keys(dumbOrchestrator.rules).map((name) => [`dumb-orchestrator/${name}`, "error"])),
      },
    ],
  });

  it.each(Object.entries(ODD_PROGRAMS))("%s lints without an exception", async (_, code) => {
    const [result] = await eslint.lintText(code, { filePath: join(fixturesDirectory, "services", "file.ts") });
    expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
  });
});
