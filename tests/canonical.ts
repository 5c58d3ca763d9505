/** Test code shared by the rule tests: the payments domain import and PATTERN.md §1's orchestrator. */
export const paymentsImport = `import { assertNever, fail, type Payment, type PaymentGateway, type PaymentStore, type ProcessPaymentResult, type Session } from "./payments.js";\n`;

/** The canonical valid orchestrator of PATTERN.md §1, verbatim but for the import. */
export const canonicalOrchestrator = `${paymentsImport}
export class PaymentOrchestrator {
  constructor(
    private readonly store: PaymentStore,
    private readonly gateway: PaymentGateway,
  ) {}

  async process(paymentId: string, db: Session): Promise<ProcessPaymentResult> {
    const fetched = await this.store.fetch(paymentId, db);          // 1. fetch
    switch (fetched.kind) {
      case "not_found":
        return fetched;
      case "found": {
        const intent = fetched.payment.decideAction();              // 2. decide (domain)
        switch (intent.kind) {                                      // 3. act
          case "process":
            await this.gateway.charge(intent.newState.amount);
            await this.store.save(intent.newState, db);
            return { kind: "processed", paymentId };
          case "require_verification":
            return { kind: "verification_required", reason: intent.reason };
        }
      }
    }
  }
}`;

/**
 * A model type as an ORM generates one (Prisma's `Access`): an alias the checker keeps no name for, so
 * it prints the model expanded (`{ alias: string; createdAt: Date; }`); and a store that returns it.
 */
export const expandedModel = `type Scalars<P> = P extends { scalars: infer S } ? S : never;
type AccessPayload = { scalars: { alias: string; createdAt: Date } };
type Access = Scalars<AccessPayload>;
interface AccessStore { create(alias: string): Promise<Access> }
`;
