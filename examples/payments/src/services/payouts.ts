// A standalone process function beside a pure helper: only the function that orchestrates is reported.
import type { PaymentGateway, PaymentStore, Session } from "./ports.js";

export function formatCents(cents: number): string {
  return (cents / 100).toFixed(2);
}

export async function processPayout(store: PaymentStore, gateway: PaymentGateway, paymentId: string, db: Session) {
  const fetched = await store.fetch(paymentId, db);
  switch (fetched.kind) {
    case "found":
      await gateway.charge(-fetched.payment.state.amountCents);
      return `paid out ${formatCents(fetched.payment.state.amountCents)}`;
    case "not_found":
      return "nothing to pay out";
  }
}
