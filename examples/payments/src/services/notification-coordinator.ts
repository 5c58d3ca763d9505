// Holds state, builds its own gateway and has a static process method: not a frozen orchestrator.
import type { PaymentGateway } from "./ports.js";

class InMemoryGateway implements PaymentGateway {
  readonly calls: string[] = [];
  async charge(amountCents: number): Promise<void> {
    this.calls.push(`charge ${amountCents}`);
  }
  async refund(paymentId: string): Promise<void> {
    this.calls.push(`refund ${paymentId}`);
  }
}

export type NotificationResult = { readonly kind: "notified"; readonly count: number };

export class NotificationCoordinator {
  private notified = new Set<string>();
  private readonly gateway = new InMemoryGateway();

  async notify(paymentId: string): Promise<NotificationResult> {
    this.notified.add(paymentId);
    await this.gateway.refund(paymentId);
    return { kind: "notified", count: this.notified.size };
  }

  static async processAll(gateway: PaymentGateway): Promise<void> {
    await gateway.refund("all");
  }
}

export class AuditCoordinator {
  async audit(paymentId: string): Promise<NotificationResult> {
    return { kind: "notified", count: paymentId.length };
  }
}
