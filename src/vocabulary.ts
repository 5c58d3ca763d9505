/**
 * The shared vocabulary of PATTERN.md §2 — discriminant, sum type, orchestrator class, dependency
 * type, orchestrating function, never-assertion — implemented once, one concept a file under
 * `vocabulary/`. This facade is what rules import; none of them talks to the checker's plumbing.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree, type ParserServicesWithTypeInformation } from "@typescript-eslint/utils";
import ts from "typescript";
import { resolveSettings, type PatternSettings } from "./settings.js";
import { includesNullish, isDeclaredInPackage, isNeverType, isSymbolFromDependency, isSymbolOfDefaultLibrary, mayBeObject, symbolDeclaredAt } from "./vocabulary/checker.js";
import {
  isAssertionCall,
  isGuardCall,
  isNeverAssertion,
  isNeverCall,
  passesNeverToNeverParameter,
  rejectionCall,
  throwingCall,
  type Rejection,
  type ThrowingCall,
} from "./vocabulary/never.js";
import {
  declaredReceiver,
  declaresResultType,
  leadingProcessVerb,
  moduleLevelFunction,
  oneLineSource,
  propertyKeyName,
  withoutTypeAssertions,
  writtenNullableResult,
  writtenResult,
  type FunctionNode,
} from "./vocabulary/names.js";
import { patternTypesFor, type PatternTypes, type TypedFile } from "./vocabulary/pattern-types.js";
import { isWrittenAsData } from "./vocabulary/dependencies.js";
import { constructedInstanceType, declaredSignatures, hasInferredPredicateOnly, passedThroughCallee } from "./vocabulary/calls.js";
import { returnsFrom, variantsFillableAt } from "./vocabulary/variants.js";
import { declaredTypeOfSymbol, readProducedResult, readTypeOf, symbolReadAt } from "./vocabulary/read-types.js";
import { functionReturning, literalNonSumResult, nullishReturned, returnedValues, returnsFunctionsInPlace, type LiteralResult } from "./vocabulary/literal-results.js";
import { isOrchestratorClassDeclaration, orchestratorMethodOf } from "./vocabulary/orchestrators.js";
import { computeSwitchCoverage, isLibraryUnion, patternMatchOf, type PatternMatch, type SwitchCoverage } from "./vocabulary/switches.js";

export * from "./vocabulary/checker.js";
export * from "./vocabulary/names.js";
export * from "./vocabulary/orchestrators.js";
export { isBuiltInPlace, isComputedFrom, isReadFromConstructorParameters } from "./vocabulary/injection.js";
export { isInControlPosition, isNarrowable } from "./vocabulary/never.js";
export type { PatternTypes } from "./vocabulary/pattern-types.js";
export type { SumTypeMember, SumTypeShape } from "./vocabulary/sum-types.js";
export type { MatchEnd, PatternMatch, SwitchCoverage } from "./vocabulary/switches.js";
export type { Rejection, ThrowingCall } from "./vocabulary/never.js";
export type { LiteralResult, LiteralShape } from "./vocabulary/literal-results.js";

/** Why a module-level function counts as orchestrating. */
export type OrchestratingReason =
  | { readonly kind: "process-verb"; readonly verb: string }
  | { readonly kind: "dependency-parameter"; readonly parameter: TSESTree.Parameter; readonly typeName: string };

/** The reason as a message gives it, in parentheses: `it takes the dependency \`PaymentGateway\``. */
export function orchestratingReasonText(reason: OrchestratingReason): string {
  // "the dependency `X`", not "a `X` dependency": no article to get wrong before `INestApplication`.
  return reason.kind === "process-verb" ? `its name starts with "${reason.verb}"` : `it takes the dependency \`${reason.typeName}\``;
}

/** The default library's types of a decorator's parameters: legacy (`experimentalDecorators`) and standard. */
const DECORATOR_PARAMETER_TYPES = /^(?:PropertyDescriptor|TypedPropertyDescriptor|Class(?:Method|Getter|Setter|Field|Accessor)?DecoratorContext)$/;

/** What every rule works with: the settings, the checker facade, and node-level questions. */
export interface PatternServices extends TypedFile {
  readonly settings: PatternSettings;
  readonly parserServices: ParserServicesWithTypeInformation;
  /** Why a module-level function orchestrates, or undefined when it does not (or is not module-level). */
  orchestratingReason(node: FunctionNode): OrchestratingReason | undefined;
  /**
   * The orchestrating function that writes `fn` in place as its whole result (`makeDeleteArticle =
   * (deps) => async (id) => …`): a factory, whose built function is where the orchestration runs. Not
   * for a decorator it builds (`(target, key, descriptor: PropertyDescriptor) => …`).
   */
  orchestratingFactoryOf(fn: FunctionNode): FunctionNode | undefined;
  /** Whether an orchestrating function only builds functions in place (a factory of use cases). */
  isOrchestratingFactory(fn: FunctionNode): boolean;
  /**
   * Whether `fn` is a method of an orchestrator class: written in the class (constructors and accessors
   * excluded), or outside it, with the class as the `this` it declares (`function createRecord(this:
   * RecordsService, …)`, which a property of the class holds).
   */
  isOrchestratorMethod(fn: FunctionNode): boolean;
  /** Why a static method orchestrates (a standalone function in disguise), or undefined. */
  staticOrchestratingReason(method: TSESTree.MethodDefinition): OrchestratingReason | undefined;
  /** A statement that asserts its subject is `never` (PATTERN.md §2). */
  isNeverAssertion(statement: TSESTree.Statement): boolean;
  /** `assertNever(x)`, `new UnreachableCaseError(x)`: a value narrowed to `never` passed where only `never` is accepted. */
  assertsNever(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /** Whether a call can only throw: typed `never`, or a body that only ends by throwing. */
  throwingCall(node: TSESTree.CallExpression): ThrowingCall | undefined;
  /** A failure made as a value, a `throw` in disguise: `Promise.reject(…)`, rxjs's `throwError(…)`. */
  rejectionCall(node: TSESTree.CallExpression): Rejection | undefined;
  /** A call typed `never` (what ends a path for the compiler), asked of declared signatures first. */
  isNeverCall(node: TSESTree.CallExpression): boolean;
  /** A call of an assertion function (`asserts x`). */
  isAssertionCall(node: TSESTree.CallExpression): boolean;
  /** A call of a guard, an assertion function in all but its declaration: its body only checks and throws. */
  isGuardCall(node: TSESTree.CallExpression): boolean;
  /**
   * What a function's declared or inferred return type produces (`Promise` awaited, an fp-ts `Task`
   * run), generics constrained; undefined where the caller picks it (an unconstrained type parameter).
   */
  returnTypeOf(fn: FunctionNode): ts.Type | undefined;
  /**
   * What a function without a declared result type returns when its code alone shows that is no sum
   * type (object literals in which no discriminant can be, array literals; those of the function whose
   * result it passes on, named by `through`); undefined otherwise.
   */
  literalNonSumResult(fn: FunctionNode): LiteralResult<TSESTree.CallExpression> | undefined;
  /**
   * A declared result that names `null` or `undefined` where TypeScript erased them (`strictNullChecks`
   * off), as written and awaited: `User | null` in `Promise<User | null>`; without a declared result,
   * the inferred one with the `null` and `undefined` that `return`s write (`User | null` for `User`).
   * Undefined otherwise, and always under `strictNullChecks`, where the type itself says so.
   */
  erasedNullableResult(fn: FunctionNode): string | undefined;
  /**
   * A type as a message names it: as `typeNode` writes it, where that is the very type and no longer
   * than a message quotes (the checker prints a Prisma model `Access` expanded, `{ alias: string; … }`);
   * else as the checker prints it.
   */
  typeTextAsWritten(type: ts.Type, typeNode: TSESTree.TypeNode | undefined): string;
  /** A function's result type (`returnTypeOf`) as a message names it: `Access` of `Promise<Access>`, `T | null` of `Promise<T | null>` (see `typeTextAsWritten`). */
  resultText(fn: FunctionNode, result: ts.Type): string;
  /** Whether a function's declared or inferred result is a sum type; TypeScript infers it only when the code leaves that open. */
  returnsSumType(fn: FunctionNode): boolean;
  /**
   * Whether a method implements a member that a dependency declares, of an interface its class names in
   * `implements` (`onModuleInit` of NestJS's `OnModuleInit`) or of the class it extends (express-session's
   * `Store.get()`), and that library sets what the member returns (not a type parameter left to the
   * implementer, as a CQRS handler's `execute`).
   */
  implementsLibraryMember(fn: FunctionNode): boolean;
  /**
   * Angular's `inject(HttpClient)`: the injector hands the value in while the class is constructed, as a
   * constructor parameter would be (known by the package that declares `inject`).
   */
  isInjectorCall(value: TSESTree.Expression): boolean;
  /** `result.kind` (also `result?.kind`) where `kind` discriminates the sum type `result` is declared with. */
  isDiscriminantAccess(node: TSESTree.Node): boolean;
  /** `reply.kind` where `kind` would be the discriminant but is optional in some member: not a sum type. */
  isOptionalDiscriminantAccess(node: TSESTree.Node): boolean;
  /**
   * `error instanceof Error`, `e instanceof TypeError`: asks whether a thrown value is one of
   * JavaScript's own errors (as TypeScript's default library declares them), to read its message, which
   * decides no business case.
   */
  isBuiltInErrorTest(node: TSESTree.BinaryExpression): boolean;
  /** `r.isOk()`, `Either.isLeft(e)`, `isNotFound(r)`: a type predicate that narrows a sum type to some of its members. */
  isRoutingPredicateCall(node: TSESTree.Node): boolean;
  /**
   * A name for a value fixed where it is declared, a key as much as a literal is: an enum member
   * (`PermissionsEnum.PROFILE_EDIT`) or a `const` given a literal (`const ADMIN = "admin"`). Not a
   * property of data, even one typed by a single member (`command.role: MemberRoleEnum.ADMIN`).
   */
  isConstantReference(node: TSESTree.Node): boolean;
  /** Coverage of a switch over a closed union; undefined for any other switch (`string`, `switch (true)`). */
  switchCoverage(node: TSESTree.SwitchStatement): SwitchCoverage | undefined;
  /** Whether the union a switch or match is over is declared in a dependency (under `node_modules`). */
  isLibraryUnion(subject: TSESTree.Expression): boolean;
  /**
   * The variants of `fn`'s declared result that a `return` at `at` (a `throw`, a `return null`) could
   * write instead, as code, each filled only from literals and same-named values in scope.
   */
  returnableVariants(fn: FunctionNode, at: TSESTree.Node): string[];
  /** The ts-pattern `match(…)` chain that this call ends, or undefined. */
  patternMatchOf(call: TSESTree.CallExpression): PatternMatch | undefined;
  /**
   * The closed union a match covers, as a switch would: unit members (literals, enum members,
   * booleans, `null`, `undefined`) or a sum type's members. Undefined for an open type
   * (`string | undefined`), where `.otherwise()` handles what no kind names.
   */
  closedMatchUnion(match: PatternMatch): ts.Type | undefined;
}

// Shared by every rule linting the same file, so a switch's union is analysed once per lint.
const coverageBySwitch = new WeakMap<TSESTree.SwitchStatement, SwitchCoverage | null>();

export function missingTypeInformationMessage(ruleName: string): string {
  return (
    `eslint-plugin-dumb-orchestrator: the rule "dumb-orchestrator/${ruleName}" needs type information, ` +
    `and this file was parsed without it. Lint TypeScript files with @typescript-eslint/parser and set ` +
    `languageOptions.parserOptions.projectService: true (the plugin's "recommended" config does both), ` +
    `or turn the plugin's rules off for such files with the "disable-type-checked" config.`
  );
}

/** The type written on a parameter (`db: PrismaClient`), if any. */
function writtenTypeOf(parameter: TSESTree.Node): TSESTree.TypeNode | undefined {
  const isBinding =
    parameter.type === AST_NODE_TYPES.Identifier || parameter.type === AST_NODE_TYPES.ObjectPattern || parameter.type === AST_NODE_TYPES.ArrayPattern;
  return isBinding ? parameter.typeAnnotation?.typeAnnotation : undefined;
}

function parameterTypeNode(parameter: TSESTree.Parameter): TSESTree.Node | undefined {
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
}

/** How long a written type may be for a message to quote it as written. */
const WRITTEN_TYPE_LENGTH = 80;

// Every rule linting a file asks for the same services (one SourceCode per lint of a file).
const servicesBySourceCode = new WeakMap<object, { readonly settings: PatternSettings; readonly services: PatternServices }>();

/**
 * Gets the services once per file. Fails with a message that says what to configure when the file
 * was parsed without type information, instead of reporting nonsense.
 */
export function getPatternServices(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PatternServices {
  const parserServices = context.sourceCode.parserServices;
  if (!parserServices?.program || !parserServices.esTreeNodeToTSNodeMap) {
    throw new Error(missingTypeInformationMessage(context.id.replace(/^dumb-orchestrator\//, "")));
  }
  const settings = resolveSettings(context.settings);
  const cached = servicesBySourceCode.get(context.sourceCode);
  if (cached?.settings === settings) return cached.services;
  const services = createPatternServices(context.sourceCode, parserServices as ParserServicesWithTypeInformation, settings);
  servicesBySourceCode.set(context.sourceCode, { settings, services });
  return services;
}

function createPatternServices(
  sourceCode: Readonly<TSESLint.SourceCode>,
  services: ParserServicesWithTypeInformation,
  settings: PatternSettings,
): PatternServices {
  const types: PatternTypes = patternTypesFor(services.program, settings);
  const { checker } = types;

  const typeOf = (node: TSESTree.Node): ts.Type =>
    types.constrained(
      // `new PaymentStore(…)` is the class's instance type whichever overload the arguments pick: no need to resolve the call.
      // A value read from its declarations where nothing can narrow it: a call's declared result instead of the resolved call.
      (node.type === AST_NODE_TYPES.NewExpression ? constructedInstanceType(node, file) : readTypeOf(node, file)) ?? services.getTypeAtLocation(node),
    );
  const file: TypedFile = { types, parserServices: services, typeOf };

  /**
   * The type a value was declared with, before narrowing: after `if (r.kind === "a") return;` the
   * narrowed `r` is one member, but `r.kind` still reads the union's discriminant.
   */
  const declaredTypeOf = (node: TSESTree.Node): ts.Type => {
    const expression = withoutTypeAssertions(node);
    if (expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression) {
      const symbol = symbolReadAt(expression, file);
      const declaration = symbol?.valueDeclaration;
      if (symbol && declaration && !(symbol.flags & ts.SymbolFlags.Alias)) return types.constrained(declaredTypeOfSymbol(symbol, file));
    }
    return typeOf(expression);
  };

  const isConstantReference = (node: TSESTree.Node): boolean => {
    if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return false;
    const read = symbolReadAt(node, file);
    const symbol = read && read.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(read) : read;
    if (!symbol) return false;
    if (symbol.flags & ts.SymbolFlags.EnumMember) return true;
    const declaration = symbol.valueDeclaration;
    return (
      declaration !== undefined &&
      ts.isVariableDeclaration(declaration) &&
      (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0 &&
      declaration.initializer !== undefined &&
      (ts.isStringLiteralLike(declaration.initializer) || ts.isNumericLiteral(declaration.initializer))
    );
  };

  /**
   * The orchestrating test of PATTERN.md §2 on a name and a parameter list (a process verb, or a
   * dependency parameter), unless the function builds an orchestrator. The name and the parameters are
   * looked at first: telling what the function builds may take its result type.
   */
  const orchestratingSignature = (name: string | undefined, fn: FunctionNode): OrchestratingReason | undefined => {
    const reason = orchestratingNameOrParameter(name, fn);
    return reason && !buildsOrchestrator(fn) ? reason : undefined;
  };

  const orchestratingNameOrParameter = (name: string | undefined, fn: FunctionNode): OrchestratingReason | undefined => {
    const verb = name === undefined ? undefined : leadingProcessVerb(name, settings.processVerbs);
    if (verb !== undefined) return { kind: "process-verb", verb };
    for (const parameter of fn.params) {
      const typed = parameterTypeNode(parameter);
      // `id: string`, `input: { name: string }`: data by what is written, so its type is not built.
      const written = typed && writtenTypeOf(typed);
      if (!typed || (written && isWrittenAsData(services.esTreeNodeToTSNodeMap.get(written) as ts.TypeNode, checker))) continue;
      const type = typeOf(typed);
      if (types.isDependencyType(type)) {
        return { kind: "dependency-parameter", parameter, typeName: typeTextAsWritten(type, writtenTypeOf(typed)) };
      }
    }
    return undefined;
  };

  /**
   * A function whose result is an instance of an orchestrator class: a composition root's factory
   * (`makeDeleteAccount(repo: AccountRepository): DeleteAccountUseCase`), a static `create(store)`. It
   * injects the dependencies, as the pattern asks; the orchestrator it builds is checked as a class.
   * Read from its `return`s first (`new DeleteAccountUseCase(repo)`), whatever interface it declares
   * as its result; else from its result type (`new this(store)`).
   */
  const buildsOrchestrator = (fn: FunctionNode): boolean => {
    const isOrchestratorClass = (symbol: ts.Symbol | undefined) =>
      (symbol?.getDeclarations() ?? []).some((declaration) => ts.isClassLike(declaration) && isOrchestratorClassDeclaration(declaration, settings));
    const returned = returnedValues(tsFunctionOf(fn)) ?? [];
    const constructsOrchestrator = (value: ts.Expression) => ts.isNewExpression(value) && isOrchestratorClass(symbolDeclaredAt(checker, value.expression));
    if (returned.length > 0 && returned.every(constructsOrchestrator)) return true;
    return isOrchestratorClass(returnTypeOf(fn)?.getSymbol());
  };

  // A function that declares its `this` is a method written outside its class, not a standalone function.
  const orchestratingReason = (node: FunctionNode): OrchestratingReason | undefined => {
    const fn = moduleLevelFunction(node);
    return fn && !declaredReceiver(node) ? orchestratingSignature(fn.name, node) : undefined;
  };

  const isOrchestratorMethod = (fn: FunctionNode): boolean => {
    if (orchestratorMethodOf(fn, settings)) return true;
    const receiver = declaredReceiver(fn);
    if (receiver?.type !== AST_NODE_TYPES.TSTypeReference || !moduleLevelFunction(fn)) return false;
    const name = receiver.typeName.type === AST_NODE_TYPES.TSQualifiedName ? receiver.typeName.right : receiver.typeName;
    if (name.type !== AST_NODE_TYPES.Identifier) return false;
    const declared = symbolDeclaredAt(checker, services.esTreeNodeToTSNodeMap.get(name));
    return (declared?.declarations ?? []).some((declaration) => ts.isClassLike(declaration) && isOrchestratorClassDeclaration(declaration, settings));
  };

  const isOrchestratingFactory = (fn: FunctionNode): boolean =>
    returnsFunctionsInPlace(tsFunctionOf(fn)) && orchestratingReason(fn) !== undefined;

  const orchestratingFactoryOf = (fn: FunctionNode): FunctionNode | undefined => {
    const factory = functionReturning(fn);
    return factory && isOrchestratingFactory(factory) && !isDecorator(fn) ? factory : undefined;
  };

  /**
   * A decorator, known by a parameter of a type TypeScript declares for decorators (`descriptor:
   * PropertyDescriptor`, `context: ClassMethodDecoratorContext`): what it returns is what TypeScript's
   * decorator protocol asks, not a result.
   */
  const isDecorator = (fn: FunctionNode): boolean =>
    fn.params.some((parameter) => {
      const annotation = parameter.type === AST_NODE_TYPES.Identifier ? parameter.typeAnnotation?.typeAnnotation : undefined;
      if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return false;
      if (!DECORATOR_PARAMETER_TYPES.test(annotation.typeName.name)) return false;
      return isSymbolOfDefaultLibrary(symbolDeclaredAt(checker, services.esTreeNodeToTSNodeMap.get(annotation.typeName)));
    });

  const staticOrchestratingReason = (method: TSESTree.MethodDefinition): OrchestratingReason | undefined => {
    if (!method.static || method.kind !== "method" || method.computed || method.value.type !== AST_NODE_TYPES.FunctionExpression) {
      return undefined;
    }
    const name = method.key.type === AST_NODE_TYPES.Identifier ? method.key.name : undefined;
    return orchestratingSignature(name, method.value);
  };

  const tsFunctionOf = (fn: FunctionNode) => services.esTreeNodeToTSNodeMap.get(fn) as ts.FunctionLikeDeclaration;

  const literalResultOf = (fn: FunctionNode): LiteralResult<TSESTree.CallExpression> | undefined => {
    const literal = literalNonSumResult(tsFunctionOf(fn), settings.discriminants, (call) => passedThroughCallee(call, checker));
    const through = literal?.through && (services.tsNodeToESTreeNodeMap.get(literal.through) as TSESTree.CallExpression);
    return literal && { shape: literal.shape, through };
  };

  const returnTypeOf = (fn: FunctionNode): ts.Type | undefined => {
    // Inferring a result checks its `return`s, calls and their arguments; one read from declarations is the same type.
    const produced = readProducedResult(tsFunctionOf(fn), file) ?? producedResultOfSignature(fn);
    // A result its caller picks (`<T>(run: () => Promise<T>): Promise<T>`) is neither a sum type nor not one.
    return produced && !types.isUnconstrainedGeneric(produced) ? types.constrained(produced) : undefined;
  };

  const producedResultOfSignature = (fn: FunctionNode): ts.Type | undefined => {
    const signature = checker.getSignatureFromDeclaration(tsFunctionOf(fn));
    return signature && types.producedResult(checker.getReturnTypeOfSignature(signature));
  };

  const erasedNullableResult = (fn: FunctionNode): string | undefined => {
    if (types.strictNullChecks) return undefined;
    if (!fn.returnType) {
      // Erased from the inferred type: `User | null` is inferred `User`, `null` alone `any`, beside a `never` call `never`.
      const erased = nullishReturned(tsFunctionOf(fn));
      const inferred = erased && returnTypeOf(fn);
      const kept = inferred && !isNeverType(inferred) && !(inferred.flags & ts.TypeFlags.Any) ? types.typeToString(inferred) : undefined;
      return kept ? `${kept} | ${erased}` : erased;
    }
    const written = writtenNullableResult(fn.returnType.typeAnnotation);
    // On one line, as a message quotes it: `\n  | Found\n  | null` reads `Found | null`.
    return written && oneLineSource(written, sourceCode).replace(/^\| /, "");
  };

  const typeTextAsWritten = (
    type: ts.Type,
    typeNode: TSESTree.TypeNode | undefined,
    says = (written: ts.Type) => written === type,
  ): string => {
    if (typeNode && says(checker.getTypeFromTypeNode(services.esTreeNodeToTSNodeMap.get(typeNode) as ts.TypeNode))) {
      const text = oneLineSource(typeNode, sourceCode);
      // A long one is left to the checker, which cuts a type where it grows long.
      if (text.length <= WRITTEN_TYPE_LENGTH) return text;
    }
    return types.typeToString(type);
  };

  const returnsSumType = (fn: FunctionNode): boolean => {
    if (literalResultOf(fn)) return false;
    const returned = returnTypeOf(fn);
    return returned !== undefined && types.isSumType(returned);
  };

  const implementsLibraryMember = (fn: FunctionNode): boolean => {
    const member = fn.parent;
    if ((member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) || member.value !== fn) {
      return false;
    }
    const name = propertyKeyName(member.key, member.computed);
    const classNode = member.parent.parent;
    if (name === undefined || (classNode.implements.length === 0 && !classNode.superClass)) return false;
    const isSetByLibrary = (libraryMember: ts.Symbol | undefined) =>
      libraryMember !== undefined && isSymbolFromDependency(libraryMember) && !leavesResultToImplementer(libraryMember);
    const implementsInterfaceMember = classNode.implements.some(({ expression }) => {
      const nameNode = expression.type === AST_NODE_TYPES.MemberExpression ? expression.property : expression;
      const declared = symbolDeclaredAt(checker, services.esTreeNodeToTSNodeMap.get(nameNode));
      return isSymbolFromDependency(declared) && isSetByLibrary(checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(declared!), name));
    });
    if (implementsInterfaceMember || !classNode.superClass) return implementsInterfaceMember;
    // A base class's member, as the class inherits it: express-session's `Store.get()`, `validate()` of
    // `PassportStrategy(Strategy)`.
    const instanceType = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(classNode));
    if (!(instanceType.flags & ts.TypeFlags.Object) || !((instanceType as ts.ObjectType).objectFlags & ts.ObjectFlags.Class)) return false;
    return checker.getBaseTypes(instanceType as ts.InterfaceType).some((base) => isSetByLibrary(checker.getPropertyOfType(base, name)));
  };

  const isInjectorCall = (value: TSESTree.Expression): boolean => {
    const call = withoutTypeAssertions(value);
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = call.callee.type === AST_NODE_TYPES.MemberExpression && !call.callee.computed ? call.callee.property : call.callee;
    // The name rules out every other call before the checker is asked.
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "inject") return false;
    const declared = symbolDeclaredAt(checker, services.esTreeNodeToTSNodeMap.get(callee));
    return (declared?.getDeclarations() ?? []).some((declaration) => isDeclaredInPackage(declaration, "@angular/core"));
  };

  /**
   * A library member whose result is one of its interface's type parameters, or the promise of one
   * (`execute(command: TCommand): Promise<TResult>` of a CQRS `ICommandHandler`): whoever implements it
   * picks the result, so the library does not decide what it returns.
   */
  const leavesResultToImplementer = (libraryMember: ts.Symbol): boolean =>
    (libraryMember.getDeclarations() ?? []).some((declaration) => {
      let result = ts.isFunctionLike(declaration) ? declaration.type : undefined;
      if (result && ts.isTypeReferenceNode(result) && ts.isIdentifier(result.typeName) && result.typeName.text === "Promise") {
        result = result.typeArguments?.[0];
      }
      return result !== undefined && (checker.getTypeFromTypeNode(result).flags & ts.TypeFlags.TypeParameter) !== 0;
    });

  /**
   * `result.kind` / `result?.kind`, or a flag read through a method (`result.isFailed()`): the object
   * and the name read, or undefined.
   */
  const propertyRead = (node: TSESTree.Node): { object: TSESTree.Expression; name: string } | undefined => {
    const read = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    const member = read.type === AST_NODE_TYPES.CallExpression && read.arguments.length === 0 ? read.callee : read;
    // `this.isValid()` is the class's own helper, never a result's flag: ruled out before the checker is asked.
    if (member !== read && member.type === AST_NODE_TYPES.MemberExpression && member.object.type === AST_NODE_TYPES.ThisExpression) return undefined;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    return { object: member.object, name: member.property.name };
  };

  const isDiscriminantAccess = (node: TSESTree.Node): boolean => {
    const read = propertyRead(node);
    // `result?.kind` reads the discriminant of the non-nullish part.
    return read !== undefined && types.sumTypes.discriminates(types.nonNullable(declaredTypeOf(read.object)), read.name);
  };

  const isOptionalDiscriminantAccess = (node: TSESTree.Node): boolean => {
    const read = propertyRead(node);
    return read !== undefined && types.sumTypes.isOptionalDiscriminant(types.nonNullable(declaredTypeOf(read.object)), read.name);
  };

  const isBuiltInErrorTest = (node: TSESTree.BinaryExpression): boolean => {
    if (node.operator !== "instanceof") return false;
    const errorClass = symbolDeclaredAt(checker, services.esTreeNodeToTSNodeMap.get(node.right));
    // The default library's error classes are named so: `Error`, `TypeError`, `AggregateError`, ….
    return errorClass !== undefined && errorClass.getName().endsWith("Error") && isSymbolOfDefaultLibrary(errorClass);
  };

  const isRoutingPredicateCall = (node: TSESTree.Node): boolean => {
    const call = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    // Ruled out cheaply first: a predicate's subject is an argument or the object a method is called on;
    // some declared signature of the callee must be a type predicate that can name members of a sum type,
    // and what it names as its subject must be a sum type. Only then is the call resolved: lodash's
    // `isEmpty(user)` and `isNil(user)` are predicates, and resolving them infers `user`.
    if (call.arguments.length === 0 && call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const isRouting = (predicate: ts.TypePredicate | undefined) =>
      predicate !== undefined && mayNameSumMembers(predicate) && isSumTypeSubject(predicateSubject(call, predicate));
    // A predicate TypeScript would infer names an argument, so one must be a sum type before the callee's
    // body is checked for it (`speaker.doesNotHaveMatching(password)` typed all of `Speaker`).
    let hasSumTypeArgument: boolean | undefined;
    const mayBeRouting = (signature: ts.Signature) =>
      !hasInferredPredicateOnly(signature) ||
      (hasSumTypeArgument ??= call.arguments.some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && isSumTypeSubject(argument)));
    if (!declaredSignatures(call, file)?.some((signature) => mayBeRouting(signature) && isRouting(checker.getTypePredicateOfSignature(signature)))) return false;
    const signature = checker.getResolvedSignature(services.esTreeNodeToTSNodeMap.get(call));
    return isRouting(signature && checker.getTypePredicateOfSignature(signature));
  };

  /** What a type predicate narrows in a call: the object of `r.isOk()` (`this is …`), or the argument it names. */
  const predicateSubject = (call: TSESTree.CallExpression, predicate: ts.TypePredicate): TSESTree.Node | undefined => {
    if (predicate.kind === ts.TypePredicateKind.This) {
      return call.callee.type === AST_NODE_TYPES.MemberExpression ? call.callee.object : undefined;
    }
    const argument = predicate.kind === ts.TypePredicateKind.Identifier ? call.arguments[predicate.parameterIndex] : undefined;
    return argument?.type === AST_NODE_TYPES.SpreadElement ? undefined : argument;
  };

  /**
   * Whether a predicate's declared type can be some members of a sum type, which are objects: not when
   * it has `null` or `undefined` in it (`value is null | undefined`) or is only primitives (`value is ''`).
   */
  const mayNameSumMembers = (predicate: ts.TypePredicate): boolean =>
    predicate.type !== undefined && !includesNullish(predicate.type) && mayBeObject(predicate.type);

  const isSumTypeSubject = (subject: TSESTree.Node | undefined): boolean =>
    subject !== undefined && types.isSumType(types.nonNullable(declaredTypeOf(subject)));

  const returnableVariants = (fn: FunctionNode, at: TSESTree.Node): string[] => {
    // Only a declared result is offered from: inferring one would type the whole body for a suggestion.
    if (fn.generator || !declaresResultType(fn) || !returnsFrom(fn, at)) return [];
    const signature = checker.getSignatureFromDeclaration(tsFunctionOf(fn));
    if (!signature) return [];
    const declared = checker.getReturnTypeOfSignature(signature);
    // `return { … }` fits a `Promise<Result>` only in an async function.
    if (!fn.async && types.unwrapPromise(declared) !== declared) return [];
    const result = types.nonNullable(types.constrained(types.unwrapPromise(declared)));
    return variantsFillableAt(result, at, sourceCode, file);
  };

  const closedMatchUnion = (match: PatternMatch): ts.Type | undefined => {
    const subject = typeOf(match.subject);
    if (!subject.isUnion()) return undefined;
    const isClosed = types.sumTypes.unitMembersOf(subject) !== undefined || types.isSumType(types.nonNullable(subject));
    return isClosed ? subject : undefined;
  };

  const switchCoverage = (node: TSESTree.SwitchStatement): SwitchCoverage | undefined => {
    let coverage = coverageBySwitch.get(node);
    if (coverage === undefined) {
      coverage = computeSwitchCoverage(node, file) ?? null;
      coverageBySwitch.set(node, coverage);
    }
    return coverage ?? undefined;
  };

  return {
    ...file,
    settings,
    parserServices: services,
    orchestratingReason,
    isOrchestratorMethod,
    orchestratingFactoryOf,
    isOrchestratingFactory,
    staticOrchestratingReason,
    isNeverAssertion: (statement) => isNeverAssertion(statement, file),
    assertsNever: (node) => passesNeverToNeverParameter(node, file),
    throwingCall: (node) => throwingCall(node, file),
    rejectionCall: (node) => rejectionCall(node, file),
    isNeverCall: (node) => isNeverCall(node, file),
    isAssertionCall: (node) => isAssertionCall(node, file),
    isGuardCall: (node) => isGuardCall(node, file),
    returnTypeOf,
    typeTextAsWritten,
    // `Promise<T | null>` produces `Awaited<T> | null`, which its declaration writes `T | null`.
    resultText: (fn, result) =>
      typeTextAsWritten(
        result,
        fn.returnType && writtenResult(fn.returnType.typeAnnotation),
        (written) => written === result || checker.getAwaitedType(written) === result,
      ),
    erasedNullableResult,
    literalNonSumResult: literalResultOf,
    returnsSumType,
    implementsLibraryMember,
    isInjectorCall,
    isDiscriminantAccess,
    isOptionalDiscriminantAccess,
    isRoutingPredicateCall,
    isConstantReference,
    isBuiltInErrorTest,
    switchCoverage,
    returnableVariants,
    isLibraryUnion: (subject) => isLibraryUnion(subject, file),
    patternMatchOf: (call) => patternMatchOf(call, file),
    closedMatchUnion,
  };
}
