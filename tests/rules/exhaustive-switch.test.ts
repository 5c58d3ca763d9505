import rule from "../../rules/exhaustive-switch.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** A switch whose `default` does work, over a union declared in a dependency (Effect's `Option`). */
const libraryUnionSwitch = `
import type { Option } from "effect/Option";
declare const option: Option<number>;
switch (option._tag) {
  case "Some":
    break;
  default:
    break;
}`;

/** A switch over a parameter written with NestJS's `LogLevel` (a union of string literals), with a `default` that does work. */
const logLevelSwitch = (parameter: string) => `
import type { LogLevel } from "@nestjs/common";
export function rank(${parameter}): number {
  switch (level) {
    case "log":
      return 1;
    default:
      return 0;
  }
}`;

/** The report on a `default:` label that hides `missing`, with the suggestion that lists them as cases. */
const defaultHiding = (
  missing: string,
  line: number,
  column: number,
  output: string,
  messageId: "defaultHidesCases" | "defaultHidesValues" = "defaultHidesCases",
) => ({
  messageId,
  data: { missing },
  line,
  column,
  endLine: line,
  endColumn: column + "default:".length,
  suggestions: [{ messageId: "listMissingCasesBeforeDefault" as const, data: { missing }, output }],
});

/** A switch over `subject` with a case for each member of `ErrorMessage` and a `default` that does work. */
const everyErrorMessage = (subject: string) => `switch (${subject}) {
  case ErrorMessage.NotFound:
  case ErrorMessage.Locked:
  case ErrorMessage.Expired:
    break;
  default:
    log("unknown");
}`;

/** Two switches on `typeof` of an `unknown`: one with a `default` beside two cases, one with a `default` beside all eight. */
const typeofOfAnything = `
declare const input: unknown;
declare function log(message: string): void;
switch (typeof input) {
  case "string":
  case "number":
    break;
  default:
    log("other");
}
switch (typeof input) {
  case "string":
  case "number":
  case "bigint":
  case "boolean":
  case "symbol":
  case "undefined":
  case "object":
  case "function":
    break;
  default:
    log("never");
}`;

/** Switches over a union of string literals whose cases name an enum's members of the same values. */
const enumLabelsOverLiterals = `
enum OrmKind { TypeOrm = "typeorm", MikroOrm = "mikro-orm" }
type Orm = "typeorm" | "mikro-orm";
export function pick(orm: Orm): number {
  switch (orm) {
    case OrmKind.MikroOrm:
      return 1;
    case OrmKind.TypeOrm:
    default:
      return 2;
  }
}
export function log(orm: Orm): void {
  switch (orm) {
    case OrmKind.TypeOrm:
      console.log("t");
      break;
    case "mikro-orm":
      console.log("m");
  }
}`;

/** A function whose switch over `boolean | null` lists `cases`, then a `default` (on line 8 after two cases). */
const answerOver = (cases: string) => `
function answer(given: boolean | null): string {
  switch (given) {
${cases}
    default:
      return "?";
  }
}`;

const yesAndNo = `    case true:
      return "yes";
    case false:
      return "no";`;

/** A `switch` without a `default` reported on its discriminant, `missing` listed, with the suggestion that adds them. */
const missingCasesAt = (missing: string, line: number, column: number, endColumn: number, output: string) => ({
  messageId: "missingCases" as const,
  data: { missing },
  line,
  column,
  endLine: line,
  endColumn,
  suggestions: [{ messageId: "addMissingCases" as const, data: { missing }, output }],
});

/**
 * Two switches over a Prisma-style enum, an object of constants: one without a `default` (line 5),
 * `afterFirst` after its last case; one with a `default` (line 12), `beforeDefault` before it.
 */
const platformSwitches = (afterFirst = "", beforeDefault = "") => `
const Platform = { android: "android", ios: "ios", web: "web" } as const;
type Platform = (typeof Platform)[keyof typeof Platform];
declare const platform: Platform;
switch (platform) {
  case Platform.android:
    break;${afterFirst}
}
switch (platform) {
  case Platform.ios:
    break;
${beforeDefault}  default:
    break;
}`;

/** A switch that lists both members of `"on" | "off"`, and `defaultStatement` in its `default` (line 7). */
const flagSwitch = (defaultStatement: string) => `
declare const flag: "on" | "off";
switch (flag) {
  case "on":
  case "off":
    break;
  default:
    ${defaultStatement}
}`;
/** Two switches on `typeof`, of a `{}` and of an `unknown`, with `valueCases` and `inputCases` added after their cases. */
const typeofSwitches = (valueCases = "", inputCases = "") => `
declare const value: {};
declare const input: unknown;
switch (typeof value) {
  case "string":
  case "number":
  case "object":
    break;${valueCases}
}
switch (typeof input) {
  case "string":
  case "number":
  case "object":
  case "bigint":
  case "boolean":
  case "function":
  case "symbol":
    break;${inputCases}
}`;
/** The `case` the suggestion adds for `label`. */
const todoCase = (label: string) => `\n  case ${label}: {\n    // TODO: handle ${label}\n    break;\n  }`;
const results = `import { assertNever, Channel, type ProcessPaymentResult } from "./results.js";\n`;

ruleTester.run("exhaustive-switch", rule, {
  valid: [
    {
      name: "ts-pattern: a match that ends with .exhaustive() is routing, checked by the compiler",
      code: `
import { match } from "ts-pattern";
type Reply = { readonly kind: "a" } | { readonly kind: "b" };
declare const reply: Reply;
export const text = match(reply)
  .with({ kind: "a" }, () => 1)
  .with({ kind: "b" }, () => 2)
  .exhaustive();`,
    },
    {
      name: "ts-pattern: .otherwise() over an open type is not a hidden kind",
      code: `
import { match } from "ts-pattern";
declare const name: string;
export const text = match(name)
  .with("a", () => 1)
  .otherwise(() => 2);`,
    },
    {
      name: "ts-pattern: .otherwise() and .run() over a union with an open member (string | undefined, number | null) hide no kind",
      code: `
import { match } from "ts-pattern";
declare const env: string | undefined;
declare const port: number | null;
export const files = match(env)
  .with("development", () => 1)
  .otherwise(() => 2);
export const fallback = match(port).with(null, () => 80).run();`,
    },
    {
      name: "never-assertions of every form in a default (PATTERN.md §2), whatever follows the first statement",
      code: `
declare const flag: "on" | "off";
declare function assertNever(value: never): never;
declare function logNever(value: never): void;
class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(String(value));
  }
}
function a(): number {
  switch (flag) {
    case "on":
    case "off":
      return 1;
    default:
      throw new UnreachableCaseError(flag);
  }
}
function b(): number | Error {
  switch (flag) {
    case "on":
    case "off":
      return 1;
    default:
      return new UnreachableCaseError(flag);
  }
}
function c(): number {
  switch (flag) {
    case "on":
    case "off":
      return 1;
    default:
      logNever(flag);
      return 0;
  }
}
function d(): number {
  switch (flag) {
    case "on":
    case "off":
      return 1;
    default: {
      const unreachable: never = flag;
      return unreachable;
    }
  }
}
function e(): number {
  switch (flag) {
    case "on":
    case "off":
      return 1;
    default:
      assertNever(flag);
  }
}`,
    },
    {
      name: "a default over a union declared in a dependency handles the members the library adds later",
      code: libraryUnionSwitch,
    },
    {
      name: "a default over a value written with a dependency's literal unions (NestJS's LogLevel, optional) handles what the library adds",
      code: logLevelSwitch("level?: LogLevel"),
    },
    {
      name: "a default over a property written with two dependencies' unions (an alias, an indexed access) handles what they add",
      code: `
import type { LogLevel } from "@nestjs/common";
import type { Option } from "effect/Option";
declare const options: { readonly level: LogLevel | Option<number>["_tag"] };
switch (options.level) {
  case "log":
    break;
  default:
    break;
}`,
    },
    {
      name: "every kind of an imported sum type is handled",
      code: `${results}
function describe(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    case "processed":
      return "done";
    case "verification_required":
      return result.reason;
  }
}`,
    },
    {
      name: "grouped cases cover the union",
      code: `
declare const status: "a" | "b" | "c";
switch (status) {
  case "a":
  case "b":
    break;
  case "c":
    break;
}`,
    },
    {
      name: "a switch over an open string type is not checked, default included",
      code: `
declare const name: string;
switch (name) {
  case "x":
    break;
  default:
    break;
}`,
    },
    {
      name: "a union with an open member (number) cannot be exhaustive and is not checked",
      code: `
declare const code: "a" | "b" | number;
switch (code) {
  case "a":
    break;
  default:
    break;
}`,
    },
    {
      name: "a default that returns assertNever(...) is allowed by default",
      code: `${results}
function label(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
    case "processed":
    case "verification_required":
      return result.kind;
    default:
      return assertNever(result);
  }
}`,
    },
    {
      name: "a default whose only statement is `const _: never = x` is allowed",
      code: `${results}
function label(result: ProcessPaymentResult): void {
  switch (result.kind) {
    case "not_found":
    case "processed":
    case "verification_required":
      break;
    default: {
      const unreachable: never = result;
      break;
    }
  }
}`,
    },
    {
      name: "a default whose only statement is `x satisfies never` is allowed",
      code: flagSwitch("flag satisfies never;"),
    },
    {
      name: "a default that throws an error whose message asserts `x satisfies never`, or passes `x` to `assertNever`, is allowed",
      code: `
declare const flag: "on" | "off";
declare function assertNever(value: never): never;
function label(): string {
  switch (flag) {
    case "on":
    case "off":
      return flag;
    default:
      throw new Error(\`Unknown flag: \${flag satisfies never}\`);
  }
}
function describe(): string {
  switch (flag) {
    case "on":
    case "off":
      return flag;
    default: {
      const message = String(assertNever(flag));
      return message;
    }
  }
}`,
    },
    {
      name: "a switch on `typeof x` lists only what `x` can be, as TypeScript narrows it (found on TypeORM)",
      code: `
interface Shape {
  readonly side: number;
}
class Box {}
type UserId = string & { readonly __brand: "UserId" };
declare const key: string | symbol;
declare const shape: Shape | null | undefined;
declare const id: UserId | (() => void) | typeof Box;
declare const flag: 1n | boolean | object;
switch (typeof key) {
  case "string":
  case "symbol":
    break;
}
switch (typeof shape) {
  case "object":
  case "undefined":
    break;
}
switch (typeof id) {
  case "string":
  case "function":
    break;
}
switch (typeof flag) {
  case "bigint":
  case "boolean":
  case "object":
    break;
}`,
    },
    {
      name: "defaultCase allow: any default handles the remaining members",
      options: [{ defaultCase: "allow" }],
      code: `${results}
function label(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    default:
      return "other";
  }
}`,
    },
    {
      name: "a last `// no default` comment marks a deliberately partial switch",
      code: `
declare const flag: "on" | "off" | "unknown";
switch (flag) {
  case "on":
    break;
  // No default
}`,
    },
    {
      name: "a custom defaultCaseCommentPattern marks a partial switch",
      options: [{ defaultCaseCommentPattern: "^partial on purpose" }],
      code: `
declare const flag: "on" | "off";
switch (flag) {
  case "on":
    break;
  // partial on purpose: "off" is handled upstream
}`,
    },
    {
      name: "every enum member is handled",
      code: `${results}
function fee(channel: Channel): number {
  switch (channel) {
    case Channel.Card:
      return 3;
    case Channel.Transfer:
      return 0;
    case Channel.Wallet:
      return 1;
  }
}`,
    },
    {
      name: "both boolean values are handled",
      code: `
declare const enabled: boolean;
switch (enabled) {
  case true:
    break;
  case false:
    break;
}`,
    },
    {
      name: "a generic constrained to a sum type is checked through its constraint",
      code: `${results}
function label<T extends ProcessPaymentResult>(result: T): string {
  switch (result.kind) {
    case "not_found":
    case "processed":
    case "verification_required":
      return result.kind;
  }
}`,
    },
    {
      name: "awaited Promise of a sum type",
      code: `${results}
async function label(pending: Promise<ProcessPaymentResult>): Promise<string> {
  switch ((await pending).kind) {
    case "not_found":
    case "processed":
    case "verification_required":
      return "seen";
  }
}`,
    },
    {
      name: "numeric literal discriminants",
      code: `
type Response = { readonly status: 200; readonly body: string } | { readonly status: 404 };
declare const response: Response;
switch (response.status) {
  case 200:
    break;
  case 404:
    break;
}`,
    },
    {
      name: "branded literals are matched through their literal part",
      code: `
type Currency = ("EUR" | "USD") & { readonly __brand: "Currency" };
declare const currency: Currency;
switch (currency) {
  case "EUR":
    break;
  case "USD":
    break;
}`,
    },
    {
      name: "switch (true) branches on conditions and is not checked",
      code: `
declare const amount: number;
switch (true) {
  case amount > 10:
    break;
  default:
    break;
}`,
    },
    {
      name: "a value of type any is not checked",
      code: `
declare const anything: any;
switch (anything) {
  case 1:
    break;
  default:
    break;
}`,
    },
  ],
  invalid: [
    {
      name: "a case of an enum member does not handle the literal of its value, and the message says so (found on Ever Gauzy)",
      code: enumLabelsOverLiterals,
      errors: [
        {
          messageId: "defaultHidesCasesOfEnumLabel",
          data: { missing: '"mikro-orm", "typeorm"', label: "OrmKind.MikroOrm", literal: '"mikro-orm"' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          suggestions: [
            {
              messageId: "listMissingCasesBeforeDefault",
              data: { missing: '"mikro-orm", "typeorm"' },
              output: enumLabelsOverLiterals.replace("    default:", '    case "mikro-orm":\n    case "typeorm":\n    default:'),
            },
          ],
        },
        {
          messageId: "missingCasesOfEnumLabel",
          data: { missing: '"typeorm"', label: "OrmKind.TypeOrm", literal: '"typeorm"' },
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 14,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: '"typeorm"' },
              output: enumLabelsOverLiterals.replace(
                '      console.log("m");\n',
                '      console.log("m");\n    case "typeorm": {\n      // TODO: handle "typeorm"\n      break;\n    }\n',
              ),
            },
          ],
        },
      ],
    },
    {
      name: "a dependency's union with the project's own literal added is the project's union",
      code: logLevelSwitch('level: LogLevel | "trace"'),
      errors: [
        defaultHiding(
          '"debug", "error", "fatal", "trace", "verbose", "warn"',
          7,
          5,
          logLevelSwitch('level: LogLevel | "trace"').replace(
            "    default:",
            ["debug", "error", "fatal", "trace", "verbose", "warn"].map((level) => `    case "${level}":\n`).join("") + "    default:",
          ),
        ),
      ],
    },
    {
      name: "members of an object of constants are named as the other cases name them (Prisma's enums are `const` objects; found on ack-nestjs-boilerplate)",
      code: platformSwitches(),
      errors: [
        missingCasesAt(
          "Platform.ios, Platform.web",
          5,
          9,
          17,
          platformSwitches(`
  case Platform.ios: {
    // TODO: handle Platform.ios
    break;
  }
  case Platform.web: {
    // TODO: handle Platform.web
    break;
  }`),
        ),
        defaultHiding("Platform.android, Platform.web", 12, 3, platformSwitches("", "  case Platform.android:\n  case Platform.web:\n")),
      ],
    },
    {
      name: "enum members are named as the file sees them: through an import alias, and a single-member enum by its member",
      code: `
namespace Palette {
  export enum Color {
    Red,
    Green,
  }
}
enum Only {
  One,
}
import C = Palette.Color;
declare const color: C;
declare const only: Only;
switch (color) {
  case C.Red:
    break;
}
switch (only) {
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: "Color.Green" },
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 14,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: "Color.Green" },
              output: `
namespace Palette {
  export enum Color {
    Red,
    Green,
  }
}
enum Only {
  One,
}
import C = Palette.Color;
declare const color: C;
declare const only: Only;
switch (color) {
  case C.Red:
    break;
  case C.Green: {
    // TODO: handle C.Green
    break;
  }
}
switch (only) {
}`,
            },
          ],
        },
        {
          messageId: "missingCases",
          data: { missing: "Only" },
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 13,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: "Only" },
              output: `
namespace Palette {
  export enum Color {
    Red,
    Green,
  }
}
enum Only {
  One,
}
import C = Palette.Color;
declare const color: C;
declare const only: Only;
switch (color) {
  case C.Red:
    break;
}
switch (only) {
  case Only.One: {
    // TODO: handle Only.One
    break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "ts-pattern: .otherwise() over a union is a default, and .run() throws when nothing matches",
      code: `
import { match } from "ts-pattern";
type Reply = { readonly kind: "a" } | { readonly kind: "b" };
declare const reply: Reply;
export const one = match(reply)
  .with({ kind: "a" }, () => 1)
  .otherwise(() => 2);
export const two = match(reply).with({ kind: "a" }, () => 1).run();`,
      errors: [
        { messageId: "matchOtherwise", data: { type: "Reply" }, line: 7, column: 4, endLine: 7, endColumn: 22 },
        { messageId: "matchRun", data: { type: "Reply" }, line: 8, column: 62, endLine: 8, endColumn: 67 },
      ],
    },
    {
      name: "ts-pattern over a union written out in place names its members by their kinds, not property by property (found on tunarr)",
      code: `
import { match } from "ts-pattern";
import { z } from "zod";
const Item = z.discriminatedUnion("type", [
  z.object({ type: z.literal("movie"), ratingKey: z.string(), duration: z.number() }),
  z.object({ type: z.literal("show"), ratingKey: z.string(), seasons: z.number() }),
]);
interface Folder { readonly type: "folder"; readonly path: string }
declare const item: z.infer<typeof Item> | Folder | undefined;
export const one = match(item).with({ type: "movie" }, () => 1).otherwise(() => 2);`,
      errors: [
        {
          messageId: "matchOtherwise",
          data: { type: 'Folder | { type: "movie" } | { type: "show" } | undefined' },
          line: 10,
          column: 65,
          endLine: 10,
          endColumn: 83,
        },
      ],
    },
    {
      name: "ts-pattern through a namespace or a renamed import, over closed unions with null or undefined in them, is matched like a switch",
      code: `
import * as TsPattern from "ts-pattern";
import { match as matchOn } from "ts-pattern";
type Reply = { readonly kind: "a" } | { readonly kind: "b" };
declare const reply: Reply | null;
declare const mode: "fast" | "slow" | undefined;
export const one = TsPattern.match(reply).with({ kind: "a" }, () => 1).otherwise(() => 2);
export const two = matchOn(mode).with("fast", () => 1).run();`,
      errors: [
        { messageId: "matchOtherwise", data: { type: "Reply | null" }, line: 7, column: 72, endLine: 7, endColumn: 90 },
        { messageId: "matchRun", data: { type: '"fast" | "slow" | undefined' }, line: 8, column: 56, endLine: 8, endColumn: 61 },
      ],
    },
    {
      name: "treatLibraryUnionsAsOwn: a default over a dependency's union is checked like the project's own",
      options: [{ treatLibraryUnionsAsOwn: true }],
      code: libraryUnionSwitch,
      errors: [
        defaultHiding('"None"', 7, 3, `
import type { Option } from "effect/Option";
declare const option: Option<number>;
switch (option._tag) {
  case "Some":
    break;
  case "None":
  default:
    break;
}`),
      ],
    },
    {
      name: "unique symbols are unit types; a missing one is named by its const",
      code: `
declare const a: unique symbol;
declare const b: unique symbol;
declare const value: typeof a | typeof b | 1;
switch (value) {
  case a:
  case 1:
    break;
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: "typeof b" },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: "typeof b" },
              output: `
declare const a: unique symbol;
declare const b: unique symbol;
declare const value: typeof a | typeof b | 1;
switch (value) {
  case a:
  case 1:
    break;
  case b: {
    // TODO: handle b
    break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a missing kind is named and reported on the discriminant, with a suggestion",
      code: `${results}
function describe(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    case "processed":
      return "done";
  }
  return "unreachable";
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: '"verification_required"' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: '"verification_required"' },
              output: `${results}
function describe(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    case "processed":
      return "done";
    case "verification_required": {
      // TODO: handle "verification_required"
      break;
    }
  }
  return "unreachable";
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a default that does real work hides kinds: one report, on the default, naming exactly the unlisted kinds",
      code: `${results}
function describe(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    default:
      return "other";
  }
}`,
      errors: [
        defaultHiding('"processed", "verification_required"', 7, 5, `${results}
function describe(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    case "processed":
    case "verification_required":
    default:
      return "other";
  }
}`),
      ],
    },
    {
      name: "a case that falls through into a default still does after the labels are listed",
      code: `
declare const status: "a" | "b" | "c";
declare function log(message: string): void;
switch (status) {
  case "a":
    log("a");
  default:
    log("rest");
}`,
      errors: [
        defaultHiding('"b", "c"', 7, 3, `
declare const status: "a" | "b" | "c";
declare function log(message: string): void;
switch (status) {
  case "a":
    log("a");
  case "b":
  case "c":
  default:
    log("rest");
}`),
      ],
    },
    {
      name: "a default that does work over a fully listed union silences the compiler for kinds added later",
      code: flagSwitch("flag;"),
      errors: [{ messageId: "defaultSilencesCompiler", data: { type: '"off" | "on"' }, line: 7, column: 3, endLine: 7, endColumn: 11 }],
    },
    {
      name: "the union a default silences is named as declared, an enum or an alias, also as a sum type's discriminant; a narrowed one is listed (found on Reactive-Resume, teable, Docmost)",
      code: `
enum ErrorMessage { NotFound = "not_found", Locked = "locked", Expired = "expired" }
type Flag = "on" | "off";
declare const error: ErrorMessage;
declare const flag: Flag;
declare const failure: { kind: ErrorMessage.NotFound } | { kind: ErrorMessage.Locked } | { kind: ErrorMessage.Expired; at: Date };
declare function log(message: string): void;
${everyErrorMessage("error")}
switch (flag) {
  case "on":
  case "off":
    break;
  default:
    log("unknown");
}
if (error !== ErrorMessage.Expired) {
  switch (error) {
    case ErrorMessage.NotFound:
    case ErrorMessage.Locked:
      break;
    default:
      log("unknown");
  }
}
${everyErrorMessage("failure.kind")}`,
      errors: [
        { messageId: "defaultSilencesCompiler", data: { type: "ErrorMessage" }, line: 13, column: 3, endLine: 13, endColumn: 11 },
        { messageId: "defaultSilencesCompiler", data: { type: "Flag" }, line: 20, column: 3, endLine: 20, endColumn: 11 },
        {
          messageId: "defaultSilencesCompiler",
          data: { type: "ErrorMessage.Locked | ErrorMessage.NotFound" },
          line: 28,
          column: 5,
          endLine: 28,
          endColumn: 13,
        },
        { messageId: "defaultSilencesCompiler", data: { type: "ErrorMessage" }, line: 37, column: 3, endLine: 37, endColumn: 11 },
      ],
    },
    {
      name: "a default over one literal names the switched value, not the literal, as what a kind is added to (found on trigger.dev: a one-member Prisma enum)",
      code: `
const DataStoreKind = { CLICKHOUSE: "CLICKHOUSE" } as const;
type DataStoreKind = (typeof DataStoreKind)[keyof typeof DataStoreKind];
declare const row: { readonly kind: DataStoreKind };
declare function log(message: string): void;
switch (row.kind) {
  case "CLICKHOUSE":
    break;
  default:
    log("unknown");
}`,
      errors: [
        { messageId: "defaultSilencesCompiler", data: { type: 'the type of `row.kind` (now only "CLICKHOUSE")' }, line: 9, column: 3, endLine: 9, endColumn: 11 },
      ],
    },
    {
      name: "defaultCase forbid reports even a never-asserting default",
      options: [{ defaultCase: "forbid" }],
      code: `${results}
function label(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
    case "processed":
    case "verification_required":
      return result.kind;
    default:
      return assertNever(result);
  }
}`,
      errors: [
        {
          messageId: "defaultForbidden",
          data: { type: '"not_found" | "processed" | "verification_required"' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
        },
      ],
    },
    {
      name: "a default whose first statement is not a never-assertion does work, whatever follows",
      code: `
declare const flag: "on" | "off";
declare function log(message: string): void;
declare function fail(value: never): never;
switch (flag) {
  case "on":
  case "off":
    break;
  default:
    log("impossible");
    fail(flag);
}`,
      errors: [{ messageId: "defaultSilencesCompiler", line: 9, column: 3, endLine: 9, endColumn: 11 }],
    },
    {
      name: "a cast to `never` in a default's message compiles whatever the kinds: the default still silences the compiler",
      code: flagSwitch("throw new Error(`Unknown flag: ${flag as never}`);"),
      errors: [{ messageId: "defaultSilencesCompiler", data: { type: '"off" | "on"' }, line: 7, column: 3, endLine: 7, endColumn: 11 }],
    },
    {
      name: "a switch on `typeof x` misses what `x` can be: `{}` anything but undefined, `unknown` anything",
      code: typeofSwitches(),
      errors: [
        missingCasesAt(
          '"bigint", "boolean", "function", "symbol"',
          4,
          9,
          21,
          typeofSwitches(['"bigint"', '"boolean"', '"function"', '"symbol"'].map(todoCase).join("")),
        ),
        missingCasesAt('"undefined"', 10, 9, 21, typeofSwitches("", todoCase('"undefined"'))),
      ],
    },
    {
      name: "a missing enum member is named as the enum member",
      code: `${results}
function fee(channel: Channel): number {
  switch (channel) {
    case Channel.Card:
      return 3;
    case Channel.Transfer:
      return 0;
  }
  return -1;
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: "Channel.Wallet" },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: "Channel.Wallet" },
              output: `${results}
function fee(channel: Channel): number {
  switch (channel) {
    case Channel.Card:
      return 3;
    case Channel.Transfer:
      return 0;
    case Channel.Wallet: {
      // TODO: handle Channel.Wallet
      break;
    }
  }
  return -1;
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a missing boolean value",
      code: `
declare const enabled: boolean;
switch (enabled) {
  case true:
    break;
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: "false" },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addMissingCases",
              output: `
declare const enabled: boolean;
switch (enabled) {
  case true:
    break;
  case false: {
    // TODO: handle false
    break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a default after both boolean values never runs, and names the union as TypeScript writes it: boolean (found on Novu)",
      code: `
declare const enabled: boolean;
declare const flag: boolean | undefined;
switch (enabled) {
  case true:
  case false:
    break;
  default:
    break;
}
switch (flag) {
  case true:
  case false:
  case undefined:
    break;
  default:
    break;
}`,
      errors: [
        { messageId: "defaultNeverRuns", data: { type: "boolean" }, line: 8, column: 3, endLine: 8, endColumn: 11 },
        { messageId: "defaultNeverRuns", data: { type: "boolean | undefined" }, line: 16, column: 3, endLine: 16, endColumn: 11 },
      ],
    },
    {
      name: "under defaultCase forbid, a default over every value of boolean and null is still told it never runs, not that a kind may be added",
      options: [{ defaultCase: "forbid" }],
      code: answerOver(`    case null:
      return "unknown";
${yesAndNo}`),
      errors: [{ messageId: "defaultNeverRuns", data: { type: "boolean | null" }, line: 10, column: 5, endLine: 10, endColumn: 13 }],
    },
    {
      name: "a default that stands for a value of boolean is told which, not that a kind may be added: none can be",
      code: `
declare const enabled: boolean;
switch (enabled) {
  case true:
    break;
  default:
    break;
}`,
      errors: [
        defaultHiding(
          "false",
          6,
          3,
          `
declare const enabled: boolean;
switch (enabled) {
  case true:
    break;
  case false:
  default:
    break;
}`,
          "defaultHidesValues",
        ),
      ],
    },
    {
      name: "no kind is ever added to what typeof gives for a value of any type: a default there stands for the results no case names, or never runs (found on Docmost)",
      code: typeofOfAnything,
      errors: [
        defaultHiding(
          '"bigint", "boolean", "function", "object", "symbol", "undefined"',
          8,
          3,
          typeofOfAnything.replace(
            '    break;\n  default:\n    log("other");',
            '    break;\n  case "bigint":\n  case "boolean":\n  case "function":\n  case "object":\n  case "symbol":\n  case "undefined":\n  default:\n    log("other");',
          ),
          "defaultHidesValues",
        ),
        { messageId: "defaultNeverRuns", data: { type: "`typeof input`" }, line: 21, column: 3, endLine: 21, endColumn: 11 },
      ],
    },
    {
      name: "under defaultCase forbid, a default that stands for null is told so, with the case to list",
      options: [{ defaultCase: "forbid" }],
      code: answerOver(yesAndNo),
      errors: [defaultHiding("null", 8, 5, answerOver(`${yesAndNo}
    case null:`), "defaultHidesValues")],
    },
    {
      name: "a member whose discriminant is optional needs a case for undefined",
      code: `
type Event = { readonly kind: "created" } | { readonly kind?: "deleted" };
declare const event: Event;
switch (event.kind) {
  case "created":
  case "deleted":
    break;
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: "undefined" },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: "addMissingCases",
              output: `
type Event = { readonly kind: "created" } | { readonly kind?: "deleted" };
declare const event: Event;
switch (event.kind) {
  case "created":
  case "deleted":
    break;
  case undefined: {
    // TODO: handle undefined
    break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a generic constrained to a sum type misses a kind of its constraint",
      code: `${results}
function label<T extends ProcessPaymentResult>(result: T): string {
  switch (result.kind) {
    case "not_found":
    case "processed":
      return result.kind;
  }
  return "";
}`,
      errors: [{ messageId: "missingCases", data: { missing: '"verification_required"' }, line: 4, column: 11, endLine: 4, endColumn: 22, suggestions: [{ messageId: "addMissingCases", output: `${results}
function label<T extends ProcessPaymentResult>(result: T): string {
  switch (result.kind) {
    case "not_found":
    case "processed":
      return result.kind;
    case "verification_required": {
      // TODO: handle "verification_required"
      break;
    }
  }
  return "";
}` }] }],
    },
    {
      name: "an empty switch over a one-member sum type gets its case inside the braces",
      code: `
interface Ping { readonly kind: "ping" }
declare const message: Ping;
switch (message.kind) {}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: '"ping"' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: "addMissingCases",
              output: `
interface Ping { readonly kind: "ping" }
declare const message: Ping;
switch (message.kind) {
  case "ping": {
    // TODO: handle "ping"
    break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "null and numeric members are named as written",
      code: `
declare const code: 1 | 2 | null;
switch (code) {
  case 1:
    break;
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: "2, null" },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: "addMissingCases",
              output: `
declare const code: 1 | 2 | null;
switch (code) {
  case 1:
    break;
  case 2: {
    // TODO: handle 2
    break;
  }
  case null: {
    // TODO: handle null
    break;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a long list of missing members is cut short in the message, not in the suggestion",
      code: `
declare const day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | "holiday";
switch (day) {
  case "mon":
    break;
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: '"fri", "holiday", "sat", "sun", "thu", "tue" and 1 more' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 12,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: '"fri", "holiday", "sat", "sun", "thu", "tue" and 1 more' },
              output: `
declare const day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | "holiday";
switch (day) {
  case "mon":
    break;
${["fri", "holiday", "sat", "sun", "thu", "tue", "wed"]
  .map((day) => `  case "${day}": {\n    // TODO: handle "${day}"\n    break;\n  }\n`)
  .join("")}}`,
            },
          ],
        },
      ],
    },
    {
      name: "a comment that does not match the pattern does not silence the report",
      code: `
declare const flag: "on" | "off";
switch (flag) {
  case "on":
    break;
  // off is rare
}`,
      errors: [
        {
          messageId: "missingCases",
          data: { missing: '"off"' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 13,
          suggestions: [
            {
              messageId: "addMissingCases",
              output: `
declare const flag: "on" | "off";
switch (flag) {
  case "on":
    break;
  case "off": {
    // TODO: handle "off"
    break;
  }
  // off is rare
}`,
            },
          ],
        },
      ],
    },
  ],
});
