// The aggregate decides; orchestrators only route on what it decides.
export interface PaymentState {
  readonly paymentId: string;
  readonly amountCents: number;
  readonly status: "pending" | "charged";
}

export type PaymentIntent =
  | { readonly kind: "process"; readonly newState: PaymentState }
  | { readonly kind: "require_verification"; readonly reason: string };

const VERIFICATION_THRESHOLD_CENTS = 1_000_000;

export class Payment {
  constructor(readonly state: PaymentState) {}

  decideAction(): PaymentIntent {
    return this.state.amountCents > VERIFICATION_THRESHOLD_CENTS
      ? { kind: "require_verification", reason: "amount above the verification threshold" }
      : { kind: "process", newState: { ...this.state, status: "charged" } };
  }
}
