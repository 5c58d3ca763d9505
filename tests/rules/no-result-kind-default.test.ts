import rule from "../../rules/no-result-kind-default.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** `code` with the first `removed` taken out: what a suggestion that deletes one modifier leaves. */
function withoutFirst(code: string, removed: string): string {
  if (!code.includes(removed)) throw new Error(`test code has no ${removed}`);
  return code.replace(removed, "");
}

const threeSchemas = `
import { z } from "zod";
export const A = z.object({ kind: z.literal("a").optional() });
export const B = z.object({ kind: z.enum(["b", "c"]).catch("b") });
export const C = z.strictObject({ kind: z.literal("c").nullish() });`;

const chainedSchemas = `
import { z } from "zod";
export const Result = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ok").optional().default("ok") }),
  z.object({ kind: z.literal("error") }),
]);`;

ruleTester.run("no-result-kind-default", rule, {
  valid: [
    {
      name: "an interface whose discriminant is required and written by creators",
      code: `
interface Processed { readonly kind: "processed"; readonly paymentId: string }
const processed: Processed = { kind: "processed", paymentId: "p1" };`,
    },
    {
      name: "a class whose kind comes in through the constructor",
      code: `
class Processed {
  constructor(readonly kind: "processed", readonly paymentId: string) {}
}`,
    },
    {
      name: "a constructor that assigns its kind parameter",
      code: `
class Processed {
  readonly kind: "processed";
  constructor(kind: "processed") {
    this.kind = kind;
  }
}`,
    },
    {
      name: "a non-literal property with a default is not a discriminant",
      code: `
class Draft {
  status = "draft";
  kind: string = "note";
}`,
    },
    {
      name: "a property that is not named as a discriminant",
      code: `
class Processed {
  readonly state = "processed" as const;
}
interface Options { readonly mode?: "fast" }`,
    },
    {
      name: "a plain function's literal parameter default is not a result's discriminant",
      code: `
function log(message: string, kind: "info" | "warn" = "info"): void {}`,
    },
    {
      name: "an optional property of an open type",
      code: `
interface Filter { readonly kind?: string }`,
    },
    {
      name: "a zod literal without modifiers",
      code: `
import { z } from "zod";
export const Processed = z.object({ kind: z.literal("processed"), paymentId: z.string() });`,
    },
    {
      name: "a zod default on a field that is not the discriminant",
      code: `
import { z } from "zod";
export const Processed = z.object({ kind: z.literal("processed"), retries: z.number().default(0) });`,
    },
    {
      name: "an unrelated .default() method is not a zod schema",
      code: `
declare const builder: { object(shape: object): object };
declare const field: { literal(value: string): { default(value: string): unknown } };
builder.object({ kind: field.literal("processed").default("processed") });`,
    },
    {
      name: "a custom discriminant name from settings does not make kind one",
      settings: { "dumb-orchestrator": { discriminants: ["_tag"] } },
      code: `
class Left {
  readonly kind = "left" as const;
}`,
    },
  ],
  invalid: [
    {
      name: "the discriminant-typed parameter default of a result factory; removing it, last, would break callers that omit it",
      code: `
type OrderResult = { readonly kind: "rejected"; readonly id: string } | { readonly kind: "placed"; readonly id: string };
export function rejected(id: string, kind: "rejected" = "rejected"): OrderResult {
  return { kind, id };
}`,
      errors: [
        {
          messageId: "parameterDefault",
          data: { name: "kind" },
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 67,
        },
      ],
    },
    {
      name: "a class field initializer that the constructor also assigns: removing it keeps the class compiling",
      code: `
class Processed {
  readonly kind = "processed" as const;
  constructor(kind: "processed") {
    this.kind = kind;
  }
}`,
      errors: [
        {
          messageId: "fieldInitializer",
          data: { name: "kind" },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: "removeDefault",
              output: `
class Processed {
  readonly kind: "processed";
  constructor(kind: "processed") {
    this.kind = kind;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "an annotated class field initializer: no suggestion, since without it the field is never assigned",
      code: `
class Processed {
  readonly kind: "processed" = "processed";
}`,
      errors: [
        {
          messageId: "fieldInitializer",
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      name: "a readonly field with a literal initializer and a custom discriminant",
      settings: { "dumb-orchestrator": { discriminants: ["_tag"] } },
      code: `
class Left {
  readonly _tag = "Left";
}`,
      errors: [
        {
          messageId: "fieldInitializer",
          data: { name: "_tag" },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
    {
      name: "a constructor that fixes its kind",
      code: `
class Processed {
  readonly kind: "processed";
  constructor(readonly paymentId: string) {
    this.kind = "processed";
  }
}`,
      errors: [
        {
          messageId: "constructorAssignment",
          data: { name: "kind", type: '"processed"' },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 28,
        },
      ],
    },
    {
      name: "a parameter property with a default that a required parameter follows, so every caller passes it",
      code: `
class Processed {
  constructor(readonly kind: "processed" = "processed", readonly paymentId: string) {}
}`,
      errors: [
        {
          messageId: "parameterDefault",
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            {
              messageId: "removeDefault",
              output: `
class Processed {
  constructor(readonly kind: "processed", readonly paymentId: string) {}
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a destructuring default over an optional kind: removing it would add undefined, so no suggestion",
      code: `
interface Processed { readonly kind: "processed"; readonly paymentId: string }
function processed({ kind = "processed", paymentId }: Partial<Processed> & { paymentId: string }): Processed {
  return { kind, paymentId };
}`,
      errors: [
        {
          messageId: "parameterDefault",
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 40,
        },
      ],
    },
    {
      name: "an optional discriminant in an interface",
      code: `
interface Processed {
  readonly kind?: "processed";
}`,
      errors: [
        {
          messageId: "optionalDiscriminant",
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: "makeRequired",
              output: `
interface Processed {
  readonly kind: "processed";
}`,
            },
          ],
        },
      ],
    },
    {
      name: "an optional discriminant in a type literal member of a union",
      code: `
type Result = { kind?: "ok"; value: number } | { kind: "error" };`,
      errors: [
        {
          messageId: "optionalDiscriminant",
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 22,
          suggestions: [{ messageId: "makeRequired", output: `
type Result = { kind: "ok"; value: number } | { kind: "error" };` }],
        },
      ],
    },
    {
      name: "an optional discriminant field in a class",
      code: `
class Processed {
  kind?: "processed";
}`,
      errors: [
        {
          messageId: "optionalDiscriminant",
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
          suggestions: [{ messageId: "makeRequired", output: `
class Processed {
  kind: "processed";
}` }],
        },
      ],
    },
    {
      name: "zod .default() on the discriminant",
      code: `
import { z } from "zod";
export const Processed = z.object({ kind: z.literal("processed").default("processed") });`,
      errors: [
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "default" },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 86,
          suggestions: [
            {
              messageId: "removeSchemaModifier",
              data: { method: "default" },
              output: `
import { z } from "zod";
export const Processed = z.object({ kind: z.literal("processed") });`,
            },
          ],
        },
      ],
    },
    {
      name: "a parenthesised initializer is removed with its parentheses",
      code: `
class Processed {
  readonly kind = ("processed" as const);
  constructor(kind: "processed") {
    this.kind = kind;
  }
}`,
      errors: [
        {
          messageId: "fieldInitializer",
          data: { name: "kind" },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: "removeDefault",
              data: { name: "kind" },
              output: `
class Processed {
  readonly kind: "processed";
  constructor(kind: "processed") {
    this.kind = kind;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "parenthesised code: the zod suggestion keeps the receiver's parentheses",
      code: `
import { z } from "zod";
export class Processed {
  readonly kind = ("processed" as const);
}
export const Schema = z.object({ kind: (z.literal("processed")).default("processed") });`,
      errors: [
        {
          messageId: "fieldInitializer",
          data: { name: "kind" },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 40,
        },
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "default" },
          line: 6,
          column: 65,
          endLine: 6,
          endColumn: 85,
          suggestions: [
            {
              messageId: "removeSchemaModifier",
              data: { method: "default" },
              output: `
import { z } from "zod";
export class Processed {
  readonly kind = ("processed" as const);
}
export const Schema = z.object({ kind: (z.literal("processed")) });`,
            },
          ],
        },
      ],
    },
    {
      name: "zod .optional(), .catch() and .nullish() each reported",
      code: threeSchemas,
      errors: [
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "optional" },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 60,
          suggestions: [{ messageId: "removeSchemaModifier", output: withoutFirst(threeSchemas, ".optional()") }],
        },
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "catch" },
          line: 4,
          column: 54,
          endLine: 4,
          endColumn: 64,
          suggestions: [{ messageId: "removeSchemaModifier", output: withoutFirst(threeSchemas, '.catch("b")') }],
        },
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "nullish" },
          line: 5,
          column: 56,
          endLine: 5,
          endColumn: 65,
          suggestions: [{ messageId: "removeSchemaModifier", output: withoutFirst(threeSchemas, ".nullish()") }],
        },
      ],
    },
    {
      name: "chained zod modifiers are each reported, inside a discriminated union",
      code: chainedSchemas,
      errors: [
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "optional" },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 46,
          suggestions: [{ messageId: "removeSchemaModifier", output: withoutFirst(chainedSchemas, ".optional()") }],
        },
        {
          messageId: "schemaModifier",
          data: { name: "kind", method: "default" },
          line: 4,
          column: 47,
          endLine: 4,
          endColumn: 60,
          suggestions: [{ messageId: "removeSchemaModifier", output: withoutFirst(chainedSchemas, '.default("ok")') }],
        },
      ],
    },
  ],
});
