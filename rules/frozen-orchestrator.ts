import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import * as tsutils from "ts-api-utils";
import ts from "typescript";
import { createRule } from "../src/create-rule.js";
import { classListeners } from "../src/listeners.js";
import { classNameOf, getPatternServices, isOrchestratorClass, propertyKeyName, type ClassNode } from "../src/vocabulary.js";

export type MessageIds =
  | "notReadonly"
  | "mutation"
  | "stateless"
  | "stateField"
  | "constructedDependency"
  | "staticOrchestration"
  | "addReadonly";

/** A field of an orchestrator: a class property or a constructor parameter property. */
interface Field {
  readonly name: string | undefined;
  /** The field's name; for a parameter property, the identifier with its type annotation. */
  readonly nameNode: TSESTree.Node;
  readonly nameLoc: TSESTree.SourceLocation;
  /** Where `readonly ` goes: right before the name, after every other modifier. */
  readonly insertReadonlyBefore: TSESTree.Node;
  readonly readonly: boolean;
  readonly isStatic: boolean;
  readonly isParameterProperty: boolean;
  readonly initializer: TSESTree.Expression | null;
}

interface OrchestratorScope {
  readonly node: ClassNode;
  readonly fields: Field[];
  /** Names of fields assigned or updated outside the constructor (`undefined` for `this[key]`). */
  readonly mutated: Set<string | undefined>;
}

/** Values that may be injected as configuration when readonly: primitives, literals, enums. */
const CONFIGURATION_FLAGS =
  ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.EnumLike;
/** Types about which nothing can be decided (unresolved imports, `any`). */
const UNDECIDABLE_FLAGS = ts.TypeFlags.Any | ts.TypeFlags.Unknown;

export default createRule<[], MessageIds>({
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
      notReadonly: "`{{name}}` is not readonly. An orchestrator is frozen: its fields are injected once, in the constructor.",
      mutation:
        "`{{target}}` is changed outside the constructor. An orchestrator holds no state: keep it in a store, or return it in a result.",
      stateless:
        "`{{name}}` has no fields, so nothing is injected: it is standalone functions in a class. Inject its stores and gateways through the constructor.",
      stateField:
        "`{{name}}` holds `{{type}}`, which is state, not an injected dependency. Keep state behind a store and inject the store.",
      constructedDependency: "`{{type}}` is constructed inside the orchestrator. Inject it through the constructor instead.",
      staticOrchestration:
        "Static method `{{name}}` orchestrates without the orchestrator's injected dependencies ({{reason}}). Make it an instance method.",
      addReadonly: "Make `{{name}}` readonly.",
    },
    schema: [],
  },
  create(context) {
    const services = getPatternServices(context);
    const { sourceCode } = context;
    const scopes: (OrchestratorScope | undefined)[] = [];

    const enterClass = (node: ClassNode) => {
      scopes.push(!node.declare && isOrchestratorClass(node, services.settings) ? { node, fields: [], mutated: new Set() } : undefined);
    };

    const exitClass = (node: ClassNode) => {
      const scope = scopes.pop();
      if (!scope) return;
      for (const field of scope.fields) {
        checkField(field, scope);
      }
      if (!hasInstanceFields(node)) {
        context.report({
          node: node.id ?? node,
          messageId: "stateless",
          data: { name: classNameOf(node) ?? "This orchestrator" },
        });
      }
    };

    /** Fields of the class or of a base class: a property that is not a method. */
    const hasInstanceFields = (node: ClassNode): boolean => {
      const instanceType = services.typeOf(node.id ?? node);
      const classType = instanceType.getConstructSignatures()[0]?.getReturnType() ?? instanceType;
      return services.types.checker
        .getPropertiesOfType(classType)
        .some((property) => !(property.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)));
    };

    const checkField = (field: Field, scope: OrchestratorScope) => {
      const name = field.name ?? sourceCode.getText(field.nameNode);
      if (!field.readonly) {
        const fix = (fixer: TSESLint.RuleFixer) => fixer.insertTextBefore(field.insertReadonlyBefore, "readonly ");
        // `readonly` breaks an assignment outside the constructor, so it is only suggested there.
        const assignedLater = scope.mutated.has(field.name) || scope.mutated.has(undefined);
        context.report({
          loc: field.nameLoc,
          messageId: "notReadonly",
          data: { name },
          ...(assignedLater ? { suggest: [{ messageId: "addReadonly" as const, data: { name }, fix }] } : { fix }),
        });
      }
      if (field.isStatic) return;
      const type = services.typeOf(field.nameNode);
      if (type.flags & UNDECIDABLE_FLAGS || services.types.isDependencyType(type)) return;
      // A readonly `unique symbol` field is a brand (`readonly [TypeId] = TypeId`): it holds no data.
      if (field.readonly && type.flags & ts.TypeFlags.UniqueESSymbol) return;
      const injected = field.readonly && (field.isParameterProperty || field.initializer === null);
      // An optional injected value (`readonly shouldStop?: () => boolean`) is judged by what it holds.
      const value = services.types.checker.getNonNullableType(type);
      const injectable =
        tsutils.unionConstituents(value).every((part) => (part.flags & CONFIGURATION_FLAGS) !== 0) ||
        value.getCallSignatures().length > 0;
      if (injected && injectable) return;
      context.report({ loc: field.nameLoc, messageId: "stateField", data: { name, type: services.types.typeToString(type) } });
    };

    /** `static create(store: PaymentStore): PaymentOrchestrator` builds the orchestrator; it does not orchestrate. */
    const isFactoryOf = (method: TSESTree.MethodDefinition, orchestrator: ClassNode): boolean => {
      const returned = services.returnTypeOf(method.value as TSESTree.FunctionExpression);
      const classSymbol = services.typeOf(orchestrator.id ?? orchestrator).getSymbol();
      return classSymbol !== undefined && returned?.getSymbol() === classSymbol;
    };

    const currentScope = () => scopes.at(-1);

    const addField = (field: Field) => currentScope()?.fields.push(field);

    /**
     * The orchestrator whose instance (or class, for static members) `this` is at `node`, and whether
     * `node` runs in its constructor. Undefined when `this` belongs to a nested function or class.
     */
    const thisContext = (node: TSESTree.Node): { scope: OrchestratorScope; inConstructor: boolean } | undefined => {
      const scope = currentScope();
      if (!scope) return undefined;
      for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
        switch (current.type) {
          case AST_NODE_TYPES.ArrowFunctionExpression:
            continue;
          case AST_NODE_TYPES.FunctionExpression: {
            const member = current.parent;
            if (member.type !== AST_NODE_TYPES.MethodDefinition || member.parent.parent !== scope.node) return undefined;
            return { scope, inConstructor: member.kind === "constructor" };
          }
          case AST_NODE_TYPES.FunctionDeclaration:
            return undefined;
          case AST_NODE_TYPES.PropertyDefinition:
          case AST_NODE_TYPES.StaticBlock:
            return current.parent.parent === scope.node ? { scope, inConstructor: false } : undefined;
          case AST_NODE_TYPES.ClassBody:
            return undefined;
          default:
            continue;
        }
      }
      return undefined;
    };

    const checkMutation = (target: TSESTree.Node) => {
      const field = thisFieldOf(target);
      if (!field) return;
      const where = thisContext(target);
      if (!where) return;
      if (where.inConstructor) {
        checkConstructorAssignment(target);
        return;
      }
      where.scope.mutated.add(field.name);
      context.report({ node: target, messageId: "mutation", data: { target: sourceCode.getText(target) } });
    };

    /** `this.store = new PaymentStore()` in the constructor constructs instead of injecting. */
    const checkConstructorAssignment = (target: TSESTree.Node) => {
      const assignment = target.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === target) {
        checkConstructed(assignment.right);
      }
    };

    const checkConstructed = (value: TSESTree.Expression | null) => {
      if (value?.type !== AST_NODE_TYPES.NewExpression) return;
      const type = services.typeOf(value);
      if (services.types.isDependencyType(type)) {
        context.report({ node: value, messageId: "constructedDependency", data: { type: services.types.typeToString(type) } });
      }
    };

    return {
      ...classListeners(enterClass, exitClass),

      PropertyDefinition(node) {
        if (!currentScope() || node.parent.parent !== currentScope()?.node) return;
        addField({
          name: propertyKeyName(node.key, node.computed),
          nameNode: node.key,
          nameLoc: node.key.loc,
          insertReadonlyBefore: node.key,
          readonly: node.readonly,
          isStatic: node.static,
          isParameterProperty: false,
          initializer: node.value,
        });
        checkConstructed(node.value);
      },

      TSParameterProperty(node) {
        if (!currentScope()) return;
        const binding = node.parameter.type === AST_NODE_TYPES.AssignmentPattern ? node.parameter.left : node.parameter;
        if (binding.type !== AST_NODE_TYPES.Identifier) return;
        addField({
          name: binding.name,
          nameNode: binding,
          nameLoc: identifierNameLoc(binding),
          insertReadonlyBefore: node.parameter,
          readonly: node.readonly,
          isStatic: false,
          isParameterProperty: true,
          initializer: node.parameter.type === AST_NODE_TYPES.AssignmentPattern ? node.parameter.right : null,
        });
        if (node.parameter.type === AST_NODE_TYPES.AssignmentPattern) checkConstructed(node.parameter.right);
      },

      MethodDefinition(node) {
        const scope = currentScope();
        if (!scope || node.parent.parent !== scope.node) return;
        const reason = services.staticOrchestratingReason(node);
        if (!reason || isFactoryOf(node, scope.node)) return;
        context.report({
          node: node.key,
          messageId: "staticOrchestration",
          data: {
            name: propertyKeyName(node.key, node.computed) ?? "this method",
            reason:
              reason.kind === "process-verb"
                ? `its name starts with "${reason.verb}"`
                : `it takes a \`${reason.typeName}\` dependency`,
          },
        });
      },

      AssignmentExpression(node) {
        if (currentScope()) checkMutation(node.left);
      },
      UpdateExpression(node) {
        if (currentScope()) checkMutation(node.argument);
      },
    };
  },
});

/** An identifier without its type annotation: `store` in `store: PaymentStore`. */
function identifierNameLoc(identifier: TSESTree.Identifier): TSESTree.SourceLocation {
  const { start } = identifier.loc;
  return { start, end: { line: start.line, column: start.column + identifier.name.length } };
}

/** The field that `this.x`, `this.x.y` or `this[key]` changes: `{ name: "x" }`, or an unknown name. */
function thisFieldOf(target: TSESTree.Node): { name: string | undefined } | undefined {
  let member: TSESTree.Node = withoutTypeAssertions(target);
  while (member.type === AST_NODE_TYPES.MemberExpression) {
    const object = withoutTypeAssertions(member.object);
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      return { name: propertyKeyName(member.property, member.computed) };
    }
    member = object;
  }
  return undefined;
}

/** `(this as any)`, `this!`, `(x satisfies T)`: the expression under the type assertion. */
function withoutTypeAssertions(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}
