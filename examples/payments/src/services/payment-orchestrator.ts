// Follows the pattern: fetch, decide in the aggregate, act through injected dependencies.
import type { ProcessPaymentResult } from "../domain/results.js";
import type { PaymentGateway, PaymentStore, Session } from "./ports.js";

export class PaymentOrchestrator {
  constructor(
    private readonly store: PaymentStore,
    private readonly gateway: PaymentGateway,
  ) {}

  async process(paymentId: string, db: Session): Promise<ProcessPaymentResult> {
    const fetched = await this.store.fetch(paymentId, db);
    switch (fetched.kind) {
      case "not_found":
        return fetched;
      case "found": {
        const intent = fetched.payment.decideAction();
        switch (intent.kind) {
          case "process":
            await this.gateway.charge(intent.newState.amountCents);
            await this.store.save(intent.newState, db);
            return { kind: "processed", paymentId };
          case "require_verification":
            return { kind: "verification_required", reason: intent.reason };
        }
      }
    }
  }
}
