/**
 * `never` in control flow (PATTERN.md §2): the never-assertion that keeps a switch compiler-checked,
 * and calls that can only throw — typed `never`, or throwing in disguise.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { WRITTEN_ALIAS_DEPTH, isDeclaredInPackage, isNeverType, isSatisfiesExpression, isSymbolOfDefaultLibrary, symbolDeclaredAt, typeReferenceSymbol, writtenAliasOf } from "./checker.js";
import { withoutTypeAssertions } from "./names.js";
import { declaringFunction, explicitSignatures, explicitSymbolOf, hasInferredPredicateOnly, writtenCallResult } from "./calls.js";
import { ownReturnStatements } from "./literal-results.js";
import type { TypedFile } from "./pattern-types.js";

type Invocation = TSESTree.CallExpression | TSESTree.NewExpression;

/** A name, the only kind of expression that narrowing can make `never` (`intent`, `reply.kind`). */
export function isNarrowable(node: TSESTree.Node): boolean {
  const expression = withoutTypeAssertions(node);
  return expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression;
}

/**
 * Where a call can stand for a `throw`: as a statement (`fail("…")`, `await reject()`), returned,
 * an arrow function's body, or a branch of `??`, `||`, `&&` and `?:` (`user ?? fail("missing")`).
 * A call whose value feeds another expression (an argument, a receiver, an initializer) is not asked.
 */
export function isInControlPosition(node: TSESTree.CallExpression): boolean {
  let expression: TSESTree.Node = node;
  while (expression.parent?.type === AST_NODE_TYPES.AwaitExpression || expression.parent?.type === AST_NODE_TYPES.ChainExpression) {
    expression = expression.parent;
  }
  const parent = expression.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === expression;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === expression;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== expression;
    default:
      return false;
  }
}

function isInvocation(node: TSESTree.Node): node is Invocation {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

/**
 * A value narrowed to `never` passed where only `never` is accepted: `assertNever(x)`,
 * `new UnreachableCaseError(x)`. The checker resolves the signature only once an argument is `never`.
 */
export function passesNeverToNeverParameter(node: Invocation, file: TypedFile): boolean {
  // Only a name can be narrowed to `never` (`assertNever(intent)`, `assertNever(reply.kind)`): literals, templates and calls are not asked.
  const neverIndexes = node.arguments.flatMap((argument, index) =>
    isNarrowable(argument) && isNeverType(file.typeOf(argument)) ? [index] : [],
  );
  if (neverIndexes.length === 0) return false;
  const { checker } = file.types;
  const signature = checker.getResolvedSignature(file.parserServices.esTreeNodeToTSNodeMap.get(node) as ts.CallLikeExpression);
  if (!signature) return false;
  return neverIndexes.some((index) => {
    const parameter = signature.parameters[Math.min(index, signature.parameters.length - 1)];
    return parameter !== undefined && isNeverType(file.types.typeOfSymbol(parameter));
  });
}

/**
 * A statement that stops compiling the day a kind is added (PATTERN.md §2): `assertNever(x)` or
 * `new UnreachableCaseError(x)` — called, returned or thrown — `const u: never = x`, `x satisfies never`.
 * The assertion may sit inside the statement's value, as in a `throw new Error(…)` whose message
 * template holds `x satisfies never`: it breaks the build all the same.
 */
export function isNeverAssertion(statement: TSESTree.Statement, file: TypedFile): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return containsNeverAssertion(statement.expression, file);
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return statement.argument !== null && containsNeverAssertion(statement.argument, file);
    case AST_NODE_TYPES.VariableDeclaration:
      return statement.declarations.some(
        (declarator) =>
          declarator.init !== null &&
          (declarator.id.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword ||
            containsNeverAssertion(declarator.init, file)),
      );
    default:
      return false;
  }
}

/** `x satisfies never`, or a call or `new` passing a `never` where only `never` is accepted, in `expression` or within it. */
function containsNeverAssertion(expression: TSESTree.Expression, file: TypedFile): boolean {
  const { tsNodeToESTreeNodeMap, esTreeNodeToTSNodeMap } = file.parserServices;
  const found = (node: ts.Node): boolean => {
    if (isSatisfiesExpression(node) && node.type.kind === ts.SyntaxKind.NeverKeyword) return true;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const invocation = tsNodeToESTreeNodeMap.get(node);
      if (invocation && isInvocation(invocation) && passesNeverToNeverParameter(invocation, file)) return true;
    }
    return ts.forEachChild(node, found) === true;
  };
  return found(esTreeNodeToTSNodeMap.get(expression));
}

/** A failure made as a value instead of thrown: a `throw` in disguise. */
export type Rejection = "Promise.reject" | "throwError";

/**
 * A call that makes a failure as a value: the global `Promise.reject(…)`, and rxjs's `throwError(…)`,
 * an Observable that only errors (the `throw` of code that returns observables). `throwError` is known
 * by its package, never by its name alone; an imported name is followed, so a renamed import counts.
 */
export function rejectionCall(node: TSESTree.CallExpression, file: TypedFile): Rejection | undefined {
  const callee = node.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return isRxjsThrowError(file.parserServices.esTreeNodeToTSNodeMap.get(callee), file) ? "throwError" : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === "Promise" && callee.property.name === "reject") return "Promise.reject";
  // A namespace import (`rxjs.throwError`): only that name is asked, so `this.store.save()` is ruled out untyped.
  return callee.property.name === "throwError" && isRxjsThrowError(file.parserServices.esTreeNodeToTSNodeMap.get(callee.property), file)
    ? "throwError"
    : undefined;
}

function isRxjsThrowError(name: ts.Node, file: TypedFile): boolean {
  const symbol = symbolDeclaredAt(file.types.checker, name);
  return symbol?.getName() === "throwError" && (symbol.getDeclarations() ?? []).some((declaration) => isDeclaredInPackage(declaration, "rxjs"));
}

/** Why a call never returns normally: it is typed `never`, or its body can only end by throwing. */
export type ThrowingCall = "never" | "always-throws";

const alwaysThrowsByBody = new WeakMap<ts.Node, boolean>();
const isGuardByBody = new WeakMap<ts.Node, boolean>();

/**
 * Only a callee declared to return `never` can make a call `never`: a generic `T` return is not
 * resolved for the rare `T = never` (resolving every generic call is what made this rule slow).
 */
const MAY_BE_NEVER = ts.TypeFlags.Never;
const VOID_LIKE = ts.TypeFlags.Void | ts.TypeFlags.Undefined;

/**
 * A callee whose result TypeScript would infer from an `async` or generator body: a `Promise` or a
 * generator, never `never` or `void`. Its result is not asked for, since inferring another function's
 * body is the costly part (`await this.users.findById(id)` of a service that declares no result types).
 */
function infersPromiseOrGenerator(signature: ts.Signature): boolean {
  const fn = declaringFunction(signature);
  if (!fn || fn.type) return false;
  const isAsync = ts.canHaveModifiers(fn) && ts.getModifiers(fn)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
  return isAsync === true || ("asteriskToken" in fn && fn.asteriskToken !== undefined);
}

/** A signature TypeScript may infer `never` or `void` for, or declares so; only those are asked for their result. */
function mayReturn(signature: ts.Signature, flags: ts.TypeFlags, checker: ts.TypeChecker): boolean {
  return !infersPromiseOrGenerator(signature) && (checker.getReturnTypeOfSignature(signature).flags & flags) !== 0;
}

/**
 * A callee without a declared result whose body shows TypeScript cannot infer `never` for it (the
 * union of its `return`s is `never` only when each one is): a bare `return;`, a `return` of a value
 * written out or of a `const` holding one (`return service` after `const service = new Service(…)`),
 * or no `return` at all in a function declaration or class method, inferred `void`.
 */
function infersOtherThanNever(signature: ts.Signature, checker: ts.TypeChecker): boolean {
  const fn = declaringFunction(signature);
  if (!fn || fn.type || !("body" in fn) || !fn.body) return false;
  const body = fn.body as ts.ConciseBody;
  if (!ts.isBlock(body)) return isWrittenOutValue(body, checker, 0);
  const returns = ownReturnStatements(body);
  if (returns.length === 0) return !(ts.isFunctionExpression(fn) || ts.isArrowFunction(fn) || ts.isObjectLiteralExpression(fn.parent));
  return returns.some((statement) => statement.expression === undefined || isWrittenOutValue(statement.expression, checker, 0));
}

/** How many `const`s a returned name is followed through to the value it holds. */
const CONST_DEPTH = 4;

/** An expression whose type cannot be `never`: a literal, an object, array, function or class written out, `new …`, `this`. */
function isWrittenOutValue(expression: ts.Expression, checker: ts.TypeChecker, depth: number): boolean {
  if (ts.isParenthesizedExpression(expression) || isSatisfiesExpression(expression)) return isWrittenOutValue(expression.expression, checker, depth);
  if (ts.isIdentifier(expression)) {
    const declaration = checker.getSymbolAtLocation(expression)?.valueDeclaration;
    return (
      declaration !== undefined &&
      ts.isVariableDeclaration(declaration) &&
      declaration.type === undefined &&
      declaration.initializer !== undefined &&
      (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0 &&
      depth < CONST_DEPTH &&
      isWrittenOutValue(declaration.initializer, checker, depth + 1)
    );
  }
  return (
    ts.isLiteralExpression(expression) ||
    ts.isNoSubstitutionTemplateLiteral(expression) ||
    ts.isTemplateExpression(expression) ||
    ts.isObjectLiteralExpression(expression) ||
    ts.isArrayLiteralExpression(expression) ||
    ts.isFunctionExpression(expression) ||
    ts.isArrowFunction(expression) ||
    ts.isClassExpression(expression) ||
    ts.isNewExpression(expression) ||
    ts.isTypeOfExpression(expression) ||
    ts.isVoidExpression(expression) ||
    expression.kind === ts.SyntaxKind.ThisKeyword ||
    expression.kind === ts.SyntaxKind.TrueKeyword ||
    expression.kind === ts.SyntaxKind.FalseKeyword ||
    expression.kind === ts.SyntaxKind.NullKeyword
  );
}

/**
 * A call typed `never`, as TypeScript's control flow sees one: its callee is a name declared with an
 * explicit type (`fail`, `this.fail`, never `user.fail()` for an inferred `user`); the call itself is
 * resolved only when a declared signature returns `never`.
 */
export function isNeverCall(node: TSESTree.CallExpression, file: TypedFile): boolean {
  const { checker } = file.types;
  // A promise, as written, is no `never` whatever its type arguments: they are not built.
  const written = writtenCallResult(node, file);
  if (written && isWrittenPromise(written, checker, 0)) return false;
  const signatures = explicitSignatures(node, file);
  const mayBeNever = (signature: ts.Signature) => !infersOtherThanNever(signature, checker) && mayReturn(signature, MAY_BE_NEVER, checker);
  if (!signatures?.some(mayBeNever)) return false;
  return isNeverType(file.typeOf(node));
}

/** `Promise<…>` of the default library as written, or an alias of one: a result that cannot be `never`. */
function isWrittenPromise(node: ts.TypeNode, checker: ts.TypeChecker, depth: number): boolean {
  if (!ts.isTypeReferenceNode(node)) return false;
  const symbol = typeReferenceSymbol(checker, node);
  if (symbol?.getName() === "Promise" && isSymbolOfDefaultLibrary(symbol)) return true;
  const alias = depth < WRITTEN_ALIAS_DEPTH ? writtenAliasOf(checker, node) : undefined;
  return alias !== undefined && isWrittenPromise(alias, checker, depth + 1);
}

/**
 * A call of an assertion function (`asserts x`, `asserts this`). TypeScript accepts one only through
 * names declared with explicit types, so only those are read; and an assertion is always written out,
 * so a function without a declared result is not asked (asking would infer its body's predicate).
 */
export function isAssertionCall(node: TSESTree.CallExpression, file: TypedFile): boolean {
  const { checker } = file.types;
  // TypeScript accepts an assertion only as written: a written result that is no `asserts …` is not one.
  const written = writtenCallResult(node, file);
  if (written && !(ts.isTypePredicateNode(written) && written.assertsModifier)) return false;
  const asserts = (signature: ts.Signature | undefined) => {
    if (!signature || hasInferredPredicateOnly(signature)) return false;
    const kind = checker.getTypePredicateOfSignature(signature)?.kind;
    return kind === ts.TypePredicateKind.AssertsIdentifier || kind === ts.TypePredicateKind.AssertsThis;
  };
  const signatures = explicitSignatures(node, file);
  if (!signatures?.some(asserts)) return false;
  return signatures.every(asserts) || asserts(checker.getResolvedSignature(file.parserServices.esTreeNodeToTSNodeMap.get(node)));
}

/**
 * A call that can only throw: typed `never`, or calling a function whose body can only end by
 * throwing even where TypeScript infers `void` for it (`function fail() { throw … }`). Bodies are
 * read only for callees declared to return `void`.
 */
export function throwingCall(node: TSESTree.CallExpression, file: TypedFile): ThrowingCall | undefined {
  if (isNeverCall(node, file)) return "never";
  const { checker } = file.types;
  const bodies = calleeBodies(node, file);
  // The bodies are read first: only a callee that can only throw is asked what TypeScript makes of its result.
  if (bodies.length === 0 || !bodies.every(alwaysThrows)) return undefined;
  const signatures = explicitSignatures(node, file);
  if (!signatures) return undefined;
  return signatures.every((signature) => mayReturn(signature, VOID_LIKE, checker)) ? "always-throws" : undefined;
}

/**
 * A call of a guard: a function whose body only checks and throws (`if (!expression) throw
 * exception;`), then perhaps returns a parameter it checked (`CoreAssert.notEmpty(value, error)`
 * returns `value`). An assertion function in all but its declaration, for which TypeScript infers
 * `void` or the value. A getter that throws while its object is not ready (`getId()` returning
 * `this.id`) returns something else: no guard.
 */
export function isGuardCall(node: TSESTree.CallExpression, file: TypedFile): boolean {
  const bodies = calleeBodies(node, file);
  return bodies.length > 0 && bodies.every(isGuardBody);
}

/** The bodies a callee named by a dotted name is declared with, read from source (a package's `.d.ts` has none). */
function calleeBodies(node: TSESTree.CallExpression, file: TypedFile): ts.Block[] {
  const symbol = explicitSymbolOf(node.callee, file);
  return (symbol?.getDeclarations() ?? []).flatMap((declaration) => {
    const fn = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
    return fn && ts.isFunctionLike(fn) && "body" in fn && fn.body && ts.isBlock(fn.body) ? [fn.body] : [];
  });
}

function isGuardBody(body: ts.Block): boolean {
  let answer = isGuardByBody.get(body);
  if (answer === undefined) {
    const parameters = new Set(
      ts.isFunctionLike(body.parent) ? body.parent.parameters.flatMap((parameter) => (ts.isIdentifier(parameter.name) ? [parameter.name.text] : [])) : [],
    );
    const last = body.statements.at(-1);
    const returned = last && ts.isReturnStatement(last) ? last.expression : undefined;
    const checks = returned ? body.statements.slice(0, -1) : body.statements;
    answer =
      checks.length > 0 &&
      (returned === undefined || (ts.isIdentifier(returned) && parameters.has(returned.text))) &&
      checks.every((statement) => ts.isIfStatement(statement) && !statement.elseStatement && statementAlwaysThrows(statement.thenStatement));
    isGuardByBody.set(body, answer);
  }
  return answer;
}

function alwaysThrows(body: ts.Block): boolean {
  let answer = alwaysThrowsByBody.get(body);
  if (answer === undefined) {
    answer = ownReturnStatements(body).length === 0 && body.statements.some(statementAlwaysThrows);
    alwaysThrowsByBody.set(body, answer);
  }
  return answer;
}

function statementAlwaysThrows(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.some(statementAlwaysThrows);
  if (ts.isIfStatement(statement)) {
    return statement.elseStatement !== undefined && statementAlwaysThrows(statement.thenStatement) && statementAlwaysThrows(statement.elseStatement);
  }
  if (ts.isTryStatement(statement)) {
    if (statement.finallyBlock && statementAlwaysThrows(statement.finallyBlock)) return true;
    return statementAlwaysThrows(statement.tryBlock) && (!statement.catchClause || statementAlwaysThrows(statement.catchClause.block));
  }
  return false;
}
