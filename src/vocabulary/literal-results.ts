/**
 * Results that the code alone shows are no sum type (PATTERN.md §2). A function without a declared
 * result type makes TypeScript infer one from its body — every call inside a returned object literal
 * resolved, ORM generics included — which is the most expensive question a rule can ask. When every
 * `return` writes an object literal that no discriminant can be found in, or an array literal, the
 * answer is known without it. Syntax only.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, nullishLiteral, propertyKeyName, type FunctionNode } from "./names.js";

/**
 * - `"array"`: every `return` writes an array literal;
 * - `"object"`: one object literal, without a preferred discriminant (a single object type is a sum
 *   type only through one);
 * - `"objects"`: several object literals with no property in common (a discriminant is in every member).
 */
export type LiteralResult = "array" | "object" | "objects";

/** The literal result of `fn` when it has no declared result type and cannot return a sum type; else undefined. */
export function literalNonSumResult(fn: FunctionNode, preferredDiscriminants: readonly string[]): LiteralResult | undefined {
  if (fn.returnType || fn.generator) return undefined;
  const returned: TSESTree.Expression[] = [];
  if (fn.body.type === AST_NODE_TYPES.BlockStatement) {
    // Unless the last statement returns, the end may be reachable, and TypeScript adds `undefined`.
    if (fn.body.body.at(-1)?.type !== AST_NODE_TYPES.ReturnStatement) return undefined;
    if (!collectReturned(fn.body, returned)) return undefined;
  } else {
    returned.push(fn.body);
  }
  if (returned.every((value) => value.type === AST_NODE_TYPES.ArrayExpression)) return "array";
  const keySets: Set<string>[] = [];
  for (const value of returned) {
    const keys = value.type === AST_NODE_TYPES.ObjectExpression ? ownKeys(value) : undefined;
    if (!keys) return undefined;
    keySets.push(keys);
  }
  if (keySets.length === 1) return preferredDiscriminants.some((name) => keySets[0]!.has(name)) ? undefined : "object";
  const [first, ...rest] = keySets;
  const shared = [...first!].filter((key) => rest.every((keys) => keys.has(key)));
  return shared.length === 0 ? "objects" : undefined;
}

/**
 * What a function without a declared result type returns when every `return` writes `null` or
 * `undefined` (`"null | undefined"` for both); undefined otherwise. Without `strictNullChecks`
 * TypeScript widens such a result to `any`. Syntax only.
 */
export function nullishOnlyResult(fn: FunctionNode): string | undefined {
  if (fn.returnType || fn.generator || fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const returned: TSESTree.Expression[] = [];
  if (!collectReturned(fn.body, returned) || returned.length === 0) return undefined;
  const values = [...new Set(returned.map(nullishLiteral))];
  if (!values.every((value) => value === "null" || value === "undefined")) return undefined;
  return values.sort().join(" | ");
}

/**
 * The functions `fn` writes in place as its result when every `return` is one: a factory of use cases,
 * `makeDeleteArticle = (deps) => async (id) => …`, whose result is the function that does the work.
 */
export function functionsReturnedInPlace(fn: FunctionNode): FunctionNode[] | undefined {
  const returned: TSESTree.Expression[] = [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) returned.push(fn.body);
  else if (!collectReturned(fn.body, returned)) return undefined;
  const built = returned.filter(
    (value): value is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression =>
      value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression,
  );
  return built.length > 0 && built.length === returned.length ? built : undefined;
}

/** The function whose result `fn` is, written in place (`(deps) => async (id) => …`, `return async (id) => …`). */
export function functionReturning(fn: FunctionNode): FunctionNode | undefined {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression) return parent.body === fn ? parent : undefined;
  return parent.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : undefined;
}

/** The property names an object literal writes; undefined when a spread or a computed key hides some. */
function ownKeys(object: TSESTree.ObjectExpression): Set<string> | undefined {
  const keys = new Set<string>();
  for (const property of object.properties) {
    const name = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property.key, property.computed) : undefined;
    if (name === undefined) return undefined;
    keys.add(name);
  }
  return keys;
}

/**
 * Adds the value of every `return` of the function that `statement` belongs to (nested functions and
 * classes have their own; expressions hold none). False when a `return;` returns nothing.
 */
function collectReturned(statement: TSESTree.Statement, returned: TSESTree.Expression[]): boolean {
  const all = (statements: readonly (TSESTree.Statement | null | undefined)[]) =>
    statements.every((child) => !child || collectReturned(child, returned));
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
      if (!statement.argument) return false;
      returned.push(statement.argument);
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return all(statement.body);
    case AST_NODE_TYPES.IfStatement:
      return all([statement.consequent, statement.alternate]);
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
    case AST_NODE_TYPES.WithStatement:
      return all([statement.body]);
    case AST_NODE_TYPES.SwitchStatement:
      return all(statement.cases.flatMap((clause) => clause.consequent));
    case AST_NODE_TYPES.TryStatement:
      return all([statement.block, statement.handler?.body, statement.finalizer]);
    default:
      return true;
  }
}
