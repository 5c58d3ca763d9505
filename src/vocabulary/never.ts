/**
 * `never` in control flow (PATTERN.md §2): the never-assertion that keeps a switch compiler-checked,
 * and calls that can only throw — typed `never`, or throwing in disguise.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { isNeverType } from "./checker.js";
import type { TypedFile } from "./pattern-types.js";

type Invocation = TSESTree.CallExpression | TSESTree.NewExpression;

function withoutAwait(expression: TSESTree.Expression): TSESTree.Expression {
  return expression.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression;
}

function isInvocation(node: TSESTree.Node): node is Invocation {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

/**
 * A value narrowed to `never` passed where only `never` is accepted: `assertNever(x)`,
 * `new UnreachableCaseError(x)`. The checker resolves the signature only once an argument is `never`.
 */
export function passesNeverToNeverParameter(node: Invocation, file: TypedFile): boolean {
  const neverIndexes = node.arguments.flatMap((argument, index) =>
    argument.type !== AST_NODE_TYPES.SpreadElement && isNeverType(file.typeOf(argument)) ? [index] : [],
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
 */
export function isNeverAssertion(statement: TSESTree.Statement, file: TypedFile): boolean {
  const asserts = (expression: TSESTree.Expression | null): boolean => {
    if (!expression) return false;
    const inner = withoutAwait(expression);
    if (inner.type === AST_NODE_TYPES.TSSatisfiesExpression) return inner.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword;
    return isInvocation(inner) && passesNeverToNeverParameter(inner, file);
  };
  switch (statement.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return asserts(statement.expression);
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return asserts(statement.argument);
    case AST_NODE_TYPES.VariableDeclaration: {
      const [declarator, ...others] = statement.declarations;
      return (
        others.length === 0 &&
        declarator?.init != null &&
        declarator.id.typeAnnotation?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword
      );
    }
    default:
      return false;
  }
}

/** Why a call never returns normally: it is typed `never`, or its body can only end by throwing. */
export type ThrowingCall = "never" | "always-throws";

const alwaysThrowsByBody = new WeakMap<ts.Node, boolean>();

/**
 * A call that can only throw: typed `never`, or calling a function whose body can only end by
 * throwing even where TypeScript infers `void` for it (`function fail() { throw … }`).
 */
export function throwingCall(node: TSESTree.CallExpression, file: TypedFile): ThrowingCall | undefined {
  if (isNeverType(file.typeOf(node))) return "never";
  const { checker } = file.types;
  const callee = file.parserServices.esTreeNodeToTSNodeMap.get(node.callee);
  const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = checker.getSymbolAtLocation(nameNode);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const bodies = (symbol?.getDeclarations() ?? []).flatMap((declaration) => {
    const fn = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
    return fn && ts.isFunctionLike(fn) && "body" in fn && fn.body && ts.isBlock(fn.body) ? [fn.body] : [];
  });
  return bodies.length > 0 && bodies.every(alwaysThrows) ? "always-throws" : undefined;
}

function alwaysThrows(body: ts.Block): boolean {
  let answer = alwaysThrowsByBody.get(body);
  if (answer === undefined) {
    answer = !containsReturn(body) && body.statements.some(statementAlwaysThrows);
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

/** A `return` of this function (nested functions and classes have their own). */
function containsReturn(node: ts.Node): boolean {
  return (
    ts.forEachChild(node, (child) => {
      if (ts.isReturnStatement(child)) return true;
      if (ts.isFunctionLike(child) || ts.isClassLike(child)) return undefined;
      return containsReturn(child) ? true : undefined;
    }) === true
  );
}
