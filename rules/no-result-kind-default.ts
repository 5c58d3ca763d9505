import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { createRule } from "../src/create-rule.js";
import { getPatternServices, includesNullish, isLiteralValueType, methodChain, propertyKeyName } from "../src/vocabulary.js";

export type MessageIds =
  | "fieldInitializer"
  | "constructorAssignment"
  | "parameterDefault"
  | "optionalDiscriminant"
  | "schemaModifier"
  | "removeDefault"
  | "makeRequired"
  | "removeSchemaModifier";

/** Zod modifiers that let parsed input omit the field or replace it with a fallback. */
const SCHEMA_MODIFIERS = new Set(["default", "optional", "catch", "nullish", "prefault"]);
/** Zod schemas that can discriminate a union. */
const DISCRIMINANT_SCHEMAS = ["ZodLiteral", "ZodEnum", "ZodNativeEnum"];

type KeyedNode = TSESTree.PropertyDefinition | TSESTree.TSPropertySignature | TSESTree.Property;

const staticKeyName = (node: KeyedNode) => propertyKeyName(node.key, node.computed);

export default createRule<[], MessageIds>({
  name: "no-result-kind-default",
  meta: {
    type: "problem",
    docs: {
      description:
        "Disallow defaults and optionality on a result's discriminant, so that every creator writes the `kind` out",
      recommended: "all-files",
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      fieldInitializer:
        "The discriminant `{{name}}` has an initializer, so a variant can be made without naming its kind. Declare it without one.",
      constructorAssignment:
        "The constructor fixes the discriminant `{{name}}` instead of receiving it. Take it as a parameter (`readonly {{name}}: {{type}}`).",
      parameterDefault:
        "The discriminant `{{name}}` has a default value, so a caller can omit the kind. Remove the default; every creator must write it out.",
      optionalDiscriminant:
        "The discriminant `{{name}}` is optional, so a variant can lack its kind. Make it required.",
      schemaModifier:
        "`.{{method}}()` on the discriminant `{{name}}` lets input without a kind parse as this variant. Remove it.",
      removeDefault: "Remove the default of `{{name}}`.",
      makeRequired: "Make `{{name}}` required.",
      removeSchemaModifier: "Remove `.{{method}}()`.",
    },
    schema: [],
  },
  create(context) {
    const services = getPatternServices(context);
    const { sourceCode } = context;
    const discriminants = new Set(services.settings.discriminants);
    const isDiscriminantName = (name: string | undefined): name is string => name !== undefined && discriminants.has(name);
    const literalTypeOf = (node: TSESTree.Node): ts.Type | undefined => {
      const type = services.typeOf(node);
      return isLiteralValueType(type) ? type : undefined;
    };

    /** `{ kind = "x" }` destructures a value whose `kind` is always there, so the default can go without a new `undefined`. */
    const isRequiredInDestructuredType = (property: TSESTree.Property, name: string): boolean => {
      const source = services.typeOf(property.parent).getProperty(name);
      return source !== undefined && !(source.flags & ts.SymbolFlags.Optional) && !includesNullish(services.types.typeOfSymbol(source));
    };

    /** A parameter of a function that returns a sum type (`rejected(id, kind: "rejected" = "rejected")`): its default is the variant's kind. */
    const isResultFactoryParameter = (node: TSESTree.AssignmentPattern): boolean => {
      const fn = node.parent;
      if (
        fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
        fn.type !== AST_NODE_TYPES.FunctionExpression &&
        fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
      ) {
        return false;
      }
      return services.returnsSumType(fn);
    };

    /**
     * Removes ` = value` — parentheses around the value included — and, when given, writes the type the
     * initializer implied in its place (`readonly kind = ("processed" as const)` → `readonly kind: "processed"`).
     */
    const removeInitializer = (fixer: TSESLint.RuleFixer, value: TSESTree.Node, addedType?: string) => {
      const equals = sourceCode.getTokenBefore(value, { filter: (token) => token.value === "=" })!;
      const wrappingParentheses = sourceCode.getTokensBetween(equals, value).length;
      const end = wrappingParentheses > 0 ? sourceCode.getTokensAfter(value, { count: wrappingParentheses }).at(-1)! : value;
      const start = sourceCode.getTokenBefore(equals)!;
      return fixer.replaceTextRange([start.range[1], end.range[1]], addedType === undefined ? "" : `: ${addedType}`);
    };

    const reportOptional = (node: TSESTree.PropertyDefinition | TSESTree.TSPropertySignature, name: string) => {
      const type = services.types.nonNullable(services.typeOf(node.key));
      if (!isLiteralValueType(type) || type.flags & ts.TypeFlags.Never) return;
      const questionMark = sourceCode.getTokenAfter(node.key, (token) => token.value === "?");
      if (!questionMark) return;
      context.report({
        loc: { start: node.key.loc.start, end: questionMark.loc.end },
        messageId: "optionalDiscriminant",
        data: { name },
        suggest: [{ messageId: "makeRequired", data: { name }, fix: (fixer) => fixer.remove(questionMark) }],
      });
    };

    return {
      PropertyDefinition(node) {
        const name = staticKeyName(node);
        if (!isDiscriminantName(name)) return;
        if (node.optional) reportOptional(node, name);
        if (!node.value) return;
        const type = literalTypeOf(node.key);
        if (!type) return;
        const value = node.value;
        // Without its initializer the field must still be assigned, or the class no longer compiles.
        const suggest = isAssignedInConstructor(node, name)
          ? [
              {
                messageId: "removeDefault" as const,
                data: { name },
                fix: (fixer: TSESLint.RuleFixer) =>
                  removeInitializer(fixer, value, node.typeAnnotation ? undefined : services.types.typeToString(type)),
              },
            ]
          : [];
        context.report({ node: value, messageId: "fieldInitializer", data: { name }, suggest });
      },

      TSPropertySignature(node) {
        const name = staticKeyName(node);
        if (node.optional && isDiscriminantName(name)) reportOptional(node, name);
      },

      "MethodDefinition[kind='constructor'] AssignmentExpression"(node: TSESTree.AssignmentExpression) {
        const target = node.left;
        if (
          node.operator !== "=" ||
          target.type !== AST_NODE_TYPES.MemberExpression ||
          target.object.type !== AST_NODE_TYPES.ThisExpression ||
          target.computed ||
          target.property.type !== AST_NODE_TYPES.Identifier ||
          !isDiscriminantName(target.property.name)
        ) {
          return;
        }
        if (isParameterReference(node.right, sourceCode)) return;
        const type = literalTypeOf(node.right);
        if (!type) return;
        context.report({
          node: node.right,
          messageId: "constructorAssignment",
          data: { name: target.property.name, type: services.types.typeToString(type) },
        });
      },

      AssignmentPattern(node) {
        const owner = node.parent.type === AST_NODE_TYPES.Property ? node.parent : undefined;
        const name = owner
          ? staticKeyName(owner)
          : node.left.type === AST_NODE_TYPES.Identifier
            ? node.left.name
            : undefined;
        if (!isDiscriminantName(name) || !(owner || isConstructorParameter(node) || isResultFactoryParameter(node)) || !literalTypeOf(node.left)) {
          return;
        }
        const right = node.right;
        // A caller may omit a parameter with a default unless a required one follows it: only then does removing it compile.
        const suggest =
          (owner ? isRequiredInDestructuredType(owner, name) : isFollowedByRequiredParameter(node))
            ? [{ messageId: "removeDefault" as const, data: { name }, fix: (fixer: TSESLint.RuleFixer) => removeInitializer(fixer, right) }]
            : [];
        context.report({ node: right, messageId: "parameterDefault", data: { name }, suggest });
      },

      "CallExpression > ObjectExpression > Property"(node: TSESTree.Property) {
        const name = staticKeyName(node);
        if (!isDiscriminantName(name) || node.value.type !== AST_NODE_TYPES.CallExpression) return;
        const { calls: modifiers, receiver: schema } = methodChain(node.value, SCHEMA_MODIFIERS);
        if (modifiers.length === 0) return;
        const objectSchemaCall = node.parent.parent as TSESTree.CallExpression;
        if (
          !services.types.isZodSchema(services.typeOf(schema), DISCRIMINANT_SCHEMAS) ||
          !services.types.isZodSchema(services.typeOf(objectSchemaCall))
        ) {
          return;
        }
        for (const call of modifiers) {
          const method = call.callee.property.name;
          context.report({
            loc: { start: call.callee.property.loc.start, end: call.loc.end },
            messageId: "schemaModifier",
            data: { name, method },
            suggest: [
              {
                messageId: "removeSchemaModifier",
                data: { method },
                // From the end of the receiver as written — `(z.literal("a"))` keeps its parentheses — to the end of the call.
                fix: (fixer) => fixer.removeRange([sourceCode.getTokenBefore(sourceCode.getTokenBefore(call.callee.property)!)!.range[1], call.range[1]]),
              },
            ],
          });
        }
      },
    };
  },
});

/**
 * A constructor parameter (a parameter property included): its default becomes the variant's kind.
 * A plain function's `kind = "info"` parameter is not a result's discriminant and is left alone.
 */
function isConstructorParameter(node: TSESTree.AssignmentPattern): boolean {
  const parameter = node.parent.type === AST_NODE_TYPES.TSParameterProperty ? node.parent : node;
  const fn = parameter.parent;
  return (
    fn?.type === AST_NODE_TYPES.FunctionExpression &&
    fn.parent.type === AST_NODE_TYPES.MethodDefinition &&
    fn.parent.kind === "constructor"
  );
}

/** `this.kind = kind` where `kind` is a constructor parameter: the caller chooses the kind. */
function isParameterReference(node: TSESTree.Expression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const reference = sourceCode.getScope(node).references.find((candidate) => candidate.identifier === node);
  return reference?.resolved?.defs.some((definition) => definition.type === "Parameter") ?? false;
}

/** `this.kind = …` as a statement of the class's constructor: the field is assigned without its initializer. */
function isAssignedInConstructor(field: TSESTree.PropertyDefinition, name: string): boolean {
  const constructor = field.parent.body.find(
    (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor",
  );
  return (constructor?.value.body?.body ?? []).some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
      statement.expression.left.type === AST_NODE_TYPES.MemberExpression &&
      statement.expression.left.object.type === AST_NODE_TYPES.ThisExpression &&
      propertyKeyName(statement.expression.left.property, statement.expression.left.computed) === name,
  );
}

/** A parameter (or parameter property) after which a required parameter comes, so every call already passes it. */
function isFollowedByRequiredParameter(node: TSESTree.AssignmentPattern): boolean {
  const parameter = node.parent.type === AST_NODE_TYPES.TSParameterProperty ? node.parent : node;
  const fn = parameter.parent;
  if (!fn || !("params" in fn)) return false;
  const params = fn.params as TSESTree.Parameter[];
  return params.slice(params.indexOf(parameter as TSESTree.Parameter) + 1).some((later) => {
    const binding = later.type === AST_NODE_TYPES.TSParameterProperty ? later.parameter : later;
    return (
      binding.type !== AST_NODE_TYPES.AssignmentPattern &&
      binding.type !== AST_NODE_TYPES.RestElement &&
      !("optional" in binding && binding.optional)
    );
  });
}
