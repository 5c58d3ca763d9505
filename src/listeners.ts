/** Listener wiring that several rules share: entering and leaving every function, or every class. */
import type { TSESLint } from "@typescript-eslint/utils";
import type { ClassNode, FunctionNode } from "./vocabulary.js";

export function functionListeners(
  enter: (node: FunctionNode) => void,
  exit: (node: FunctionNode) => void,
): TSESLint.RuleListener {
  return {
    FunctionDeclaration: enter,
    FunctionExpression: enter,
    ArrowFunctionExpression: enter,
    "FunctionDeclaration:exit": exit,
    "FunctionExpression:exit": exit,
    "ArrowFunctionExpression:exit": exit,
  };
}

export function classListeners(enter: (node: ClassNode) => void, exit: (node: ClassNode) => void): TSESLint.RuleListener {
  return {
    ClassDeclaration: enter,
    ClassExpression: enter,
    "ClassDeclaration:exit": exit,
    "ClassExpression:exit": exit,
  };
}
