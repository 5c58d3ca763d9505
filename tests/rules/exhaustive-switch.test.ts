import rule from "../../rules/exhaustive-switch.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

const results = `import { assertNever, Channel, type ProcessPaymentResult } from "./results.js";\n`;

ruleTester.run("exhaustive-switch", rule, {
  valid: [
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
      code: `
declare const flag: "on" | "off";
switch (flag) {
  case "on":
  case "off":
    break;
  default:
    flag satisfies never;
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
      name: "a default that does real work hides kinds; both it and the missing kinds are reported",
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
        {
          messageId: "missingCases",
          data: { missing: '"processed", "verification_required"' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: '"processed", "verification_required"' },
              output: `${results}
function describe(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "not_found":
      return "missing";
    case "processed": {
      // TODO: handle "processed"
      break;
    }
    case "verification_required": {
      // TODO: handle "verification_required"
      break;
    }
    default:
      return "other";
  }
}`,
            },
          ],
        },
        {
          messageId: "defaultHidesCases",
          data: { type: '"not_found" | "processed" | "verification_required"' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 13,
        },
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
      name: "a default with a never assertion and other statements is not only an assertion",
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
      errors: [{ messageId: "defaultHidesCases", line: 9, column: 3, endLine: 9, endColumn: 11 }],
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
          data: { missing: '"tue", "wed", "thu", "fri", "sat", "sun" and 1 more' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 12,
          suggestions: [
            {
              messageId: "addMissingCases",
              data: { missing: '"tue", "wed", "thu", "fri", "sat", "sun" and 1 more' },
              output: `
declare const day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | "holiday";
switch (day) {
  case "mon":
    break;
${["tue", "wed", "thu", "fri", "sat", "sun", "holiday"]
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
