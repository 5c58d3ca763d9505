import type { PaymentState } from "../domain/payment.js";
import type { FetchPaymentResult } from "../domain/results.js";

export interface Session {
  readonly transactionId: string;
}

export interface PaymentStore {
  fetch(paymentId: string, db: Session): Promise<FetchPaymentResult>;
  save(state: PaymentState, db: Session): Promise<void>;
}

export interface PaymentGateway {
  charge(amountCents: number): Promise<void>;
  refund(paymentId: string): Promise<void>;
}
