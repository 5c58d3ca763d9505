import { createRule } from "../src/create-rule.js";
import {
  functionNameLocation,
  getPatternServices,
  moduleLevelFunction,
  orchestratingReasonText,
  type FunctionNode,
} from "../src/vocabulary.js";

export type Options = [{ allowNames?: string[] }];
export type MessageIds = "standaloneProcessFunction";

export default createRule<Options, MessageIds>({
  name: "no-standalone-process-function",
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Disallow module-level functions that orchestrate (named with a process verb or taking a dependency) in orchestrator files",
      recommended: "orchestrator-files",
      requiresTypeChecking: true,
    },
    messages: {
      standaloneProcessFunction:
        "`{{name}}` orchestrates outside a class ({{reason}}). Make it a method of an orchestrator whose dependencies are injected{{returnAdvice}}.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowNames: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: 'Function names that are exempt: exact names, or regular expressions written as "/pattern/flags".',
          },
        },
      },
    ],
    defaultOptions: [{ allowNames: [] }],
  },
  create(context, [{ allowNames = [] }]) {
    const services = getPatternServices(context);
    const isAllowed = nameMatcher(allowNames);

    const check = (node: FunctionNode) => {
      const fn = moduleLevelFunction(node);
      if (!fn || (fn.name !== undefined && isAllowed(fn.name))) return;
      const reason = services.orchestratingReason(node);
      if (!reason) return;
      context.report({
        ...functionNameLocation(node, context.sourceCode),
        messageId: "standaloneProcessFunction",
        data: {
          name: fn.name ?? "export default",
          reason: orchestratingReasonText(reason),
          returnAdvice: services.returnsSumType(node) ? "" : ", and return a sum type",
        },
      });
    };

    return {
      FunctionDeclaration: check,
      FunctionExpression: check,
      ArrowFunctionExpression: check,
    };
  },
});

/** Exact names, or `/pattern/flags` regular expressions. */
function nameMatcher(allowNames: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of allowNames) {
    const regex = /^\/(.+)\/([a-z]*)$/u.exec(entry);
    if (!regex) {
      exact.add(entry);
      continue;
    }
    try {
      patterns.push(new RegExp(regex[1]!, regex[2]));
    } catch (error) {
      throw new Error(
        `eslint-plugin-dumb-orchestrator: no-standalone-process-function's option allowNames has an invalid regular expression ${entry}: ${(error as Error).message}`,
      );
    }
  }
  return (name) => exact.has(name) || patterns.some((pattern) => pattern.test(name));
}
