/**
 * Result variants that can be written at a place in code (PATTERN.md §3, "quick fixes that teach the
 * pattern"): `{ kind: "not_found", paymentId }` or `new PaymentNotFound(paymentId)` when every required
 * property (or constructor parameter) is the discriminant's literal or a value in scope with the same
 * name and an assignable type. Nothing is ever invented.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Scope } from "@typescript-eslint/utils/ts-eslint";
import ts from "typescript";
import { compareTypeTexts, isUnitType } from "./checker.js";
import { enclosingFunction } from "./names.js";
import type { TypedFile } from "./pattern-types.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/**
 * The type of the value a `return` at `at` could use by `name`: a parameter or an earlier declaration
 * of the enclosing function. Asked only for the names a variant needs, so the types of other values
 * in scope are never computed.
 */
function valueInScope(name: string, at: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, file: TypedFile): ts.Type | undefined {
  for (let scope: Scope.Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    const definition = variable?.defs[0];
    if (variable && definition && "isValueVariable" in variable && variable.isValueVariable) {
      // A later declaration is in its temporal dead zone at `at`.
      if (definition.type !== "Parameter" && definition.name.range[0] > at.range[0]) return undefined;
      return file.typeOf(definition.name);
    }
    if (scope.type === "function") return undefined;
  }
  return undefined;
}

/** Whether a class (or any value) named `name` can be referred to at `at`: imported or declared as a value. */
function isValueNamed(name: string, at: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (let scope: Scope.Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return "isValueVariable" in variable && variable.isValueVariable === true;
  }
  return false;
}

export function variantsFillableAt(
  resultType: ts.Type,
  at: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  file: TypedFile,
): string[] {
  const { types } = file;
  const { checker } = types;
  const shape = types.sumTypeOf(resultType);
  // Assignability is public API from TypeScript 5.5; older compilers get no suggestion rather than a guess.
  if (!shape?.discriminant || typeof checker.isTypeAssignableTo !== "function") return [];
  const discriminant = shape.discriminant;
  const tsAt = file.parserServices.esTreeNodeToTSNodeMap.get(at);

  const literalText = (value: ts.Type): string | undefined => {
    if (value.isStringLiteral()) return JSON.stringify(value.value);
    if (value.isNumberLiteral()) return String(value.value);
    if (value.flags & ts.TypeFlags.BooleanLiteral) return (value as { intrinsicName?: string }).intrinsicName;
    const symbol = value.getSymbol();
    if (value.flags & ts.TypeFlags.EnumLiteral && symbol) return checker.symbolToString(symbol, tsAt, ts.SymbolFlags.Value);
    return undefined;
  };

  /** What fills a property or parameter named `name` of type `type`: its unit literal, or a same-named value in scope. */
  const fill = (name: string, type: ts.Type, isDiscriminant: boolean): string | undefined => {
    if (isDiscriminant || (isUnitType(type) && !(type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)))) return literalText(type);
    const value = valueInScope(name, at, sourceCode, file);
    return value && checker.isTypeAssignableTo(value, type) ? name : undefined;
  };

  const asObject = (member: ts.Type): string | undefined => {
    const parts: string[] = [];
    for (const property of checker.getPropertiesOfType(member)) {
      if (property.flags & ts.SymbolFlags.Optional) continue;
      const name = property.getName();
      if (!IDENTIFIER.test(name) || property.flags & ts.SymbolFlags.Method) return undefined;
      const filled = fill(name, types.typeOfSymbol(property), name === discriminant);
      if (filled === undefined) return undefined;
      parts.push(filled === name ? name : `${name}: ${filled}`);
    }
    return `{ ${parts.join(", ")} }`;
  };

  const asConstruction = (member: ts.Type, classSymbol: ts.Symbol): string | undefined => {
    const className = classSymbol.getName();
    if (!isValueNamed(className, at, sourceCode)) return undefined;
    const [signature, ...overloads] = types.typeOfSymbol(classSymbol).getConstructSignatures();
    if (!signature || overloads.length > 0 || signature.typeParameters?.length) return undefined;
    const discriminantProperty = member.getProperty(discriminant);
    const discriminantType = discriminantProperty && types.typeOfSymbol(discriminantProperty);
    const args: string[] = [];
    for (const parameter of signature.getParameters()) {
      const type = types.typeOfSymbol(parameter);
      const filled = fill(parameter.getName(), type, type === discriminantType);
      if (filled === undefined) return undefined;
      args.push(filled);
    }
    return `new ${className}(${args.join(", ")})`;
  };

  const variants: string[] = [];
  for (const { type: member } of shape.members) {
    const symbol = member.getSymbol();
    const text = symbol && symbol.flags & ts.SymbolFlags.Class ? asConstruction(member, symbol) : asObject(member);
    if (text !== undefined) variants.push(text);
  }
  return variants.sort(compareTypeTexts);
}

/** `return` in `statement` would return from `fn` itself, not from a callback inside it. */
export function returnsFrom(fn: TSESTree.Node, statement: TSESTree.Node): boolean {
  return enclosingFunction(statement) === fn;
}
