/**
 * A seeded generator of odd-but-valid programs around the pattern's constructs: orchestrators with
 * computed keys, `#private` fields, auto-accessors, aliases of `this`, destructuring writes, statics
 * written through the class name; result unions and classes with parenthesised kinds; enums through
 * import aliases and single-member enums; switches that miss kinds, fall through into a `default`,
 * or nest, over large unions; overloads and decorators; `throw` and `return null` where a result
 * variant could be written; zod schemas.
 */
import { random } from "../scripts/random.js";

const KINDS = ["not_found", "processed", "rejected", "verification_required", "refunded"];
const FIELDS: readonly (readonly [string, string])[] = [
  ["paymentId", "string"],
  ["reason", "string"],
  ["amount", "number"],
];

export function generateProgram(seed: number): string {
  const next = random(seed);
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number): T[] => {
    const chosen = items.filter(() => chance(0.5));
    return chosen.length >= min ? chosen : items.slice(0, min);
  };

  const kinds = some(KINDS, 2);
  const memberFields = kinds.map(() => some(FIELDS, 1));
  const parts: string[] = [];
  const zod = chance(0.3);
  if (zod) parts.push(`import { z } from "zod";`);

  // --- results -------------------------------------------------------------------------------
  parts.push(
    `export type Result =\n${kinds
      .map((kind, index) => `  | { readonly kind: "${kind}"; ${memberFields[index]!.map(([name, type]) => `readonly ${name}: ${type};`).join(" ")} }`)
      .join("\n")};`,
  );
  if (chance(0.5)) {
    parts.push(`export class Settled {\n  readonly kind = ${chance(0.5) ? `("settled" as const)` : `"settled" as const`};\n  constructor(readonly paymentId: string) {}\n}`);
  }
  if (zod) {
    parts.push(`export const Schema = z.object({ kind: ${chance(0.5) ? `(z.literal("${kinds[0]}"))` : `z.literal("${kinds[0]}")`}.default("${kinds[0]}") });`);
  }

  // --- enums ---------------------------------------------------------------------------------
  const aliased = chance(0.5);
  parts.push(
    aliased
      ? `namespace Palette {\n  export enum Color {\n    Red,\n    Green,\n    Blue,\n  }\n}\nimport C = Palette.Color;`
      : `enum C {\n  Red,\n  Green,\n  Blue,\n}`,
  );
  parts.push(`enum Only {\n  One,\n}`);
  parts.push(`declare const key: unique symbol;\ndeclare function log(message: string): void;\ndeclare function defer(callback: () => void): void;`);
  const largeUnion = Array.from({ length: 20 }, (_, index) => `"s${index}"`);
  parts.push(`export type Status = ${largeUnion.join(" | ")};`);
  parts.push(`function Injectable(): <T>(target: T) => T {\n  return (target) => target;\n}`);
  parts.push(`interface Store {\n  find(id: string): Result;\n  save(id: string): void;\n}`);

  // --- the orchestrator ----------------------------------------------------------------------
  const members: string[] = [];
  const constructorBody: string[] = [];
  const parameters: string[] = [];
  const readonly = () => (chance(0.5) ? "readonly " : "");
  parameters.push(`${pick(["private ", "protected ", "public ", ""])}${readonly()}store: Store`);
  if (chance(0.6)) {
    members.push(`  private ${readonly()}[key]: Store;`);
    parameters.push("keyed: Store");
    constructorBody.push("    this[key] = keyed;");
  }
  if (chance(0.5)) {
    members.push(`  private ${readonly()}mirror: Store;`);
    constructorBody.push("    this.mirror = store;");
  }
  if (chance(0.4)) members.push(`  #cache = new Map<string, number>();`);
  if (chance(0.4)) {
    members.push(`  accessor backup: Store;`);
    constructorBody.push("    this.backup = store;");
  }
  const counter = chance(0.4);
  if (counter) members.push(`  private attempts = 0;`);
  const aliasedField = chance(0.4);
  if (aliasedField) {
    members.push(`  private viaAlias: Store;`);
    constructorBody.push("    this.viaAlias = store;");
  }
  const later = chance(0.3);
  if (later) {
    members.push(`  private later: Store;`);
    constructorBody.push("    this.later = store;", "    defer(() => {\n      this.later = store;\n    });");
  }
  const destructured = chance(0.3);
  if (destructured) {
    members.push(`  private swapped: Store;`);
    constructorBody.push("    this.swapped = store;");
  }
  const statics = chance(0.3);
  if (statics) {
    members.push(`  static instances = 0;`);
    constructorBody.push("    PaymentService.instances++;");
  }

  const methods: string[] = [];
  const [first, second] = kinds;
  const objectFor = (index: number) =>
    `{ kind: "${kinds[index]}", ${memberFields[index]!.map(([name, type]) => `${name}: ${type === "number" ? "0" : `"x"`}`).join(", ")} }`;
  // Missing kinds, sometimes falling through into a default that does work.
  if (chance(0.5)) {
    methods.push(`  describe(result: Result): string {
    switch (result.kind) {
      case "${first}":
        log("first");${chance(0.5) ? "" : `\n        return "first";`}
      default:
        return "other";
    }
  }`);
  } else {
    methods.push(`  describe(result: Result): string {
    switch (result.kind) {
      case "${first}":
        return "${first}";
    }
    return "${second}";
  }`);
  }
  methods.push(`  color(c: C, only: Only): number {
    switch (c) {
      case C.Red:
        switch (only) {
        }
        return 1;${chance(0.5) ? "\n      default:\n        return 0;" : ""}
    }
    return 2;
  }`);
  // A throw and a null return where variants can be filled from parameters with matching names.
  const scopeNames = [...new Set(memberFields.flat().map(([name, type]) => `${name}: ${type}`))];
  const isAsync = chance(0.5);
  methods.push(`  ${isAsync ? "async " : ""}process(${scopeNames.join(", ")}): ${isAsync ? "Promise<Result>" : "Result"} {
    ${scopeNames.includes("paymentId: string") ? "" : `const paymentId: string = String(Date.now());\n    `}if (paymentId === "") throw new Error("empty");
    return ${objectFor(1)};
  }`);
  methods.push(`  maybe(${scopeNames.join(", ")}): Result | null {
    return ${chance(0.5) ? "null" : "(null)"};
  }`);
  // Overloads, and a switch over a large union that lists only a few members.
  methods.push(`  status(value: Status): number;\n  status(value: string): number;\n  status(value: string): number {
    switch (value as Status) {
${largeUnion.filter(() => chance(0.2)).map((label) => `      case ${label}:\n`).join("")}      case "s0":
        return 0;
    }
    return 1;
  }`);
  if (counter) methods.push(`  retry(): void {\n    this.attempts++;\n  }`);
  if (aliasedField) methods.push(`  swapAlias(store: Store): void {\n    const self = this;\n    self.viaAlias = store;\n  }`);
  if (destructured) methods.push(`  swapAll(stores: Store[]): void {\n    [this.swapped] = stores;\n  }`);

  parts.push(
    `${chance(0.5) ? "@Injectable()\n" : ""}export class PaymentService {\n${members.join("\n")}${members.length ? "\n" : ""}  constructor(${parameters.join(", ")}) {\n${constructorBody.join("\n")}\n  }\n${methods.join("\n")}\n}`,
  );
  return `${parts.join("\n\n")}\n`;
}
