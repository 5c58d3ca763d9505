/**
 * Results that the code alone shows are no sum type (PATTERN.md §2). A function without a declared
 * result type makes TypeScript infer one from its body — every call inside a returned object literal
 * resolved, ORM generics included — which is the most expensive question a rule can ask. When every
 * `return` writes an object literal that no discriminant can be found in, or an array literal, the
 * answer is known without it. Read from TypeScript's syntax tree, so that a function in another file
 * can be read too: a method that returns what another one returns (`return this.openai.split(text)`)
 * returns that one's literals.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { enclosingFunction, type FunctionNode } from "./names.js";

/**
 * What the code shows a function returns, when that cannot be a sum type:
 * - `"array"`: every `return` writes an array literal;
 * - `"object"`: one object literal, without a preferred discriminant (a single object type is a sum
 *   type only through one);
 * - `"objects"`: several object literals with no property in common (a discriminant is in every member).
 */
export type LiteralShape = "array" | "object" | "objects";

export interface LiteralResult<Call = ts.CallExpression> {
  readonly shape: LiteralShape;
  /** The call whose result the function returns, when that is its one `return`: the literals are that function's. */
  readonly through?: Call | undefined;
}

/**
 * The function a returned call runs, when its declaration can be read without typing the call (see
 * the facade); undefined for any other call.
 */
export type PassedThroughCallee = (call: ts.CallExpression) => ts.FunctionLikeDeclaration | undefined;

/** How many functions deep a result is followed through `return other(…)`. */
const PASS_THROUGH_DEPTH = 3;

/** The literal result of `fn` when it has no declared result type and cannot return a sum type; else undefined. */
export function literalNonSumResult(
  fn: ts.FunctionLikeDeclaration,
  preferredDiscriminants: readonly string[],
  calleeOf: PassedThroughCallee,
): LiteralResult | undefined {
  const own = ownReturnedValues(fn);
  const followed = own && followedValues(own, calleeOf, new Set([fn]), 0);
  if (!own || !followed) return undefined;
  // A function followed from two `return`s gives its literals twice: they are one object type.
  const returned = [...new Set(followed)];
  const shape = literalShape(returned, preferredDiscriminants);
  const only = own.length === 1 && returned[0] !== own[0] ? passedThroughCall(own[0]!) : undefined;
  return shape && { shape, through: only };
}

function literalShape(returned: readonly ts.Expression[], preferredDiscriminants: readonly string[]): LiteralShape | undefined {
  if (returned.every(ts.isArrayLiteralExpression)) return "array";
  const keySets: Set<string>[] = [];
  for (const value of returned) {
    const keys = ts.isObjectLiteralExpression(value) ? ownKeys(value) : undefined;
    if (!keys) return undefined;
    keySets.push(keys);
  }
  if (keySets.length === 1) return preferredDiscriminants.some((name) => keySets[0]!.has(name)) ? undefined : "object";
  const [first, ...rest] = keySets;
  const shared = [...first!].filter((key) => rest.every((keys) => keys.has(key)));
  return shared.length === 0 ? "objects" : undefined;
}

/**
 * What every path of a function without a declared result returns, written out. Undefined when the
 * end may be reachable, a `return;` returns nothing, or the function declares its result (TypeScript
 * reads a declared one without the body).
 */
function ownReturnedValues(fn: ts.FunctionLikeDeclaration): ts.Expression[] | undefined {
  if (fn.type || fn.asteriskToken || !fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return [withoutParentheses(fn.body)];
  // Unless the last statement returns, the end may be reachable, and TypeScript adds `undefined`.
  const last = fn.body.statements.at(-1);
  const returned: ts.Expression[] = [];
  return last && ts.isReturnStatement(last) && collectReturned(fn.body, returned) ? returned : undefined;
}

/**
 * The values with each returned call of a function that `calleeOf` finds replaced by what that one
 * returns (awaited or not: a `Promise` of a literal is judged by the literal).
 */
function followedValues(
  values: readonly ts.Expression[],
  calleeOf: PassedThroughCallee,
  following: Set<ts.FunctionLikeDeclaration>,
  depth: number,
): ts.Expression[] | undefined {
  const followed: ts.Expression[] = [];
  for (const value of values) {
    const call = depth < PASS_THROUGH_DEPTH ? passedThroughCall(value) : undefined;
    const callee = call && calleeOf(call);
    if (!callee) {
      followed.push(value);
      continue;
    }
    // A recursive call adds nothing TypeScript could infer without the rest: leave it to TypeScript.
    if (following.has(callee)) return undefined;
    following.add(callee);
    const inner = ownReturnedValues(callee);
    const calleeValues = inner && followedValues(inner, calleeOf, following, depth + 1);
    following.delete(callee);
    if (!calleeValues) return undefined;
    followed.push(...calleeValues);
  }
  return followed;
}

/** `other(…)`, `await other(…)`, parenthesised or not: a value that is whatever another function returns. */
function passedThroughCall(value: ts.Expression): ts.CallExpression | undefined {
  let inner = value;
  while (ts.isParenthesizedExpression(inner) || ts.isAwaitExpression(inner)) inner = inner.expression;
  return ts.isCallExpression(inner) && !inner.questionDotToken ? inner : undefined;
}

/** `({ id })` is `{ id }`: TypeScript's tree keeps the parentheses an arrow function's object result needs. */
function withoutParentheses(value: ts.Expression): ts.Expression {
  let inner = value;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  return inner;
}

/**
 * The `null` and `undefined` that the `return`s of a function without a declared result type write
 * (`return;` is `undefined`), sorted and joined (`"null | undefined"`); undefined when none does.
 * Without `strictNullChecks` TypeScript erases them from the type it infers. Syntax only.
 */
export function nullishReturned(fn: ts.FunctionLikeDeclaration): string | undefined {
  if (fn.type || fn.asteriskToken || !fn.body || !ts.isBlock(fn.body)) return undefined;
  const values = new Set<string>();
  for (const statement of ownReturnStatements(fn.body)) {
    const value = statement.expression ? nullishText(withoutParentheses(statement.expression)) : "undefined";
    if (value) values.add(value);
  }
  return values.size > 0 ? [...values].sort().join(" | ") : undefined;
}

/** The `return` statements of this function (nested functions and classes have their own). */
export function ownReturnStatements(node: ts.Node, found: ts.ReturnStatement[] = []): ts.ReturnStatement[] {
  ts.forEachChild(node, (child) => {
    if (ts.isReturnStatement(child)) found.push(child);
    else if (!ts.isFunctionLike(child) && !ts.isClassLike(child)) ownReturnStatements(child, found);
  });
  return found;
}

function nullishText(value: ts.Expression): string | undefined {
  if (value.kind === ts.SyntaxKind.NullKeyword) return "null";
  return ts.isIdentifier(value) && value.text === "undefined" ? "undefined" : undefined;
}

/**
 * The value of every `return` of `fn`, or its expression body; undefined without a body or where a
 * `return;` returns nothing.
 */
export function returnedValues(fn: ts.FunctionLikeDeclaration): ts.Expression[] | undefined {
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return [withoutParentheses(fn.body)];
  const returned: ts.Expression[] = [];
  return collectReturned(fn.body, returned) ? returned : undefined;
}

/**
 * Whether every `return` of `fn` writes a function in place: a factory of use cases,
 * `makeDeleteArticle = (deps) => async (id) => …`, whose result is the function that does the work.
 */
export function returnsFunctionsInPlace(fn: ts.FunctionLikeDeclaration): boolean {
  const returned = returnedValues(fn) ?? [];
  return returned.length > 0 && returned.every((value) => ts.isArrowFunction(value) || ts.isFunctionExpression(value));
}

/** The function whose result `fn` is, written in place (`(deps) => async (id) => …`, `return async (id) => …`). */
export function functionReturning(fn: FunctionNode): FunctionNode | undefined {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression) return parent.body === fn ? parent : undefined;
  return parent.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : undefined;
}

/** The property names an object literal writes; undefined when a spread or a computed key hides some. */
function ownKeys(object: ts.ObjectLiteralExpression): Set<string> | undefined {
  const keys = new Set<string>();
  for (const property of object.properties) {
    const name = property.name && !ts.isComputedPropertyName(property.name) ? propertyNameText(property.name) : undefined;
    if (name === undefined) return undefined;
    keys.add(name);
  }
  return keys;
}

function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return ts.isPrivateIdentifier(name) ? name.text : undefined;
}

/**
 * Adds the value of every `return` of the function that `statement` belongs to (nested functions and
 * classes have their own; expressions hold none). False when a `return;` returns nothing.
 */
function collectReturned(statement: ts.Statement, returned: ts.Expression[]): boolean {
  const all = (statements: readonly (ts.Statement | undefined)[]) => statements.every((child) => !child || collectReturned(child, returned));
  if (ts.isReturnStatement(statement)) {
    if (!statement.expression) return false;
    returned.push(withoutParentheses(statement.expression));
    return true;
  }
  if (ts.isBlock(statement)) return all(statement.statements);
  if (ts.isIfStatement(statement)) return all([statement.thenStatement, statement.elseStatement]);
  if (ts.isIterationStatement(statement, false) || ts.isLabeledStatement(statement) || ts.isWithStatement(statement)) {
    return all([statement.statement]);
  }
  if (ts.isSwitchStatement(statement)) return all(statement.caseBlock.clauses.flatMap((clause) => clause.statements));
  if (ts.isTryStatement(statement)) return all([statement.tryBlock, statement.catchClause?.block, statement.finallyBlock]);
  return true;
}
