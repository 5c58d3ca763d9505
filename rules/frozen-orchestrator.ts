import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { createRule } from "../src/create-rule.js";
import { classListeners } from "../src/listeners.js";
import {
  classNameOf,
  declaredReceiver,
  getPatternServices,
  isBuiltInPlace,
  isComputedFrom,
  isLiteralValue,
  isReadFromConstructorParameters,
  isScalarType,
  isMethodMember,
  isOrchestratorClass,
  moduleLevelFunction,
  orchestratingReasonText,
  propertyKeyName,
  withoutTypeAssertions,
  type ClassNode,
  type FunctionNode,
} from "../src/vocabulary.js";

export type MessageIds =
  | "notReadonly"
  | "mutation"
  | "stateless"
  | "stateField"
  | "constantField"
  | "constructedDependency"
  | "staticOrchestration"
  | "addReadonly";

export type Options = [{ allowConstructed?: string[] }];

/** A field of an orchestrator: a class property, an auto-accessor or a constructor parameter property. */
interface Field {
  readonly name: string | undefined;
  /** The field's declaration (a property) or binding (a parameter property): what its type is asked of. */
  readonly typedNode: TSESTree.Node;
  /** What a message quotes when the field has no static name (`[key]`). */
  readonly keyNode: TSESTree.Node;
  readonly nameLoc: TSESTree.SourceLocation;
  /** Where `readonly ` goes: before the name (or its `[`), after every other modifier; undefined where it cannot compile. */
  readonly insertReadonlyBefore: TSESTree.Node | TSESTree.Token | undefined;
  readonly readonly: boolean;
  readonly isStatic: boolean;
  /** Private to the class (`private`, `#x`): nothing outside it can write the field. */
  readonly isPrivate: boolean;
  /**
   * How the field gets its value: as a parameter property; from the constructor (or a decorator such
   * as `@Inject()`), being declared without a value; or its own (an initializer; `static`, `declare`).
   */
  readonly arrival: "parameter-property" | "constructor" | "own-value";
  readonly decorated: boolean;
  readonly initializer: TSESTree.Expression | null;
}

interface OrchestratorScope {
  readonly node: ClassNode;
  readonly fields: Field[];
  /** Names of fields reassigned through `this` after construction (`undefined` for `this[key]`): `readonly` cannot compile. */
  readonly reassigned: Set<string | undefined>;
  /** Names of fields whose contents are written through `this` (`this.cache[id] = …`): what they hold changes. */
  readonly contentsWritten: Set<string | undefined>;
  /** What the constructor assigns to each field through `this` (`null` where it writes it some other way). */
  readonly constructorValues: Map<string | undefined, (TSESTree.Expression | null)[]>;
  /** `this` is handed out in the constructor (`Object.assign(this, deps)`, `const self = this`): fields may be set unseen. */
  thisEscapes: boolean;
}

/** How constants are named: `TITLE_LENGTH`, `MAX_RETRIES`. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;

/** Types about which nothing can be decided (unresolved imports, `any`). */
const UNDECIDABLE_FLAGS = ts.TypeFlags.Any | ts.TypeFlags.Unknown;

export default createRule<Options, MessageIds>({
  name: "frozen-orchestrator",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require orchestrator classes to be frozen: readonly, injected dependencies only, no state, no mutation, no static orchestration",
      recommended: "orchestrator-files",
      requiresTypeChecking: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      notReadonly: "`{{name}}` is not readonly. An orchestrator is frozen: its fields are set once and never changed.",
      mutation:
        "`{{target}}` is changed outside the constructor. An orchestrator holds no state: keep it in a store, or return it in a result.",
      stateless:
        "`{{name}}` has no fields: nothing is injected, so it is standalone functions in a class. Inject its stores and gateways.",
      stateField:
        "`{{name}}` holds `{{type}}`, which is state, not an injected dependency. Keep state behind a store and inject the store.",
      constantField:
        "`{{name}}` holds a constant `{{type}}`, not an injected dependency. Move it to a module-level `const`, or inject it as configuration.",
      constructedDependency: "`{{type}}` is constructed inside the orchestrator. Inject it through the constructor instead.",
      staticOrchestration:
        "Static method `{{name}}` orchestrates without injected dependencies ({{reason}}). Make it an instance method.",
      addReadonly: "Make `{{name}}` readonly.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowConstructed: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description:
              "Names of types that an orchestrator may construct in place rather than inject, such as NestJS's `Logger` in `private readonly logger = new Logger(PaymentService.name)`.",
          },
        },
      },
    ],
    defaultOptions: [{ allowConstructed: ["Logger"] }],
  },
  create(context, [{ allowConstructed = ["Logger"] }]) {
    const services = getPatternServices(context);
    const { sourceCode } = context;
    const { checker } = services.types;
    const scopes: (OrchestratorScope | undefined)[] = [];
    const finished: OrchestratorScope[] = [];
    /** Member names written through anything but `this` (`self.x = …`, `other.x++`): `readonly` there is not provably safe. */
    const writtenElsewhere = new Set<string | undefined>();
    /**
     * Writes through a value that may be typed as a class (`self.store = …` with `const self = this`,
     * `PaymentService.count++`); the value's type is asked only for a write of a field's name.
     */
    const writtenThroughClass: { readonly object: TSESTree.Node; readonly name: string | undefined }[] = [];
    const classSymbolOf = (object: TSESTree.Node) => services.typeOf(object).getSymbol();

    const enterClass = (node: ClassNode) => {
      scopes.push(
        !node.declare && isOrchestratorClass(node, services.settings)
          ? { node, fields: [], reassigned: new Set(), contentsWritten: new Set(), constructorValues: new Map(), thisEscapes: false }
          : undefined,
      );
    };

    const exitClass = (node: ClassNode) => {
      const scope = scopes.pop();
      if (!scope) return;
      finished.push(scope);
      // Its own instance fields answer without the checker; only a class with none asks about inherited ones.
      // A class that declares no functions of its own is no set of standalone functions: an Effect
      // `class Users extends Effect.Service<Users>()("Users", { effect })`, whose body is the library's.
      if (declaresFunctions(node) && !scope.fields.some((field) => !field.isStatic) && !hasInstanceFields(node)) {
        context.report({
          node: node.id ?? node,
          messageId: "stateless",
          data: { name: classNameOf(node) ?? "This orchestrator" },
        });
      }
    };

    const declaresFunctions = (node: ClassNode): boolean =>
      node.body.body.some(
        (member) => isMethodMember(member) && !(member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor"),
      );

    /** Fields of the class or of a base class: a property that is not a method. */
    const hasInstanceFields = (node: ClassNode): boolean => {
      const instanceType = services.typeOf(node.id ?? node);
      const classType = instanceType.getConstructSignatures()[0]?.getReturnType() ?? instanceType;
      return checker
        .getPropertiesOfType(classType)
        .some((property) => !(property.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)) && !isFunctionValued(property));
    };

    const isFunctionValued = (property: ts.Symbol) =>
      (property.valueDeclaration !== undefined && ts.isPropertyDeclaration(property.valueDeclaration) &&
        property.valueDeclaration.initializer !== undefined &&
        (ts.isArrowFunction(property.valueDeclaration.initializer) || ts.isFunctionExpression(property.valueDeclaration.initializer)));

    const fieldName = (field: Field) => field.name ?? sourceCode.getText(field.keyNode);

    /**
     * `readonly` is an autofix only where the field is provably never written after construction;
     * a suggestion where something outside what this file shows might write it; nothing where a
     * write after construction is in plain sight (`readonly` would not compile).
     */
    const checkReadonly = (field: Field, scope: OrchestratorScope) => {
      if (field.readonly) return;
      const name = fieldName(field);
      // A write through anything but `this` itself breaks `readonly` when it is typed as this class, even in the constructor.
      const classSymbol = services.typeOf(scope.node.id ?? scope.node).getSymbol();
      const reassigned =
        scope.reassigned.has(field.name) ||
        scope.reassigned.has(undefined) ||
        writtenThroughClass.some((write) => (write.name === field.name || write.name === undefined) && classSymbolOf(write.object) === classSymbol);
      const before = field.insertReadonlyBefore;
      const fix = before && !reassigned ? (fixer: TSESLint.RuleFixer) => fixer.insertTextBefore(before, "readonly ") : undefined;
      const provablySafe = field.isPrivate && !writtenElsewhere.has(field.name) && !writtenElsewhere.has(undefined);
      context.report({
        loc: field.nameLoc,
        messageId: "notReadonly",
        data: { name },
        ...(fix === undefined ? {} : provablySafe ? { fix } : { suggest: [{ messageId: "addReadonly" as const, data: { name }, fix }] }),
      });
    };

    /**
     * State is a value that was not injected, or an injected mutable collection (`Map`, `Set`,
     * arrays). Whatever else reaches the class through its constructor is a collaborator or
     * configuration, whatever its name (PATTERN.md §2). Reports such a field; says whether the field
     * is settled: reported, or a method in all but syntax.
     */
    const reportIfState = (field: Field, scope: OrchestratorScope): boolean => {
      const type = services.typeOf(field.typedNode);
      if (type.flags & UNDECIDABLE_FLAGS) return false;
      const { dependencies } = services.types;
      if (isInjected(field, scope, type)) {
        if (!dependencies.isMutableCollection(type)) return false;
      } else {
        // A client the class builds itself (`new S3()`, `createClient(url)`) is a dependency constructed inside, not state.
        const built = builtValueOf(field, scope);
        if (built && isBuiltDependency(type)) {
          if (!isConstructedDependency(built)) reportConstructed(built, type);
          return true;
        }
        // A function the class builds for itself (`notify = throttle(async () => …)`) is a method, as an arrow-function property is.
        if (field.initializer && !isNullishValue(field.initializer) && field.arrival === "own-value" && isMethodLike(type)) return true;
        // So is a table of functions written in place (`handlers = { created: async (event) => …, deleted() { … } }`):
        // methods under one name, looked up by key.
        if (isFunctionTable(field, scope)) return true;
        if (isAllowedUninjected(field, type)) return false;
      }
      // The declared type, a literal widened: `0` in `readonly attempts = 0` is a `number` the class counts
      // with; a union of literals (`Strategy`, `"fast" | "safe"`) is what the field may hold, as declared.
      const shown = services.typeTextAsWritten(type.isUnion() ? type : checker.getBaseTypeOfLiteralType(type), writtenTypeOf(field));
      const messageId = isConstant(field, scope) && !dependencies.isMutableCollection(type) ? "constantField" : "stateField";
      context.report({ loc: field.nameLoc, messageId, data: { name: fieldName(field), type: shown } });
      return true;
    };

    /**
     * Injection is evidence (PATTERN.md §2): a parameter property, or a field that the constructor
     * assigns only from its parameters (`this.store = store`, `this.bucket = config.get("bucket")`),
     * that a decorator injects, or that Angular's `inject(HttpClient)` gives its value; so is one whose
     * initializer reads an injected field (`bucket = this.config.get("bucket")`), and a string, number or
     * boolean computed from such reads (`this.ttl = second(config.expiresIn)`). A field the constructor
     * builds (`this.isLatest = true`), or never sets but a method does, is the class's own.
     */
    const isInjected = (field: Field, scope: OrchestratorScope, type: ts.Type): boolean => {
      const constructor = constructorOf(scope.node);
      // Configuration computed once from what was injected (`ttl = second(config.expiresIn)`) is configuration still.
      const isGivenFrom = (value: TSESTree.Expression, reads: (part: TSESTree.Expression) => boolean) =>
        reads(value) || (isScalarType(type) && isComputedFrom(value, reads));
      if (field.arrival === "own-value") {
        if (field.initializer === null) return false;
        if (services.isInjectorCall(field.initializer)) return true;
        if (constructor === undefined) return false;
        // An initializer runs in the constructor, after the parameter properties: `bucket = this.config.get("bucket")` reads what was injected.
        const isParameterProperty = (name: string | undefined) => scope.fields.some((other) => other.name === name && other.arrival === "parameter-property");
        return isGivenFrom(field.initializer, (part) => isReadFromConstructorParameters(part, constructor, sourceCode, isParameterProperty));
      }
      if (field.arrival !== "constructor") return field.arrival === "parameter-property";
      if (field.decorated || scope.thisEscapes) return true;
      const values = scope.constructorValues.get(field.name);
      if (values === undefined) return !scope.reassigned.has(field.name);
      const readsParameter = (part: TSESTree.Expression) => constructor !== undefined && isReadFromConstructorParameters(part, constructor, sourceCode);
      const known = values.filter((value) => value !== null);
      const injected = known.filter((value) => isGivenFrom(value, readsParameter) || services.isInjectorCall(value));
      // A literal beside a value read from a parameter is its default (`this.sender = "not-configured"` in an `else`).
      return known.length === 0 || (injected.length > 0 && known.every((value) => injected.includes(value) || isLiteralValue(value)));
    };

    /** What a field is given before construction ends: its initializer, then what the constructor assigns (`null` for another kind of write). */
    const valuesOf = (field: Field, scope: OrchestratorScope): (TSESTree.Expression | null)[] => [
      ...(field.initializer && field.arrival === "own-value" ? [field.initializer] : []),
      ...(scope.constructorValues.get(field.name) ?? []),
    ];

    /**
     * The first value the class builds for a field itself, when every value it gives the field is built
     * (a `new` or a call) or nothing yet (`null`, `undefined`): its initializer, or what the constructor assigns.
     */
    const builtValueOf = (field: Field, scope: OrchestratorScope): TSESTree.Expression | undefined => {
      const values = valuesOf(field, scope);
      if (values.some((value) => value === null)) return undefined;
      const given = values.filter((value): value is TSESTree.Expression => value !== null && !isNullishValue(value));
      return given.every(isBuiltInPlace) ? given[0] : undefined;
    };

    /** A field given nothing but object literals of functions, in place or in the constructor. */
    const isFunctionTable = (field: Field, scope: OrchestratorScope): boolean => {
      const values = valuesOf(field, scope);
      return values.length > 0 && values.every((value) => value !== null && isObjectOfFunctions(value));
    };

    /**
     * A field that only ever holds one literal (`MAX_RETRIES = 5`, `this.apiVersion = "v2"`), a module's
     * constant (`this.uploadsDir = UPLOADS_DIR`) or a table of them: a constant, not a value that changes.
     * Only where nothing outside this file can write it either: `readonly`, private, or named as constants
     * are (`TITLE_LENGTH`).
     */
    const isConstant = (field: Field, scope: OrchestratorScope): boolean => {
      if (!field.readonly && !field.isPrivate && !CONSTANT_NAME.test(field.name ?? "")) return false;
      // A write of no known name (`this[key] = …`, `acc[i] = …`) may reach a mutable field; TypeScript keeps it off a `readonly` one.
      const writtenUnnamed = scope.reassigned.has(undefined) || writtenElsewhere.has(undefined);
      const rewritten =
        scope.reassigned.has(field.name) ||
        scope.contentsWritten.has(field.name) ||
        writtenElsewhere.has(field.name) ||
        (!field.readonly && writtenUnnamed);
      const values = valuesOf(field, scope);
      // One value: `enabled = true` that the constructor sets `false` without an API key is decided at run time.
      const oneValue = new Set(values.map((value) => value && sourceCode.getText(value))).size === 1;
      return !rewritten && oneValue && values.every((value) => value !== null && !isNullishValue(value) && isConstantValue(value));
    };

    /**
     * A value written out of constants: a literal, a module's constant or what it holds (`Events.TABLE_CREATE`
     * of an imported enum), arithmetic on them, or an object or array built of nothing else, computed keys
     * included (`{ [IdPrefix.Table]: Events.TABLE_CREATE }`, a lookup table).
     */
    const isConstantValue = (node: TSESTree.Node): boolean => {
      const value = withoutTypeAssertions(node);
      switch (value.type) {
        case AST_NODE_TYPES.Identifier:
          return isLiteralValue(value) || isModuleConstant(value);
        case AST_NODE_TYPES.MemberExpression:
          return !value.computed && isConstantValue(value.object);
        case AST_NODE_TYPES.SpreadElement:
          return isConstantValue(value.argument);
        // `10 * 60`, `-ONE_DAY`, `` `${PREFIX}:state` ``: computed from constants, once.
        case AST_NODE_TYPES.BinaryExpression:
          return value.left.type !== AST_NODE_TYPES.PrivateIdentifier && isConstantValue(value.left) && isConstantValue(value.right);
        case AST_NODE_TYPES.UnaryExpression:
          return value.operator !== "delete" && value.operator !== "void" && isConstantValue(value.argument);
        case AST_NODE_TYPES.TemplateLiteral:
          return value.expressions.every(isConstantValue);
        case AST_NODE_TYPES.ArrayExpression:
          return value.elements.every((element) => element !== null && isConstantValue(element));
        case AST_NODE_TYPES.ObjectExpression:
          return value.properties.every((property) =>
            property.type === AST_NODE_TYPES.SpreadElement
              ? isConstantValue(property)
              : property.kind === "init" && !property.method && (!property.computed || isConstantValue(property.key)) && isConstantValue(property.value),
          );
        default:
          return isLiteralValue(value);
      }
    };

    /** A name bound to a module-level `const`, an enum or an import (`this.uploadsDir = UPLOADS_DIR`): a constant by another name. */
    const isModuleConstant = (value: TSESTree.Expression): boolean => {
      if (value.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
      return (
        variable?.scope.type === TSESLint.Scope.ScopeType.module &&
        variable.defs.length > 0 &&
        variable.defs.every(
          (definition) =>
            definition.type === TSESLint.Scope.DefinitionType.ImportBinding ||
            definition.type === TSESLint.Scope.DefinitionType.TSEnumName ||
            (definition.type === TSESLint.Scope.DefinitionType.Variable && definition.parent.kind === "const"),
        )
      );
    };

    /** A field type that, built by the class itself, is a dependency constructed inside: a store, a gateway, a client. */
    const isBuiltDependency = (type: ts.Type): boolean => {
      const { dependencies } = services.types;
      if (isAllowedConstructedType(type) || services.types.isCallable(type) || dependencies.isMutableCollection(type)) return false;
      return dependencies.isDependencyType(type) || dependencies.isCollaboratorType(type);
    };

    const isAllowedUninjected = (field: Field, type: ts.Type): boolean => {
      // A readonly `unique symbol` field is a brand (`readonly [TypeId] = TypeId`): it holds no data.
      if (field.readonly && type.flags & ts.TypeFlags.UniqueESSymbol) return true;
      // A function is behaviour, as an arrow-function property is (`this.getUsers = () => …`, `memoize(load)`, `timer: Function`).
      if (isMethodLike(type)) return true;
      // A dependency the class does not build in sight (a method sets it, or a mix of values) is not judged as state.
      return isAllowedConstructedType(type) || (services.types.isDependencyType(type) && !services.types.dependencies.isMutableCollection(type));
    };

    /** A function, but not an Angular signal: calling `signal<User[]>([])`'s value reads the state it holds. */
    const isMethodLike = (type: ts.Type) => services.types.isCallable(type) && !services.types.dependencies.isReactiveValue(type);

    const isAllowedConstructedType = (type: ts.Type) => {
      const name = services.types.nameOf(type);
      return name !== undefined && allowConstructed.includes(name);
    };

    const currentScope = () => scopes.at(-1);

    const addField = (field: Field) => currentScope()?.fields.push(field);

    /**
     * The orchestrator whose instance (or class, for static members) `this` is at `node`, and whether
     * `node` runs in its constructor itself, or in a static block, which sets up the class once as a
     * field's initializer does (not in a callback there). Undefined when `this` belongs to a nested
     * function or class.
     */
    const thisContext = (node: TSESTree.Node): { scope: OrchestratorScope; inConstructor: boolean; inStaticBlock: boolean } | undefined => {
      const scope = currentScope();
      if (!scope) return undefined;
      let inCallback = false;
      for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
        switch (current.type) {
          case AST_NODE_TYPES.ArrowFunctionExpression:
            inCallback = true;
            continue;
          case AST_NODE_TYPES.FunctionExpression: {
            const member = current.parent;
            if (member.type !== AST_NODE_TYPES.MethodDefinition || member.parent.parent !== scope.node) return undefined;
            return { scope, inConstructor: member.kind === "constructor" && !inCallback, inStaticBlock: false };
          }
          case AST_NODE_TYPES.FunctionDeclaration:
            return undefined;
          case AST_NODE_TYPES.PropertyDefinition:
          case AST_NODE_TYPES.AccessorProperty:
          case AST_NODE_TYPES.StaticBlock:
            return current.parent.parent === scope.node
              ? { scope, inConstructor: false, inStaticBlock: current.type === AST_NODE_TYPES.StaticBlock && !inCallback }
              : undefined;
          case AST_NODE_TYPES.ClassBody:
            return undefined;
          default:
            continue;
        }
      }
      return undefined;
    };

    /** A write to a member: assigned, updated, deleted, a `for…of` target or part of a destructuring target. */
    const checkWrite = (member: TSESTree.MemberExpression, target: TSESTree.Node) => {
      const object = withoutTypeAssertions(member.object);
      const name = propertyKeyName(member.property, member.computed);
      if (object.type !== AST_NODE_TYPES.ThisExpression) {
        // `self.store = …`, `PaymentOrchestrator.count++`, `this.inner.x = …`: the name is written by other means.
        writtenElsewhere.add(name);
        writtenThroughClass.push({ object, name });
        const field = thisFieldOf(member);
        const scope = currentScope();
        // `this.inner.x = …`, or the orchestrator written through an alias of `this` or its class name:
        // only a name the class has can be, so `user.name = …` does not ask what `user` is.
        const mayWriteOrchestrator = scope !== undefined && (name === undefined || hasMember(scope.node, name));
        if (field || (mayWriteOrchestrator && isOrchestratorSymbol(classSymbolOf(object), scope.node))) {
          reportMutation(target, field?.name ?? name);
        }
        return;
      }
      const method = scopes.length === 0 ? methodWrittenOutside(member) : undefined;
      if (method) {
        // `this.store = …` in `function swap(this: PaymentService, …)`: written through the class, as
        // `self.store = …` is, and, the class being an orchestrator, changed after construction.
        writtenElsewhere.add(name);
        writtenThroughClass.push({ object, name });
        if (services.isOrchestratorMethod(method)) reportChanged(target);
        return;
      }
      const scope = currentScope();
      if (scope && isMethodBoundToInstance(member, scope.node)) return;
      reportMutation(target, name);
    };

    /** The module-level function declaring its `this` whose `this` a node outside every class reads. */
    const methodWrittenOutside = (node: TSESTree.Node): FunctionNode | undefined => {
      for (let current = node.parent; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression) {
          return declaredReceiver(current) && moduleLevelFunction(current) ? current : undefined;
        }
      }
      return undefined;
    };

    const isOrchestratorSymbol = (symbol: ts.Symbol | undefined, orchestrator: ClassNode) =>
      symbol !== undefined && symbol === classSymbolOf(orchestrator.id ?? orchestrator);

    /** Whether the class (its statics) or its instances have a member of that name, own or inherited. */
    const hasMember = (node: ClassNode, name: string): boolean => {
      const symbol = classSymbolOf(node.id ?? node);
      if (!symbol) return true;
      const instanceType = checker.getDeclaredTypeOfSymbol(symbol);
      const staticType = services.types.typeOfSymbol(symbol);
      return instanceType.getProperty(name) !== undefined || staticType.getProperty(name) !== undefined;
    };

    const reportMutation = (target: TSESTree.Node, name: string | undefined) => {
      const where = thisContext(target);
      if (!where) return;
      const field = thisFieldOf(target);
      const direct = withoutTypeAssertions(target).type === AST_NODE_TYPES.MemberExpression && field?.depth === 0;
      if (field && !direct) where.scope.contentsWritten.add(field.name);
      if (where.inConstructor) {
        if (direct) {
          recordConstructorValue(where.scope, target, name);
          checkConstructorAssignment(target);
        }
        return;
      }
      // Either way `readonly` would not compile: after construction, nor in a static block (TypeScript lets
      // only its initializer set a static `readonly`).
      if (direct) where.scope.reassigned.add(name);
      if (!where.inStaticBlock) reportChanged(target);
    };

    const reportChanged = (target: TSESTree.Node) =>
      context.report({ node: target, messageId: "mutation", data: { target: sourceCode.getText(target) } });

    /** What the constructor writes to a field: the value of `this.x = value`, `null` for any other write. */
    const recordConstructorValue = (scope: OrchestratorScope, target: TSESTree.Node, name: string | undefined) => {
      const assignment = target.parent;
      const value =
        assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === target && assignment.operator === "=" ? assignment.right : null;
      const values = scope.constructorValues.get(name) ?? [];
      values.push(value);
      scope.constructorValues.set(name, values);
    };

    /** `this.store = new PaymentStore()` in the constructor constructs instead of injecting. */
    const checkConstructorAssignment = (target: TSESTree.Node) => {
      const assignment = target.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === target) {
        checkConstructed(assignment.right);
      }
    };

    /** `new PaymentStore()`, wherever it stands: reported where it is built, also as a parameter's default. */
    const isConstructedDependency = (value: TSESTree.Expression): boolean => {
      if (value.type !== AST_NODE_TYPES.NewExpression) return false;
      const type = services.typeOf(value);
      return services.types.isDependencyType(type) && !isAllowedConstructedType(type);
    };

    /**
     * Names what is built: a `new` as written (`YahooFinance`, whose instance type may print as a page of
     * members), a factory's call by the type the field holds (`Transporter`, not `Transporter | undefined`).
     */
    const reportConstructed = (value: TSESTree.Expression, heldAs: ts.Type) => {
      const callee = value.type === AST_NODE_TYPES.NewExpression ? value.callee : undefined;
      const isName = callee?.type === AST_NODE_TYPES.Identifier || (callee?.type === AST_NODE_TYPES.MemberExpression && !callee.computed);
      const type = isName ? sourceCode.getText(callee) : services.types.typeToString(services.types.nonNullable(heldAs));
      context.report({ node: value, messageId: "constructedDependency", data: { type } });
    };

    const checkConstructed = (value: TSESTree.Expression | null) => {
      if (value && isConstructedDependency(value)) reportConstructed(value, services.typeOf(value));
    };

    /** Where `readonly ` goes before a class member's key: before `[` for a computed key; nowhere for an accessor. */
    const readonlyInsertionPoint = (node: TSESTree.PropertyDefinition | TSESTree.AccessorProperty) => {
      // `readonly accessor x` does not compile: an auto-accessor is reassignable by definition.
      if (node.type === AST_NODE_TYPES.AccessorProperty) return undefined;
      return node.computed ? sourceCode.getTokenBefore(node.key, { filter: (token) => token.value === "[" }) ?? undefined : node.key;
    };

    const classMember = (node: TSESTree.PropertyDefinition | TSESTree.AccessorProperty) => {
      if (!currentScope() || node.parent.parent !== currentScope()?.node || isMethodMember(node)) return;
      addField({
        name: propertyKeyName(node.key, node.computed),
        // A computed key's declaration has a placeholder symbol typed `symbol`: ask its annotation or value instead.
        typedNode: node.computed ? (node.typeAnnotation?.typeAnnotation ?? node.value ?? node) : node,
        keyNode: node.key,
        nameLoc: node.key.loc,
        insertReadonlyBefore: readonlyInsertionPoint(node),
        readonly: node.type === AST_NODE_TYPES.PropertyDefinition && node.readonly,
        isStatic: node.static,
        isPrivate: node.accessibility === "private" || node.key.type === AST_NODE_TYPES.PrivateIdentifier,
        arrival: node.value === null && !node.static && !node.declare ? "constructor" : "own-value",
        decorated: node.decorators.length > 0,
        initializer: node.value,
      });
      checkConstructed(node.value);
    };

    return {
      ...classListeners(enterClass, exitClass),

      PropertyDefinition: classMember,
      AccessorProperty: classMember,

      TSParameterProperty(node) {
        if (!currentScope()) return;
        const binding = node.parameter.type === AST_NODE_TYPES.AssignmentPattern ? node.parameter.left : node.parameter;
        if (binding.type !== AST_NODE_TYPES.Identifier) return;
        addField({
          name: binding.name,
          typedNode: binding,
          keyNode: binding,
          nameLoc: identifierNameLoc(binding),
          insertReadonlyBefore: node.parameter,
          readonly: node.readonly,
          isStatic: false,
          isPrivate: node.accessibility === "private",
          arrival: "parameter-property",
          decorated: node.decorators.length > 0,
          initializer: node.parameter.type === AST_NODE_TYPES.AssignmentPattern ? node.parameter.right : null,
        });
        if (node.parameter.type === AST_NODE_TYPES.AssignmentPattern) checkConstructed(node.parameter.right);
      },

      MethodDefinition(node) {
        const scope = currentScope();
        if (!scope || node.parent.parent !== scope.node) return;
        const reason = services.staticOrchestratingReason(node);
        if (!reason) return;
        context.report({
          node: node.key,
          messageId: "staticOrchestration",
          data: {
            name: propertyKeyName(node.key, node.computed) ?? "this method",
            reason: orchestratingReasonText(reason),
          },
        });
      },

      MemberExpression(node) {
        const target = writeTargetOf(node);
        if (target) checkWrite(node, target);
      },

      ThisExpression(node) {
        if (node.parent.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) return;
        const where = thisContext(node);
        if (where?.inConstructor) where.scope.thisEscapes = true;
      },

      // Fields are judged once the whole file is read: a write found later (`self.store = …`) makes `readonly` unsafe.
      "Program:exit"() {
        for (const scope of finished) {
          for (const field of scope.fields) {
            // A field that holds state is one problem (it belongs in a store), not also a missing `readonly`.
            if (!field.isStatic && reportIfState(field, scope)) continue;
            checkReadonly(field, scope);
          }
        }
      },
    };
  },
});

/**
 * `this.onEvent = this.onEvent.bind(this)` for a method `onEvent` of the class: the method bound to its
 * instance, to be handed out as a callback. That holds no state, wherever it is done (found on
 * Cahmoraes/clean-arch-solid-ddd, whose use cases bind their event handlers in a helper).
 */
function isMethodBoundToInstance(member: TSESTree.MemberExpression, classNode: ClassNode): boolean {
  const assignment = member.parent;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member || assignment.operator !== "=") return false;
  const value = withoutTypeAssertions(assignment.right);
  if (value.type !== AST_NODE_TYPES.CallExpression || value.arguments.length !== 1 || value.arguments[0]?.type !== AST_NODE_TYPES.ThisExpression) {
    return false;
  }
  const callee = value.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || propertyKeyName(callee.property, callee.computed) !== "bind") return false;
  const bound = withoutTypeAssertions(callee.object);
  const name = propertyKeyName(member.property, member.computed);
  return (
    name !== undefined &&
    bound.type === AST_NODE_TYPES.MemberExpression &&
    withoutTypeAssertions(bound.object).type === AST_NODE_TYPES.ThisExpression &&
    propertyKeyName(bound.property, bound.computed) === name &&
    classNode.body.body.some(
      (element) =>
        element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "method" && !element.static && propertyKeyName(element.key, element.computed) === name,
    )
  );
}

/** `null` or `undefined`: no value yet. */
/** The type a field is written with (`private cache: Map<string, Order>`), if any. */
function writtenTypeOf(field: Field): TSESTree.TypeNode | undefined {
  const node = field.typedNode;
  return node.type === AST_NODE_TYPES.PropertyDefinition || node.type === AST_NODE_TYPES.Identifier ? node.typeAnnotation?.typeAnnotation : undefined;
}

/** `{ created: async (event) => …, deleted() { … } }`: an object literal of nothing but functions. */
function isObjectOfFunctions(node: TSESTree.Expression): boolean {
  const value = withoutTypeAssertions(node);
  return (
    value.type === AST_NODE_TYPES.ObjectExpression &&
    value.properties.length > 0 &&
    value.properties.every(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        property.kind === "init" &&
        (property.value.type === AST_NODE_TYPES.ArrowFunctionExpression || property.value.type === AST_NODE_TYPES.FunctionExpression),
    )
  );
}

function isNullishValue(value: TSESTree.Expression): boolean {
  return (value.type === AST_NODE_TYPES.Literal && value.value === null) || (value.type === AST_NODE_TYPES.Identifier && value.name === "undefined");
}

/** The body of the class's constructor, if it has one. */
function constructorOf(node: ClassNode): TSESTree.FunctionExpression | undefined {
  for (const member of node.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor" && member.value.type === AST_NODE_TYPES.FunctionExpression) {
      return member.value;
    }
  }
  return undefined;
}

/** An identifier without its type annotation: `store` in `store: PaymentStore`. */
function identifierNameLoc(identifier: TSESTree.Identifier): TSESTree.SourceLocation {
  const { start } = identifier.loc;
  return { start, end: { line: start.line, column: start.column + identifier.name.length } };
}

/** The field that `this.x`, `this.x.y` or `this[key]` changes, and how deep below it the write is (0 for `this.x` itself). */
function thisFieldOf(target: TSESTree.Node): { name: string | undefined; depth: number } | undefined {
  let member: TSESTree.Node = withoutTypeAssertions(target);
  let depth = 0;
  while (member.type === AST_NODE_TYPES.MemberExpression) {
    const object = withoutTypeAssertions(member.object);
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      return { name: propertyKeyName(member.property, member.computed), depth };
    }
    member = object;
    depth++;
  }
  return undefined;
}

/**
 * The outermost expression that a member expression is written as — the member itself, or it under
 * type assertions — when it is a write target: assigned, updated, deleted, the target of `for…of`,
 * or an element of a destructuring target. Undefined when it is only read.
 */
function writeTargetOf(member: TSESTree.MemberExpression): TSESTree.Node | undefined {
  let target: TSESTree.Node = member;
  while (
    target.parent &&
    (target.parent.type === AST_NODE_TYPES.TSAsExpression ||
      target.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      target.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      target.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    target = target.parent;
  }
  const parent = target.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === target ? target : undefined;
    case AST_NODE_TYPES.UpdateExpression:
      return target;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === "delete" ? target : undefined;
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      return parent.left === target ? target : undefined;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return target;
    case AST_NODE_TYPES.AssignmentPattern:
      return (parent.left as TSESTree.Node) === target ? target : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === target && parent.parent.type === AST_NODE_TYPES.ObjectPattern ? target : undefined;
    default:
      return undefined;
  }
}
