import type { Payment } from "./payment.js";

export interface PaymentNotFound {
  readonly kind: "not_found";
  readonly paymentId: string;
}
export interface PaymentFound {
  readonly kind: "found";
  readonly payment: Payment;
}
export type FetchPaymentResult = PaymentNotFound | PaymentFound;

export interface PaymentProcessed {
  readonly kind: "processed";
  readonly paymentId: string;
}
export interface VerificationRequired {
  readonly kind: "verification_required";
  readonly reason: string;
}
export type ProcessPaymentResult = PaymentNotFound | PaymentProcessed | VerificationRequired;

export type RefundResult =
  | { readonly kind: "refunded"; readonly paymentId: string }
  | { readonly kind: "not_refundable"; readonly paymentId: string }
  | PaymentNotFound;
