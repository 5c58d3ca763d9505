/**
 * Names and locations: what a person calls a class, a function or a property, and where a report
 * about it belongs. Syntax only — nothing here asks the type checker.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

export type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export interface ModuleLevelFunction {
  readonly node: FunctionNode;
  /** The function's own or its variable's name; undefined for an anonymous default export. */
  readonly name: string | undefined;
  /** Where a report about the function belongs: its name, or the function itself when anonymous. */
  readonly nameNode: TSESTree.Node;
}

/**
 * `name` ends with one of `suffixes` as a word: the suffix's first letter as written, the rest in any
 * case, as names are spelled (`UserCreateUsecase` and `PaymentGateWay` end with `UseCase` and
 * `Gateway`; `Microservice` does not end with `Service`). An empty suffix matches every name.
 */
export function endsWithAny(name: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => {
    if (suffix === "") return true;
    const tail = name.slice(-suffix.length);
    return tail.length === suffix.length && tail[0] === suffix[0] && tail.toLowerCase() === suffix.toLowerCase();
  });
}

/** The verb that `name` starts with as a whole word (`processPayment`, `run_job`; not `processor`). */
export function leadingProcessVerb(name: string, verbs: readonly string[]): string | undefined {
  return verbs.find((verb) => {
    if (!name.startsWith(verb)) return false;
    const next = name.charAt(verb.length);
    return next === "" || next === "_" || next === "$" || (next >= "A" && next <= "Z") || (next >= "0" && next <= "9");
  });
}

export function classNameOf(node: ClassNode): string | undefined {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  return undefined;
}

/** The name a decorator is known by: `Injectable` in `@Injectable()`, `@Injectable` and `@common.Injectable()`. */
export function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  let expression: TSESTree.Expression = decorator.expression;
  if (expression.type === AST_NODE_TYPES.CallExpression) expression = expression.callee;
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed && expression.property.type === AST_NODE_TYPES.Identifier) {
    return expression.property.name;
  }
  return undefined;
}

/** A property's static name: `x`, `#x`, `"x"`; undefined when computed (`[key]`). */
export function propertyKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (computed) return undefined;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

/** `null`, `undefined` or `void …` written out: the text a message quotes, or undefined. */
export function nullishLiteral(node: TSESTree.Node): "null" | "undefined" | "void" | undefined {
  if (node.type === AST_NODE_TYPES.Literal && node.value === null && !("regex" in node) && !("bigint" in node)) return "null";
  if (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") return "undefined";
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === "void") return "void";
  return undefined;
}

/** A key for a literal value written in code (`"a"`, `1`, `true`, `null`, `undefined`), as switch coverage keys members. */
export function literalKey(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") return "undefined";
  if (node.type !== AST_NODE_TYPES.Literal || "regex" in node || "bigint" in node) return undefined;
  if (node.value === null) return "null";
  return `${typeof node.value}:${String(node.value)}`;
}

/** The text of a simple computed key (`OpCodes.OP_SUCCESS`, `Symbol.iterator`), without a SourceCode at hand. */
function sourceText(node: TSESTree.Node): string {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.MemberExpression:
      return node.computed ? `${sourceText(node.object)}[…]` : `${sourceText(node.object)}.${sourceText(node.property)}`;
    case AST_NODE_TYPES.Literal:
      return JSON.stringify(node.value);
    default:
      return "…";
  }
}

/** How a message quotes code: its text on one line, cut where it grows long. */
export function quotedSource(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = oneLineSource(node, sourceCode);
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}

/**
 * `node`'s text on one line. A type's members that only a line break kept apart
 * (`{\n  session: Session | null\n  isEphemeral: boolean\n}`) are given the `;` that still does.
 */
export function oneLineSource(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(node);
  if (!text.includes("\n")) return text.replace(/\s+/g, " ");
  const memberStarts = new Set<number>();
  for (const descendant of subtree(node, sourceCode.visitorKeys)) {
    if (descendant.type === AST_NODE_TYPES.TSTypeLiteral) for (const member of descendant.members) memberStarts.add(member.range[0]);
  }
  const pieces: string[] = [];
  let pieceStart = node.range[0];
  let previous: TSESTree.Token | undefined;
  for (const token of sourceCode.getTokens(node)) {
    if (previous && memberStarts.has(token.range[0]) && token.loc.start.line > previous.loc.end.line && !KEEP_MEMBERS_APART.has(previous.value)) {
      pieces.push(`${sourceCode.text.slice(pieceStart, previous.range[1])};`);
      pieceStart = previous.range[1];
    }
    previous = token;
  }
  pieces.push(sourceCode.text.slice(pieceStart, node.range[1]));
  return pieces.join("").replace(/\s+/g, " ");
}

/** Tokens after which a type member needs no `;` to start: a separator, or the brace that opens the type. */
const KEEP_MEMBERS_APART = new Set([";", ",", "{"]);

/** `node` and every node inside it, in source order. */
export function* subtree(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): Generator<TSESTree.Node> {
  yield node;
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const value of Array.isArray(child) ? child : [child]) {
      if (isNode(value)) yield* subtree(value, visitorKeys);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

const QUOTE_LIMIT = 40;

/** The name a person would use for a function: its method, property, variable or own name. */
export function functionDisplayName(fn: FunctionNode): string | undefined {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    return propertyKeyName(parent.key, parent.computed) ?? `[${sourceText(parent.key)}]`;
  }
  if (fn.id) return fn.id.name;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  return undefined;
}

/** The function that `node` belongs to: its nearest enclosing function, if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return current;
    }
  }
  return undefined;
}

/**
 * Where a report about a whole function belongs: its name (method key, variable, own name), or,
 * for an anonymous function, its head up to the body.
 */
export function functionNameLocation(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): { loc: TSESTree.SourceLocation } {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    return { loc: parent.key.loc };
  }
  const moduleLevel = moduleLevelFunction(fn);
  if (moduleLevel && moduleLevel.nameNode !== fn) return { loc: moduleLevel.nameNode.loc };
  if (fn.id) return { loc: fn.id.loc };
  const bodyStart = sourceCode.getFirstToken(fn.body)!;
  const beforeBody = sourceCode.getTokenBefore(bodyStart)!;
  return { loc: { start: fn.loc.start, end: beforeBody.loc.end } };
}

function isModuleLevelStatement(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Program) return true;
  return (
    (parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) &&
    parent.parent.type === AST_NODE_TYPES.Program
  );
}

/**
 * A function declared at module level: a declaration, `const f = () => …` / `function` expression,
 * exported or not, or an `export default` function. Undefined for anything nested.
 */
export function moduleLevelFunction(node: FunctionNode): ModuleLevelFunction | undefined {
  const parent = node.parent;
  if (node.type === AST_NODE_TYPES.FunctionDeclaration || parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    if (!isModuleLevelStatement(node)) return undefined;
    return { node, name: node.id?.name, nameNode: node.id ?? node };
  }
  if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === node &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    isModuleLevelStatement(parent.parent)
  ) {
    return { node, name: parent.id.name, nameNode: parent.id };
  }
  return undefined;
}

/**
 * The type a function declares for `this` (`function createRecord(this: RecordsService, …)`): such a
 * function is a method written outside its class, which a property of the class holds (`createRecord
 * = createRecord`), not a standalone function. `this: void` declares that there is no receiver.
 */
export function declaredReceiver(fn: FunctionNode): TSESTree.TypeNode | undefined {
  const first = fn.params[0];
  const written = first?.type === AST_NODE_TYPES.Identifier && first.name === "this" ? first.typeAnnotation?.typeAnnotation : undefined;
  return written?.type === AST_NODE_TYPES.TSVoidKeyword ? undefined : written;
}

/**
 * Whether a function's result type is written down: its own return type, or the type annotation of
 * the property or variable holding it (`process: Handler = async () => …`).
 */
export function declaresResultType(fn: FunctionNode): boolean {
  if (fn.returnType) return true;
  const holder = fn.parent;
  if (holder.type === AST_NODE_TYPES.PropertyDefinition && holder.value === fn) return holder.typeAnnotation !== undefined;
  if (holder.type === AST_NODE_TYPES.VariableDeclarator && holder.init === fn) return holder.id.typeAnnotation !== undefined;
  return false;
}

/**
 * What a declared result type produces as written, `Promise<…>` unwrapped, when it names `null` or
 * `undefined`: `User | null` in `Promise<User | null>`. Without `strictNullChecks` TypeScript erases
 * both from the type itself, and the written type is all that says them.
 */
export function writtenNullableResult(typeNode: TSESTree.TypeNode): TSESTree.TypeNode | undefined {
  const written = writtenResult(typeNode);
  return isNullishKeyword(written) || (written.type === AST_NODE_TYPES.TSUnionType && written.types.some(isNullishKeyword)) ? written : undefined;
}

/** A declared result type as written, awaited: `Access` in `Promise<Access>`. */
export function writtenResult(typeNode: TSESTree.TypeNode): TSESTree.TypeNode {
  const promised =
    typeNode.type === AST_NODE_TYPES.TSTypeReference &&
    typeNode.typeName.type === AST_NODE_TYPES.Identifier &&
    PROMISE_NAMES.has(typeNode.typeName.name)
      ? typeNode.typeArguments?.params[0]
      : undefined;
  return promised ? writtenResult(promised) : typeNode;
}

const PROMISE_NAMES = new Set(["Promise", "PromiseLike"]);

function isNullishKeyword(typeNode: TSESTree.TypeNode): boolean {
  return typeNode.type === AST_NODE_TYPES.TSNullKeyword || typeNode.type === AST_NODE_TYPES.TSUndefinedKeyword;
}

/** `"not-configured"`, `0`, `-1`, `null`, `undefined`, or an object or array literal of them: a value written out. */
export function isLiteralValue(value: TSESTree.Node): boolean {
  return (
    value.type === AST_NODE_TYPES.Literal ||
    // `{ issuer: "payments", audience: ["web"] }`: options written out in place, property by property.
    (value.type === AST_NODE_TYPES.ObjectExpression &&
      value.properties.every(
        (property) => property.type === AST_NODE_TYPES.Property && property.kind === "init" && !property.method && !property.computed && isLiteralValue(property.value),
      )) ||
    (value.type === AST_NODE_TYPES.ArrayExpression && value.elements.every((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isLiteralValue(element))) ||
    (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === "-" && value.argument.type === AST_NODE_TYPES.Literal) ||
    (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === "undefined")
  );
}

/** `(x)`-free view of an expression through type assertions: `(this as any)`, `this!`, `x satisfies T`. */
export function withoutTypeAssertions(node: TSESTree.Node): TSESTree.Node {
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

/** `receiver.method(…)` with a plain (not computed) method name. */
export type MethodCall = TSESTree.CallExpression & {
  callee: TSESTree.MemberExpressionNonComputedName & { property: TSESTree.Identifier };
};

function isMethodCall(node: TSESTree.Node): node is MethodCall {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    !node.callee.computed &&
    node.callee.property.type === AST_NODE_TYPES.Identifier
  );
}

/**
 * Walks a fluent chain from its outer end inwards while each call's method is in `methods`:
 * `z.literal("a").default("a").optional()` with `{default, optional}` gives the two modifier calls
 * (outermost first) and the receiver they were called on, `z.literal("a")`.
 */
export function methodChain(end: TSESTree.Expression, methods: ReadonlySet<string>): { calls: MethodCall[]; receiver: TSESTree.Expression } {
  const calls: MethodCall[] = [];
  let receiver = end;
  while (isMethodCall(receiver) && methods.has(receiver.callee.property.name)) {
    calls.push(receiver);
    receiver = receiver.callee.object;
  }
  return { calls, receiver };
}
