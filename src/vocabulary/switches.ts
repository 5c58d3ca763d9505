/**
 * Switches and matches (PATTERN.md §1–3): how a `switch` covers its closed union, whether that union
 * comes from a dependency, and ts-pattern's `match(…)` chains, which are switches too.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import * as tsutils from "ts-api-utils";
import ts from "typescript";
import { isDeclaredInPackage, isNullishUnit, isSymbolFromDependency, isTypeFromDependency, isUnitType, symbolDeclaredAt } from "./checker.js";
import { literalKey, methodChain } from "./names.js";
import { declaredTypeOfSymbol, symbolReadAt } from "./read-types.js";
import type { TypedFile } from "./pattern-types.js";

/** How a `switch` over a closed union (every member a unit type) covers that union. */
export interface SwitchCoverage {
  /** Every member, in stable order. */
  readonly members: readonly ts.Type[];
  /** Members no `case` names, in stable order (`null` and `undefined` last). */
  readonly missing: readonly ts.Type[];
  readonly defaultClause: TSESTree.SwitchCase | undefined;
  /**
   * Whether no member can ever be added to the union: `true` and `false`, `null`, `undefined`, and what
   * `typeof` gives for a value that may be anything (`unknown`, `any`). Over such a union a `default`
   * stands for the values no `case` names, not for kinds added later.
   */
  readonly isClosed: boolean;
  /**
   * `case` labels that name an enum member of the same value as a literal member of the union
   * (`case MultiORMEnum.MikroORM` over `"typeorm" | "mikro-orm"`), which TypeScript does not match to
   * it, so that member stays unhandled: why a switch that looks complete is not, for the message.
   */
  readonly enumLabelsOfLiterals: readonly { readonly label: TSESTree.Expression; readonly literal: ts.Type }[];
}

/** The string, number, boolean, `null` and `undefined` members of a union by value; enum members are left out. */
function literalMembersByValue(members: readonly ts.Type[]): Map<string, ts.Type> {
  const byValue = new Map<string, ts.Type>();
  for (const member of members) {
    if (member.flags & ts.TypeFlags.EnumLiteral) continue;
    if (member.isStringLiteral() || member.isNumberLiteral()) byValue.set(`${typeof member.value}:${member.value}`, member);
    else if (member.flags & ts.TypeFlags.BooleanLiteral) byValue.set(`boolean:${(member as { intrinsicName?: string }).intrinsicName}`, member);
    else if (member.flags & ts.TypeFlags.Null) byValue.set("null", member);
    else if (member.flags & ts.TypeFlags.Undefined) byValue.set("undefined", member);
  }
  return byValue;
}

/** Unit types that no declaration can add a member to. */
const CLOSED_UNIT_FLAGS = ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Null | ts.TypeFlags.Undefined;

/** Everything `typeof` can give but `"undefined"`: what a value of type `{}` may be. */
const TYPEOF_DEFINED = ["bigint", "boolean", "function", "number", "object", "string", "symbol"];

/**
 * What `typeof` gives for a value of this type, as TypeScript's narrowing reads it: an interface is an
 * `"object"`, a branded `string & { __brand: "UserId" }` a `"string"`, `{}` anything but `"undefined"`.
 * Undefined where it may give anything (`any`, `unknown`, an unconstrained generic).
 */
function typeofResultsOf(type: ts.Type, file: TypedFile): ReadonlySet<string> | undefined {
  const results = new Set<string>();
  for (const part of tsutils.unionConstituents(type)) {
    const partResults = typeofResultsOfPart(part, file);
    if (!partResults) return undefined;
    for (const result of partResults) results.add(result);
  }
  return results;
}

function typeofResultsOfPart(part: ts.Type, file: TypedFile): readonly string[] | undefined {
  const flags = part.flags;
  if (flags & ts.TypeFlags.Never) return [];
  if (flags & ts.TypeFlags.StringLike) return ["string"];
  if (flags & ts.TypeFlags.NumberLike) return ["number"];
  if (flags & ts.TypeFlags.BigIntLike) return ["bigint"];
  if (flags & ts.TypeFlags.BooleanLike) return ["boolean"];
  if (flags & ts.TypeFlags.ESSymbolLike) return ["symbol"];
  if (flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return ["undefined"];
  if (flags & (ts.TypeFlags.Null | ts.TypeFlags.NonPrimitive)) return ["object"];
  if (part.isIntersection()) {
    // Object types beside a primitive are tags on it.
    const primitive = part.types.find((member) => !(member.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive)));
    if (primitive) return typeofResultsOfPart(primitive, file);
  } else if (!(flags & ts.TypeFlags.Object)) {
    // `any`, `unknown`, an unconstrained type parameter, a conditional type: anything.
    return undefined;
  }
  if (file.types.isCallable(part) || part.getConstructSignatures().length > 0) return ["function"];
  const isEmpty = part.getProperties().length === 0 && file.types.checker.getIndexInfosOfType(part).length === 0;
  return isEmpty ? TYPEOF_DEFINED : ["object"];
}

export function computeSwitchCoverage(node: TSESTree.SwitchStatement, file: TypedFile): SwitchCoverage | undefined {
  const subject = node.discriminant;
  // `switch (true)` branches on conditions, not on a union's members.
  if (subject.type === AST_NODE_TYPES.Literal) return undefined;
  const units = file.types.sumTypes.unitMembersOf(file.typeOf(subject));
  if (!units) return undefined;
  // TypeScript types every `typeof x` as all eight results, but narrows by what `x` can be.
  const isTypeof = subject.type === AST_NODE_TYPES.UnaryExpression && subject.operator === "typeof";
  const possible = isTypeof ? typeofResultsOf(file.typeOf(subject.argument), file) : undefined;
  const members = file.types.sortedTypes([...new Set(units)].filter((unit) => !possible || (unit.isStringLiteral() && possible.has(unit.value))));
  const handled = new Set<ts.Type>();
  const literalMembers = literalMembersByValue(members);
  const enumLabels: { label: TSESTree.Expression; literal: ts.Type }[] = [];
  for (const clause of node.cases) {
    if (!clause.test) continue;
    // `case "processed":` names its member by value; only other labels need the checker.
    const byValue = literalMembers.get(literalKey(clause.test) ?? "");
    if (byValue) {
      handled.add(byValue);
      continue;
    }
    for (const part of tsutils.unionConstituents(file.typeOf(clause.test))) {
      const unit = tsutils.intersectionConstituents(part).find(isUnitType) ?? part;
      handled.add(unit);
      const literal = unit.flags & ts.TypeFlags.EnumLiteral && (unit.isStringLiteral() || unit.isNumberLiteral()) ? literalMembers.get(`${typeof unit.value}:${unit.value}`) : undefined;
      if (literal) enumLabels.push({ label: clause.test, literal });
    }
  }
  const missing = members.filter((member) => !handled.has(member));
  return {
    members,
    missing: [...missing.filter((member) => !isNullishUnit(member)), ...missing.filter(isNullishUnit)],
    defaultClause: node.cases.find((clause) => clause.test === null),
    isClosed: (isTypeof && !possible) || members.every((member) => member.flags & CLOSED_UNIT_FLAGS),
    enumLabelsOfLiterals: enumLabels.filter(({ literal }) => !handled.has(literal)),
  };
}

/**
 * A union declared in a dependency (under `node_modules`): the subject of `switch (event.type)` where
 * `type` is a library's property, or a value whose declared type is a library's union or enum, or is
 * written with a library's types (`level?: LogLevel` with NestJS's `LogLevel`).
 */
export function isLibraryUnion(subject: TSESTree.Expression, file: TypedFile): boolean {
  const { checker } = file.types;
  const tsNode = file.parserServices.esTreeNodeToTSNodeMap.get(subject);
  const symbol = symbolReadAt(subject, file);
  if (ts.isPropertyAccessExpression(tsNode) && isSymbolFromDependency(symbol)) return true;
  const typeNode = symbol?.valueDeclaration && declaredTypeNode(symbol.valueDeclaration);
  if (typeNode && namesOnlyDependencyTypes(typeNode, checker)) return true;
  const declared = symbol ? declaredTypeOfSymbol(symbol, file) : file.typeOf(subject);
  if (isTypeFromDependency(declared)) return true;
  const parts = tsutils.unionConstituents(declared).filter((part) => !isNullishUnit(part));
  return parts.length > 0 && parts.every((part) => {
    const owner = part.flags & ts.TypeFlags.EnumLiteral ? checker.getBaseTypeOfLiteralType(part) : part;
    return isTypeFromDependency(owner);
  });
}

/** The type written on a parameter, variable or property (`level?: LogLevel`), if any. */
function declaredTypeNode(declaration: ts.Declaration): ts.TypeNode | undefined {
  return ts.isParameter(declaration) || ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)
    ? declaration.type
    : undefined;
}

/**
 * Whether a written type names only a dependency's types, `null` and `undefined` aside
 * (`LogLevel | LogMessageType | undefined`): the checker flattens such a union into literals that
 * no longer say where they were declared.
 */
function namesOnlyDependencyTypes(typeNode: ts.TypeNode, checker: ts.TypeChecker): boolean {
  const named = (node: ts.TypeNode): boolean | undefined => {
    if (ts.isParenthesizedTypeNode(node)) return named(node.type);
    if (node.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)) return undefined;
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map(named).filter((part) => part !== undefined);
      return parts.length > 0 && parts.every(Boolean);
    }
    // `LogLevel`, `Levels["log"]`, `(typeof LEVELS)[number]`: where the named type or value is declared.
    if (ts.isIndexedAccessTypeNode(node)) return named(node.objectType);
    const name = ts.isTypeReferenceNode(node) ? node.typeName : ts.isTypeQueryNode(node) ? node.exprName : undefined;
    if (!name) return false;
    return isSymbolFromDependency(symbolDeclaredAt(checker, name));
  };
  return named(typeNode) === true;
}

/** How a ts-pattern `match(…)` chain ends. */
export type MatchEnd = "exhaustive" | "otherwise" | "run";

export interface PatternMatch {
  readonly end: MatchEnd;
  /** The value matched on: `x` in `match(x)`. */
  readonly subject: TSESTree.Expression;
  /** The `.otherwise` / `.run` / `.exhaustive` member, where a report about the end belongs. */
  readonly endProperty: TSESTree.Identifier;
}

const MATCH_ENDS = new Set<string>(["exhaustive", "otherwise", "run"]);
const MATCH_STEPS = new Set(["with", "when", "returnType", "narrow", "input", "output"]);

/**
 * The ts-pattern match that `call` ends (`match(x).with(…).otherwise(…)`), recognised by the package
 * that declares `match`, or undefined.
 */
export function patternMatchOf(call: TSESTree.CallExpression, file: TypedFile): PatternMatch | undefined {
  const end = call.callee;
  if (end.type !== AST_NODE_TYPES.MemberExpression || end.computed || end.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (!MATCH_ENDS.has(end.property.name)) return undefined;
  const { receiver: link } = methodChain(end.object, MATCH_STEPS);
  if (link.type !== AST_NODE_TYPES.CallExpression || link.arguments.length !== 1) return undefined;
  const subject = link.arguments[0]!;
  if (subject.type === AST_NODE_TYPES.SpreadElement || !isTsPatternMatch(link.callee, file)) return undefined;
  return { end: end.property.name as MatchEnd, subject, endProperty: end.property };
}

function isTsPatternMatch(callee: TSESTree.Expression, file: TypedFile): boolean {
  // A property access is a namespace's `match` (`TsPattern.match`) only by that name: `app.get(Service).run()`
  // is ruled out before its receiver is typed. An identifier may be a renamed import (`match as m`).
  const isMatchName =
    callee.type === AST_NODE_TYPES.Identifier ||
    (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === "match");
  if (!isMatchName) return false;
  const { checker } = file.types;
  const tsCallee = file.parserServices.esTreeNodeToTSNodeMap.get(callee);
  const symbol = symbolDeclaredAt(checker, ts.isPropertyAccessExpression(tsCallee) ? tsCallee.name : tsCallee);
  return symbol?.getName() === "match" && (symbol.getDeclarations() ?? []).some((declaration) => isDeclaredInPackage(declaration, "ts-pattern"));
}
