// A NestJS-style decorated service that follows the pattern: it lints clean.
import type { FetchPaymentResult } from "../domain/results.js";
import type { PaymentStore, Session } from "./ports.js";

function Injectable(): ClassDecorator {
  return () => undefined;
}

export type LedgerEntryResult =
  | { readonly kind: "recorded"; readonly paymentId: string; readonly amountCents: number }
  | { readonly kind: "unknown_payment"; readonly paymentId: string };

@Injectable()
export class LedgerService {
  constructor(private readonly store: PaymentStore) {}

  async record(paymentId: string, db: Session): Promise<LedgerEntryResult> {
    const fetched: FetchPaymentResult = await this.store.fetch(paymentId, db);
    switch (fetched.kind) {
      case "found":
        return { kind: "recorded", paymentId, amountCents: fetched.payment.state.amountCents };
      case "not_found":
        return { kind: "unknown_payment", paymentId };
    }
  }
}
