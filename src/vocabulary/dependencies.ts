/**
 * Dependencies (PATTERN.md §2): which types are injected collaborators — stores, gateways, ports —
 * and which are data, state or per-call context.
 */
import * as tsutils from "ts-api-utils";
import ts from "typescript";
import type { PatternSettings } from "../settings.js";
import { NULLISH_FLAGS, WRITTEN_ALIAS_DEPTH, isDeclaredInDefaultLibrary, isDeclaredInPackage, typeReferenceSymbol, writtenAliasOf, type CheckerFacade } from "./checker.js";
import { endsWithAny } from "./names.js";
import type { SumTypes } from "./sum-types.js";

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

/**
 * rxjs's `Observable` (a `Subject` extends it): a value that streams, or holds, data — a
 * `BehaviorSubject` is the current state — not a collaborator. Known by its package.
 */
function isObservable(type: ts.Type): boolean {
  const symbol = type.getSymbol();
  return symbol?.getName() === "Observable" && (symbol.getDeclarations() ?? []).some((declaration) => isDeclaredInPackage(declaration, "rxjs"));
}

/** Angular's signals, by the names `@angular/core` declares them with. */
const ANGULAR_SIGNALS = new Set(["Signal", "WritableSignal", "InputSignal", "InputSignalWithTransform", "ModelSignal"]);

function isAngularSignal(type: ts.Type): boolean {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  return (
    symbol !== undefined &&
    ANGULAR_SIGNALS.has(symbol.getName()) &&
    (symbol.getDeclarations() ?? []).some((declaration) => isDeclaredInPackage(declaration, "@angular/core"))
  );
}

/** Built-in collections whose contents change: state even when injected. */
const MUTABLE_COLLECTIONS = new Set(["Array", "Map", "Set", "WeakMap", "WeakSet"]);

export class Dependencies {
  private readonly byType = new WeakMap<ts.Type, boolean>();

  constructor(
    private readonly facade: CheckerFacade,
    private readonly sumTypes: SumTypes,
    private readonly settings: PatternSettings,
  ) {}

  /**
   * A dependency by its type alone: named like one, a port (an object type whose members are all
   * methods), or a bundle of those (`{ store: PaymentStore; gateway: PaymentGateway }`). Primitives,
   * arrays, `Map`/`Set`, mapped types (`Partial<T>`) and plain data are not; nor is call context.
   * `T | undefined` is judged by `T`, a type parameter by its constraint.
   */
  isDependencyType(type: ts.Type): boolean {
    const subject = this.facade.constrained(type);
    let answer = this.byType.get(subject);
    if (answer === undefined) {
      const parts = this.nonNullishParts(subject);
      answer = parts.length > 0 && parts.every((part) => this.isDependencyPart(part, true));
      this.byType.set(subject, answer);
    }
    return answer;
  }

  /**
   * A collaborator by what it does: an object type with methods that is not a built-in, an array, a
   * function or a sum type (`S3`, `Pool`, a Redis client, what `createRedisStore()` returns). Built in
   * place rather than injected, it is a dependency constructed inside, not state.
   */
  isCollaboratorType(type: ts.Type): boolean {
    const parts = this.nonNullishParts(type);
    return parts.length > 0 && parts.every((part) => this.hasBehaviour(part));
  }

  private hasBehaviour(type: ts.Type): boolean {
    if (!(type.isIntersection() ? type.types : [type]).every((part) => tsutils.isObjectType(part))) return false;
    const { checker } = this.facade;
    if (checker.isArrayType(type) || checker.isTupleType(type) || this.facade.isCallable(type)) return false;
    if (this.extends(type, isDeclaredInDefaultLibrary) || this.isReactiveValue(type)) return false;
    if (this.sumTypes.isSumType(type)) return false;
    // A declared method says so without a type; typing a property may resolve a whole library (a
    // request context's `models: { [K in ModelName]: InstanceType<…> }`), so properties come last.
    const properties = checker.getPropertiesOfType(type);
    return properties.some(isDeclaredMethod) || properties.some((property) => this.isMethod(property));
  }

  /**
   * A value with operations (a date, a decimal, a money amount): a method declared on it returns a new
   * value of the type itself (`add(): Dayjs`, `plus(): Decimal`). Data, not a port, though its members
   * are all methods. Read from the declarations, so no signature is resolved; a method that
   * returns `this` chains calls on a collaborator (`emitter.on(…)`) and does not count.
   */
  private isValueType(type: ts.Type): boolean {
    const name = type.getSymbol()?.getName();
    if (name === undefined) return false;
    return this.facade.checker.getPropertiesOfType(type).some((property) =>
      (property.getDeclarations() ?? []).some(
        (declaration) =>
          (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration)) &&
          declaration.type !== undefined &&
          ts.isTypeReferenceNode(declaration.type) &&
          (ts.isIdentifier(declaration.type.typeName) ? declaration.type.typeName : declaration.type.typeName.right).text === name,
      ),
    );
  }

  /**
   * Whether a class or interface is, or extends, a type of a kind: Node's `Buffer` extends the built-in
   * `Uint8Array` (bytes rather than a collaborator, though declared outside the default library), a
   * `BehaviorSubject` extends rxjs's `Observable`.
   */
  private extends(type: ts.Type, isOfKind: (type: ts.Type) => boolean): boolean {
    if (isOfKind(type)) return true;
    const declared = tsutils.isTypeReference(type) ? type.target : type;
    if (!tsutils.isObjectType(declared) || !(declared.objectFlags & ts.ObjectFlags.ClassOrInterface)) return false;
    return this.facade.checker.getBaseTypes(declared as ts.InterfaceType).some((base) => this.extends(base, isOfKind));
  }

  /**
   * A value that holds or streams state: an rxjs `Observable` or `Subject`, an Angular signal (a
   * function to call, but one that reads the state it holds). Not a collaborator, nor a method.
   */
  isReactiveValue(type: ts.Type): boolean {
    return isAngularSignal(type) || this.extends(type, isObservable);
  }

  /** A session or transaction passed per call (`db: Session`): context of the call, not a collaborator. */
  isCallContext(type: ts.Type): boolean {
    const parts = this.nonNullishParts(this.facade.constrained(type));
    return (
      parts.length > 0 &&
      parts.every((part) => {
        const name = this.facade.nameOf(part);
        return name !== undefined && endsWithAny(name, this.settings.callContextSuffixes);
      })
    );
  }

  /** `Map`, `Set`, arrays (not `ReadonlyArray`/`ReadonlyMap`): state even when injected. */
  isMutableCollection(type: ts.Type): boolean {
    return this.nonNullishParts(type).some((part) => {
      if (this.facade.checker.isTupleType(part)) return !(part as ts.TupleTypeReference).target.readonly;
      const symbol = part.getSymbol();
      return symbol !== undefined && MUTABLE_COLLECTIONS.has(symbol.getName()) && isDeclaredInDefaultLibrary(part);
    });
  }

  private nonNullishParts(type: ts.Type): ts.Type[] {
    return tsutils.unionConstituents(type).filter((part) => !(part.flags & NULLISH_FLAGS));
  }

  private isDependencyPart(type: ts.Type, allowBundle: boolean): boolean {
    if (type.flags & NOT_DEPENDENCY_FLAGS) return false;
    if (this.facade.checker.isArrayType(type) || this.facade.checker.isTupleType(type)) return false;
    // A mapped type (`Partial<T>`, `Patch<T>`) reshapes data; it is never a service.
    if (tsutils.isObjectType(type) && type.objectFlags & ts.ObjectFlags.Mapped) return false;
    // Built-ins (`Map`, `Set`, `Iterable`, `PromiseLike`, …) are never injected services.
    if (isDeclaredInDefaultLibrary(type) || this.isCallContext(type)) return false;
    // The name decides first (PATTERN.md §2): asking a store whether it is a sum type would resolve its
    // members, and with them every generic its methods use.
    const name = this.facade.nameOf(type);
    if (name !== undefined && endsWithAny(name, this.settings.dependencySuffixes)) return true;
    const properties = this.facade.checker.getPropertiesOfType(type);
    // A member declared as data (`active?: boolean`, `ids: string[]`) makes the type neither a port nor
    // a bundle, whatever the others are: told from the declarations, before any member is typed.
    if (properties.some((property) => !isUnderComputedKey(property) && isDeclaredAsData(property, this.facade.checker))) return false;
    // Sum types are data, never services.
    if (this.sumTypes.isSumType(type)) return false;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
    if (properties.length === 0) return false;
    if (properties.every((property) => this.isMethod(property))) return !this.isValueType(type);
    return allowBundle && this.isBundle(properties);
  }

  /**
   * A bundle holds dependencies one level deep, and perhaps other collaborators beside them (an
   * awilix cradle's `{ articleRepository; logger }`: pino's `Logger` has data members too). An entity
   * whose fields are other entities is data: at least one member must be a dependency. A member
   * under a computed key is a brand (Effect's `[TMapTypeId]: { _K: … }`), not a collaborator.
   */
  private isBundle(properties: readonly ts.Symbol[]): boolean {
    let holdsDependency = false;
    for (const property of properties) {
      if (isUnderComputedKey(property)) continue;
      const parts = this.nonNullishParts(this.facade.constrained(this.facade.typeOfSymbol(property)));
      if (parts.length === 0) return false;
      if (parts.every((part) => this.isDependencyPart(part, false))) holdsDependency = true;
      else if (!parts.every((part) => this.hasBehaviour(part))) return false;
    }
    return holdsDependency;
  }

  private isMethod(property: ts.Symbol): boolean {
    return isDeclaredMethod(property) || this.facade.typeOfSymbol(property).getCallSignatures().length > 0;
  }
}

function isDeclaredMethod(property: ts.Symbol): boolean {
  return (property.flags & ts.SymbolFlags.Method) !== 0;
}

/**
 * A type written as data: a primitive, a literal, an array or a tuple (`string`, `"draft"`, `Order[]`),
 * a type zod infers from a schema (`z.infer<typeof orderSchema>`, or an alias of one), a union with
 * such a member or of nothing but `null` and `undefined`, or an object type written in place with a
 * member declared so (`{ id: string; store: OrderStore }`). Never a dependency, nor a bundle of them;
 * read from the syntax and the names it refers to, so that no type is built to tell it.
 */
export function isWrittenAsData(node: ts.TypeNode, checker: ts.TypeChecker): boolean {
  const isData = (part: ts.TypeNode): boolean => isWrittenAsData(part, checker);
  if (ts.isParenthesizedTypeNode(node)) return isData(node.type);
  if (ts.isUnionTypeNode(node)) {
    const present = node.types.filter((member) => !isNullishTypeNode(member));
    return present.length === 0 || present.some(isData);
  }
  if (ts.isTypeLiteralNode(node)) {
    return node.members.some((member) => ts.isPropertySignature(member) && !ts.isComputedPropertyName(member.name) && member.type !== undefined && isData(member.type));
  }
  if (ts.isTypeOperatorNode(node)) return node.operator === ts.SyntaxKind.ReadonlyKeyword && isData(node.type);
  if (ts.isTypeReferenceNode(node)) return isSchemaInferred(node, checker, 0);
  return DATA_TYPE_NODES.has(node.kind) || (ts.isLiteralTypeNode(node) && !isNullishTypeNode(node));
}

/** zod's types of what a schema parses: `z.infer` (`TypeOf` in zod 3, `output` in zod 4), `z.input`, `z.output`. */
const ZOD_INFERRED_TYPES = new Set(["TypeOf", "input", "output"]);

/**
 * `z.infer<typeof schema>`, or an alias of one: the type zod infers for what a schema parses, which
 * describes values. Known by the package that declares it; naming the alias is cheap, building the
 * type it stands for is not (GrowthBook's `ExperimentInterface`).
 */
function isSchemaInferred(node: ts.TypeReferenceNode, checker: ts.TypeChecker, depth: number): boolean {
  const symbol = typeReferenceSymbol(checker, node);
  const [declaration] = symbol?.declarations ?? [];
  if (symbol && declaration && ZOD_INFERRED_TYPES.has(symbol.getName()) && isDeclaredInPackage(declaration, "zod")) return true;
  const alias = depth < WRITTEN_ALIAS_DEPTH ? writtenAliasOf(checker, node) : undefined;
  return alias !== undefined && ts.isTypeReferenceNode(alias) && isSchemaInferred(alias, checker, depth + 1);
}

const DATA_TYPE_NODES = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.StringKeyword,
  ts.SyntaxKind.NumberKeyword,
  ts.SyntaxKind.BooleanKeyword,
  ts.SyntaxKind.BigIntKeyword,
  ts.SyntaxKind.SymbolKeyword,
  ts.SyntaxKind.ObjectKeyword,
  ts.SyntaxKind.AnyKeyword,
  ts.SyntaxKind.UnknownKeyword,
  ts.SyntaxKind.NeverKeyword,
  ts.SyntaxKind.ArrayType,
  ts.SyntaxKind.TupleType,
  ts.SyntaxKind.TemplateLiteralType,
]);

function isNullishTypeNode(node: ts.TypeNode): boolean {
  return node.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword);
}

/**
 * A property of a class or interface written as data (`isActive?: boolean`). Not one that a union,
 * an intersection or a generic's instance gives: its type is not the one written.
 */
function isDeclaredAsData(property: ts.Symbol, checker: ts.TypeChecker): boolean {
  const declaration = property.valueDeclaration;
  if (!declaration || property.flags & ts.SymbolFlags.Transient || property.declarations?.length !== 1) return false;
  const written = ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration) || ts.isParameter(declaration) ? declaration.type : undefined;
  return written !== undefined && isWrittenAsData(written, checker);
}

/** `[TypeId]: …`: a member declared under a computed key. */
function isUnderComputedKey(property: ts.Symbol): boolean {
  const declarations = property.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => {
    const name = ts.getNameOfDeclaration(declaration);
    return name !== undefined && ts.isComputedPropertyName(name);
  });
}
