// Rendering results for logs: every kind must be spelled out here too.
import type { ProcessPaymentResult } from "../domain/results.js";

export function describeResult(result: ProcessPaymentResult): string {
  switch (result.kind) {
    case "processed":
      return `payment ${result.paymentId} processed`;
    case "not_found":
      return `payment ${result.paymentId} not found`;
  }
  return "unknown result";
}
