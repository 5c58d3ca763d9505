import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
import { createRule } from "../src/create-rule.js";
import { functionListeners } from "../src/listeners.js";
import { canCompleteNormally } from "../src/reachability.js";
import {
  declaresResultType,
  functionDisplayName,
  functionNameLocation,
  getPatternServices,
  includesNullish,
  isOnlyNullish,
  nullishLiteral,
  quotedSource,
  type FunctionNode,
  type LiteralResult,
  type LiteralShape,
} from "../src/vocabulary.js";

export type Options = [{ requireDeclaredResult?: boolean }];
export type MessageIds =
  | "undeclaredResult"
  | "notSumReturnType"
  | "notSumReturnLiteral"
  | "nullableReturnType"
  | "nullableSuccess"
  | "bareReturn"
  | "nullReturn"
  | "nullableReturnValue"
  | "reachableEnd"
  | "returnVariant";

export default createRule<Options, MessageIds>({
  name: "no-implicit-or-null-return",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require orchestrator methods and orchestrating functions to return a sum type on every path, never `null`, `undefined` or nothing",
      recommended: "orchestrator-files",
      requiresTypeChecking: true,
      strictOptions: [{ requireDeclaredResult: true }],
    },
    messages: {
      undeclaredResult:
        "`{{name}}` does not declare its result type. Declare it: a discriminated union of result variants, each with a literal `{{discriminant}}`.",
      notSumReturnType:
        "`{{name}}` returns `{{type}}`, which is not a sum type. Declare a discriminated union of result variants, each with a literal `{{discriminant}}`.",
      notSumReturnLiteral:
        "`{{name}}` returns {{returned}}, which is not a sum type. Declare its result type: a discriminated union of result variants, each with a literal `{{discriminant}}`.",
      nullableReturnType:
        "`{{name}}` can return `{{type}}`; `null`, `undefined` and `void` are not results. Return a sum type's variant, such as `{ {{discriminant}}: \"not_found\" }`.",
      nullableSuccess:
        "`{{name}}` returns `{{type}}`, whose success value can be `{{value}}`: a nullable return in disguise. Return a variant instead.",
      bareReturn: "`return;` returns nothing. Return a variant of the method's result sum type.",
      nullReturn: "Returning `{{value}}` hides what happened. Return a variant of the method's result sum type instead.",
      returnVariant: "Return `{{variant}}` instead.",
      nullableReturnValue:
        "This returns `{{type}}`, which may be `null` or `undefined`. Translate it into a result variant before returning it.",
      reachableEnd:
        "The end of `{{name}}` can be reached without returning. Return a result variant on every path (a switch ends one only if it handles every kind).",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          requireDeclaredResult: {
            type: "boolean",
            description:
              "Report a method or orchestrating function that does not declare its result type, rather than judge the type TypeScript infers from its body (which can be slow over ORM types).",
          },
        },
      },
    ],
    defaultOptions: [{ requireDeclaredResult: false }],
  },
  create(context, [{ requireDeclaredResult = false }]) {
    const services = getPatternServices(context);
    const { sourceCode } = context;
    const discriminant = services.settings.discriminants[0];
    /**
     * What a checked function's signature says about its returns:
     * - "reported": not a sum type (`void`, a DTO, `Payment | null`), reported once for the whole
     *   function, since fixing the signature is what fixes its `return`s and its reachable end;
     * - "nullable": a sum type and `null`/`undefined` (`Result | null`), reported, and every path that
     *   returns nothing is still where a variant goes;
     * - "sum": a sum type; then the compiler already rejects a nullish `return` expression.
     */
    type SignatureVerdict = "reported" | "nullable" | "sum";
    const functions: { readonly fn: FunctionNode; readonly verdict: SignatureVerdict | undefined }[] = [];

    // A method whose signature a library's interface sets (`onModuleInit` of `OnModuleInit`) returns what that library expects.
    // A factory's result is the function it builds (`(deps) => async (id) => …`): that one returns the results.
    const isChecked = (fn: FunctionNode): boolean =>
      !fn.generator &&
      ((services.isOrchestratorMethod(fn) && !services.implementsLibraryMember(fn)) ||
        (services.orchestratingReason(fn) !== undefined && !services.isOrchestratingFactory(fn)) ||
        services.orchestratingFactoryOf(fn) !== undefined);

    /** A function built by a factory is named by the call that runs it: `makeDeleteArticle(…)(…)`. */
    const nameOf = (fn: FunctionNode): string => {
      const factory = services.orchestratingFactoryOf(fn);
      return factory ? `${displayName(factory)}(…)(…)` : displayName(fn);
    };

    /** Reports the declared or inferred return type when it is not a sum type of results. */
    const checkSignature = (fn: FunctionNode): SignatureVerdict => {
      const name = nameOf(fn);
      if (requireDeclaredResult && !declaresResultType(fn)) {
        context.report({ ...functionNameLocation(fn, sourceCode), messageId: "undeclaredResult", data: { name, discriminant } });
        return "reported";
      }
      // Read from the code when it settles the question: inferring the type is the costly part.
      const literal = services.literalNonSumResult(fn);
      if (literal) {
        const returned = describeLiteralResult(literal, services.settings.discriminants, sourceCode);
        context.report({ ...functionNameLocation(fn, sourceCode), messageId: "notSumReturnLiteral", data: { name, returned, discriminant } });
        return "reported";
      }
      // Undefined where the caller picks the result (`<T>(…): Promise<T>`): only a `null` beside it is judged.
      const returnType = services.returnTypeOf(fn);
      const location = fn.returnType ? { loc: fn.returnType.typeAnnotation.loc } : functionNameLocation(fn, sourceCode);
      const type = (returned: ts.Type) => services.resultText(fn, returned);
      // Without `strictNullChecks` the type has no `null` in it, but the declaration may still say one.
      const nullable = returnType !== undefined && includesNullish(returnType) ? type(returnType) : services.erasedNullableResult(fn);
      if (nullable !== undefined) {
        context.report({ ...location, messageId: "nullableReturnType", data: { name, type: nullable, discriminant } });
        return returnType !== undefined && services.types.isSumType(services.types.nonNullable(returnType)) ? "nullable" : "reported";
      }
      if (!returnType) return "sum";
      if (!services.types.isSumType(returnType)) {
        context.report({ ...location, messageId: "notSumReturnType", data: { name, type: type(returnType), discriminant } });
        return "reported";
      }
      const nullableSuccess = services.types.sumTypes.nullableSuccessOf(returnType);
      if (nullableSuccess) {
        const value = services.types.typeToString(nullableSuccess);
        context.report({ ...location, messageId: "nullableSuccess", data: { name, type: type(returnType), value } });
        return "reported";
      }
      return "sum";
    };

    const enterFunction = (fn: FunctionNode) => {
      functions.push({ fn, verdict: isChecked(fn) ? checkSignature(fn) : undefined });
    };

    const exitFunction = (fn: FunctionNode) => {
      const state = functions.pop();
      if (state?.verdict === undefined || state.verdict === "reported") return;
      if (fn.body.type === AST_NODE_TYPES.BlockStatement && canCompleteNormally(fn.body.body, services)) {
        context.report({ ...functionNameLocation(fn, sourceCode), messageId: "reachableEnd", data: { name: nameOf(fn) } });
      }
    };

    return {
      ...functionListeners(enterFunction, exitFunction),

      ReturnStatement(node) {
        const current = functions.at(-1);
        if (current?.verdict === undefined || current.verdict === "reported") return;
        const argument = node.argument;
        const nullish = argument ? nullishLiteral(argument) : undefined;
        if (!argument || nullish) {
          // Where a variant of the declared result can be written from what is in scope, offer it.
          const variants = services.returnableVariants(current.fn, node);
          const suggest = variants.map((variant) => ({
            messageId: "returnVariant" as const,
            data: { variant },
            fix: (fixer: TSESLint.RuleFixer) => (argument ? fixer.replaceText(argument, variant) : fixer.replaceText(node, `return ${variant};`)),
          }));
          if (argument) context.report({ node: argument, messageId: "nullReturn", data: { value: nullish! }, suggest });
          else context.report({ node, messageId: "bareReturn", suggest });
          return;
        }
        // Under a signature without `null`, the compiler already rejects a nullish value: no need to ask.
        if (current.verdict !== "nullable") return;
        const type = services.types.unwrapPromise(services.typeOf(argument));
        if (!includesNullish(type)) return;
        const text = services.types.typeToString(type);
        // Nothing but `null` or `undefined` (`Promise.resolve(undefined)`): not a value that "may be" one.
        if (isOnlyNullish(type)) context.report({ node: argument, messageId: "nullReturn", data: { value: text } });
        else context.report({ node: argument, messageId: "nullableReturnValue", data: { type: text } });
      },
    };
  },
});

function describeLiteralResult(
  literal: LiteralResult<TSESTree.CallExpression>,
  discriminants: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  const shape = describeLiteralShape(literal.shape, discriminants);
  // The literals are another function's: say whose, or the method seems to return something it does not write.
  return literal.through ? `what \`${quotedSource(literal.through.callee, sourceCode)}(…)\` returns, ${shape}` : shape;
}

function describeLiteralShape(shape: LiteralShape, discriminants: readonly string[]): string {
  switch (shape) {
    case "array":
      return "an array";
    case "object":
      return `an object literal without ${discriminants.map((name) => `\`${name}\``).join(" or ")}`;
    case "objects":
      return "object literals with no property in common";
  }
}

function displayName(fn: FunctionNode): string {
  return functionDisplayName(fn) ?? (fn.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration ? "export default" : "(anonymous)");
}
