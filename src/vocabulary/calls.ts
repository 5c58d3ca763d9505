/**
 * Calls, asked about cheaply: a callee's declared signatures come from its type, without resolving the
 * call itself (no overload resolution, no inference from arguments — what makes a generic ORM call
 * such as `repository.findOne({ where: … })` expensive). Rules rule out with these first.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import * as tsutils from "ts-api-utils";
import ts from "typescript";
import type { TypedFile } from "./pattern-types.js";
import { WRITTEN_ALIAS_DEPTH, symbolDeclaredAt, writtenAliasOf } from "./checker.js";

// Asked by several rules of the same call in one lint (never, assertion, predicate, reachability).
const signaturesByCall = new WeakMap<TSESTree.CallExpression, readonly ts.Signature[]>();
const explicitSignaturesByCall = new WeakMap<TSESTree.CallExpression, readonly ts.Signature[]>();

/** The callee's declared signatures; undefined when it has none to read (`any`, an unresolvable callee). */
export function declaredSignatures(node: TSESTree.CallExpression, file: TypedFile): readonly ts.Signature[] | undefined {
  let signatures = signaturesByCall.get(node);
  if (signatures === undefined) {
    // `found.isPaid` is read from declarations where it can be (see read-types.ts), not by typing `found` in place.
    signatures = file.typeOf(node.callee).getCallSignatures();
    signaturesByCall.set(node, signatures);
  }
  return signatures.length > 0 ? signatures : undefined;
}

/**
 * Whether a signature's type predicate, if any, can only be one TypeScript infers from the body
 * (TypeScript 5.5+: a function without a written result type and a single boolean `return`). Such a
 * predicate always names a parameter, and asking for it checks the callee's body.
 */
export function hasInferredPredicateOnly(signature: ts.Signature): boolean {
  const fn = declaringFunction(signature);
  // A JSDoc `@returns {this is …}` (JavaScript files) is read as written, so it is asked about like a written type.
  return fn !== undefined && fn.type === undefined && ts.getJSDocReturnType(fn) === undefined;
}

/** The function a signature was declared by, when it is one (not a union's or a library's synthesized signature). */
export function declaringFunction(signature: ts.Signature): ts.SignatureDeclaration | undefined {
  const declaration = signature.getDeclaration() as ts.Node | undefined;
  return declaration && ts.isFunctionLike(declaration) ? declaration : undefined;
}

/**
 * The declared signatures of a callee read the way TypeScript's control flow reads a call's target: a
 * dotted name (`fail`, `this.fail`, `Guard.against`, `this.guard.check`) each of whose names is
 * declared with an explicit type (see `explicitTypeOf`). Undefined for any other callee (`user.save()`
 * where `user` is inferred, `make().run()`): TypeScript does not treat such a call as ending a path or
 * asserting, and typing it would mean inferring the variable or resolving the inner call.
 */
export function explicitSignatures(node: TSESTree.CallExpression, file: TypedFile): readonly ts.Signature[] | undefined {
  let signatures = explicitSignaturesByCall.get(node);
  if (signatures === undefined) {
    signatures = explicitTypeOf(node.callee, file)?.getCallSignatures() ?? [];
    explicitSignaturesByCall.set(node, signatures);
  }
  return signatures.length > 0 ? signatures : undefined;
}

/**
 * The result type written for a callee that is declared with a function type, read from that
 * declaration: the type written there (`fail: (reason: string) => never`) or the function type an
 * alias stands for (`inApp: ChannelStep<…, InAppOutput>` with `type ChannelStep<…> = <…>(…) =>
 * StepOutput<…>`). The alias's type arguments are not built, where typing the callee would build them
 * (Novu's json-schema-to-ts `FromSchema<…>` types). Undefined for a callee declared otherwise.
 */
export function writtenCallResult(node: TSESTree.CallExpression, file: TypedFile): ts.TypeNode | undefined {
  const declaration = explicitSymbolOf(node.callee, file)?.valueDeclaration;
  const written =
    declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration) || ts.isParameter(declaration))
      ? declaration.type
      : undefined;
  return written && writtenFunctionType(written, file.types.checker, 0)?.type;
}

function writtenFunctionType(node: ts.TypeNode, checker: ts.TypeChecker, depth: number): ts.FunctionTypeNode | undefined {
  if (ts.isParenthesizedTypeNode(node)) return writtenFunctionType(node.type, checker, depth);
  if (ts.isFunctionTypeNode(node)) return node;
  const alias = depth < WRITTEN_ALIAS_DEPTH ? writtenAliasOf(checker, node) : undefined;
  return alias && writtenFunctionType(alias, checker, depth + 1);
}

/** The symbol a dotted name reads, found the way `explicitTypeOf` finds it; undefined for other expressions. */
export function explicitSymbolOf(node: TSESTree.Node, file: TypedFile): ts.Symbol | undefined {
  const { checker } = file.types;
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return symbolDeclaredAt(checker, file.parserServices.esTreeNodeToTSNodeMap.get(node));
    case AST_NODE_TYPES.MemberExpression: {
      if (node.computed) return undefined;
      if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) {
        return checker.getSymbolAtLocation(file.parserServices.esTreeNodeToTSNodeMap.get(node.property));
      }
      const objectType = explicitTypeOf(node.object, file);
      return objectType && !isMappedOverNamedKeys(objectType, checker) ? checker.getPropertyOfType(objectType, node.property.name) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The type of a dotted name read from declarations only, as TypeScript's control flow reads a call's
 * target (`this`, and names declared as a function, method, class or namespace, or as a variable,
 * parameter or property with a type annotation), and also a variable or property whose value is a
 * function, typed by that function. Never infers a variable from a call, never resolves a call, never
 * narrows; undefined where a name is not so declared.
 */
export function explicitTypeOf(node: TSESTree.Node, file: TypedFile): ts.Type | undefined {
  if (node.type === AST_NODE_TYPES.ThisExpression) {
    return instanceTypeAt(node, file) ?? file.types.checker.getTypeAtLocation(file.parserServices.esTreeNodeToTSNodeMap.get(node));
  }
  const symbol = explicitSymbolOf(node, file);
  return symbol && isExplicitlyTyped(symbol) ? file.types.typeOfSymbol(symbol) : undefined;
}

/**
 * The type of `new Name(…)` where `Name` is a class without type parameters: its instance type, read
 * from the declaration, whichever constructor overload the arguments pick. Undefined otherwise (a
 * generic class infers its type arguments from the call).
 */
export function constructedInstanceType(node: TSESTree.NewExpression, file: TypedFile): ts.Type | undefined {
  if (node.typeArguments) return undefined;
  const symbol = explicitSymbolOf(node.callee, file);
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Class)) return undefined;
  const instance = file.types.checker.getDeclaredTypeOfSymbol(symbol);
  return tsutils.isObjectType(instance) && (instance.objectFlags & ts.ObjectFlags.ClassOrInterface) && !(instance as ts.InterfaceType).typeParameters
    ? instance
    : undefined;
}

const instanceTypeByClass = new WeakMap<TSESTree.Node, ts.Type | null>();

/**
 * What `this` is in an instance method or field initializer of a named class (arrow functions in
 * between keep it): the class's instance type, asked once per class. Undefined elsewhere (a static
 * member, a nested function, a computed key), where the checker is asked instead.
 */
function instanceTypeAt(node: TSESTree.ThisExpression, file: TypedFile): ts.Type | undefined {
  let inner: TSESTree.Node = node;
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression: {
        const member = current.parent;
        return member.type === AST_NODE_TYPES.MethodDefinition && member.value === current && !member.static
          ? instanceTypeOf(member.parent.parent, file)
          : undefined;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        return current.value === inner && !current.static ? instanceTypeOf(current.parent.parent, file) : undefined;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.ClassBody:
        return undefined;
      default:
        inner = current;
        current = current.parent;
    }
  }
  return undefined;
}

function instanceTypeOf(owner: TSESTree.ClassDeclaration | TSESTree.ClassExpression, file: TypedFile): ts.Type | undefined {
  let instance = instanceTypeByClass.get(owner);
  if (instance === undefined) {
    const { checker } = file.types;
    const symbol = owner.id ? checker.getSymbolAtLocation(file.parserServices.esTreeNodeToTSNodeMap.get(owner.id)) : undefined;
    instance = symbol ? checker.getDeclaredTypeOfSymbol(symbol) : null;
    instanceTypeByClass.set(owner, instance);
  }
  return instance ?? undefined;
}

/**
 * A mapped type over a named list of keys (`{ [K in ModelName]: InstanceType<…> }`, where `type
 * ModelName = keyof typeof modelClasses`). TypeScript links a mapped type's member to a declaration
 * only where the keys are another type's (`keyof T`, or a type parameter such as `Pick`'s `K`); these
 * members are made from the template, declared nowhere, so none is explicitly typed or has a body.
 * Told from the declarations before the members are resolved, which builds every key's type:
 * GrowthBook's `context.models.factTables.getById(…)` took 4 s on each edit.
 */
function isMappedOverNamedKeys(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!tsutils.isObjectType(type) || !(type.objectFlags & ts.ObjectFlags.Mapped)) return false;
  const declaration = type.getSymbol()?.declarations?.[0];
  const keys = declaration && ts.isMappedTypeNode(declaration) ? declaration.typeParameter.constraint : undefined;
  if (!keys || !ts.isTypeReferenceNode(keys)) return false;
  const named = checker.getSymbolAtLocation(keys.typeName);
  const alias = named && named.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(named) : named;
  const [aliasDeclaration, ...others] = alias?.declarations ?? [];
  // A module's own alias without type parameters: its keys cannot be a type parameter's, whatever it reads.
  return (
    aliasDeclaration !== undefined &&
    others.length === 0 &&
    ts.isTypeAliasDeclaration(aliasDeclaration) &&
    !aliasDeclaration.typeParameters &&
    ts.isSourceFile(aliasDeclaration.parent)
  );
}

const DECLARED_BY_ITSELF = ts.SymbolFlags.Function | ts.SymbolFlags.Method | ts.SymbolFlags.Class | ts.SymbolFlags.ValueModule;

function isExplicitlyTyped(symbol: ts.Symbol): boolean {
  if (symbol.flags & DECLARED_BY_ITSELF) return true;
  if (!(symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property))) return false;
  const declaration = symbol.valueDeclaration;
  if (!declaration) return false;
  if (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) {
    if (declaration.type) return true;
    // `const fail = (reason: string) => { throw … }`, `private fail = (…) => …`: typed by the function itself.
    const initializer = "initializer" in declaration ? declaration.initializer : undefined;
    return initializer !== undefined && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer));
  }
  return false;
}

/**
 * The function a call runs, read from declarations alone, for a call whose result is whatever another
 * function returns: `helper(…)`, `this.method(…)`, or `this.dependency.method(…)` where the dependency
 * is declared with a type. One declaration with a body and no type parameters (overloads and generics
 * pick by the arguments); undefined for any other call. TypeScript's syntax tree, so that a callee in
 * another file is followed as one in this file is.
 */
export function passedThroughCallee(call: ts.CallExpression, checker: ts.TypeChecker): ts.FunctionLikeDeclaration | undefined {
  if (call.typeArguments) return undefined;
  const [declaration, ...others] = declaredCalleeSymbol(call.expression, checker)?.declarations ?? [];
  if (!declaration || others.length > 0) return undefined;
  const isFunction = ts.isMethodDeclaration(declaration) || ts.isFunctionDeclaration(declaration);
  return isFunction && declaration.body && !declaration.typeParameters ? declaration : undefined;
}

function declaredCalleeSymbol(callee: ts.Expression, checker: ts.TypeChecker): ts.Symbol | undefined {
  if (ts.isIdentifier(callee)) {
    const symbol = checker.getSymbolAtLocation(callee);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  }
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.name)) return undefined;
  const receiver = declaredReceiverType(callee.expression, checker);
  return receiver && checker.getPropertyOfType(receiver, callee.name.text);
}

/** `this` in an instance member (its class's instance type), or `this.dependency` declared with a type. */
function declaredReceiverType(receiver: ts.Expression, checker: ts.TypeChecker): ts.Type | undefined {
  if (receiver.kind === ts.SyntaxKind.ThisKeyword) return enclosingInstanceType(receiver, checker);
  if (!ts.isPropertyAccessExpression(receiver) || receiver.expression.kind !== ts.SyntaxKind.ThisKeyword || !ts.isIdentifier(receiver.name)) {
    return undefined;
  }
  const owner = enclosingInstanceType(receiver.expression, checker);
  const property = owner && checker.getPropertyOfType(owner, receiver.name.text);
  const declaration = property?.valueDeclaration;
  const isTyped = declaration && (ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration)) && declaration.type;
  return isTyped ? checker.getTypeOfSymbol(property) : undefined;
}

/** What `this` is where `node` stands: the instance type of the class whose instance member holds it (arrow functions keep it). */
function enclosingInstanceType(node: ts.Node, checker: ts.TypeChecker): ts.Type | undefined {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (ts.isClassElement(current) && ts.isClassLike(current.parent)) {
      const isStatic = ts.isClassStaticBlockDeclaration(current) || ts.getCombinedModifierFlags(current as ts.Declaration) & ts.ModifierFlags.Static;
      const owner = current.parent.name && checker.getSymbolAtLocation(current.parent.name);
      return !isStatic && owner ? checker.getDeclaredTypeOfSymbol(owner) : undefined;
    }
    if (ts.isFunctionLike(current) || ts.isClassLike(current)) return undefined;
  }
  return undefined;
}
