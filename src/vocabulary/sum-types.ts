/**
 * Sum types and discriminants (PATTERN.md §2): which unions are discriminated, by which property —
 * found by the type checker whatever its name — and which result types without one count as sum types.
 */
import { typeMatchesSomeSpecifier } from "@typescript-eslint/type-utils";
import * as tsutils from "ts-api-utils";
import ts from "typescript";
import type { PatternSettings } from "../settings.js";
import { LITERAL_VALUE_FLAGS, isNullishUnit, isUnitType, type CheckerFacade } from "./checker.js";

/** A type argument that picks one variant of a generic result (`ResultType<never, E>`, `Result<T, E, false>`). */
const PINNED_ARGUMENT_FLAGS = ts.TypeFlags.Never | LITERAL_VALUE_FLAGS;

/** One member of a sum type and the literal value(s) its discriminant takes there. */
export interface SumTypeMember {
  readonly type: ts.Type;
  readonly discriminantValues: readonly ts.Type[];
}

/**
 * A union of object types discriminated by one literal-typed property (PATTERN.md §2), or a result
 * whose members type predicates tell apart.
 */
export interface SumTypeShape {
  /**
   * The discriminant's name; undefined for a library result without one (neverthrow's `Ok | Err`), or
   * a union of classes told apart by `this is …` predicates, which route through those predicates
   * (`isOk()`, `isLeft()`) and `match`.
   */
  readonly discriminant: string | undefined;
  readonly members: readonly SumTypeMember[];
}

export class SumTypes {
  private readonly shapes = new WeakMap<ts.Type, SumTypeShape | null>();
  private readonly discriminating = new WeakMap<ts.Type, Map<string, boolean>>();

  constructor(
    private readonly facade: CheckerFacade,
    private readonly program: ts.Program,
    private readonly settings: PatternSettings,
  ) {}

  /**
   * The sum-type shape of `type` (after unwrapping `Promise` and generic constraints): every union
   * member is an object type whose discriminant is a required literal, the members' literals are
   * disjoint, and no member is `null`, `undefined` or `void`. Undefined when it is not a sum type.
   */
  sumTypeOf(type: ts.Type): SumTypeShape | undefined {
    const subject = this.subjectOf(type);
    let shape = this.shapes.get(subject);
    if (shape === undefined) {
      shape = this.computeShape(subject) ?? null;
      this.shapes.set(subject, shape);
    }
    return shape ?? undefined;
  }

  /**
   * Whether reading `name` on a value of `type` reads a discriminant: the sum type's chosen one, any
   * other property that discriminates the same union (`switch (r.status)` where `kind` also would), or
   * the flag that tells apart a result named in `resultTypes` that has no discriminant
   * (`result.isFailure` of a `Result<T>` class).
   */
  discriminates(type: ts.Type, name: string): boolean {
    // One object type is a sum type only with a preferred discriminant, or as a configured result with
    // its flags: anything else is ruled out before its members are resolved (`process.env.X` where
    // `ProcessEnv` extends an inferred environment schema). A property read on it is its own member, so
    // what it would await to is not asked.
    if (type.flags & ts.TypeFlags.Object && !this.settings.discriminants.includes(name) && !this.isLibraryResultMember(type)) return false;
    const subject = this.subjectOf(type);
    const shape = this.sumTypeOf(subject);
    if (!shape) return false;
    if (shape.discriminant === name) return true;
    if (shape.discriminant !== undefined && shape.members.length < 2) return false;
    let byName = this.discriminating.get(subject);
    if (!byName) {
      byName = new Map();
      this.discriminating.set(subject, byName);
    }
    let answer = byName.get(name);
    if (answer === undefined) {
      answer =
        shape.discriminant === undefined
          ? isResultFlag(shape.members, name) && shape.members.every((member) => this.isLibraryResultMember(member.type))
          : this.shapeFor(tsutils.unionConstituents(subject), name) !== undefined;
      byName.set(name, answer);
    }
    return answer;
  }

  /**
   * A preferred discriminant name that would discriminate `type` but is optional in some member, so
   * the union is not a sum type: `{ kind?: "a" } | { kind: "b" }`. A member without the property does
   * not count: a read of it compiles only where narrowing left that member out (`prop.kind` after
   * `prop.type === "attribute"`, in a union of attributes and fields).
   */
  isOptionalDiscriminant(type: ts.Type, name: string): boolean {
    if (!this.settings.discriminants.includes(name)) return false;
    const members = tsutils.unionConstituents(this.subjectOf(type));
    if (members.some((member) => !this.isObjectLike(member))) return false;
    let optional = false;
    for (const member of members) {
      const property = member.getProperty(name);
      if (!property) continue;
      if (property.flags & ts.SymbolFlags.Optional) optional = true;
      const values = tsutils.unionConstituents(this.facade.nonNullable(this.facade.typeOfSymbol(property)));
      if (values.some((value) => !(value.flags & LITERAL_VALUE_FLAGS))) return false;
    }
    return optional;
  }

  /**
   * The success value of a library result that may be `null` or `undefined` (`ok(null)`: a nullable
   * return in disguise), or undefined. A command's `void` (`ok()`, `Result<void, E>`) carries no value
   * and hides no absence: it is not one.
   */
  nullableSuccessOf(type: ts.Type): ts.Type | undefined {
    const subject = this.subjectOf(type);
    if (this.sumTypeOf(subject)?.discriminant !== undefined || !this.isSumType(subject)) return undefined;
    for (const member of tsutils.unionConstituents(subject)) {
      const value = member.getProperty("value");
      const valueType = value && this.facade.typeOfSymbol(value);
      if (valueType && tsutils.unionConstituents(valueType).some(isNullishUnit)) return valueType;
    }
    return undefined;
  }

  isSumType(type: ts.Type): boolean {
    return this.sumTypeOf(type) !== undefined;
  }

  /**
   * The members of a switchable union when every one is a unit type (a literal, an enum member, a
   * unique symbol, `null`, `undefined`; branded literals count through their literal part); undefined
   * when any member is open (`string`, `number`, an object…), since such a switch cannot be exhaustive.
   */
  unitMembersOf(type: ts.Type): ts.Type[] | undefined {
    const units: ts.Type[] = [];
    for (const part of tsutils.unionConstituents(this.facade.constrained(type))) {
      const unit = tsutils.intersectionConstituents(part).find(isUnitType);
      if (!unit) return undefined;
      units.push(unit);
    }
    return units;
  }

  private subjectOf(type: ts.Type): ts.Type {
    const { facade } = this;
    return facade.constrained(facade.unwrapPromise(facade.constrained(type)));
  }

  private computeShape(type: ts.Type): SumTypeShape | undefined {
    const members = tsutils.unionConstituents(type);
    if (members.some((member) => !this.isObjectLike(member))) return undefined;
    if (members.every((member) => this.isLibraryResultMember(member))) return shapeWithoutDiscriminant(members);
    for (const name of this.candidateDiscriminants(members)) {
      const shape = this.shapeFor(members, name);
      if (shape) return shape;
    }
    const toldApart = members.length === 1 ? this.isSealedByPredicates(members[0]!) : this.isToldApartByPredicates(members);
    return toldApart ? shapeWithoutDiscriminant(members) : undefined;
  }

  /**
   * A class or interface whose own `this is …` predicates name its variants, which TypeScript narrows
   * as it narrows a union: its subclasses (an abstract `Result<T, E>` with `isFailure(): this is
   * Failure<T, E>` where `Failure extends Result`, a sealed hierarchy), or itself with a type argument
   * pinned to `never` or a literal (oxide.ts's `isErr(): this is Err<E>`, an alias of `ResultType<never,
   * E>`; purify-ts's `isLeft(): this is Either<L, never>`; @sapphire/result's `Result<T, E, false>`).
   * Read from the predicates as written.
   */
  private isSealedByPredicates(type: ts.Type): boolean {
    const symbol = type.getSymbol();
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) return false;
    const { checker } = this.facade;
    const isSubclass = (part: ts.Type) => {
      const narrowed = part.getSymbol();
      const declared = narrowed && narrowed !== symbol ? checker.getDeclaredTypeOfSymbol(narrowed) : undefined;
      return declared?.isClassOrInterface() === true && (checker.getBaseTypes(declared) ?? []).some((base) => base.getSymbol() === symbol);
    };
    const isPinnedInstance = (part: ts.Type) =>
      part.getSymbol() === symbol &&
      tsutils.isTypeReference(part) &&
      checker.getTypeArguments(part).some((argument) => (argument.flags & PINNED_ARGUMENT_FLAGS) !== 0);
    const namesVariant = (predicate: ts.TypeNode) =>
      tsutils.intersectionConstituents(checker.getTypeFromTypeNode(predicate)).some((part) => isSubclass(part) || isPinnedInstance(part));
    return checker.getPropertiesOfType(type).some((property) => writtenThisPredicates(property)?.some(namesVariant) === true);
  }

  /**
   * A union whose members a method on each tells apart with a `this is …` predicate, as TypeScript
   * narrows it: a project's own `Either = Left | Right` with `isLeft(): this is Left<L, A>` on both,
   * routed by `if (result.isLeft())` (PATTERN.md §2). Only methods are asked, so data members are
   * never typed.
   */
  private isToldApartByPredicates(members: readonly ts.Type[]): boolean {
    const [first] = members;
    if (!first || members.length < 2) return false;
    return this.facade.checker
      .getPropertiesOfType(first)
      .some((property) => members.every((member) => writtenThisPredicates(member.getProperty(property.getName())) !== undefined));
  }

  /**
   * The preferred names first, in their order; then, when discovery is on and there is a union to
   * discriminate, every other property of the first member, by name (so the choice is stable).
   */
  private candidateDiscriminants(members: readonly ts.Type[]): string[] {
    const preferred = this.settings.discriminants;
    if (!this.settings.discoverDiscriminants || members.length < 2) return [...preferred];
    const discovered = this.facade.checker
      .getPropertiesOfType(members[0]!)
      .map((property) => property.getName())
      .filter((name) => !preferred.includes(name))
      .sort();
    return [...preferred, ...discovered];
  }

  private isObjectLike(type: ts.Type): boolean {
    if (type.flags & ts.TypeFlags.Intersection) {
      return tsutils.intersectionConstituents(type).every((part) => this.isObjectLike(part) || isUnitType(part));
    }
    return (type.flags & ts.TypeFlags.Object) !== 0;
  }

  /**
   * A member of a configured result type (`Ok`/`Err` of neverthrow, a project's own `Left`/`Right`),
   * recognised by its name and where it is declared, never by its name alone.
   */
  private isLibraryResultMember(type: ts.Type): boolean {
    return typeMatchesSomeSpecifier(type, [...this.settings.resultTypes], this.program);
  }

  private shapeFor(members: readonly ts.Type[], discriminant: string): SumTypeShape | undefined {
    // Each value belongs to one variant. A variant may appear with several type arguments: the inferred
    // result `Left<"not_found"> | Left<"expired"> | Right<User>` of fp-ts's `E.left(…)`/`E.right(…)`.
    const variantByValue = new Map<ts.Type, object>();
    const shapeMembers: SumTypeMember[] = [];
    for (const member of members) {
      const property = member.getProperty(discriminant);
      if (!property || property.flags & ts.SymbolFlags.Optional) return undefined;
      const values = tsutils.unionConstituents(this.facade.typeOfSymbol(property));
      const variant = genericDeclarationOf(member) ?? member;
      for (const value of values) {
        if (!(value.flags & LITERAL_VALUE_FLAGS)) return undefined;
        const taken = variantByValue.get(value);
        if (taken !== undefined && (taken !== variant || variant === member)) return undefined;
        variantByValue.set(value, variant);
      }
      shapeMembers.push({ type: member, discriminantValues: values });
    }
    return { discriminant, members: shapeMembers };
  }
}

/**
 * The types a method narrows `this` to, as every declaration of it writes them (`isLeft(): this is
 * Left<L, A>`); undefined unless it is a method declared only so. Syntax, so no method is typed.
 */
function writtenThisPredicates(method: ts.Symbol | undefined): ts.TypeNode[] | undefined {
  if (!method || !(method.flags & ts.SymbolFlags.Method)) return undefined;
  const narrowed: ts.TypeNode[] = [];
  const declarations = method.getDeclarations() ?? [];
  // Overloads speak for the implementation that follows them.
  const signatures = declarations.length > 1 ? declarations.filter((declaration) => !(ts.isMethodDeclaration(declaration) && declaration.body)) : declarations;
  for (const declaration of signatures) {
    const written = ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration) ? declaration.type : undefined;
    if (!written || !ts.isTypePredicateNode(written) || written.assertsModifier || !ts.isThisTypeNode(written.parameterName) || !written.type) {
      return undefined;
    }
    narrowed.push(written.type);
  }
  return narrowed.length > 0 ? narrowed : undefined;
}

/** The generic type or alias a member instantiates (`Left<E>` for `Left<"expired">`), if any. */
function genericDeclarationOf(member: ts.Type): object | undefined {
  if (tsutils.isTypeReference(member) && member.target !== member) return member.target;
  return member.aliasTypeArguments?.length ? member.aliasSymbol : undefined;
}

/**
 * A property that every member declares `boolean` (`isFailure: boolean`, `get ok(): boolean`), or a
 * method without parameters that does (`isFailed(): boolean`): what a result class without a
 * discriminant is told apart by. Read from the declarations, so that a success value that happens to
 * be a boolean (`value: T` of a `Result<boolean, E>`) is not one.
 */
function isResultFlag(members: readonly SumTypeMember[], name: string): boolean {
  return members.every((member) => {
    const declarations = member.type.getProperty(name)?.getDeclarations() ?? [];
    return (
      declarations.length > 0 &&
      declarations.every(
        (declaration) =>
          (ts.isPropertyDeclaration(declaration) ||
            ts.isPropertySignature(declaration) ||
            ts.isParameter(declaration) ||
            ts.isGetAccessorDeclaration(declaration) ||
            ((ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration)) && declaration.parameters.length === 0)) &&
          declaration.type?.kind === ts.SyntaxKind.BooleanKeyword,
      )
    );
  });
}

/** A result routed through type predicates and `match` rather than a discriminant (neverthrow's `Ok | Err`). */
function shapeWithoutDiscriminant(members: readonly ts.Type[]): SumTypeShape {
  return { discriminant: undefined, members: members.map((member) => ({ type: member, discriminantValues: [] })) };
}
