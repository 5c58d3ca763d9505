import { parseForESLint } from "@typescript-eslint/parser";
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { simpleTraverse } from "@typescript-eslint/typescript-estree";
import { SourceCode } from "eslint";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, InvalidSettingsError, resolveSettings } from "../src/settings.js";
import {
  getPatternServices,
  isOrchestratorClass,
  leadingProcessVerb,
  type FunctionNode,
  type PatternServices,
} from "../src/vocabulary.js";
import { readTypeOf } from "../src/vocabulary/read-types.js";
import { fixturesDirectory } from "./rule-tester.js";

/** Parses a fixture file of the typed fixture program and builds the services a rule would get. */
function loadFixture(file: string, settings: Record<string, unknown> = {}) {
  const filePath = join(fixturesDirectory, file);
  const text = readFileSync(filePath, "utf8");
  const { ast, services, scopeManager, visitorKeys } = parseForESLint(text, {
    filePath,
    projectService: true,
    tsconfigRootDir: fixturesDirectory,
  });
  simpleTraverse(ast, { enter() {} }, true); // parent pointers, as ESLint sets them
  const sourceCode = new SourceCode({ text, ast, parserServices: services, scopeManager, visitorKeys } as unknown as ConstructorParameters<typeof SourceCode>[0]);
  const context = {
    id: "dumb-orchestrator/vocabulary-test",
    settings,
    sourceCode,
  } as unknown as TSESLint.RuleContext<string, []>;
  return { ast: ast as TSESTree.Program, pattern: getPatternServices(context) };
}

function declarationsByName(ast: TSESTree.Program): Map<string, TSESTree.Node> {
  const byName = new Map<string, TSESTree.Node>();
  simpleTraverse(ast, {
    enter(node) {
      if (
        (node.type === AST_NODE_TYPES.TSTypeAliasDeclaration ||
          node.type === AST_NODE_TYPES.TSInterfaceDeclaration ||
          node.type === AST_NODE_TYPES.ClassDeclaration) &&
        node.id
      ) {
        byName.set(node.id.name, node.id);
      } else if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier) {
        byName.set(node.id.name, node.id);
      }
    },
  });
  return byName;
}

function typeAsker(pattern: PatternServices, ast: TSESTree.Program) {
  const declarations = declarationsByName(ast);
  return (name: string) => {
    const node = declarations.get(name);
    if (!node) throw new Error(`fixture has no declaration named ${name}`);
    return pattern.typeOf(node);
  };
}

describe("sum types and discriminants", () => {
  const { ast, pattern } = loadFixture("vocabulary.ts", {
    "dumb-orchestrator": { discriminants: ["kind", "ok", "code", "_tag"] },
  });
  const typeNamed = typeAsker(pattern, ast);
  const discriminantOf = (name: string) => pattern.types.discriminantOf(typeNamed(name));

  it.each([
    ["Imported", "kind"],
    ["SingleMember", "kind"],
    ["Promised", "kind"],
    ["BooleanDiscriminant", "ok"],
    ["NumericDiscriminant", "code"],
    ["EnumDiscriminant", "kind"],
    ["Intersected", "kind"],
    ["Tagged", "_tag"],
    ["ClassMembers", "kind"],
    ["Typed", "type"],
    ["GraphQlUnion", "__typename"],
    ["TwoDiscriminants", "status"],
    ["UniqueSymbols", "kind"],
    ["FpTsEither", "_tag"],
    ["FpTsEitherInferred", "_tag"],
    ["EffectOption", "_tag"],
    ["EffectExit", "_tag"],
  ])("%s is a sum type discriminated by %s", (name, discriminant) => {
    expect(discriminantOf(name)).toBe(discriminant);
  });

  it.each([
    "WithNull",
    "WithUndefined",
    "WithVoidPromise",
    "OptionalKind",
    "OverlappingKinds",
    "OverlappingVariants",
    "OpenKind",
    "MissingKind",
    "PlainString",
    "WithPrimitiveMember",
  ])("%s is not a sum type", (name) => {
    expect(pattern.types.isSumType(typeNamed(name))).toBe(false);
  });

  it.each(["NeverthrowResult", "NeverthrowAsync"])("%s is a library result: a sum type routed without a discriminant", (name) => {
    expect(pattern.types.isSumType(typeNamed(name))).toBe(true);
    expect(discriminantOf(name)).toBeUndefined();
  });

  it("a class whose own `this is` predicates name its subclasses is a sum type routed without a discriminant; one naming other types is not", () => {
    expect(pattern.types.isSumType(typeNamed("SealedOutcome"))).toBe(true);
    expect(discriminantOf("SealedOutcome")).toBeUndefined();
    expect(pattern.types.isSumType(typeNamed("Shape"))).toBe(false);
  });

  it.each(["PinnedOutcome", "OxideResult", "OxideOption", "PurifyEither", "SapphireResult"])(
    "%s, a class whose own `this is` predicates name itself with a type argument pinned to `never` or a literal, is a sum type routed without a discriminant",
    (name) => {
      expect(pattern.types.isSumType(typeNamed(name))).toBe(true);
      expect(discriminantOf(name)).toBeUndefined();
    },
  );

  it("a class whose predicate names itself with nothing pinned narrows nothing: not a sum type", () => {
    expect(pattern.types.isSumType(typeNamed("CheckedValue"))).toBe(false);
  });

  it("a union named like neverthrow's but declared elsewhere is not a library result", () => {
    expect(pattern.types.isSumType(typeNamed("LookalikeResult"))).toBe(false);
  });

  it("every property that discriminates a union is a discriminant; the preferred one is chosen", () => {
    const type = typeNamed("TwoDiscriminants");
    expect(pattern.types.sumTypes.discriminates(type, "type")).toBe(true);
    expect(pattern.types.sumTypes.discriminates(type, "status")).toBe(true);
    expect(loadFixture("vocabulary.ts", { "dumb-orchestrator": { discriminants: ["type"] } }).pattern.types.discriminantOf(type)).toBe("type");
  });

  it("an optional preferred discriminant is recognised as such, not as a sum type", () => {
    expect(pattern.types.sumTypes.isOptionalDiscriminant(typeNamed("OptionalKind"), "kind")).toBe(true);
    expect(pattern.types.sumTypes.isOptionalDiscriminant(typeNamed("Imported"), "kind")).toBe(false);
  });

  it("lists the members of a sum type with their discriminant values", () => {
    const shape = pattern.types.sumTypeOf(typeNamed("Imported"));
    const values = shape?.members.flatMap((member) => member.discriminantValues.map((value) => pattern.types.typeToString(value)));
    expect(values?.sort()).toEqual(['"not_found"', '"processed"', '"verification_required"']);
  });

  it("sees a generic parameter through its constraint", () => {
    let parameter: TSESTree.Node | undefined;
    simpleTraverse(ast, {
      enter(node) {
        if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id?.name === "generic") parameter = node.params[0];
      },
    });
    expect(pattern.types.discriminantOf(pattern.typeOf(parameter!))).toBe("kind");
  });

  it("finds `_tag`, `type` and `__typename` with no setting", () => {
    const defaults = loadFixture("vocabulary.ts");
    const named = typeAsker(defaults.pattern, defaults.ast);
    expect(["Tagged", "Typed", "GraphQlUnion"].map((name) => defaults.pattern.types.discriminantOf(named(name)))).toEqual([
      "_tag",
      "type",
      "__typename",
    ]);
  });

  it("with discovery off, only the configured discriminant names count", () => {
    const listed = loadFixture("vocabulary.ts", { "dumb-orchestrator": { discoverDiscriminants: false } });
    expect(listed.pattern.types.discriminantOf(typeAsker(listed.pattern, listed.ast)("Tagged"))).toBeUndefined();
  });
});

describe("type text", () => {
  const { ast, pattern } = loadFixture("vocabulary.ts");
  const typeNamed = typeAsker(pattern, ast);
  const propertyType = (holder: string, name: string) => {
    const { checker } = pattern.types;
    return pattern.types.typeOfSymbol(checker.getPropertyOfType(typeNamed(holder), name)!);
  };

  it("lists union members in a stable order inside alias arguments, intersections and arrays, not in creation order", () => {
    expect(pattern.types.typeToString(typeNamed("CreatedFirst"))).toBe("CreatedFirst");
    expect(pattern.types.typeToString(propertyType("Listing", "listed"))).toBe('(Omit<Article, "alpha" | "zeta"> & { readonly pinned: true; })[]');
    expect(pattern.types.typeToString(propertyType("Listing", "picked"))).toBe('Pick<Article, "alpha" | "zeta">');
    expect(pattern.types.typeToString(propertyType("Listing", "pickedMany"))).toBe('readonly Pick<Article, "alpha" | "zeta">[]');
  });

  it("lists a mapped type's properties by name and a union inside an object type or its index signature in a stable order (found on Unleash, ghostfolio)", () => {
    expect(pattern.types.typeToString(propertyType("Listing", "flags"))).toBe("Promise<{ mid: boolean; zeta: boolean; }>");
    expect(pattern.types.typeToString(propertyType("Listing", "state"))).toBe('{ readonly phase: "mid" | "zeta"; readonly id: number; }');
    expect(pattern.types.typeToString(propertyType("Listing", "counts"))).toBe(
      "{ alpha?: number | undefined; beta?: number | undefined; gamma?: number | undefined; mid?: number | undefined; ... 1 more ...; }",
    );
    expect(pattern.types.typeToString(propertyType("Listing", "nested"))).toBe("{ mid: { ...; }[]; zeta: { ...; }[]; }");
    expect(pattern.types.typeToString(propertyType("Listing", "open"))).toBe("{ [x: string]: unknown; mid: { ...; }[]; zeta: { ...; }[]; }");
    expect(pattern.types.typeToString(propertyType("Listing", "byId"))).toBe("{ [id: string]: Partial<{ ...; }>; }");
  });

  it("lists a union's members only as far as TypeScript's own truncation length, and a single long member whole (found on tunarr)", () => {
    expect(pattern.types.typeToString(propertyType("Listing", "longLiterals"))).toBe(
      '"alpha-alpha-alpha-alpha-alpha-alpha-alpha-alpha-alpha-alpha" | "beta-beta-beta-beta-beta-beta-beta-beta-beta-beta-beta-beta" | ... 2 more ... | null',
    );
    expect(pattern.types.typeToString(propertyType("Listing", "oneLongLiteral"))).toBe(
      '"omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega-omega" | undefined',
    );
  });

  it("puts a function type in parentheses in a union, as the checker does (found on kysely)", () => {
    expect(pattern.types.typeToString(propertyType("Listing", "abortHandler"))).toBe("((reason: string) => Promise<void>) | undefined");
    expect(pattern.types.typeToString(propertyType("Listing", "factories"))).toBe(
      "(<T>(value: T) => T extends string ? T : never) | (new () => Article) | null",
    );
  });

  it("lists the properties of an object built from a mapped type by where they are declared, not in the order of the key union (found on teable)", () => {
    typeNamed("TokenKeyOrder");
    expect(pattern.types.typeToString(typeNamed("issuedToken"))).toBe("{ createdTime: Date; description: string; id: string; token: string; }");
  });

  it("lists the properties TypeScript adds to an object literal for its union siblings (`name?: undefined`) last, by name, wherever it first made them (found on trigger.dev)", () => {
    typeNamed("seenFirst");
    expect(pattern.types.typeToString(typeNamed("verified"))).toBe(
      "{ failureNote: string; success: boolean; } | { success: boolean; failureNote?: undefined; }",
    );
  });

  it("names an enum whose every member a union holds, as the checker does; some of its members are listed (found on teable)", () => {
    expect(pattern.types.typeToString(propertyType("Listing", "cellType"))).toBe("CellType | undefined");
    expect(pattern.types.typeToString(propertyType("Listing", "someCellTypes"))).toBe("CellType.Number | CellType.Text");
    expect(pattern.types.typeToString(propertyType("Listing", "cell"))).toBe("{ readonly type: CellType; readonly value: number | string; }");
  });

  it("lists a long union's first members and counts the rest, never cutting `null` (found on Unleash)", () => {
    expect(pattern.types.typeToString(propertyType("Listing", "handlers"))).toBe(
      'Map<"a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | ... 3 more ..., () => void>',
    );
    expect(pattern.types.typeToString(propertyType("Listing", "nineOrNull"))).toBe('"a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | null');
    expect(pattern.types.typeToString(propertyType("Listing", "tenOrNull"))).toBe(
      '"a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | ... 2 more ... | null',
    );
  });
});

describe("dependency types", () => {
  const { ast, pattern } = loadFixture("vocabulary.ts");
  const typeNamed = typeAsker(pattern, ast);

  it.each(["PaymentStore", "PaymentGateway", "Clock", "Notifier", "OptionalStore", "Dependencies", "TaggedStore"])(
    "%s is a dependency",
    (name) => {
      expect(pattern.types.isDependencyType(typeNamed(name))).toBe(true);
    },
  );

  // Iterable & co. are interfaces of methods, but built-ins; a sum type is data (found linting effect).
  // A session is call context; an entity whose relations are entities is data.
  it.each(["Session", "ClientSession", "Entity", "Customer", "Payment", "Amount", "Names", "Cache", "Seen", "PlainData", "EmptyObject", "Callback", "Items", "AsyncItems", "Thenable", "ResultData"])(
    "%s is not a dependency",
    (name) => {
      expect(pattern.types.isDependencyType(typeNamed(name))).toBe(false);
    },
  );
});

describe("orchestrating functions", () => {
  const { ast, pattern } = loadFixture("functions.ts");
  const reasons = new Map<string, string | undefined>();
  simpleTraverse(ast, {
    enter(node) {
      if (
        node.type === AST_NODE_TYPES.FunctionDeclaration ||
        node.type === AST_NODE_TYPES.FunctionExpression ||
        node.type === AST_NODE_TYPES.ArrowFunctionExpression
      ) {
        const fn = node as FunctionNode;
        const name =
          fn.id?.name ??
          (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.id.type === AST_NODE_TYPES.Identifier
            ? fn.parent.id.name
            : "default");
        reasons.set(name, pattern.orchestratingReason(fn)?.kind);
      }
    },
  });

  it.each([
    ["processPayment", "process-verb"],
    ["handleRefund", "process-verb"],
    ["chargeCard", "dependency-parameter"],
    ["settle", undefined],
    ["findPaymentById", undefined],
    ["applyPatch", undefined],
    ["withDeps", "dependency-parameter"],
    ["withDefault", "dependency-parameter"],
    ["default", "dependency-parameter"],
    ["formatCents", undefined],
    ["processor", undefined],
    ["outer", undefined],
    ["handleInner", undefined],
  ])("%s: %s", (name, reason) => {
    expect(reasons.has(name)).toBe(true);
    expect(reasons.get(name)).toBe(reason);
  });
});

describe("names", () => {
  it.each([
    ["processPayment", "process"],
    ["process", "process"],
    ["handle_refund", "handle"],
    ["run2", "run"],
    ["processor", undefined],
    ["runner", undefined],
    ["formatCents", undefined],
  ])("%s starts with the process verb %s", (name, verb) => {
    expect(leadingProcessVerb(name, DEFAULT_SETTINGS.processVerbs)).toBe(verb);
  });

  it.each([
    ["PaymentOrchestrator", true],
    ["RefundService", true],
    ["CheckoutUseCase", true],
    ["WebhookHandler", true],
    ["ShippingCoordinator", true],
    ["UserCreateUsecase", true],
    ["Microservice", false],
    ["PaymentStore", false],
    ["Payment", false],
  ])("class %s is an orchestrator: %s", (name, expected) => {
    const node = { type: AST_NODE_TYPES.ClassDeclaration, id: { name }, decorators: [] } as unknown as TSESTree.ClassDeclaration;
    expect(isOrchestratorClass(node, DEFAULT_SETTINGS)).toBe(expected);
  });

  it.each([
    ["@Injectable()", true],
    ["@Injectable", true],
    ["@common.Injectable()", true],
    ["@CommandHandler(PayCommand)", true],
    ["@Entity()", false],
  ])("a class decorated %s is an orchestrator whatever its name: %s", (decorator, expected) => {
    const { ast } = parseForESLint(`${decorator} class OrderModifier {}`, { range: true });
    simpleTraverse(ast, { enter() {} }, true);
    expect(isOrchestratorClass(ast.body[0] as TSESTree.ClassDeclaration, DEFAULT_SETTINGS)).toBe(expected);
  });

  it.each([
    ["class CreateEvent extends UseCase {}", true],
    ["class CreateEvent extends hex.UseCase<Params> {}", true],
    ["class UserCreate implements IUsecase {}", true],
    ["class GetUsers implements IQueryHandler<GetUsersQuery> {}", true],
    ["class DeleteAuthenticator implements UseCaseInterface<string> {}", true],
    ["class FakeMailer implements MailService {}", false],
    ["class FakeMailer implements MailServiceInterface {}", false],
    ["class UserMapper implements MapperInterface<User> {}", false],
    ["class AddressStore extends UseCase {}", false],
    ["class Mixed extends withLogging(UseCase) {}", false],
    ["class Payment extends Entity {}", false],
  ])("%s is an orchestrator: %s", (code, expected) => {
    const { ast } = parseForESLint(code, { range: true });
    simpleTraverse(ast, { enter() {} }, true);
    expect(isOrchestratorClass(ast.body[0] as TSESTree.ClassDeclaration, DEFAULT_SETTINGS)).toBe(expected);
  });

  it.each([
    ["CreateAddressRepository", false],
    ["PaymentGateway", false],
    ["MailClient", false],
    ["PaymentService", true],
  ])("an @Injectable() class named %s, like a dependency, is an orchestrator: %s", (name, expected) => {
    const { ast } = parseForESLint(`@Injectable() class ${name} {}`, { range: true });
    simpleTraverse(ast, { enter() {} }, true);
    expect(isOrchestratorClass(ast.body[0] as TSESTree.ClassDeclaration, DEFAULT_SETTINGS)).toBe(expected);
  });

  it("an empty orchestrator suffix makes every class an orchestrator", () => {
    const settings = resolveSettings({ "dumb-orchestrator": { orchestratorSuffixes: [""] } });
    const node = { type: AST_NODE_TYPES.ClassDeclaration, id: { name: "Anything" }, decorators: [] } as unknown as TSESTree.ClassDeclaration;
    expect(isOrchestratorClass(node, settings)).toBe(true);
  });
});

describe("types read from declarations", () => {
  const { ast, pattern } = loadFixture("read-types.ts");
  const readable = new Set<string>([
    AST_NODE_TYPES.Identifier,
    AST_NODE_TYPES.MemberExpression,
    AST_NODE_TYPES.CallExpression,
    AST_NODE_TYPES.AwaitExpression,
    AST_NODE_TYPES.TSNonNullExpression,
    AST_NODE_TYPES.ThisExpression,
  ]);
  const expressions: TSESTree.Node[] = [];
  const lastSwitchSubjectOf = new Map<string, TSESTree.Expression>();
  const lastThisOf = new Map<string, TSESTree.ThisExpression>();
  // The method (or arrow-function property) a node is in, however deep.
  const memberNameOf = (node: TSESTree.Node) => {
    let member: TSESTree.Node | undefined = node.parent;
    while (member && member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) member = member.parent;
    return member && "key" in member && member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : undefined;
  };
  simpleTraverse(ast, {
    enter(node) {
      if (readable.has(node.type)) expressions.push(node);
      const name = memberNameOf(node);
      if (!name) return;
      if (node.type === AST_NODE_TYPES.SwitchStatement) lastSwitchSubjectOf.set(name, node.discriminant);
      if (node.type === AST_NODE_TYPES.ThisExpression) lastThisOf.set(name, node);
    },
  });
  // Asked before the checker types anything, as a rule asks.
  const read = new Map(expressions.map((node) => [node, readTypeOf(node, pattern)]));
  const switchedIn = (method: string) => {
    const subject = lastSwitchSubjectOf.get(method);
    if (!subject) throw new Error(`the fixture has no switch in a method named ${method}`);
    return read.get(subject);
  };
  const thisIn = (method: string) => {
    const node = lastThisOf.get(method);
    if (!node) throw new Error(`the fixture has no this in a method named ${method}`);
    return read.get(node);
  };

  it("gives the very type the checker gives, or leaves the value to it", () => {
    const differing = expressions.filter((node) => {
      const type = read.get(node);
      return type !== undefined && type !== pattern.parserServices.getTypeAtLocation(node);
    });
    expect(differing.map((node) => node.loc.start.line)).toEqual([]);
    expect([...read.values()].filter(Boolean).length).toBeGreaterThan(40);
  });

  it.each(["declared", "eachItem", "inferredLiteral", "conditionOnAProperty", "inArrowProperty", "initializedWithTheSameUnion"])("%s: the switched value is read through declared signatures, no call resolved", (method) => {
    expect(switchedIn(method)).toBeDefined();
  });

  it.each([
    "narrowedProperty",
    "narrowedPropertyObject",
    "narrowedByOptionalChain",
    "narrowedMemberOfThis",
    "narrowedByCondition",
    "narrowedByPredicate",
    "narrowedByAssertion",
    "narrowedByTypePredicateArgument",
    "narrowedByDestructuring",
    "narrowedByTruthiness",
    "inferredLiterals",
    "initializedUnion",
    "genericCall",
    "overloadedCall",
    "optionalProperty",
    "inCallback",
    "build",
    "escapedName",
    "narrowedThis",
  ])("%s: the switched value is left to the checker", (method) => {
    expect(switchedIn(method)).toBeUndefined();
  });

  it.each(["declared", "decide", "isHeld", "inArrowProperty", "build", "next"])("%s: this is read as its class's this type", (method) => {
    expect(thisIn(method)?.isTypeParameter()).toBe(true);
  });

  it.each(["narrowedThis", "withThisParameter", "create"])("%s: this is left to the checker", (method) => {
    expect(thisIn(method)).toBeUndefined();
  });
});

describe("settings", () => {
  it("defaults when absent", () => {
    expect(resolveSettings({})).toBe(DEFAULT_SETTINGS);
  });

  it("completes partial settings with the defaults and caches per settings object", () => {
    const settings = { "dumb-orchestrator": { discriminants: ["type"] } };
    const resolved = resolveSettings(settings);
    expect(resolved.discriminants).toEqual(["type"]);
    expect(resolved.processVerbs).toEqual(DEFAULT_SETTINGS.processVerbs);
    expect(resolveSettings(settings)).toBe(resolved);
  });

  it("adds result types to neverthrow's, by package or in the project's own files", () => {
    const resultTypes = [
      { from: "package", name: "Effect", package: "effect" },
      { from: "file", name: ["Left", "Right"], path: "src/shared/core/Result.ts" },
      { from: "file", name: "Outcome" },
    ];
    expect(resolveSettings({ "dumb-orchestrator": { resultTypes } }).resultTypes).toEqual([...DEFAULT_SETTINGS.resultTypes, ...resultTypes]);
  });

  it.each([
    [{ "dumb-orchestrator": "kind" }, 'settings["dumb-orchestrator"] must be an object, got string "kind".'],
    [{ "dumb-orchestrator": { discriminant: ["kind"] } }, 'has an unknown key "discriminant". Known keys: discriminants, discoverDiscriminants'],
    [{ "dumb-orchestrator": { discriminants: "kind" } }, '.discriminants must be a non-empty array, got string "kind".'],
    [{ "dumb-orchestrator": { discriminants: [] } }, ".discriminants must be a non-empty array, got []."],
    [{ "dumb-orchestrator": { processVerbs: [""] } }, ".processVerbs[0] must not be an empty string."],
    [{ "dumb-orchestrator": { discriminants: ["kind", , "type"] } }, ".discriminants[1] must be a string, got undefined (a hole in the array?)."],
    [{ "dumb-orchestrator": { discoverDiscriminants: "yes" } }, '.discoverDiscriminants must be true or false, got string "yes".'],
    [
      { "dumb-orchestrator": { resultTypes: [{ name: "Result", package: "neverthrow" }] } },
      '.resultTypes[0] must be { from: "package", name, package } or { from: "file", name, path? } (name: a type name or a non-empty array of them), got object {"name":"Result","package":"neverthrow"}.',
    ],
    [{ "dumb-orchestrator": { resultTypes: [{ from: "file", name: [] }] } }, '.resultTypes[0] must be { from: "package", name, package } or { from: "file", name, path? }'],
    [{ "dumb-orchestrator": { resultTypes: [{ from: "lib", name: "Promise" }] } }, '.resultTypes[0] must be { from: "package", name, package } or { from: "file", name, path? }'],
  ])("rejects %j with a clear message", (settings, message) => {
    expect(() => resolveSettings(settings)).toThrow(InvalidSettingsError);
    expect(() => resolveSettings(settings)).toThrow(message);
  });
});
