import rule from "../../rules/no-business-conditional.js";
import { canonicalOrchestrator, paymentsImport } from "../canonical.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** An orchestrator around one method body; the body's first line is line 6. */
function orchestrator(body: string): string {
  return `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly gateway: PaymentGateway) {}
  async process(payment: Payment, items: string[], user: { isVip: boolean }, id: string): Promise<ProcessPaymentResult> {
${body}
    return { kind: "processed", paymentId: id };
  }
}`;
}

const messageData = (inspected: string) => ({ inspected, discriminant: "kind" });

ruleTester.run("no-business-conditional", rule, {
  valid: [
    {
      name: "the canonical orchestrator of PATTERN.md",
      code: canonicalOrchestrator,
    },
    {
      name: "an if on a discriminant check, negated or combined",
      code: orchestrator(`    const fetched = await this.store.fetch(id, {} as Session);
    if (fetched.kind === "not_found") return fetched;
    if (!(fetched.kind !== "found" || "not_found" === fetched.kind)) {}
    const label = fetched.kind === "found" ? "found" : "missing";`),
    },
    {
      name: "a boolean-literal discriminant",
      settings: { "dumb-orchestrator": { discriminants: ["ok"] } },
      code: `
type Charge = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: string };
class PaymentOrchestrator {
  constructor(private readonly charge: () => Charge) {}
  run(): Charge {
    const result = this.charge();
    if (!result.ok) return result;
    return result.ok ? result : result;
  }
}`,
    },
    {
      name: "nullish checks with allowNullishChecks",
      options: [{ allowNullishChecks: true }],
      code: orchestrator(`    const found = this.store.find(id);
    if (found === undefined || found == null) return { kind: "not_found", paymentId: id };`),
    },
    {
      name: "conditions outside orchestrator classes are not judged",
      code: `
class PaymentPolicy {
  needsVerification(amount: number): boolean {
    if (amount > 10000) return true;
    return amount < 0 ? true : false;
  }
}`,
    },
    {
      name: "a switch on a plain variable and a nullish coalescing default",
      code: orchestrator(`    const status = payment.status;
    switch (status) {
      case "pending":
      case "charged":
        break;
    }
    const name = items[0] ?? "none";`),
    },
  ],
  invalid: [
    {
      name: "if on a domain amount",
      code: orchestrator(`    if (payment.amount > 10000) {
      return { kind: "verification_required", reason: "amount" };
    }`),
      errors: [{ messageId: "businessCondition", data: messageData("payment.amount"), line: 6, column: 9, endLine: 6, endColumn: 31 }],
    },
    {
      name: "a ternary on the number of items",
      code: orchestrator(`    const next = items.length === 0 ? "empty" : "full";`),
      errors: [{ messageId: "businessCondition", data: messageData("items.length"), line: 6, column: 18, endLine: 6, endColumn: 36 }],
    },
    {
      name: "&& used to branch on a flag",
      code: orchestrator(`    user.isVip && this.gateway.charge(payment.amount);`),
      errors: [{ messageId: "businessCondition", data: messageData("user.isVip"), line: 6, column: 5, endLine: 6, endColumn: 15 }],
    },
    {
      name: "|| choosing between values, a loop test and a standalone comparison",
      code: orchestrator(`    const first = items[0] || "none";
    while (items.length > 1) items.pop();
    const isLarge = payment.amount >= 5000;`),
      errors: [
        { messageId: "businessCondition", data: messageData("items[0]"), line: 6, column: 19, endLine: 6, endColumn: 27 },
        { messageId: "businessCondition", data: messageData("items.length"), line: 7, column: 12, endLine: 7, endColumn: 28 },
        { messageId: "businessCondition", data: messageData("payment.amount"), line: 8, column: 21, endLine: 8, endColumn: 43 },
      ],
    },
    {
      name: "a combined condition is reported once, naming its business part",
      code: orchestrator(`    const fetched = await this.store.fetch(id, {} as Session);
    if (fetched.kind === "found" && fetched.payment.isVip) return { kind: "processed", paymentId: id };`),
      errors: [
        {
          messageId: "businessCondition",
          data: messageData("fetched.payment.isVip"),
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 58,
        },
      ],
    },
    {
      name: "nullish checks are business conditions by default",
      code: orchestrator(`    if (this.store.find(id) === undefined) return { kind: "not_found", paymentId: id };`),
      errors: [{ messageId: "businessCondition", data: messageData("this.store.find(id)"), line: 6, column: 9, endLine: 6, endColumn: 42 }],
    },
    {
      name: "a switch on a property of a plain object",
      code: orchestrator(`    switch (payment.status) {
      case "pending":
      case "charged":
        break;
    }`),
      errors: [{ messageId: "nonDiscriminantSwitch", data: messageData("payment.status"), line: 6, column: 13, endLine: 6, endColumn: 27 }],
    },
    {
      name: "allowDiscriminantIf false asks for a switch",
      options: [{ allowDiscriminantIf: false }],
      code: orchestrator(`    const fetched = await this.store.fetch(id, {} as Session);
    if (fetched.kind === "not_found") return fetched;`),
      errors: [{ messageId: "discriminantIf", data: messageData("fetched.kind"), line: 7, column: 9, endLine: 7, endColumn: 37 }],
    },
    {
      name: "a condition in a callback inside an orchestrator method",
      code: orchestrator(`    const big = items.filter((item) => item.length > 3);`),
      errors: [{ messageId: "businessCondition", data: messageData("item.length"), line: 6, column: 40, endLine: 6, endColumn: 55 }],
    },
  ],
});
