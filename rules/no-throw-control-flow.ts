import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { classListeners, functionListeners } from "../src/listeners.js";
import {
  declaresResultType,
  getPatternServices,
  isConstructor,
  isInControlPosition,
  isNarrowable,
  isNeverType,
  isOrchestratorClass,
  moduleLevelFunction,
  type ClassNode,
  type FunctionNode,
} from "../src/vocabulary.js";

export type Options = [{ allowNeverAssertion?: boolean }];
export type MessageIds = "throw" | "promiseReject" | "throwError" | "neverCall" | "throwingCall" | "assertionCall" | "returnVariant";

export default createRule<Options, MessageIds>({
  name: "no-throw-control-flow",
  meta: {
    type: "problem",
    docs: {
      description:
        "Disallow exceptions as control flow in orchestrating code: `throw`, `Promise.reject`, rxjs's `throwError`, and calls to `never`-returning or assertion functions",
      recommended: "orchestrator-files",
      requiresTypeChecking: true,
      strictOptions: [{ allowNeverAssertion: false }],
    },
    messages: {
      throw: "Don't `throw` to report an outcome of an orchestrator: return a variant of {{result}} instead.",
      promiseReject: "`Promise.reject` is a `throw` in disguise: return a variant of {{result}} instead.",
      throwError: "rxjs's `throwError` is a `throw` in disguise: return a variant of {{result}} instead.",
      neverCall: "`{{callee}}` never returns: the call ends the method as a `throw` would. Return a variant of {{result}} instead.",
      throwingCall: "`{{callee}}` can only end by throwing: this call is a throw for control flow. Return a variant of {{result}} instead.",
      assertionCall: "`{{callee}}` is an assertion function that throws when it fails: return a variant of {{result}} instead.",
      returnVariant: "Return `{{variant}}` instead.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowNeverAssertion: {
            type: "boolean",
            description:
              "Allow a never-assertion — `assertNever(intent)`, `throw new UnreachableCaseError(intent)` — and a `throw` of a value narrowed to `never`, as in the `default` of an exhaustive switch.",
          },
        },
      },
    ],
    defaultOptions: [{ allowNeverAssertion: true }],
    hasSuggestions: true,
  },
  create(context, [{ allowNeverAssertion = true }]) {
    const services = getPatternServices(context);
    /** Whether code at each nesting level orchestrates: orchestrator classes, orchestrating functions. */
    const scopes: boolean[] = [];
    /** The functions around the current node, innermost last, for naming the result type. */
    const functions: FunctionNode[] = [];
    const inOrchestratingCode = () => scopes.at(-1) === true;

    /**
     * "`ProcessPaymentResult`" when the enclosing function declares a sum type as its result; a description
     * otherwise (an inferred result is not named: inferring it types the whole body for a message).
     */
    const resultName = (): string => {
      for (const fn of [...functions].reverse()) {
        if (declaresResultType(fn) && services.returnsSumType(fn)) return `\`${services.resultText(fn, services.returnTypeOf(fn)!)}\``;
        if (fn.parent.type === AST_NODE_TYPES.MethodDefinition || moduleLevelFunction(fn)) break;
      }
      return "the method's result sum type";
    };

    /** `throw` in the `default` of a switch that already handles every member: the discriminant is `never` there. */
    const isInExhaustiveDefault = (node: TSESTree.Node): boolean => {
      const clause = node.parent;
      if (clause?.type !== AST_NODE_TYPES.SwitchCase || clause.test !== null) {
        return clause?.type === AST_NODE_TYPES.BlockStatement && clause.parent.type === AST_NODE_TYPES.SwitchCase
          ? isInExhaustiveDefault(clause)
          : false;
      }
      const coverage = services.switchCoverage(clause.parent);
      return coverage !== undefined && coverage.missing.length === 0;
    };

    /** The never-assertion of PATTERN.md §2, or a `throw` whose operand or switch subject is narrowed to `never`. */
    const isAllowedThrow = (node: TSESTree.ThrowStatement) =>
      allowNeverAssertion &&
      (services.isNeverAssertion(node) || (isNarrowable(node.argument) && isNeverType(services.typeOf(node.argument))) || isInExhaustiveDefault(node));

    const enterClass = (node: ClassNode) => scopes.push(isOrchestratorClass(node, services.settings));
    const exitClass = () => scopes.pop();
    /** Functions that open a scope of their own; the others belong to the scope around them. */
    const scopeOwners = new WeakSet<FunctionNode>();
    const enterFunction = (node: FunctionNode) => {
      functions.push(node);
      if (moduleLevelFunction(node)) {
        scopes.push(services.orchestratingReason(node) !== undefined || services.isOrchestratorMethod(node));
        scopeOwners.add(node);
      } else if (isConstructor(node) || services.implementsLibraryMember(node)) {
        // A constructor has no result to return a variant of: its `throw` is not control flow. Nor has a
        // hook whose result a library sets (`canActivate`, `use`, `onModuleInit`): a `throw` is how it fails.
        scopes.push(false);
        scopeOwners.add(node);
      }
    };
    const exitFunction = (node: FunctionNode) => {
      functions.pop();
      if (scopeOwners.has(node)) scopes.pop();
    };

    return {
      ...classListeners(enterClass, exitClass),
      ...functionListeners(enterFunction, exitFunction),

      ThrowStatement(node) {
        if (!inOrchestratingCode()) return;
        if (isAllowedThrow(node)) return;
        const fn = functions.at(-1);
        const variants = fn ? services.returnableVariants(fn, node) : [];
        context.report({
          node,
          messageId: "throw",
          data: { result: resultName() },
          suggest: variants.map((variant) => ({
            messageId: "returnVariant" as const,
            data: { variant },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, `return ${variant};`),
          })),
        });
      },

      CallExpression(node) {
        if (!inOrchestratingCode()) return;
        const report = (messageId: "neverCall" | "throwingCall" | "assertionCall") =>
          context.report({ node, messageId, data: { callee: context.sourceCode.getText(node.callee), result: resultName() } });
        const inControlPosition = isInControlPosition(node);
        if (inControlPosition) {
          const rejection = services.rejectionCall(node);
          if (rejection) {
            context.report({ node, messageId: rejection === "Promise.reject" ? "promiseReject" : "throwError", data: { result: resultName() } });
            return;
          }
          const throwing = services.throwingCall(node);
          if (throwing) {
            if (!(allowNeverAssertion && services.assertsNever(node))) report(throwing === "never" ? "neverCall" : "throwingCall");
            return;
          }
          if (services.isAssertionCall(node)) {
            report("assertionCall");
            return;
          }
        }
        // A guard may return what it checked (`const media = CoreAssert.notEmpty(found, error)`): asked where a
        // variable takes a call's value too, but not of every call whose value feeds another expression.
        const initializes = node.parent.type === AST_NODE_TYPES.VariableDeclarator && node.parent.init === node;
        if ((inControlPosition || initializes) && services.isGuardCall(node)) report("assertionCall");
      },
    };
  },
});

