/**
 * Injection (PATTERN.md §2), read from syntax and scope: what a constructor assigns to a field
 * reached the class through the constructor when it is read from a constructor parameter.
 */
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { isLiteralValue, propertyKeyName, withoutTypeAssertions } from "./names.js";

/** How many `const`s a value is followed through (`const { a } = config; this.a = a;`). */
const CONST_DEPTH = 8;

/**
 * Whether `value`, assigned to a field in `constructor`, is read from what was injected: a parameter
 * (`store`, a destructured `{ eventBus }`), a property of one or what one returns (`config.flagResolver`,
 * `configService.get("bucket")`, `getLogger("svc")`), an injected field (`this.config.get(…)`), with a
 * `??` or `||` fallback, directly or through a `const`. A literal, a collection or object built in
 * place, or what one of the class's own methods computes (`this.load()`) was not injected. Where
 * `isInjectedField` is given, only the fields it names count as injected (a field's initializer
 * runs before the constructor's body: it can read parameter properties alone).
 */
export function isReadFromConstructorParameters(
  value: TSESTree.Expression,
  constructor: TSESTree.FunctionExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  isInjectedField?: (name: string | undefined) => boolean,
  depth = 0,
): boolean {
  const readsInjected = (part: TSESTree.Expression) => isReadFromConstructorParameters(part, constructor, sourceCode, isInjectedField, depth);
  switch (value.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
      return (
        variable?.defs.some((definition) => {
          if (definition.type === TSESLint.Scope.DefinitionType.Parameter) return definition.node === constructor;
          const declarator = definition.node;
          return (
            definition.type === TSESLint.Scope.DefinitionType.Variable &&
            declarator.type === AST_NODE_TYPES.VariableDeclarator &&
            definition.parent?.kind === "const" &&
            declarator.init !== null &&
            depth < CONST_DEPTH &&
            isReadFromConstructorParameters(declarator.init, constructor, sourceCode, isInjectedField, depth + 1)
          );
        }) ?? false
      );
    }
    case AST_NODE_TYPES.ThisExpression:
      return isInjectedField === undefined;
    case AST_NODE_TYPES.MemberExpression:
      if (isInjectedField && value.object.type === AST_NODE_TYPES.ThisExpression) return isInjectedField(propertyKeyName(value.property, value.computed));
      return readsInjected(value.object);
    case AST_NODE_TYPES.CallExpression:
      if (value.callee.type === AST_NODE_TYPES.MemberExpression && value.callee.object.type === AST_NODE_TYPES.ThisExpression) return false;
      return value.callee.type !== AST_NODE_TYPES.Super && readsInjected(value.callee);
    case AST_NODE_TYPES.LogicalExpression:
      return value.operator !== "&&" && readsInjected(value.left);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return readsInjected(value.expression);
    default:
      return false;
  }
}

/**
 * Whether `value` is computed from injected values and constants alone: a function given them
 * (`second(config.expiresIn)`, `Number(config.get("PORT"))`), arithmetic, a comparison or a template
 * on them (`ttl + 60 * 2`), a negation, a fallback, a choice (`config.fast ? "fast" : "safe"`).
 * `readsInjected` says which reads are of what was injected. What one of the class's own methods
 * computes (`this.parse(config)`) is not.
 */
export function isComputedFrom(value: TSESTree.Expression, readsInjected: (part: TSESTree.Expression) => boolean): boolean {
  return derivation(value, readsInjected) === "computed";
}

/** Computed from what was injected, constant (literals and arithmetic on them), or neither (undefined). */
function derivation(value: TSESTree.Node, readsInjected: (part: TSESTree.Expression) => boolean): "computed" | "constant" | undefined {
  if (value.type === AST_NODE_TYPES.PrivateIdentifier || value.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (readsInjected(value as TSESTree.Expression)) return "computed";
  if (isLiteralValue(value)) return "constant";
  const combined = (parts: readonly TSESTree.Node[]) => {
    let result: "computed" | "constant" = "constant";
    for (const part of parts) {
      const found = derivation(part, readsInjected);
      if (found === undefined) return undefined;
      if (found === "computed") result = found;
    }
    return result;
  };
  switch (value.type) {
    case AST_NODE_TYPES.CallExpression: {
      const { callee } = value;
      if (callee.type === AST_NODE_TYPES.Super || (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression)) return undefined;
      // A call of constants alone may read anything (`Date.now()`): only one given injected values is known.
      return combined(value.arguments) === "computed" ? "computed" : undefined;
    }
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return combined([value.left, value.right]);
    case AST_NODE_TYPES.ConditionalExpression:
      return combined([value.test, value.consequent, value.alternate]);
    case AST_NODE_TYPES.TemplateLiteral:
      return combined(value.expressions);
    case AST_NODE_TYPES.UnaryExpression:
      return value.operator === "delete" || value.operator === "void" ? undefined : derivation(value.argument, readsInjected);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return derivation(value.expression, readsInjected);
    default:
      return undefined;
  }
}

/**
 * A value the class builds itself: a `new` or a call (`new S3(options)`, `createClient(url)`,
 * `await connect()`), as opposed to a literal, a collection or an object written out in place.
 */
export function isBuiltInPlace(value: TSESTree.Expression): boolean {
  const inner = withoutTypeAssertions(value);
  switch (inner.type) {
    case AST_NODE_TYPES.NewExpression:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return inner.callee.type !== AST_NODE_TYPES.Super;
    case AST_NODE_TYPES.AwaitExpression:
      return isBuiltInPlace(inner.argument);
    case AST_NODE_TYPES.ChainExpression:
      return isBuiltInPlace(inner.expression);
    default:
      return false;
  }
}
