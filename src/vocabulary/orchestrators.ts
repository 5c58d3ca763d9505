/**
 * Orchestrators and their methods (PATTERN.md §2), decided from syntax and the settings alone, so
 * that asking costs no type query (a class declared in another file is read from its declaration).
 * Which files hold orchestrators is the config's job.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import type { PatternSettings } from "../settings.js";
import { classNameOf, decoratorName, endsWithAny, type ClassNode, type FunctionNode } from "./names.js";

/** What a class's role is read from: its name, its decorators' names and its supertypes' names. */
interface ClassHeading {
  readonly name: string | undefined;
  readonly decoratorNames: readonly (string | undefined)[];
  readonly supertypeNames: readonly (string | undefined)[];
}

/**
 * A class named like an orchestrator (`…Service`, `…UseCase`), carrying an orchestrator decorator
 * (`@Injectable()`, `@CommandHandler(…)`), or extending or implementing a type named for that role
 * alone (`class CreateEvent extends UseCase`, `implements IUsecase`, `implements UseCaseInterface`),
 * whatever its name — unless that name says it is a dependency (`@Injectable() class
 * CreateAddressRepository`): repositories, gateways and clients are injectable too, and they are what
 * orchestrators use, not orchestrators.
 */
function isOrchestratorHeading({ name, decoratorNames, supertypeNames }: ClassHeading, settings: PatternSettings): boolean {
  if (name !== undefined && endsWithAny(name, settings.orchestratorSuffixes)) return true;
  if (name !== undefined && endsWithAny(name, settings.dependencySuffixes)) return false;
  if (decoratorNames.some((decorator) => settings.orchestratorDecorators.includes(decorator ?? ""))) return true;
  // A supertype named `…Service` may be a dependency's port (`implements MailService`): only the names no dependency has count.
  return supertypeNames.some((supertype) => {
    const role = supertype && withoutInterfaceSuffix(supertype);
    return role !== undefined && endsWithAny(role, settings.orchestratorSuffixes) && !endsWithAny(role, settings.dependencySuffixes);
  });
}

/** The role an interface's name gives once its `Interface` suffix is read off (`UseCaseInterface`, as Standard Notes names it). */
function withoutInterfaceSuffix(name: string): string {
  return name.endsWith(INTERFACE_SUFFIX) ? name.slice(0, -INTERFACE_SUFFIX.length) : name;
}

const INTERFACE_SUFFIX = "Interface";

/** Whether a class of the file being linted is an orchestrator (see `isOrchestratorHeading`). */
export function isOrchestratorClass(node: ClassNode, settings: PatternSettings): boolean {
  const supertypes = [node.superClass, ...(node.implements ?? []).map((clause) => clause.expression)];
  return isOrchestratorHeading(
    {
      name: classNameOf(node),
      decoratorNames: (node.decorators ?? []).map(decoratorName),
      supertypeNames: supertypes.map((supertype) => (supertype ? heritageName(supertype) : undefined)),
    },
    settings,
  );
}

/** The same question of a class declared in another file, as TypeScript's program holds it. */
export function isOrchestratorClassDeclaration(node: ts.ClassLikeDeclaration, settings: PatternSettings): boolean {
  const lastName = (expression: ts.Expression): string | undefined => {
    const callee = ts.isCallExpression(expression) ? expression.expression : expression;
    if (ts.isIdentifier(callee)) return callee.text;
    return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  };
  return isOrchestratorHeading(
    {
      name: node.name?.text,
      decoratorNames: (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((decorator) => lastName(decorator.expression)),
      supertypeNames: (node.heritageClauses ?? []).flatMap((clause) =>
        // `extends mixin(Base)` names no role, as on a class of this file.
        clause.types.map((supertype) => (ts.isCallExpression(supertype.expression) ? undefined : lastName(supertype.expression))),
      ),
    },
    settings,
  );
}

/** `UseCase` in `extends UseCase`, `extends hex.UseCase`, `implements UseCase<Input, Output>`; undefined for a mixin call. */
function heritageName(expression: TSESTree.Expression): string | undefined {
  if (expression.type === AST_NODE_TYPES.Identifier) return expression.name;
  if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed && expression.property.type === AST_NODE_TYPES.Identifier) {
    return expression.property.name;
  }
  return undefined;
}

/** A class member that is a method: a method definition, or a property holding a function (`notify = async () => …`). */
export function isMethodMember(member: TSESTree.Node): boolean {
  if (member.type === AST_NODE_TYPES.MethodDefinition) return true;
  if (member.type !== AST_NODE_TYPES.PropertyDefinition && member.type !== AST_NODE_TYPES.AccessorProperty) return false;
  return member.value?.type === AST_NODE_TYPES.ArrowFunctionExpression || member.value?.type === AST_NODE_TYPES.FunctionExpression;
}

/** A method of an orchestrator class, or a property holding a function (`process = async () => …`). */
export interface OrchestratorMethod {
  readonly member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition;
  readonly orchestrator: ClassNode;
}

/** The orchestrator method that `fn` is the body of — constructors and accessors excluded — or undefined. */
export function orchestratorMethodOf(fn: FunctionNode, settings: PatternSettings): OrchestratorMethod | undefined {
  const member = fn.parent;
  const isMethod = member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "method";
  const isFunctionProperty = member.type === AST_NODE_TYPES.PropertyDefinition && member.value === fn;
  if (!isMethod && !isFunctionProperty) return undefined;
  const orchestrator = member.parent.parent;
  return isOrchestratorClass(orchestrator, settings) ? { member, orchestrator } : undefined;
}

/** Whether `fn` is a class constructor. */
export function isConstructor(fn: FunctionNode): boolean {
  return fn.parent.type === AST_NODE_TYPES.MethodDefinition && fn.parent.kind === "constructor";
}
