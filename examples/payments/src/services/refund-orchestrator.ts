// Breaks the pattern: it decides instead of routing, its switches hide kinds, and it returns null.
import type { Payment } from "../domain/payment.js";
import type { RefundResult } from "../domain/results.js";
import type { PaymentGateway, PaymentStore, Session } from "./ports.js";

export class RefundOrchestrator {
  constructor(
    private readonly store: PaymentStore,
    private readonly gateway: PaymentGateway,
  ) {}

  async refund(paymentId: string, db: Session): Promise<RefundResult> {
    const fetched = await this.store.fetch(paymentId, db);
    switch (fetched.kind) {
      case "found":
        break;
      default:
        return { kind: "not_found", paymentId };
    }
    const intent = fetched.payment.decideAction();
    switch (intent.kind) {
      case "process":
        await this.gateway.refund(paymentId);
        return { kind: "refunded", paymentId };
    }
    return { kind: "not_refundable", paymentId };
  }

  async findPayment(paymentId: string, db: Session): Promise<Payment | null> {
    const fetched = await this.store.fetch(paymentId, db);
    switch (fetched.kind) {
      case "found":
        return fetched.payment;
      case "not_found":
        return null;
    }
  }

  async settle(paymentId: string, db: Session): Promise<RefundResult> {
    const fetched = await this.store.fetch(paymentId, db);
    switch (fetched.kind) {
      case "not_found":
        return fetched;
    }
  }
}
