/**
 * The type of a value where it is read, found from declarations: a callee's one declared signature
 * gives a call's result without resolving the call with its arguments (checking `{ where: … }` against
 * an ORM's `FindOptions<T>` is what makes `await this.orders.findOne({ where: … })` expensive), and a
 * variable is its initializer's type wherever nothing can have narrowed it. The answer is the type the
 * checker would give, or undefined, and then the checker is asked.
 */
import ts from "typescript";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { explicitSignatures, explicitTypeOf } from "./calls.js";
import { isSatisfiesExpression } from "./checker.js";
import { ownReturnStatements } from "./literal-results.js";
import type { TypedFile } from "./pattern-types.js";

/**
 * What is worked out once per lint of one file, kept with that lint's services, not on TypeScript's
 * nodes: an editor's next program reuses the nodes of files that did not change, and a type must not
 * outlive the checker that made it.
 */
interface FileReads {
  readonly types: Map<ts.Node, ts.Type | null>;
  /** For each function, what the uses of each variable or member of `this` in it narrow (null: cannot be told). */
  readonly narrowings: Map<ts.Node, Map<string, readonly Narrowing[] | null>>;
}

const readsByFile = new WeakMap<TypedFile, FileReads>();

function readsOf(file: TypedFile): FileReads {
  let reads = readsByFile.get(file);
  if (!reads) readsByFile.set(file, (reads = { types: new Map(), narrowings: new Map() }));
  return reads;
}

/** The type the checker gives `node` where it stands, read from declarations; undefined where that cannot be told so. */
export function readTypeOf(node: TSESTree.Node, file: TypedFile): ts.Type | undefined {
  const tsNode = file.parserServices.esTreeNodeToTSNodeMap.get(node);
  // A name in a type (`asserts parcel is Held`) is not a value read.
  return isReadable(tsNode) && !ts.isTypeNode(tsNode.parent) && !isWriteTarget(tsNode) ? regular(typeAt(tsNode, file)) : undefined;
}

/**
 * The checker gives an expression its literal types as regular, not fresh (a result inferred from
 * `return "YYYY"` is fresh): one literal is made regular here, a union holding a fresh one is left to it.
 */
function regular(type: ts.Type | undefined): ts.Type | undefined {
  if (!type) return undefined;
  if (isFresh(type)) return (type as ts.FreshableType).regularType;
  return type.isUnion() && type.types.some(isFresh) ? undefined : type;
}

function isFresh(type: ts.Type): boolean {
  const { regularType } = type as Partial<ts.FreshableType>;
  return regularType !== undefined && regularType !== type;
}

/**
 * What the result TypeScript infers for a method or function declaration produces (see the facade's
 * `producedResult`), read from declarations where a `return` ends its body and every `return` reads
 * as the same type: inferring it would check each value, and a call's arguments with it (`return
 * records.some((record) => …)` is `boolean` whatever the callback reads). Undefined for a function
 * TypeScript may type by its context, a reachable end (which adds `undefined`), values of different
 * types (a union is the checker's to make), one fresh literal (TypeScript widens `return this.mode` of
 * `readonly mode = "live"` to `string`, though not a union of them; what declarations give is widened
 * already) and anything not read so.
 */
export function readProducedResult(fn: ts.FunctionLikeDeclaration, file: TypedFile): ts.Type | undefined {
  const isDeclaration = ts.isFunctionDeclaration(fn) || (ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent));
  if (!isDeclaration || fn.type || fn.asteriskToken || !fn.body) return undefined;
  const last = fn.body.statements.at(-1);
  if (!last || !ts.isReturnStatement(last)) return undefined;
  const isAsync = fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
  let result: ts.Type | undefined;
  for (const { expression } of ownReturnStatements(fn.body)) {
    const value = expression && isReadable(expression) ? typeAt(expression, file) : undefined;
    if (!value || isFresh(value)) return undefined;
    // An `async` function's result is the promise of what each value awaits to.
    const returned = isAsync ? file.types.unwrapPromise(value) : value;
    if (result !== undefined && returned !== result) return undefined;
    result = returned;
  }
  // An `async` function's result is the promise of `result`, which produces `result`.
  return result && (isAsync ? result : file.types.producedResult(result));
}

/**
 * The type a symbol is declared with: for a variable declared in a function, read from its
 * initializer (`const found = await this.orders.findOne(…)`, see `variableType`); else the checker's.
 */
export function declaredTypeOfSymbol(symbol: ts.Symbol, file: TypedFile): ts.Type {
  const declaration = symbol.valueDeclaration;
  return (declaration && ts.isVariableDeclaration(declaration) ? variableType(declaration, file) : undefined) ?? file.types.typeOfSymbol(symbol);
}

/**
 * The symbol a name or a property read (`intent.kind`) refers to: for a property, found on the type
 * of its object read from declarations where nothing can have narrowed it; else the checker's.
 */
export function symbolReadAt(node: TSESTree.Node, file: TypedFile): ts.Symbol | undefined {
  const tsNode = file.parserServices.esTreeNodeToTSNodeMap.get(node);
  if (!ts.isPropertyAccessExpression(tsNode)) return file.types.checker.getSymbolAtLocation(tsNode);
  return propertyRead(tsNode, "value", file) ?? file.types.checker.getSymbolAtLocation(tsNode.name);
}

type Readable =
  | ts.Identifier
  | ts.ThisExpression
  | ts.PropertyAccessExpression
  | ts.CallExpression
  | ts.AwaitExpression
  | ts.NonNullExpression
  | ts.ParenthesizedExpression;

function isReadable(node: ts.Node): node is Readable {
  return (
    ts.isIdentifier(node) ||
    node.kind === ts.SyntaxKind.ThisKeyword ||
    ts.isPropertyAccessExpression(node) ||
    ts.isCallExpression(node) ||
    ts.isAwaitExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isParenthesizedExpression(node)
  );
}

function typeAt(node: ts.Expression, file: TypedFile): ts.Type | undefined {
  const { types } = readsOf(file);
  let type = types.get(node);
  if (type === undefined) {
    type = computeTypeAt(node, file) ?? null;
    types.set(node, type);
  }
  return type ?? undefined;
}

function computeTypeAt(node: ts.Expression, file: TypedFile): ts.Type | undefined {
  if (ts.isParenthesizedExpression(node)) return typeAt(node.expression, file);
  if (ts.isNonNullExpression(node)) return nonNullable(typeAt(node.expression, file), file);
  if (ts.isAwaitExpression(node)) {
    // As the facade awaits: `Promise<T>` is `T`, not related to every thenable; a generic's `Awaited<T>` is left to the checker.
    const promised = typeAt(node.expression, file);
    return promised && withoutTypeVariables(file.types.unwrapPromise(promised));
  }
  if (ts.isIdentifier(node)) return withoutTypeVariables(variableRead(node, "value", file));
  if (ts.isPropertyAccessExpression(node)) {
    const property = propertyRead(node, "value", file);
    return withoutTypeVariables(property && file.types.typeOfSymbol(property));
  }
  if (ts.isCallExpression(node)) return callResult(node, file);
  if (node.kind === ts.SyntaxKind.ThisKeyword) return thisTypeAt(node, file);
  return undefined;
}

/**
 * `this` in the body of an instance member of a class: the class's `this` type, where no use of
 * `this` in the member narrows it (`this instanceof …`, a `this is …` method tested). Elsewhere (a
 * static member, a `this` parameter, a decorator, JavaScript's `@this`) it is left to the checker.
 */
function thisTypeAt(node: ts.Expression, file: TypedFile): ts.Type | undefined {
  const member = thisContainerOf(node);
  if (!member || !ts.isClassLike(member.parent) || !isInstanceMemberBody(member, node) || node.flags & ts.NodeFlags.JavaScriptFile) return undefined;
  const { checker } = file.types;
  const symbol = member.parent.name ? checker.getSymbolAtLocation(member.parent.name) : undefined;
  const thisType = symbol && (checker.getDeclaredTypeOfSymbol(symbol) as ts.InterfaceType).thisType;
  if (!thisType) return undefined;
  const reference: Reference = { root: node, rootKey: "this", path: "this", container: member };
  return isReadAsDeclared(reference, "object", () => thisType, file) ? thisType : undefined;
}

/** What `this` is the `this` of: the nearest function, property or static block, arrow functions aside (they keep it). */
function thisContainerOf(node: ts.Node): ts.SignatureDeclaration | ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration | undefined {
  return ts.findAncestor(
    node.parent,
    (ancestor): ancestor is ts.SignatureDeclaration | ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration =>
      (ts.isFunctionLike(ancestor) && !ts.isArrowFunction(ancestor)) || ts.isPropertyDeclaration(ancestor) || ts.isClassStaticBlockDeclaration(ancestor),
  );
}

/** `node` is in the body of a method, accessor or constructor, or the initializer of a property, neither static nor given a `this` parameter. */
function isInstanceMemberBody(member: ts.Node, node: ts.Node): boolean {
  if (ts.isClassStaticBlockDeclaration(member) || (ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword))) {
    return false;
  }
  let body: ts.Node | undefined;
  if (ts.isPropertyDeclaration(member)) body = member.initializer;
  else if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member) || ts.isAccessor(member)) {
    const [first] = member.parameters;
    if (first && ts.isIdentifier(first.name) && first.name.text === "this") return false;
    body = member.body;
  }
  return body !== undefined && body.pos <= node.pos && node.end <= body.end;
}

/**
 * A call's result from the callee's one declared signature, when it has no type parameters: the
 * checker would pick that signature whatever the arguments. Undefined for overloads, generic
 * signatures, optional chains and calls the checker treats specially.
 */
function callResult(call: ts.CallExpression, file: TypedFile): ts.Type | undefined {
  if (call.typeArguments || call.questionDotToken || isInOptionalChain(call)) return undefined;
  const callee = call.expression;
  let calleeType: ts.Type | undefined;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = propertyRead(callee, "value", file);
    calleeType = method && file.types.typeOfSymbol(method);
  } else if (ts.isIdentifier(callee) && !SPECIAL_CALLEES.has(callee.text)) {
    // A function or class declared as such, or a variable typed by a written type or its function value.
    const name = file.parserServices.tsNodeToESTreeNodeMap.get(callee) as TSESTree.Node | undefined;
    calleeType = name && explicitTypeOf(name, file);
  }
  const signatures = calleeType?.getCallSignatures() ?? [];
  const [signature] = signatures;
  if (signatures.length !== 1 || !signature || signature.getTypeParameters()?.length) return undefined;
  return file.types.checker.getReturnTypeOfSignature(signature);
}

/** Calls the checker types by what they are, not by their declared signature (`Symbol()` makes a unique symbol). */
const SPECIAL_CALLEES = new Set(["Symbol", "require"]);

/**
 * The property `object.name` reads, on the type of `object` read from declarations, where nothing can
 * have narrowed the read (as an object, a check for `null` before it is allowed: see `variableRead`).
 */
function propertyRead(node: ts.PropertyAccessExpression, use: Use, file: TypedFile): ts.Symbol | undefined {
  if (node.questionDotToken || isInOptionalChain(node) || ts.isPrivateIdentifier(node.name)) return undefined;
  const objectType = objectTypeAt(node.expression, file);
  if (!objectType) return undefined;
  const property = file.types.checker.getPropertyOfType(file.types.checker.getApparentType(objectType), node.name.text);
  // An optional property reads with `undefined` added, and under `exactOptionalPropertyTypes` differently again.
  if (!property || property.flags & ts.SymbolFlags.Optional) return undefined;
  const reference = referenceOf(node);
  if (!reference) return property;
  return isReadAsDeclared(reference, use, () => file.types.typeOfSymbol(property), file) ? property : undefined;
}

/**
 * The type of the object a property is read on: `this` as declared, a variable as its declaration
 * gives it (a check for `null` before the read is what lets it compile, so `null` and `undefined` are
 * left out), any other readable expression as read.
 */
function objectTypeAt(node: ts.Expression, file: TypedFile): ts.Type | undefined {
  // `found!.decide()` reads `found` as an object too: without `null` and `undefined`.
  let expression = withoutParentheses(node);
  while (ts.isNonNullExpression(expression)) expression = withoutParentheses(expression.expression);
  // The class's `this` type, whose members are read as `this`-typed (`set(…): this`).
  if (expression.kind === ts.SyntaxKind.ThisKeyword) return typeAt(expression, file) ?? file.types.checker.getTypeAtLocation(expression);
  let type: ts.Type | undefined;
  if (ts.isIdentifier(expression)) type = variableRead(expression, "object", file);
  else if (ts.isPropertyAccessExpression(expression)) {
    const property = propertyRead(expression, "object", file);
    type = property && file.types.typeOfSymbol(property);
  } else if (isReadable(expression)) type = typeAt(expression, file);
  return nonNullable(withoutTypeVariables(type), file);
}

/**
 * How a value is read: as a value (`switch (found.status)`), or as the object a property is read on
 * (`found.decide()`), which compiles only where it is not `null` or `undefined`.
 */
type Use = "value" | "object";

/**
 * A reference the checker may narrow: a variable (`found`) or a member of `this` (`this.store`), and
 * the properties read on it (`found.metadata.flags`), named by its path.
 */
interface Reference {
  /** The variable or `this.store` the path starts at, where this read names it. */
  readonly root: ts.Expression;
  readonly rootKey: string;
  readonly path: string;
  /** The function in which every use of the root is looked at; none outside functions, where nothing is read so. */
  readonly container: ts.Node | undefined;
}

function referenceOf(node: ts.PropertyAccessExpression | ts.Identifier): Reference | undefined {
  const names: string[] = [];
  let root: ts.Expression = node;
  for (;;) {
    if (ts.isParenthesizedExpression(root) || ts.isNonNullExpression(root)) root = root.expression;
    else if (ts.isPropertyAccessExpression(root) && root.expression.kind !== ts.SyntaxKind.ThisKeyword) {
      names.unshift(root.name.text);
      root = root.expression;
    } else break;
  }
  let rootKey: string;
  let container: ts.Node | undefined;
  if (ts.isIdentifier(root)) {
    rootKey = root.text;
    container = functionOf(root);
  } else if (ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.name)) {
    rootKey = `this.${root.name.text}`;
    // Arrow functions keep the `this` of the method or the property (`archive = async () => …`) they are written in.
    container = thisContainerOf(root);
  } else {
    // A call's result, a literal: not a reference, nothing narrows it.
    return undefined;
  }
  return { root, rootKey, path: [rootKey, ...names].join("."), container };
}

/**
 * Whether a reference reads as its declared type: no use of it elsewhere in its function may have
 * narrowed it. As an object, a check for `null` or truthiness is allowed where every member is an
 * object (it removes only `null` and `undefined`, which the read leaves out).
 */
function isReadAsDeclared(reference: Reference, use: Use, declaredType: () => ts.Type, file: TypedFile): boolean {
  if (!reference.container) return false;
  const narrowings = narrowingsOf(reference.container, reference.rootKey, file);
  if (!narrowings) return false;
  let checksNull = false;
  for (const narrowing of narrowings) {
    if (narrowing.path !== reference.path || narrowing.origin === reference.root) continue;
    if (narrowing.kind === "narrow") return false;
    if (narrowing.kind === "discriminant" && file.types.nonNullable(declaredType()).isUnion()) return false;
    if (narrowing.kind === "null-check") checksNull = true;
  }
  return !checksNull || (use === "object" && isObjectsOrNullish(declaredType()));
}

/**
 * What a use narrows, by path: itself (`found.status === "sent"` narrows `found.status`), the object
 * it is read on if that is a union with it as discriminant (`found`), and what stands before a `?.` to
 * not `null`. A check for `null` or truthiness is told apart: it narrows only to not `null`.
 */
interface Narrowing {
  readonly origin: ts.Expression;
  readonly path: string;
  readonly kind: "narrow" | "null-check" | "discriminant";
}

/**
 * The narrowings of every use of a root in a function, or undefined where its uses cannot be found
 * by name (see `usesIn`).
 */
function narrowingsOf(container: ts.Node, rootKey: string, file: TypedFile): readonly Narrowing[] | undefined {
  const byContainer = readsOf(file).narrowings;
  let byRoot = byContainer.get(container);
  if (!byRoot) byContainer.set(container, (byRoot = new Map()));
  let narrowings = byRoot.get(rootKey);
  if (narrowings === undefined) {
    narrowings = usesIn(container, rootKey)?.flatMap((use) => narrowingsOfUse(use, rootKey, file)) ?? null;
    byRoot.set(rootKey, narrowings);
  }
  return narrowings ?? undefined;
}

/**
 * The uses of a variable (`found`) or a member of `this` (`this.orders`) in a function, found where
 * its name stands in the function's text: a few descents from the function, where a walk of all of
 * it would visit every node. Undefined where a name may be written with an escape (`f\u006fund`).
 */
function usesIn(container: ts.Node, rootKey: string): ts.Expression[] | undefined {
  const text = container.getSourceFile().text;
  const body = text.slice(container.pos, container.end);
  if (body.includes("\\u")) return undefined;
  const name = rootKey.startsWith("this.") ? rootKey.slice("this.".length) : rootKey;
  const uses: ts.Expression[] = [];
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
    // Part of a longer word (`e` in `where`): not the name.
    if (IDENTIFIER_PART.test(body.charAt(at - 1)) || IDENTIFIER_PART.test(body.charAt(at + name.length))) continue;
    const position = container.pos + at;
    const node = innermostNodeAt(container, position);
    const use = node.end === position + name.length ? useOf(node, rootKey) : undefined;
    if (use) uses.push(use);
  }
  return uses;
}

/** An ASCII character that continues a name; any other is looked at where it stands. */
const IDENTIFIER_PART = /^[\w$]$/;

/** The use of a root that a node found where the root's name stands is: the name read, `this`, or `this.orders`. */
function useOf(node: ts.Node, rootKey: string): ts.Expression | undefined {
  if (rootKey === "this") return node.kind === ts.SyntaxKind.ThisKeyword ? (node as ts.ThisExpression) : undefined;
  if (!ts.isIdentifier(node)) return undefined;
  if (!rootKey.startsWith("this.")) return node.text === rootKey && !isNameOnly(node) ? node : undefined;
  const access = node.parent;
  const isMemberRead = ts.isPropertyAccessExpression(access) && access.name === node && access.expression.kind === ts.SyntaxKind.ThisKeyword;
  return isMemberRead && rootKey === `this.${node.text}` ? access : undefined;
}

/** The innermost node under `container` whose text, leading trivia included, holds `position`. */
function innermostNodeAt(container: ts.Node, position: number): ts.Node {
  let node = container;
  for (;;) {
    const child = ts.forEachChild(node, (candidate) => (candidate.pos <= position && position < candidate.end ? candidate : undefined));
    if (!child) return node;
    node = child;
  }
}

/**
 * The narrowings of one use, found by walking up from it: through the properties read on it to where
 * its value goes. A value passed on, computed with, returned or awaited narrows nothing; a condition,
 * an assignment, a destructuring, or an argument where a type predicate or assertion may narrow it
 * (a tested call, a statement call), narrows it; anything else is taken to.
 */
function narrowingsOfUse(use: ts.Expression, rootKey: string, file: TypedFile): Narrowing[] {
  const narrowings: Narrowing[] = [];
  let node: ts.Node = use;
  let path = rootKey;
  let object: string | undefined;
  // Tested, `found.secrets?.password` says `found.secrets` (and what is read on it after `?.`) is not `null`.
  const optionalChain: string[] = [];
  const checkOptionalChain = () => {
    for (const checked of optionalChain) narrowings.push({ origin: use, path: checked, kind: "null-check" });
  };
  const narrowHere = (kind: "narrow" | "null-check") => {
    narrowings.push({ origin: use, path, kind });
    if (object !== undefined) narrowings.push({ origin: use, path: object, kind: "discriminant" });
    checkOptionalChain();
    return narrowings;
  };
  for (;;) {
    const parent = node.parent;
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isAsExpression(parent) ||
      isSatisfiesExpression(parent) ||
      ts.isTypeAssertionExpression(parent)
    ) {
      node = parent;
      continue;
    }
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) {
      if (parent.questionDotToken || optionalChain.length > 0) optionalChain.push(path);
      object = path;
      path = ts.isPropertyAccessExpression(parent) ? `${path}.${parent.name.text}` : `${path}[]`;
      node = parent;
      continue;
    }
    if (ts.isCallExpression(parent)) {
      if (!isTested(parent) && !isAssertionStatement(parent, file)) return narrowings;
      if (parent.expression !== node) return narrowHere("narrow");
      // `found.isHeld()` tested: a `this is …` predicate narrows the object the method is called on.
      if (object !== undefined) narrowings.push({ origin: use, path: object, kind: "narrow" });
      checkOptionalChain();
      return narrowings;
    }
    if (ts.isBinaryExpression(parent)) {
      const operator = parent.operatorToken.kind;
      if (VALUE_OPERATORS.has(operator)) return narrowings;
      if (operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment) {
        // Assigned on (`total += item.amountCents`) narrows nothing; destructured, a union is narrowed by its parts.
        const isDestructured = ts.isObjectLiteralExpression(parent.left) || ts.isArrayLiteralExpression(parent.left);
        return parent.right === node && !isDestructured ? narrowings : narrowHere("narrow");
      }
      if (NULL_CHECK_OPERATORS.has(operator)) return narrowHere(isNullOrUndefined(parent.left === node ? parent.right : parent.left) ? "null-check" : "narrow");
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken) return narrowHere("null-check");
      if (operator === ts.SyntaxKind.InstanceOfKeyword && parent.right === node) return narrowings;
      if (operator === ts.SyntaxKind.InKeyword && parent.left === node) return narrowings;
      return narrowHere("narrow");
    }
    if (ts.isPrefixUnaryExpression(parent)) {
      if (parent.operator === ts.SyntaxKind.ExclamationToken) return narrowHere("null-check");
      return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken ? narrowHere("narrow") : narrowings;
    }
    if (ts.isSwitchStatement(parent) || ts.isCaseClause(parent)) return narrowHere("narrow");
    if (isTestOf(parent, node) || (ts.isConditionalExpression(parent) && parent.condition === node)) return narrowHere("null-check");
    if (ts.isVariableDeclaration(parent)) return parent.initializer === node && ts.isIdentifier(parent.name) ? narrowings : narrowHere("narrow");
    if (ts.isForOfStatement(parent)) return parent.expression === node ? narrowings : narrowHere("narrow");
    const isValue =
      ts.isConditionalExpression(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isShorthandPropertyAssignment(parent) ||
      ts.isSpreadAssignment(parent) ||
      ts.isSpreadElement(parent) ||
      ts.isArrayLiteralExpression(parent) ||
      ts.isTemplateSpan(parent) ||
      ts.isReturnStatement(parent) ||
      ts.isAwaitExpression(parent) ||
      ts.isExpressionStatement(parent) ||
      ts.isThrowStatement(parent) ||
      ts.isNewExpression(parent) ||
      (ts.isArrowFunction(parent) && parent.body === node);
    return isValue ? narrowings : narrowHere("narrow");
  }
}

/**
 * A variable read where nothing can have narrowed it: declared in the same function (a parameter
 * with a written type, a `const`, a `for … of` item of an array), and used in it only where a use
 * cannot narrow it. Read as an object (`found.decide()`), a check for `null` is allowed.
 */
function variableRead(node: ts.Identifier, use: Use, file: TypedFile): ts.Type | undefined {
  const { checker } = file.types;
  const symbol = checker.getSymbolAtLocation(node);
  const declaration = symbol?.valueDeclaration;
  if (!symbol || !declaration || symbol.flags & ts.SymbolFlags.Alias) return undefined;
  const isParameter = ts.isParameter(declaration);
  if (!isParameter && !ts.isVariableDeclaration(declaration)) return undefined;
  if (!ts.isIdentifier(declaration.name) || declaration.name === node) return undefined;
  const container = functionOf(declaration);
  if (!container || functionOf(node) !== container) return undefined;
  const type = isParameter ? parameterType(declaration, file) : variableType(declaration, file);
  if (!type) return undefined;
  const reference: Reference = { root: node, rootKey: node.text, path: node.text, container };
  return isReadAsDeclared(reference, use, () => type, file) ? type : undefined;
}

/** A parameter with a written type and nothing that changes it (a default, `?`, `...`). */
function parameterType(declaration: ts.ParameterDeclaration, file: TypedFile): ts.Type | undefined {
  if (!declaration.type || declaration.initializer || declaration.questionToken || declaration.dotDotDotToken) return undefined;
  const symbol = file.types.checker.getSymbolAtLocation(declaration.name);
  return symbol && file.types.typeOfSymbol(symbol);
}

/** A `const` in a function: its written type, its initializer's type as the checker widens it, or its array's element. */
function variableType(declaration: ts.VariableDeclaration, file: TypedFile): ts.Type | undefined {
  const { checker } = file.types;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.BlockScoped) !== ts.NodeFlags.Const || !functionOf(declaration)) return undefined;
  if (declaration.type) {
    // A written union is narrowed by the value it is initialized with (`const where: Where = {}`),
    // unless that value reads as the very same union (`const result: Result = await this.run()`).
    const symbol = checker.getSymbolAtLocation(declaration.name);
    const written = symbol && file.types.typeOfSymbol(symbol);
    if (!written?.isUnion()) return written;
    const initializer = declaration.initializer;
    return initializer && isReadable(initializer) && typeAt(initializer, file) === written ? written : undefined;
  }
  const loop = list.parent;
  if (ts.isForOfStatement(loop)) {
    if (loop.awaitModifier || typeof checker.isArrayType !== "function") return undefined;
    const iterated = isReadable(loop.expression) ? typeAt(loop.expression, file) : undefined;
    return iterated && checker.isArrayType(iterated) ? checker.getTypeArguments(iterated as ts.TypeReference)[0] : undefined;
  }
  if (!declaration.initializer || ts.isForInStatement(loop) || !isReadable(declaration.initializer)) return undefined;
  const initialized = typeAt(declaration.initializer, file);
  return initialized && checker.getWidenedType(initialized);
}

/** Where `null` and `undefined` aside every member is an object: a truthiness check removes only those. */
function isObjectsOrNullish(type: ts.Type): boolean {
  return (type.isUnion() ? type.types : [type]).every((part) => part.flags & (ts.TypeFlags.Object | ts.TypeFlags.Null | ts.TypeFlags.Undefined));
}

/**
 * A type with a type variable in it is read differently where it stands (the checker reads a generic
 * `T extends A | B` as `A | B` where a property is read from it): left to the checker.
 */
function withoutTypeVariables(type: ts.Type | undefined): ts.Type | undefined {
  return type && (type.isUnion() ? type.types : [type]).some((part) => part.flags & ts.TypeFlags.Instantiable) ? undefined : type;
}

function nonNullable(type: ts.Type | undefined, file: TypedFile): ts.Type | undefined {
  return type && file.types.nonNullable(type);
}

function functionOf(node: ts.Node): ts.SignatureDeclaration | undefined {
  return ts.findAncestor(node.parent, ts.isFunctionLike);
}

function isInOptionalChain(node: ts.Node): boolean {
  return (node.flags & ts.NodeFlags.OptionalChain) !== 0;
}

/** A property's, a label's or another declaration's name, not a read of a variable (`{ found: 1 }`, `x.found`). */
function isNameOnly(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (
    ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === identifier) ||
    (ts.isPropertyAccessExpression(parent) && parent.name === identifier) ||
    (ts.isPropertyAssignment(parent) && parent.name === identifier) ||
    ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === identifier) ||
    ts.isLabeledStatement(parent) ||
    ts.isBreakOrContinueStatement(parent)
  );
}

const VALUE_OPERATORS = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken,
]);

const NULL_CHECK_OPERATORS = new Set([
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);

/** A statement call the checker reads as an assertion (`assertIsPaid(order)`): its callee declares `asserts …`. */
function isAssertionStatement(call: ts.CallExpression, file: TypedFile): boolean {
  if (!ts.isExpressionStatement(call.parent)) return false;
  const node = file.parserServices.tsNodeToESTreeNodeMap.get(call) as TSESTree.Node | undefined;
  // An optional chain's call stands for the whole chain there: asked of no signature, taken as one that may assert.
  if (node?.type !== AST_NODE_TYPES.CallExpression) return true;
  const signatures = explicitSignatures(node, file) ?? [];
  return signatures.some((signature) => {
    const kind = file.types.checker.getTypePredicateOfSignature(signature)?.kind;
    return kind === ts.TypePredicateKind.AssertsIdentifier || kind === ts.TypePredicateKind.AssertsThis;
  });
}

/** Whether a call's result is tested, where a type predicate would narrow: a condition, `!`, `&&`, `||`. */
function isTested(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken || NULL_CHECK_OPERATORS.has(operator);
  }
  return isTestOf(parent, node) || (ts.isConditionalExpression(parent) && parent.condition === node);
}

/** `node` is the condition of `parent` (`if`, a loop, a `switch`). */
function isTestOf(parent: ts.Node, node: ts.Node): boolean {
  return (
    ((ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === node) ||
    (ts.isForStatement(parent) && parent.condition === node) ||
    (ts.isSwitchStatement(parent) && parent.expression === node) ||
    ts.isCaseClause(parent)
  );
}

function isNullOrUndefined(node: ts.Expression): boolean {
  const expression = withoutParentheses(node);
  return expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === "undefined");
}

function withoutParentheses(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? withoutParentheses(node.expression) : node;
}

/** Where a value is written, not read: the checker gives such a place the type it may be written with. */
function isWriteTarget(node: ts.Node): boolean {
  let target = node;
  while (ts.isParenthesizedExpression(target.parent) || ts.isNonNullExpression(target.parent)) target = target.parent;
  const parent = target.parent;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return parent.left === target && operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment;
  }
  return (
    ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
      (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) ||
    ts.isDeleteExpression(parent) ||
    ((ts.isForInStatement(parent) || ts.isForOfStatement(parent)) && parent.initializer === target)
  );
}
