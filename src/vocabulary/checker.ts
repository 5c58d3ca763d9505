/**
 * The type checker's plumbing that every concept needs: flags, generic constraints, `Promise`
 * unwrapping and what a deferred result produces, where a type is declared, and type text that is
 * the same on every run.
 */
import * as tsutils from "ts-api-utils";
import ts from "typescript";

export const NULLISH_FLAGS = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;

/** A literal a discriminant may take in one member: string, number, bigint, boolean, enum member or unique symbol. */
export const LITERAL_VALUE_FLAGS =
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BigIntLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.EnumLiteral |
  ts.TypeFlags.UniqueESSymbol;

/** What may hold an object: an object type, `object`, a generic, an intersection, `any`, `unknown`. */
const OBJECT_LIKE_FLAGS =
  ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Instantiable | ts.TypeFlags.Intersection | ts.TypeFlags.Any | ts.TypeFlags.Unknown;

/** Whether some part of a type may be an object: not when it is only primitives and their literals (`string`, `''`, `0`). */
export function mayBeObject(type: ts.Type): boolean {
  return tsutils.unionConstituents(type).some((part) => (part.flags & OBJECT_LIKE_FLAGS) !== 0);
}

/** A type with exactly one value: what a `case` can match completely. */
const UNIT_FLAGS = LITERAL_VALUE_FLAGS | ts.TypeFlags.Null | ts.TypeFlags.Undefined;

export function isUnitType(type: ts.Type): boolean {
  return (type.flags & UNIT_FLAGS) !== 0 && !type.isUnion();
}

/** A type a discriminant may have: a literal, or a union of literals (no `string`, no `undefined`). */
export function isLiteralValueType(type: ts.Type): boolean {
  return tsutils.unionConstituents(type).every((part) => (part.flags & LITERAL_VALUE_FLAGS) !== 0);
}

/** A string, number, boolean or bigint, literals and enums included, perhaps optional: a value configuration holds. */
const SCALAR_FLAGS = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.EnumLike;

export function isScalarType(type: ts.Type): boolean {
  const parts = tsutils.unionConstituents(type);
  return parts.some((part) => (part.flags & SCALAR_FLAGS) !== 0) && parts.every((part) => (part.flags & (SCALAR_FLAGS | NULLISH_FLAGS)) !== 0);
}

export function isNeverType(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Never) !== 0;
}

export function includesNullish(type: ts.Type): boolean {
  return tsutils.unionConstituents(type).some((part) => (part.flags & NULLISH_FLAGS) !== 0);
}

/** `null`, `undefined` or both, and nothing else. */
export function isOnlyNullish(type: ts.Type): boolean {
  return tsutils.unionConstituents(type).every((part) => (part.flags & NULLISH_FLAGS) !== 0);
}

export function isNullishUnit(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0;
}

const NODE_MODULES = /[\\/]node_modules[\\/]/;

function declarationsOf(type: ts.Type): readonly ts.Declaration[] {
  return (type.aliasSymbol ?? type.getSymbol())?.getDeclarations() ?? [];
}

/**
 * A global of TypeScript's own lib files (`lib.es2015.iterable.d.ts`, `lib.dom.d.ts`, …): declared there,
 * whatever a package merges into it (ts-reset adds to `Map`, `Set` and `Array` with `declare global`).
 */
export function isDeclaredInDefaultLibrary(type: ts.Type): boolean {
  return isSymbolOfDefaultLibrary(type.getSymbol() ?? type.aliasSymbol);
}

/** The symbol of such a global: `Error` in `error instanceof Error`. */
export function isSymbolOfDefaultLibrary(symbol: ts.Symbol | undefined): boolean {
  return (symbol?.getDeclarations() ?? []).some((declaration) => declaration.getSourceFile().hasNoDefaultLib);
}

/** Declared in the npm package `packageName` (`neverthrow`, `@scope/name`), not merely named like its types. */
export function isDeclaredInPackage(declaration: ts.Node, packageName: string): boolean {
  const fileName = declaration.getSourceFile().fileName.replaceAll("\\", "/");
  return fileName.includes(`/node_modules/${packageName}/`);
}

/** The symbol a name refers to, followed through imports to what they import. */
export function symbolDeclaredAt(checker: ts.TypeChecker, name: ts.Node): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(name);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The symbol a type reference names (`Promise`, `z.infer`), followed through imports to what they import. */
export function typeReferenceSymbol(checker: ts.TypeChecker, node: ts.TypeReferenceNode): ts.Symbol | undefined {
  return symbolDeclaredAt(checker, ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName);
}

/**
 * How many aliases a written type is followed through to what they stand for (`type Experiment =
 * z.infer<…>`, `type ChannelStep<…> = <…>(…) => StepOutput<…>`, `type StepOutput<T> = Promise<…>`).
 */
export const WRITTEN_ALIAS_DEPTH = 2;

/** The type an alias stands for, as written (`type StepOutput<T> = Promise<…>`), where a type names one. */
export function writtenAliasOf(checker: ts.TypeChecker, node: ts.TypeNode): ts.TypeNode | undefined {
  if (!ts.isTypeReferenceNode(node)) return undefined;
  const [declaration, ...others] = typeReferenceSymbol(checker, node)?.declarations ?? [];
  return declaration && others.length === 0 && ts.isTypeAliasDeclaration(declaration) ? declaration.type : undefined;
}

/** Every declaration of a symbol is in a dependency (under `node_modules`). */
export function isSymbolFromDependency(symbol: ts.Symbol | undefined): boolean {
  const declarations = symbol?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => NODE_MODULES.test(declaration.getSourceFile().fileName));
}

export function isTypeFromDependency(type: ts.Type): boolean {
  const declarations = declarationsOf(type);
  return declarations.length > 0 && declarations.every((declaration) => NODE_MODULES.test(declaration.getSourceFile().fileName));
}

/** A reference to TypeScript's own `Promise<T>` (declared in its lib files, not a class of that name). */
function isGlobalPromise(type: ts.Type): type is ts.TypeReference {
  if (!tsutils.isTypeReference(type)) return false;
  const symbol = type.target.getSymbol();
  return symbol?.getName() === "Promise" && isDeclaredInDefaultLibrary(type.target);
}

/** A type the checker awaits as `Awaited<T>`, not to a type it can name: a type variable or a generic mapped type. */
function isAwaitedGenerically(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Instantiable) !== 0 || (tsutils.isObjectType(type) && (type.objectFlags & ts.ObjectFlags.Mapped) !== 0);
}

/** How many properties of an object type written out in a message are listed; the rest are counted. */
const LISTED_PROPERTIES = 4;
/** How many members of a union a message lists before it counts the rest (`null` and `undefined` are always shown). */
const LISTED_UNION_MEMBERS = 8;
/** How long the listed members of a union may grow, as TypeScript cuts a type it prints (its default truncation length). */
const LISTED_UNION_LENGTH = 160;
/** How deep into object types a message's text looks for a union the checker would print in creation order. */
const UNION_SEARCH_DEPTH = 3;
const PLAIN_PROPERTY_NAME = /^[A-Za-z_$][\w$]*$/u;

/** Orders declarations by where they are written: by file, then by position in it. */
function compareDeclarationPlaces(a: ts.Node, b: ts.Node): number {
  const [aFile, bFile] = [a.getSourceFile().fileName, b.getSourceFile().fileName];
  return aFile < bFile ? -1 : aFile > bFile ? 1 : a.pos - b.pos;
}

/** Orders type texts the same way on every run: by text, with `null` and `undefined` last. */
export function compareTypeTexts(a: string, b: string): number {
  const rank = (text: string) => (text === "null" ? 1 : text === "undefined" ? 2 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A union's parts as written (`ProcessPaymentResult | undefined`), where the checker kept them, else its members. */
export function writtenUnionParts(type: ts.UnionType): readonly ts.Type[] {
  const origin = (type as ts.UnionType & { origin?: ts.Type }).origin;
  return origin?.isUnion() ? origin.types : type.types;
}

/**
 * Sorted member texts as a message shows them: a few listed, the rest counted, as the checker cuts a
 * long type (by count and by length); whether the union can be `null` or `undefined` is never among
 * what is cut.
 */
export function listedUnion(sortedTexts: readonly string[]): string {
  const isNullish = (text: string) => text === "null" || text === "undefined";
  const nullish = sortedTexts.filter(isNullish);
  const others = sortedTexts.filter((text) => !isNullish(text));
  const fits = (texts: readonly string[]) => texts.join(" | ").length <= LISTED_UNION_LENGTH;
  let listed = others.length <= LISTED_UNION_MEMBERS + 1 ? others.length : LISTED_UNION_MEMBERS;
  while (listed > 1 && !fits(others.slice(0, listed))) listed--;
  if (listed === others.length) return sortedTexts.join(" | ");
  const counted = `... ${others.length - listed} more ...`;
  return [...others.slice(0, listed), counted, ...nullish].join(" | ");
}

/**
 * The checker plumbing for one program: generic constraints, `Promise` unwrapping, symbol types, and
 * stable type text.
 */
export class CheckerFacade {
  private readonly textCache = new WeakMap<ts.Type, string>();
  /** Set while an object type's properties are printed: object types inside them are cut to `{ ...; }`, and not cached. */
  private insideObject = false;

  constructor(readonly checker: ts.TypeChecker) {}

  /**
   * `type` without `null` and `undefined`, as the checker's `getNonNullableType` gives it. An object type
   * is its own answer: the checker would resolve its members first, to tell a function from an object,
   * and that can mean inferring whatever it extends (a `ProcessEnv` extending an environment schema).
   */
  nonNullable(type: ts.Type): ts.Type {
    return type.flags & ts.TypeFlags.Object ? type : this.checker.getNonNullableType(type);
  }

  /** A function: a type with call signatures, or TypeScript's own `Function` (`timer: Function`), `null`/`undefined` aside. */
  isCallable(type: ts.Type): boolean {
    const subject = this.nonNullable(type);
    if (subject.getCallSignatures().length > 0) return true;
    return tsutils.unionConstituents(subject).every((part) => part.getSymbol()?.getName() === "Function" && isDeclaredInDefaultLibrary(part));
  }

  /** The base constraint of a type parameter or indexed access; the type itself otherwise. */
  constrained(type: ts.Type): ts.Type {
    if (type.flags & (ts.TypeFlags.TypeParameter | ts.TypeFlags.IndexedAccess)) {
      return this.checker.getBaseConstraintOfType(type) ?? type;
    }
    return type;
  }

  /**
   * A type whoever uses the code picks: a type parameter with no constraint, or what awaiting one
   * gives (`Awaited<T>`). Nothing can be said of it: `withLock<T>(run: () => Promise<T>): Promise<T>`
   * returns whatever `run` does, a sum type if that is one.
   */
  isUnconstrainedGeneric(type: ts.Type): boolean {
    if (type.flags & ts.TypeFlags.TypeParameter) return this.checker.getBaseConstraintOfType(type) === undefined;
    const [awaited] = type.aliasSymbol?.getName() === "Awaited" && isSymbolOfDefaultLibrary(type.aliasSymbol) ? (type.aliasTypeArguments ?? []) : [];
    return awaited !== undefined && this.isUnconstrainedGeneric(awaited);
  }

  /** `Promise<T>` and other thenables (neverthrow's `ResultAsync`) become `T`; a union of them, the union of their `T`s. */
  unwrapPromise(type: ts.Type): ts.Type {
    // `Promise<T>` awaits to what `T` awaits to; asking the checker would also relate `T` to every thenable.
    if (isGlobalPromise(type)) {
      const [promised] = this.checker.getTypeArguments(type);
      if (promised && !tsutils.unionConstituents(promised).some(isAwaitedGenerically)) return this.unwrapPromise(promised);
    }
    if (!tsutils.unionConstituents(type).some((part) => this.isThenable(part))) return type;
    return this.checker.getAwaitedType(type) ?? type;
  }

  /**
   * What a function's result produces: `Promise<T>` and other thenables awaited, fp-ts's deferred
   * computations run, so that `TaskEither<E, A>` (`() => Promise<Either<E, A>>`) produces `Either<E, A>`,
   * and an rxjs `Observable<T>` observed.
   */
  producedResult(type: ts.Type): ts.Type {
    const deferred = this.fpTsThunkResult(type) ?? this.observedValue(type);
    return deferred ? this.producedResult(deferred) : this.unwrapPromise(type);
  }

  /**
   * What an rxjs `Observable<T>` emits: `T`. Angular services and NestJS microservice clients return
   * their results as observables, as others return promises. Known by its package, never by its name.
   */
  private observedValue(type: ts.Type): ts.Type | undefined {
    if (!tsutils.isTypeReference(type) || type.getSymbol()?.getName() !== "Observable") return undefined;
    if (!declarationsOf(type).some((declaration) => isDeclaredInPackage(declaration, "rxjs"))) return undefined;
    return this.checker.getTypeArguments(type)[0];
  }

  /**
   * The result of an fp-ts thunk (`IO`, `Task`, `TaskEither`, `TaskOption`, …: an interface declared by
   * fp-ts whose only member is a call without parameters), or of a union of them; known by its
   * package, never by its name.
   */
  private fpTsThunkResult(type: ts.Type): ts.Type | undefined {
    const isThunk = (member: ts.Type) =>
      (member.flags & ts.TypeFlags.Object) !== 0 &&
      declarationsOf(member).some((declaration) => isDeclaredInPackage(declaration, "fp-ts")) &&
      member.getProperties().length === 0 &&
      member.getCallSignatures().length === 1;
    if (!tsutils.unionConstituents(type).every(isThunk)) return undefined;
    // A union's call signature returns the union of its members' results.
    const [signature, ...others] = type.getCallSignatures();
    return signature && others.length === 0 && signature.getParameters().length === 0 ? signature.getReturnType() : undefined;
  }

  private isThenable(type: ts.Type): boolean {
    // The global `Promise<T>` is known by its declaration: no need to resolve the members of each instantiation.
    if (isGlobalPromise(type)) return true;
    const then = type.getProperty("then");
    return then !== undefined && this.typeOfSymbol(then).getCallSignatures().length > 0;
  }

  typeOfSymbol(symbol: ts.Symbol): ts.Type {
    // getTypeOfSymbol is public only from TypeScript 5.x; the peer range starts at 4.8.
    if (typeof this.checker.getTypeOfSymbol === "function") return this.checker.getTypeOfSymbol(symbol);
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    return declaration ? this.checker.getTypeOfSymbolAtLocation(symbol, declaration) : this.checker.getAnyType();
  }

  /** The declared name of a type: its interface/class name, else its alias name. */
  nameOf(type: ts.Type): string | undefined {
    const symbol = type.getSymbol();
    if (symbol && !symbol.getName().startsWith("__")) return symbol.getName();
    return type.aliasSymbol?.getName();
  }

  /**
   * A type as a message shows it. The checker prints a union's members in the order it created
   * them, which depends on which files were checked first; here they are sorted, also inside type
   * arguments (`Promise<"a" | "b">`), so the text is the same in the CLI, the editor and every thread.
   */
  typeToString(type: ts.Type): string {
    if (this.insideObject) return this.computeText(type);
    let text = this.textCache.get(type);
    if (text === undefined) {
      text = this.computeText(type);
      this.textCache.set(type, text);
    }
    return text;
  }

  /** Types in the order their texts sort (`null`, `undefined` last): how lists in messages and fixes are ordered. */
  sortedTypes(types: readonly ts.Type[]): ts.Type[] {
    return [...types].sort((a, b) => compareTypeTexts(this.typeToString(a), this.typeToString(b)));
  }

  private computeText(type: ts.Type): string {
    // The checker prints every unique symbol as `unique symbol`; a person names it by its const.
    if (type.flags & ts.TypeFlags.UniqueESSymbol && type.getSymbol()) return `typeof ${type.getSymbol()!.getName()}`;
    if (type.isUnion() && !type.aliasSymbol) {
      const parts = this.withWholeEnums(writtenUnionParts(type));
      const booleans = parts.filter((part) => part.flags & ts.TypeFlags.BooleanLiteral);
      const texts = parts.filter((part) => booleans.length < 2 || !booleans.includes(part)).map((part) => this.groupedText(part));
      if (booleans.length === 2) texts.push("boolean");
      return listedUnion(texts.sort(compareTypeTexts));
    }
    // `Omit<Article, "id" | "slug">`: an alias's arguments, printed by the same rules.
    const aliasArguments = type.aliasTypeArguments ?? [];
    if (type.aliasSymbol && aliasArguments.some((argument) => this.hasUnionInside(argument))) {
      return `${type.aliasSymbol.getName()}<${aliasArguments.map((argument) => this.typeToString(argument)).join(", ")}>`;
    }
    if (type.isIntersection() && !type.aliasSymbol && type.types.some((part) => this.hasUnionInside(part))) {
      return type.types.map((part) => this.typeToString(part)).join(" & ");
    }
    if (this.isWrittenOutObject(type)) {
      if (this.insideObject) return "{ ...; }";
      if (this.hasUnionInside(type)) return this.objectText(type);
    }
    const typeArguments = tsutils.isTypeReference(type) ? this.checker.getTypeArguments(type) : [];
    const symbol = type.getSymbol();
    if (!type.aliasSymbol && symbol && typeArguments.some((argument) => this.hasUnionInside(argument)) && !this.checker.isTupleType(type)) {
      const argumentTexts = typeArguments.map((argument) => this.typeToString(argument));
      if (this.checker.isArrayType(type)) {
        const [element] = typeArguments;
        const grouped = element && !element.aliasSymbol && (element.isUnion() || element.isIntersection()) ? `(${argumentTexts[0]})` : argumentTexts[0];
        return `${symbol.getName() === "ReadonlyArray" ? "readonly " : ""}${grouped}[]`;
      }
      if (!symbol.getName().startsWith("__")) return `${symbol.getName()}<${argumentTexts.join(", ")}>`;
    }
    return this.checker.typeToString(type);
  }

  /**
   * A union's parts with every enum whose members are all there in place of those members: the checker
   * prints `(typeof CellType)[keyof typeof CellType]`, as a schema library infers an enum, as `CellType`.
   */
  private withWholeEnums(parts: readonly ts.Type[]): readonly ts.Type[] {
    // By symbol: a member may come as its fresh or its regular literal type.
    const memberSymbols = new Set(parts.filter((part) => part.flags & ts.TypeFlags.EnumLiteral).map((part) => part.getSymbol()));
    const enums = new Set<ts.UnionType>();
    for (const part of parts) {
      const owner = part.flags & ts.TypeFlags.EnumLiteral ? this.checker.getBaseTypeOfLiteralType(part) : undefined;
      if (owner?.isUnion() && owner.types.every((member) => memberSymbols.has(member.getSymbol()))) enums.add(owner);
    }
    if (enums.size === 0) return parts;
    const covered = new Set([...enums].flatMap((whole) => whole.types.map((member) => member.getSymbol())));
    return [...parts.filter((part) => !(part.flags & ts.TypeFlags.EnumLiteral && covered.has(part.getSymbol()))), ...enums];
  }

  /**
   * A union member's text: in parentheses when the checker prints it as an arrow,
   * `((id: string) => Promise<void>) | undefined`, which would otherwise read as a function that may
   * return `undefined`.
   */
  private groupedText(type: ts.Type): string {
    const text = this.typeToString(type);
    const printsAsArrow =
      tsutils.isObjectType(type) &&
      !type.aliasSymbol &&
      (type.objectFlags & ts.ObjectFlags.Anonymous) !== 0 &&
      type.getProperties().length === 0 &&
      type.getCallSignatures().length + type.getConstructSignatures().length === 1;
    return printsAsArrow ? `(${text})` : text;
  }

  /**
   * Something the checker would print in creation order: a union, or the properties of an object type
   * that does not declare them itself (a mapped type's, in the order of its key union; a spread of
   * one), itself or in a type argument, an intersection part or a property.
   */
  private hasUnionInside(type: ts.Type, depth = 0): boolean {
    if (depth > UNION_SEARCH_DEPTH) return false;
    const inside = (part: ts.Type) => this.hasUnionInside(part, depth + 1);
    if (type.aliasSymbol) return (type.aliasTypeArguments ?? []).some(inside);
    if (type.isUnion()) return true;
    if (type.isIntersection()) return type.types.some(inside);
    if (this.isWrittenOutObject(type)) {
      return (
        !this.declaresItsProperties(type) ||
        type.getProperties().some((property) => inside(this.typeOfSymbol(property))) ||
        this.checker.getIndexInfosOfType(type).some((index) => inside(index.type))
      );
    }
    return tsutils.isTypeReference(type) && this.checker.getTypeArguments(type).some(inside);
  }

  /**
   * An object type the checker prints property by property (`{ id: number; … }`: a type literal, an
   * object literal's type, a resolved mapped type, with or without index signatures), without call
   * signatures.
   */
  private isWrittenOutObject(type: ts.Type): type is ts.ObjectType {
    if (!tsutils.isObjectType(type) || type.aliasSymbol || !(type.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped))) return false;
    const properties = type.getProperties();
    return (
      (properties.length > 0 || this.checker.getIndexInfosOfType(type).length > 0) &&
      // Symbol-keyed and `#private` members have no name to print.
      properties.every((property) => !property.name.startsWith("__@") && !property.name.startsWith("__#")) &&
      type.getCallSignatures().length === 0 &&
      type.getConstructSignatures().length === 0
    );
  }

  /**
   * `{ readonly id: number; tags: { ...; }[]; ... 3 more ...; }`: a mapped type's properties sorted by
   * name, a few listed, object types in them cut, as the checker cuts them.
   */
  private objectText(type: ts.ObjectType): string {
    this.insideObject = true;
    try {
      return this.listProperties(type);
    } finally {
      this.insideObject = false;
    }
  }

  /**
   * An object type written out property by property where it is declared (a type literal, an object
   * literal): the checker lists its properties in that order, whatever it created first.
   */
  private declaresItsProperties(type: ts.ObjectType): boolean {
    if (type.objectFlags & ts.ObjectFlags.Mapped) return false;
    const declaration = type.getSymbol()?.declarations?.[0];
    return declaration !== undefined && type.getProperties().every((property) => property.valueDeclaration?.parent === declaration);
  }

  /**
   * Properties in an order that does not depend on what the checker created first: as declared where
   * the type declares them itself, else by where each is declared (a spread of `Omit<Token, "id">`
   * lists `Token`'s in its order), else by name (`Record<"b" | "a", number>`).
   */
  private stablyOrderedProperties(type: ts.ObjectType): readonly ts.Symbol[] {
    const properties = type.getProperties();
    if (this.declaresItsProperties(type)) return properties;
    const byName = (a: ts.Symbol, b: ts.Symbol) => compareTypeTexts(a.name, b.name);
    const added = properties.filter((property) => this.isAddedForSibling(type, property));
    const own = properties.filter((property) => !added.includes(property));
    const ordered = own.every((property) => property.valueDeclaration)
      ? own.sort((a, b) => compareDeclarationPlaces(a.valueDeclaration!, b.valueDeclaration!))
      : own.sort(byName);
    return [...ordered, ...added.sort(byName)];
  }

  /**
   * `error?: undefined` in `{ success: true } | { success: false; error: string }`: what TypeScript adds
   * to an object literal for the properties of its union siblings. It makes one such property per name
   * for the whole program, declared wherever that name was first needed, so its place says nothing.
   */
  private isAddedForSibling(type: ts.ObjectType, property: ts.Symbol): boolean {
    const literal = type.getSymbol()?.declarations?.[0];
    return (
      literal !== undefined &&
      ts.isObjectLiteralExpression(literal) &&
      (property.flags & ts.SymbolFlags.Optional) !== 0 &&
      (this.typeOfSymbol(property).flags & ts.TypeFlags.Undefined) !== 0 &&
      property.valueDeclaration?.parent !== literal
    );
  }

  private listProperties(type: ts.ObjectType): string {
    const ordered = this.stablyOrderedProperties(type);
    const listed = ordered.slice(0, LISTED_PROPERTIES).map((property) => {
      const readonly = tsutils.isPropertyReadonlyInType(type, property.getEscapedName(), this.checker) ? "readonly " : "";
      const name = PLAIN_PROPERTY_NAME.test(property.name) ? property.name : JSON.stringify(property.name);
      const optional = property.flags & ts.SymbolFlags.Optional ? "?" : "";
      return `${readonly}${name}${optional}: ${this.typeToString(this.typeOfSymbol(property))};`;
    });
    if (ordered.length > listed.length) listed.push(`... ${ordered.length - listed.length} more ...;`);
    // Index signatures first, as the checker prints them (json-schema-to-ts's `[x: string]: unknown`).
    const indexes = this.checker.getIndexInfosOfType(type).map((index) => {
      const parameter = index.declaration?.parameters[0]?.name;
      const key = parameter && ts.isIdentifier(parameter) ? parameter.text : "x";
      return `${index.isReadonly ? "readonly " : ""}[${key}: ${this.typeToString(index.keyType)}]: ${this.typeToString(index.type)};`;
    });
    return `{ ${[...indexes, ...listed].join(" ")} }`;
  }
}

/** `x satisfies T`. TypeScript 4.8, the oldest in the peer range, has neither the node nor `ts.isSatisfiesExpression`. */
export function isSatisfiesExpression(node: ts.Node): node is ts.SatisfiesExpression {
  const kind: ts.SyntaxKind | undefined = ts.SyntaxKind.SatisfiesExpression;
  return kind !== undefined && node.kind === kind;
}
