// Decides and throws: the threshold belongs in Payment.decideAction(), the errors in the result type.
import type { ProcessPaymentResult } from "../domain/results.js";
import type { PaymentGateway, PaymentStore, Session } from "./ports.js";

class PaymentNotFoundError extends Error {}

function fail(message: string): never {
  throw new Error(message);
}

export class CheckoutOrchestrator {
  constructor(
    private readonly store: PaymentStore,
    private readonly gateway: PaymentGateway,
  ) {}

  async checkout(paymentId: string, db: Session, express: boolean): Promise<ProcessPaymentResult> {
    const fetched = await this.store.fetch(paymentId, db);
    if (fetched.kind === "not_found") {
      throw new PaymentNotFoundError(paymentId);
    }
    const { amountCents } = fetched.payment.state;
    if (amountCents > 1_000_000) {
      return { kind: "verification_required", reason: "large amount" };
    }
    express && (await this.gateway.charge(amountCents));
    await this.gateway.charge(amountCents);
    return { kind: "processed", paymentId };
  }

  async retry(paymentId: string, db: Session): Promise<ProcessPaymentResult> {
    const fetched = await this.store.fetch(paymentId, db);
    switch (fetched.kind) {
      case "not_found":
        return Promise.reject(new PaymentNotFoundError(paymentId));
      case "found":
        return fail("retry is not supported yet");
    }
  }
}
