/**
 * The type questions of PATTERN.md §2 for one program and one settings object. Answers are cached
 * per `ts.Type`, which the checker interns, so the same union is analysed once per program.
 */
import type { ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";
import * as tsutils from "ts-api-utils";
import type ts from "typescript";
import type { PatternSettings } from "../settings.js";
import { CheckerFacade, compareTypeTexts, listedUnion, writtenUnionParts } from "./checker.js";
import { Dependencies } from "./dependencies.js";
import { SumTypes, type SumTypeShape } from "./sum-types.js";

export class PatternTypes extends CheckerFacade {
  readonly sumTypes: SumTypes;
  readonly dependencies: Dependencies;
  /** Off, TypeScript erases `null` and `undefined` from every type: only written code still shows them. */
  readonly strictNullChecks: boolean;

  constructor(
    program: ts.Program,
    readonly settings: PatternSettings,
  ) {
    super(program.getTypeChecker());
    this.sumTypes = new SumTypes(this, program, settings);
    this.dependencies = new Dependencies(this, this.sumTypes, settings);
    this.strictNullChecks = tsutils.isStrictCompilerOptionEnabled(program.getCompilerOptions(), "strictNullChecks");
  }

  sumTypeOf(type: ts.Type): SumTypeShape | undefined {
    return this.sumTypes.sumTypeOf(type);
  }

  isSumType(type: ts.Type): boolean {
    return this.sumTypes.isSumType(type);
  }

  /** The name of the discriminant property of `type`, if it is a sum type that has one. */
  discriminantOf(type: ts.Type): string | undefined {
    return this.sumTypes.sumTypeOf(type)?.discriminant;
  }

  /**
   * A union of kinds as a message names it: a member that has a name by it, and one the checker would
   * print property by property (a zod-inferred type, an object literal's) by its kind alone,
   * `{ type: "movie" }`, rather than as `{ ratingKey: string; ... 30 more ...; }`.
   */
  kindsText(type: ts.Type): string {
    const shape = type.isUnion() ? this.sumTypeOf(this.nonNullable(type)) : undefined;
    const discriminant = shape?.discriminant;
    if (!shape || discriminant === undefined || !type.isUnion() || type.aliasSymbol) return this.typeToString(type);
    const texts = writtenUnionParts(type).map((part) => {
      const member = shape.members.find((candidate) => candidate.type === part);
      if (!member || part.aliasSymbol || this.nameOf(part) !== undefined) return this.typeToString(part);
      return `{ ${discriminant}: ${member.discriminantValues.map((value) => this.typeToString(value)).join(" | ")} }`;
    });
    return listedUnion(texts.sort(compareTypeTexts));
  }

  isDependencyType(type: ts.Type): boolean {
    return this.dependencies.isDependencyType(type);
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
}

const typesByProgram = new WeakMap<ts.Program, Map<PatternSettings, PatternTypes>>();

/** One `PatternTypes` per program and settings object, shared by every rule and file. */
export function patternTypesFor(program: ts.Program, settings: PatternSettings): PatternTypes {
  let bySettings = typesByProgram.get(program);
  if (!bySettings) {
    bySettings = new Map();
    typesByProgram.set(program, bySettings);
  }
  let types = bySettings.get(settings);
  if (!types) {
    types = new PatternTypes(program, settings);
    bySettings.set(settings, types);
  }
  return types;
}

/** What the node-level questions need: the program's types and this file's node maps. */
export interface TypedFile {
  readonly types: PatternTypes;
  readonly parserServices: ParserServicesWithTypeInformation;
  /** The type of a node, through generic constraints. */
  typeOf(node: TSESTree.Node): ts.Type;
}
