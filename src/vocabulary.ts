/**
 * The shared vocabulary of PATTERN.md §2 — discriminant, sum type, orchestrator class, dependency
 * type, orchestrating function — implemented once. Rules ask these questions; none of them talks to
 * the type checker's plumbing directly.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree, type ParserServicesWithTypeInformation } from "@typescript-eslint/utils";
import * as tsutils from "ts-api-utils";
import ts from "typescript";
import { resolveSettings, type PatternSettings } from "./settings.js";

/** One member of a sum type and the literal value(s) its discriminant takes there. */
export interface SumTypeMember {
  readonly type: ts.Type;
  readonly discriminantValues: readonly ts.Type[];
}

/** A union of object types discriminated by one literal-typed property (PATTERN.md §2). */
export interface SumTypeShape {
  readonly discriminant: string;
  readonly members: readonly SumTypeMember[];
}

/** Why a module-level function counts as orchestrating. */
export type OrchestratingReason =
  | { readonly kind: "process-verb"; readonly verb: string }
  | { readonly kind: "dependency-parameter"; readonly parameter: TSESTree.Parameter; readonly typeName: string };

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export interface ModuleLevelFunction {
  readonly node: FunctionNode;
  /** The function's own or its variable's name; undefined for an anonymous default export. */
  readonly name: string | undefined;
  /** Where a report about the function belongs: its name, or the function itself when anonymous. */
  readonly nameNode: TSESTree.Node;
}

const NULLISH_FLAGS = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;

/** A literal a discriminant may take in one member: string, number, bigint, boolean or enum member. */
const LITERAL_VALUE_FLAGS =
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.EnumLiteral;

/** A type with exactly one value: what a `case` can match completely. */
const UNIT_FLAGS = LITERAL_VALUE_FLAGS | ts.TypeFlags.Null | ts.TypeFlags.Undefined;

/** Types that are never an injected dependency, whatever they are named. */
const NOT_DEPENDENCY_FLAGS =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.Any |
  ts.TypeFlags.Unknown |
  ts.TypeFlags.Never |
  ts.TypeFlags.NonPrimitive |
  NULLISH_FLAGS;

export function isUnitType(type: ts.Type): boolean {
  return (type.flags & UNIT_FLAGS) !== 0 && !type.isUnion();
}

/** A type a discriminant may have: a literal, or a union of literals (no `string`, no `undefined`). */
export function isLiteralValueType(type: ts.Type): boolean {
  return tsutils.unionConstituents(type).every((part) => (part.flags & LITERAL_VALUE_FLAGS) !== 0);
}

export function isNeverType(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Never) !== 0;
}

export function includesNullish(type: ts.Type): boolean {
  return tsutils.unionConstituents(type).some((part) => (part.flags & NULLISH_FLAGS) !== 0);
}

/** `name` ends with one of `suffixes` (an empty suffix matches every name). */
export function endsWithAny(name: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => name.endsWith(suffix));
}

/** The verb that `name` starts with as a whole word (`processPayment`, `run_job`; not `processor`). */
export function leadingProcessVerb(name: string, verbs: readonly string[]): string | undefined {
  return verbs.find((verb) => {
    if (!name.startsWith(verb)) return false;
    const next = name.charAt(verb.length);
    return next === "" || next === "_" || next === "$" || (next >= "A" && next <= "Z") || (next >= "0" && next <= "9");
  });
}

export function classNameOf(node: ClassNode): string | undefined {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  return undefined;
}

/** A class whose name matches the configured orchestrator names (file globs are the config's job). */
export function isOrchestratorClass(node: ClassNode, settings: PatternSettings): boolean {
  const name = classNameOf(node);
  return name !== undefined && endsWithAny(name, settings.orchestratorSuffixes);
}

/** A method of an orchestrator class, or a property holding a function (`process = async () => …`). */
export interface OrchestratorMethod {
  readonly member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition;
  readonly orchestrator: ClassNode;
}

/**
 * The orchestrator method that `fn` is the body of — constructors and accessors excluded — or
 * undefined. Decided by names alone, so asking it costs no type query.
 */
export function orchestratorMethodOf(fn: FunctionNode, settings: PatternSettings): OrchestratorMethod | undefined {
  const member = fn.parent;
  const isMethod = member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "method";
  const isFunctionProperty = member.type === AST_NODE_TYPES.PropertyDefinition && member.value === fn;
  if (!isMethod && !isFunctionProperty) return undefined;
  const orchestrator = member.parent.parent;
  return isOrchestratorClass(orchestrator, settings) ? { member, orchestrator } : undefined;
}

/** A property's static name: `x`, `#x`, `"x"`; undefined when computed (`[key]`). */
export function propertyKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (computed) return undefined;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

/** `null`, `undefined` or `void …` written out: the text a message quotes, or undefined. */
export function nullishLiteral(node: TSESTree.Node): "null" | "undefined" | "void" | undefined {
  if (node.type === AST_NODE_TYPES.Literal && node.value === null && !("regex" in node) && !("bigint" in node)) return "null";
  if (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") return "undefined";
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "void") return "void";
  return undefined;
}

/** A key for a literal value written in code (`"a"`, `1`, `true`, `null`, `undefined`), as `literalMembersByValue` keys them. */
function literalKey(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") return "undefined";
  if (node.type !== AST_NODE_TYPES.Literal || "regex" in node || "bigint" in node) return undefined;
  if (node.value === null) return "null";
  return `${typeof node.value}:${String(node.value)}`;
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

/** The text of a simple computed key (`OpCodes.OP_SUCCESS`, `Symbol.iterator`), without a SourceCode at hand. */
function sourceText(node: TSESTree.Node): string {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.MemberExpression:
      return node.computed ? `${sourceText(node.object)}[…]` : `${sourceText(node.object)}.${sourceText(node.property)}`;
    case AST_NODE_TYPES.Literal:
      return JSON.stringify(node.value);
    default:
      return "…";
  }
}

/** The name a person would use for a function: its method, property, variable or own name. */
export function functionDisplayName(fn: FunctionNode): string | undefined {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    return propertyKeyName(parent.key, parent.computed) ?? `[${sourceText(parent.key)}]`;
  }
  if (fn.id) return fn.id.name;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  return undefined;
}

/**
 * Where a report about a whole function belongs: its name (method key, variable, own name), or,
 * for an anonymous function, its head up to the body.
 */
export function functionNameLocation(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): { loc: TSESTree.SourceLocation } {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    return { loc: parent.key.loc };
  }
  const moduleLevel = moduleLevelFunction(fn);
  if (moduleLevel && moduleLevel.nameNode !== fn) return { loc: moduleLevel.nameNode.loc };
  if (fn.id) return { loc: fn.id.loc };
  const bodyStart = sourceCode.getFirstToken(fn.body)!;
  const beforeBody = sourceCode.getTokenBefore(bodyStart)!;
  return { loc: { start: fn.loc.start, end: beforeBody.loc.end } };
}

function isModuleLevelStatement(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Program) return true;
  return (
    (parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) &&
    parent.parent.type === AST_NODE_TYPES.Program
  );
}

/**
 * A function declared at module level: a declaration, `const f = () => …` / `function` expression,
 * exported or not, or an `export default` function. Undefined for anything nested.
 */
export function moduleLevelFunction(node: FunctionNode): ModuleLevelFunction | undefined {
  const parent = node.parent;
  if (node.type === AST_NODE_TYPES.FunctionDeclaration || parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    if (!isModuleLevelStatement(node)) return undefined;
    return { node, name: node.id?.name, nameNode: node.id ?? node };
  }
  if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === node &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    isModuleLevelStatement(parent.parent)
  ) {
    return { node, name: parent.id.name, nameNode: parent.id };
  }
  return undefined;
}

/** How a `switch` over a closed union (every member a unit type) covers that union. */
export interface SwitchCoverage {
  readonly members: readonly ts.Type[];
  /** Members no `case` names, literals first, then `null` and `undefined`. */
  readonly missing: readonly ts.Type[];
  readonly defaultClause: TSESTree.SwitchCase | undefined;
}

/** Whether a default/`case` body statement only asserts that its subject is `never`. */
export type NeverAssertionCheck = (statement: TSESTree.Statement) => boolean;

/**
 * Type questions of PATTERN.md §2 for one program and one settings object. Answers are cached per
 * `ts.Type`, which the checker interns, so the same union is analysed once per program.
 */
export class PatternTypes {
  private readonly sumTypeCache = new WeakMap<ts.Type, SumTypeShape | null>();
  private readonly dependencyCache = new WeakMap<ts.Type, boolean>();

  constructor(
    readonly checker: ts.TypeChecker,
    readonly settings: PatternSettings,
  ) {}

  /** The base constraint of a type parameter or indexed access; the type itself otherwise. */
  constrained(type: ts.Type): ts.Type {
    if (type.flags & (ts.TypeFlags.TypeParameter | ts.TypeFlags.IndexedAccess)) {
      return this.checker.getBaseConstraintOfType(type) ?? type;
    }
    return type;
  }

  /** `Promise<T>` and other thenables become `T`; a union of them, the union of their `T`s. */
  unwrapPromise(type: ts.Type): ts.Type {
    if (!tsutils.unionConstituents(type).some((part) => this.isThenable(part))) return type;
    return this.checker.getAwaitedType(type) ?? type;
  }

  private isThenable(type: ts.Type): boolean {
    const then = type.getProperty("then");
    return then !== undefined && this.typeOfSymbol(then).getCallSignatures().length > 0;
  }

  typeOfSymbol(symbol: ts.Symbol): ts.Type {
    // getTypeOfSymbol is public only from TypeScript 5.x; the peer range starts at 4.8.
    if (typeof this.checker.getTypeOfSymbol === "function") return this.checker.getTypeOfSymbol(symbol);
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    return declaration ? this.checker.getTypeOfSymbolAtLocation(symbol, declaration) : this.checker.getAnyType();
  }

  /**
   * The sum-type shape of `type` (after unwrapping `Promise` and generic constraints): every union
   * member is an object type whose discriminant is a required literal, the members' literals are
   * disjoint, and no member is `null`, `undefined` or `void`. Undefined when it is not a sum type.
   */
  sumTypeOf(type: ts.Type): SumTypeShape | undefined {
    const subject = this.constrained(this.unwrapPromise(this.constrained(type)));
    let shape = this.sumTypeCache.get(subject);
    if (shape === undefined) {
      shape = this.computeSumType(subject) ?? null;
      this.sumTypeCache.set(subject, shape);
    }
    return shape ?? undefined;
  }

  isSumType(type: ts.Type): boolean {
    return this.sumTypeOf(type) !== undefined;
  }

  /** The name of the discriminant property of `type`, if it is a sum type. */
  discriminantOf(type: ts.Type): string | undefined {
    return this.sumTypeOf(type)?.discriminant;
  }

  private computeSumType(type: ts.Type): SumTypeShape | undefined {
    const members = tsutils.unionConstituents(type);
    if (members.some((member) => !this.isObjectLike(member))) return undefined;
    for (const discriminant of this.settings.discriminants) {
      const shape = this.shapeFor(members, discriminant);
      if (shape) return shape;
    }
    return undefined;
  }

  private isObjectLike(type: ts.Type): boolean {
    if (type.flags & ts.TypeFlags.Intersection) {
      return tsutils.intersectionConstituents(type).every((part) => this.isObjectLike(part) || isUnitType(part));
    }
    return (type.flags & ts.TypeFlags.Object) !== 0;
  }

  private shapeFor(members: readonly ts.Type[], discriminant: string): SumTypeShape | undefined {
    const seenValues = new Set<ts.Type>();
    const shapeMembers: SumTypeMember[] = [];
    for (const member of members) {
      const property = member.getProperty(discriminant);
      if (!property || property.flags & ts.SymbolFlags.Optional) return undefined;
      const values = tsutils.unionConstituents(this.typeOfSymbol(property));
      for (const value of values) {
        if (!(value.flags & LITERAL_VALUE_FLAGS) || seenValues.has(value)) return undefined;
        seenValues.add(value);
      }
      shapeMembers.push({ type: member, discriminantValues: values });
    }
    return { discriminant, members: shapeMembers };
  }

  /**
   * The members of a switchable union when every one is a unit type (a literal, an enum member,
   * `null`, `undefined`; branded literals count through their literal part); undefined when any
   * member is open (`string`, `number`, an object…), since such a switch cannot be exhaustive.
   */
  unitMembersOf(type: ts.Type): ts.Type[] | undefined {
    const units: ts.Type[] = [];
    for (const part of tsutils.unionConstituents(this.constrained(type))) {
      const unit = tsutils.intersectionConstituents(part).find(isUnitType);
      if (!unit) return undefined;
      units.push(unit);
    }
    return units;
  }

  /**
   * A dependency (PATTERN.md §2): named like one, a port (an object type whose members are all
   * methods), or a bundle of dependencies (`{ store: PaymentStore; gateway: PaymentGateway }`).
   * Primitives, arrays, `Map`/`Set` and plain data are not. `T | undefined` is judged by `T`.
   */
  isDependencyType(type: ts.Type): boolean {
    const subject = this.constrained(type);
    let answer = this.dependencyCache.get(subject);
    if (answer === undefined) {
      this.dependencyCache.set(subject, false); // a recursive type is not a dependency through itself
      const parts = tsutils.unionConstituents(subject).filter((part) => !(part.flags & NULLISH_FLAGS));
      answer = parts.length > 0 && parts.every((part) => this.isDependencyPart(part));
      this.dependencyCache.set(subject, answer);
    }
    return answer;
  }

  private isDependencyPart(type: ts.Type): boolean {
    if (type.flags & NOT_DEPENDENCY_FLAGS) return false;
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) return false;
    // Built-ins (`Map`, `Set`, `Iterable`, `PromiseLike`, …) and sum types (data) are never injected services.
    if (isDeclaredInDefaultLibrary(type) || this.isSumType(type)) return false;
    const name = this.nameOf(type);
    if (name !== undefined && endsWithAny(name, this.settings.dependencySuffixes)) return true;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
    const properties = this.checker.getPropertiesOfType(type);
    if (properties.length === 0) return false;
    if (properties.every((property) => this.isMethod(property))) return true;
    return properties.every((property) => this.isDependencyType(this.typeOfSymbol(property)));
  }

  private isMethod(property: ts.Symbol): boolean {
    return (property.flags & ts.SymbolFlags.Method) !== 0 || this.typeOfSymbol(property).getCallSignatures().length > 0;
  }

  /** The declared name of a type: its interface/class name, else its alias name. */
  nameOf(type: ts.Type): string | undefined {
    const symbol = type.getSymbol();
    if (symbol && !symbol.getName().startsWith("__")) return symbol.getName();
    return type.aliasSymbol?.getName();
  }

  /**
   * A zod schema type: named `Zod…` (an interface in zod 4, a class in zod 3) and declared in the
   * zod package, so that an unrelated `.default()` method is never mistaken for a schema default.
   */
  isZodSchema(type: ts.Type, names: readonly string[] = []): boolean {
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const name = symbol?.getName();
    if (!name?.startsWith("Zod") || (names.length > 0 && !names.includes(name))) return false;
    return (symbol?.getDeclarations() ?? []).some((declaration) => /[\\/]zod[\\/]/.test(declaration.getSourceFile().fileName));
  }

  typeToString(type: ts.Type): string {
    return this.checker.typeToString(type);
  }
}

/** Declared only in TypeScript's own lib files (`lib.es2015.iterable.d.ts`, `lib.dom.d.ts`, …). */
function isDeclaredInDefaultLibrary(type: ts.Type): boolean {
  const declarations = (type.getSymbol() ?? type.aliasSymbol)?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => declaration.getSourceFile().hasNoDefaultLib);
}

const typesByChecker = new WeakMap<ts.TypeChecker, Map<PatternSettings, PatternTypes>>();

function patternTypesFor(checker: ts.TypeChecker, settings: PatternSettings): PatternTypes {
  let bySettings = typesByChecker.get(checker);
  if (!bySettings) {
    bySettings = new Map();
    typesByChecker.set(checker, bySettings);
  }
  let types = bySettings.get(settings);
  if (!types) {
    types = new PatternTypes(checker, settings);
    bySettings.set(settings, types);
  }
  return types;
}

/** What every rule works with: the settings, the checker facade, and node-level questions. */
export interface PatternServices {
  readonly settings: PatternSettings;
  readonly types: PatternTypes;
  readonly parserServices: ParserServicesWithTypeInformation;
  /** The type of a node, through generic constraints. */
  typeOf(node: TSESTree.Node): ts.Type;
  /** Why a module-level function orchestrates, or undefined when it does not (or is not module-level). */
  orchestratingReason(node: FunctionNode): OrchestratingReason | undefined;
  /** Why a static method orchestrates (a standalone function in disguise), or undefined. */
  staticOrchestratingReason(method: TSESTree.MethodDefinition): OrchestratingReason | undefined;
  isNeverAssertion: NeverAssertionCheck;
  /** A function's declared or inferred return type, `Promise` unwrapped and generics constrained. */
  returnTypeOf(fn: FunctionNode): ts.Type | undefined;
  /** `result.kind` (also `result?.kind`) where `kind` is the discriminant of the sum type `result` has. */
  isDiscriminantAccess(node: TSESTree.Node): boolean;
  /** Coverage of a switch over a closed union; undefined for any other switch (`string`, `switch (true)`). */
  switchCoverage(node: TSESTree.SwitchStatement): SwitchCoverage | undefined;
}

// Shared by every rule linting the same file, so a switch's union is analysed once per lint.
const coverageBySwitch = new WeakMap<TSESTree.SwitchStatement, SwitchCoverage | null>();

function isNullishUnit(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0;
}

export function missingTypeInformationMessage(ruleName: string): string {
  return (
    `eslint-plugin-dumb-orchestrator: the rule "dumb-orchestrator/${ruleName}" needs type information, ` +
    `and this file was parsed without it. Lint TypeScript files with @typescript-eslint/parser and set ` +
    `languageOptions.parserOptions.projectService: true (the plugin's "recommended" config does both), ` +
    `or turn the plugin's rules off for such files with the "disable-type-checked" config.`
  );
}

/**
 * Gets the services once per file. Fails with a message that says what to configure when the file
 * was parsed without type information, instead of reporting nonsense.
 */
export function getPatternServices(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PatternServices {
  const parserServices = context.sourceCode.parserServices;
  if (!parserServices?.program || !parserServices.esTreeNodeToTSNodeMap) {
    throw new Error(missingTypeInformationMessage(context.id.replace(/^dumb-orchestrator\//, "")));
  }
  const services = parserServices as ParserServicesWithTypeInformation;
  const settings = resolveSettings(context.settings);
  const types = patternTypesFor(services.program.getTypeChecker(), settings);

  const typeOf = (node: TSESTree.Node): ts.Type => types.constrained(services.getTypeAtLocation(node));

  const parameterTypeNode = (parameter: TSESTree.Parameter): TSESTree.Node | undefined => {
    switch (parameter.type) {
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.ObjectPattern:
      case AST_NODE_TYPES.ArrayPattern:
        return parameter;
      case AST_NODE_TYPES.AssignmentPattern:
        return parameter.left;
      case AST_NODE_TYPES.TSParameterProperty:
        return parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
      case AST_NODE_TYPES.RestElement:
        return undefined;
    }
  };

  /** The orchestrating test of PATTERN.md §2 on a name and a parameter list: a process verb, or a dependency parameter. */
  const orchestratingSignature = (name: string | undefined, fn: FunctionNode): OrchestratingReason | undefined => {
    const verb = name === undefined ? undefined : leadingProcessVerb(name, settings.processVerbs);
    if (verb !== undefined) return { kind: "process-verb", verb };
    for (const parameter of fn.params) {
      const typed = parameterTypeNode(parameter);
      if (!typed) continue;
      const type = typeOf(typed);
      if (types.isDependencyType(type)) {
        return { kind: "dependency-parameter", parameter, typeName: types.typeToString(type) };
      }
    }
    return undefined;
  };

  const orchestratingReason = (node: FunctionNode): OrchestratingReason | undefined => {
    const fn = moduleLevelFunction(node);
    return fn && orchestratingSignature(fn.name, node);
  };

  const staticOrchestratingReason = (method: TSESTree.MethodDefinition): OrchestratingReason | undefined => {
    if (!method.static || method.kind !== "method" || method.computed || method.value.type !== AST_NODE_TYPES.FunctionExpression) {
      return undefined;
    }
    const name = method.key.type === AST_NODE_TYPES.Identifier ? method.key.name : undefined;
    return orchestratingSignature(name, method.value);
  };

  const isNeverCall = (expression: TSESTree.Expression): boolean => {
    const inner = expression.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : expression;
    return inner.type === AST_NODE_TYPES.CallExpression && isNeverType(services.getTypeAtLocation(inner));
  };

  const isNeverAssertion: NeverAssertionCheck = (statement) => {
    switch (statement.type) {
      case AST_NODE_TYPES.ExpressionStatement:
        return (
          isNeverCall(statement.expression) ||
          (statement.expression.type === AST_NODE_TYPES.TSSatisfiesExpression &&
            statement.expression.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword)
        );
      case AST_NODE_TYPES.ReturnStatement:
        return statement.argument !== null && isNeverCall(statement.argument);
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
  };

  const returnTypeOf = (fn: FunctionNode): ts.Type | undefined => {
    const signature = types.checker.getSignatureFromDeclaration(services.esTreeNodeToTSNodeMap.get(fn));
    return signature && types.constrained(types.unwrapPromise(types.checker.getReturnTypeOfSignature(signature)));
  };

  const isDiscriminantAccess = (node: TSESTree.Node): boolean => {
    const member = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) {
      return false;
    }
    const objectType = services.getTypeAtLocation(member.object);
    // `result?.kind` reads the discriminant of the non-nullish part.
    return types.discriminantOf(types.checker.getNonNullableType(types.constrained(objectType))) === member.property.name;
  };

  const computeSwitchCoverage = (node: TSESTree.SwitchStatement): SwitchCoverage | undefined => {
    // `switch (true)` branches on conditions, not on a union's members.
    if (node.discriminant.type === AST_NODE_TYPES.Literal) return undefined;
    const members = types.unitMembersOf(typeOf(node.discriminant));
    if (!members) return undefined;
    const handled = new Set<ts.Type>();
    const literalMembers = literalMembersByValue(members);
    for (const clause of node.cases) {
      if (!clause.test) continue;
      // `case "processed":` names its member by value; only other labels need the checker.
      const byValue = literalMembers.get(literalKey(clause.test) ?? "");
      if (byValue) {
        handled.add(byValue);
        continue;
      }
      for (const part of tsutils.unionConstituents(typeOf(clause.test))) {
        handled.add(tsutils.intersectionConstituents(part).find(isUnitType) ?? part);
      }
    }
    const missing = [...new Set(members)].filter((member) => !handled.has(member));
    return {
      members,
      missing: [...missing.filter((member) => !isNullishUnit(member)), ...missing.filter(isNullishUnit)],
      defaultClause: node.cases.find((clause) => clause.test === null),
    };
  };

  const switchCoverage = (node: TSESTree.SwitchStatement): SwitchCoverage | undefined => {
    let coverage = coverageBySwitch.get(node);
    if (coverage === undefined) {
      coverage = computeSwitchCoverage(node) ?? null;
      coverageBySwitch.set(node, coverage);
    }
    return coverage ?? undefined;
  };

  return {
    settings,
    types,
    parserServices: services,
    typeOf,
    orchestratingReason,
    staticOrchestratingReason,
    isNeverAssertion,
    returnTypeOf,
    isDiscriminantAccess,
    switchCoverage,
  };
}
