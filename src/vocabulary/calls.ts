/**
 * Calls, asked about cheaply: a callee's declared signatures come from its type, without resolving the
 * call itself (no overload resolution, no inference from arguments — what makes a generic ORM call
 * such as `repository.findOne({ where: … })` expensive). Rules rule out with these first.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
import type { TypedFile } from "./pattern-types.js";

// Asked by several rules of the same call in one lint (never, assertion, predicate, reachability).
const signaturesByCall = new WeakMap<TSESTree.CallExpression, readonly ts.Signature[]>();

/** The callee's declared signatures; undefined when it has none to read (`any`, an unresolvable callee). */
export function declaredSignatures(node: TSESTree.CallExpression, file: TypedFile): readonly ts.Signature[] | undefined {
  let signatures = signaturesByCall.get(node);
  if (signatures === undefined) {
    const callee = file.parserServices.esTreeNodeToTSNodeMap.get(node.callee);
    signatures = file.types.checker.getTypeAtLocation(callee).getCallSignatures();
    signaturesByCall.set(node, signatures);
  }
  return signatures.length > 0 ? signatures : undefined;
}
