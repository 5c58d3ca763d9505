/**
 * Whether control can run past a statement — the question behind "the end of this function can be
 * reached". It follows TypeScript's `noImplicitReturns`: a `switch` that covers every member of its
 * closed union ends the path like one with a `default`, and so does a call typed `never`.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { PatternServices } from "./vocabulary.js";

type Statement = TSESTree.Statement;
type LoopStatement =
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement
  | TSESTree.ForStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement;

export function canCompleteNormally(statements: readonly Statement[], services: PatternServices): boolean {
  return statements.every((statement) => statementCanComplete(statement, services));
}

function statementCanComplete(statement: Statement, services: PatternServices): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return false;
    case AST_NODE_TYPES.BlockStatement:
      return canCompleteNormally(statement.body, services);
    case AST_NODE_TYPES.ExpressionStatement:
      return !isNeverCall(statement.expression, services);
    case AST_NODE_TYPES.IfStatement:
      return (
        statement.alternate === null ||
        statementCanComplete(statement.consequent, services) ||
        statementCanComplete(statement.alternate, services)
      );
    case AST_NODE_TYPES.SwitchStatement:
      return switchCanComplete(statement, services);
    case AST_NODE_TYPES.TryStatement:
      if (statement.finalizer && !statementCanComplete(statement.finalizer, services)) return false;
      return (
        statementCanComplete(statement.block, services) ||
        (statement.handler !== null && statementCanComplete(statement.handler.body, services))
      );
    case AST_NODE_TYPES.LabeledStatement:
      return statementCanComplete(statement.body, services) || containsBreakTo(statement.body, statement.label.name);
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return loopCanComplete(statement, services);
    default:
      return true;
  }
}

function isNeverCall(expression: TSESTree.Expression, services: PatternServices): boolean {
  const call = expression.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression;
  return call.type === AST_NODE_TYPES.CallExpression && services.isNeverCall(call);
}

function switchCanComplete(node: TSESTree.SwitchStatement, services: PatternServices): boolean {
  const hasDefault = node.cases.some((clause) => clause.test === null);
  const exhaustive = hasDefault || services.switchCoverage(node)?.missing.length === 0;
  if (!exhaustive) return true;
  if (node.cases.some((clause) => clause.consequent.some((statement) => containsBreakTo(statement, undefined)))) {
    return true;
  }
  // Earlier clauses fall through into later ones; only the last clause can run off the end.
  const lastClause = node.cases.at(-1);
  return lastClause === undefined || canCompleteNormally(lastClause.consequent, services);
}

function isConstantTrue(test: TSESTree.Expression | null): boolean {
  return test === null || (test.type === AST_NODE_TYPES.Literal && test.value === true);
}

function loopCanComplete(node: LoopStatement, services: PatternServices): boolean {
  const loopsForever =
    (node.type === AST_NODE_TYPES.WhileStatement ||
      node.type === AST_NODE_TYPES.ForStatement ||
      node.type === AST_NODE_TYPES.DoWhileStatement) &&
    isConstantTrue(node.test);
  if (loopsForever) return containsBreakTo(node.body, undefined);
  if (node.type === AST_NODE_TYPES.DoWhileStatement && !statementCanComplete(node.body, services)) {
    // The body always leaves: the loop ends only through a `break`, or a `continue` that re-tests.
    return containsBreakTo(node.body, undefined) || containsContinue(node.body);
  }
  return true;
}

/** Which nested statements a jump statement cannot leave: they would be its target instead. */
type Barrier = "none" | "loops" | "loops-and-switches";

/**
 * Whether `statement` holds a `break` that leaves the enclosing statement: the one labelled `label`,
 * or (unlabelled) the nearest loop or switch, so breaks inside nested loops and switches don't count.
 */
function containsBreakTo(statement: Statement, label: string | undefined): boolean {
  return someNestedStatement(statement, label === undefined ? "loops-and-switches" : "none", (candidate) =>
    candidate.type === AST_NODE_TYPES.BreakStatement && (candidate.label?.name ?? undefined) === label,
  );
}

/** An unlabelled `continue` of this loop (one inside a nested switch still belongs to it). */
function containsContinue(statement: Statement): boolean {
  return someNestedStatement(
    statement,
    "loops",
    (candidate) => candidate.type === AST_NODE_TYPES.ContinueStatement && candidate.label === null,
  );
}

/** Visits the statements nested in `statement`, not entering functions, classes or `barrier`s. */
function someNestedStatement(statement: Statement, barrier: Barrier, predicate: (statement: Statement) => boolean): boolean {
  if (predicate(statement)) return true;
  const visit = (child: Statement | null | undefined): boolean => child != null && someNestedStatement(child, barrier, predicate);
  switch (statement.type) {
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(visit);
    case AST_NODE_TYPES.IfStatement:
      return visit(statement.consequent) || visit(statement.alternate);
    case AST_NODE_TYPES.TryStatement:
      return visit(statement.block) || visit(statement.handler?.body) || visit(statement.finalizer);
    case AST_NODE_TYPES.LabeledStatement:
      return visit(statement.body);
    case AST_NODE_TYPES.SwitchStatement:
      return barrier !== "loops-and-switches" && statement.cases.some((clause) => clause.consequent.some(visit));
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return barrier === "none" && visit(statement.body);
    default:
      return false;
  }
}
