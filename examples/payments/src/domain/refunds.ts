// Refund results. RefundIssued gives its kind a default, so `new RefundIssued(id)` never names it.
export class RefundIssued {
  readonly kind = "refunded" as const;
  constructor(readonly paymentId: string) {}
}

export class RefundRejected {
  constructor(
    readonly kind: "refund_rejected",
    readonly reason: string,
  ) {}
}

export type RefundDecision = RefundIssued | RefundRejected;
