import rule from "../../rules/no-standalone-process-function.js";
import { canonicalOrchestrator, paymentsImport } from "../canonical.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** The message data for a function reported for a parameter of a dependency type, with no sum type to return. */
const dependencyReason = (name: string, typeName: string) => ({ name, reason: `it takes the dependency \`${typeName}\``, returnAdvice: ", and return a sum type" });

ruleTester.run("no-standalone-process-function", rule, {
  valid: [
    {
      name: "a session or transaction passed per call is call context, not a dependency",
      code: `${paymentsImport}
interface ClientSession {
  startTransaction(): void;
}
export const settle = function (db: Session, ids: string[]): void {};
export async function findPaymentById(id: string, session?: ClientSession): Promise<void> {}`,
    },
    {
      name: "a value with operations (a Day.js date, a money amount) is data, not a port, though its members are all methods (found on tunarr)",
      code: `
import dayjs, { type Dayjs } from "dayjs";
declare class Money {
  add(other: Money): Money;
  format(): string;
}
export function formatWindow(start: Dayjs, end: Dayjs = dayjs()): string {
  return start.format() + end.format();
}
export function total(prices: readonly Money[], tip: Money): Money {
  return prices.reduce((sum, price) => sum.add(price), tip);
}`,
    },
    {
      name: "a generic data parameter constrained to an entity is data, not a dependency",
      code: `
declare class Order {
  id!: string;
  total!: number;
  customer!: Customer;
}
declare class Customer {
  id!: string;
  orders!: Order[];
}
type Patch<T> = { [K in keyof T]?: T[K] };
export function applyPatch<T extends Order, P extends Patch<T>>(entity: T, patch: P): T {
  return Object.assign(entity, patch);
}`,
    },
    {
      name: "a bundle needs a dependency in it: entities with methods are data",
      code: `
declare class Order {
  id: string;
  decide(): { kind: "ship" } | { kind: "hold" };
}
declare class Customer {
  id: string;
  rename(name: string): Customer;
}
export function describeOrder({ order, customer }: { order: Order; customer: Customer }): string {
  return order.id + customer.id;
}`,
    },
    {
      name: "a member written as data makes a type data, whatever its other members: a request context holding a store, an object written in place, a list, literals (found on GrowthBook)",
      code: `${paymentsImport}
declare class RequestContext {
  userId?: string | null;
  store: PaymentStore;
  audit(event: string): void;
}
export function describePayment(
  context: RequestContext,
  input: { id: string; gateway: PaymentGateway },
  ids: readonly string[],
  status: "draft" | "sent" | undefined,
): string {
  return context.userId + input.id + ids.join() + status;
}`,
    },
    {
      name: "a type zod infers from a schema is data, as written and through an alias: a bundle holding one beside a store is none (found on GrowthBook)",
      code: `${paymentsImport}import { z } from "zod";
const experimentSchema = z.object({ id: z.string(), status: z.enum(["draft", "running"]) });
type Experiment = z.infer<typeof experimentSchema>;
export function describeExperiment(
  { store, experiment }: { store: PaymentStore; experiment: Experiment },
  draft: { gateway: PaymentGateway; input: z.input<typeof experimentSchema> },
): string {
  return String(store) + experiment.id + draft.input.status;
}`,
    },
    {
      name: "a member under a computed key is a brand, not a dependency: a data structure with one is data (found linting effect's TMap)",
      code: `
declare const QueueTypeId: unique symbol;
interface Ref {
  readonly version: number;
  get(): number;
}
interface Queue {
  readonly [QueueTypeId]: { readonly _A: (_: never) => unknown };
  readonly ref: Ref;
}
export function size(self: Queue): number {
  return self.ref.get();
}`,
    },
    {
      name: "the canonical orchestrator: a method, not a standalone function",
      code: canonicalOrchestrator,
    },
    {
      name: "a method written outside its class, which declares the class as its this (found on undb), is no standalone function",
      code: `${paymentsImport}
import type { Refunds } from "./refunds.js";
export async function processRefund(this: Refunds, paymentId: string, db: Session): Promise<ProcessPaymentResult> {
  await this.store.fetch(paymentId, db);
  return { kind: "processed", paymentId };
}
export function handleCharge(this: { gateway: PaymentGateway }, gateway: PaymentGateway): void {}`,
    },
    {
      name: "a pure helper beside orchestrators",
      code: `
export function formatCents(cents: number): string {
  return (cents / 100).toFixed(2);
}
const toEuros = (cents: number): number => cents / 100;`,
    },
    {
      name: "functions nested in classes or other functions",
      code: `${paymentsImport}
export function createRouter(): (id: string) => void {
  function handleRequest(store: PaymentStore): void {}
  return () => {};
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  private processNext = (gateway: PaymentGateway): void => {};
}`,
    },
    {
      name: "a composition root's factory that builds an orchestrator injects its dependencies, whatever its name and the type it declares (found on orca-sonhos-back)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly gateway: PaymentGateway) {}
}
export const makePaymentOrchestrator = (store: PaymentStore, gateway: PaymentGateway): PaymentOrchestrator =>
  new PaymentOrchestrator(store, gateway);
export async function handlePayments(store: PaymentStore, gateway: PaymentGateway) {
  return new PaymentOrchestrator(store, gateway);
}
interface Payments {
  readonly name?: string;
}
export const initPayments = (store: PaymentStore, gateway: PaymentGateway): Payments => new PaymentOrchestrator(store, gateway);
export function initPaymentsAs(store: PaymentStore, gateway: PaymentGateway): object {
  return new PaymentOrchestrator(store, gateway);
}
export async function runPayments(store: PaymentStore, gateway: PaymentGateway): Promise<PaymentOrchestrator> {
  const built = new PaymentOrchestrator(store, gateway);
  return built;
}`,
    },
    {
      name: "names that only start like a verb",
      code: `
export function processor(): void {}
export const runner = (): void => {};
export function handler(): void {}`,
    },
    {
      name: "exact names and patterns in allowNames",
      options: [{ allowNames: ["processBatchForTests", "/^run[A-Z]\\w*Migration$/"] }],
      code: `${paymentsImport}
export function processBatchForTests(store: PaymentStore): void {}
export async function runOrdersMigration(): Promise<void> {}`,
    },
  ],
  invalid: [
    {
      name: "an exported process function taking a store",
      code: `${paymentsImport}
export async function processPayment(store: PaymentStore, id: string): Promise<ProcessPaymentResult> {
  return { kind: "processed", paymentId: id };
}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: { name: "processPayment", reason: 'its name starts with "process"', returnAdvice: "" },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 37,
        },
      ],
    },
    {
      name: "a function that declares it has no this (this: void) is standalone",
      code: `${paymentsImport}
export function settleAll(this: void, store: PaymentStore): void {}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: dependencyReason("settleAll", "PaymentStore"),
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      name: "an arrow function taking a gateway, named with a process verb",
      code: `${paymentsImport}
const handleRefund = async (gateway: PaymentGateway): Promise<void> => {
  await gateway.charge(-1);
};`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: { name: "handleRefund", reason: 'its name starts with "handle"', returnAdvice: ", and return a sum type" },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 19,
        },
      ],
    },
    {
      name: "an inferred result: an object literal without kind is no sum type (read from the code); one with a literal kind is",
      code: `
export function processRefund(id: string) {
  return { refunded: true, id };
}
export function processPayout(id: string) {
  return { kind: "paid" as const, id };
}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: { name: "processRefund", reason: 'its name starts with "process"', returnAdvice: ", and return a sum type" },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 30,
        },
        {
          messageId: "standaloneProcessFunction",
          data: { name: "processPayout", reason: 'its name starts with "process"', returnAdvice: "" },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 30,
        },
      ],
    },
    {
      name: "a function that builds something other than an orchestrator, or runs the one it builds, is no factory of one",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  async process(id: string, db: Session): Promise<ProcessPaymentResult> {
    return { kind: "processed", paymentId: id };
  }
}
class PaymentReport {
  constructor(private readonly store: PaymentStore) {}
}
export const makePaymentReport = (store: PaymentStore): PaymentReport => new PaymentReport(store);
export const settle = (store: PaymentStore, db: Session) => new PaymentOrchestrator(store).process("p1", db);`,
      errors: [
        { messageId: "standaloneProcessFunction", data: dependencyReason("makePaymentReport", "PaymentStore"), line: 12, column: 14, endLine: 12, endColumn: 31 },
        { messageId: "standaloneProcessFunction", data: { name: "settle", reason: "it takes the dependency `PaymentStore`", returnAdvice: "" }, line: 13, column: 14, endLine: 13, endColumn: 20 },
      ],
    },
    {
      name: "a port parameter (an interface of methods) and a default export",
      code: `
interface Mailer {
  send(to: string): Promise<void>;
}
export default function (mailer: Mailer): void {}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: dependencyReason("export default", "Mailer"),
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 47,
        },
      ],
    },
    {
      name: "the dependency is named as its parameter writes it: `DbClient`, which the checker prints with its defaults (`PrismaClient<PrismaClientOptions, never, DefaultArgs>` on trigger.dev)",
      code: `
declare class DbClient<Options = { log: boolean }> {
  query(sql: string): Promise<void>;
}
export function purge(db: DbClient): void {}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: dependencyReason("purge", "DbClient"),
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 22,
        },
      ],
    },
    {
      name: "a port whose methods return \`this\` to chain calls is still a port",
      code: `
interface Events {
  on(name: string, listener: () => void): this;
  emit(name: string): boolean;
}
export function wire(events: Events): void {}`,
      errors: [{ messageId: "standaloneProcessFunction", data: dependencyReason("wire", "Events"), line: 6, column: 17, endLine: 6, endColumn: 21 }],
    },
    {
      name: "a bundle of dependencies may hold other collaborators beside them: a logger with data members (an awilix cradle, found on talyssonoc's node-api-boilerplate)",
      code: `${paymentsImport}
interface Logger {
  level: string;
  info(message: string): void;
}
type Dependencies = { store: PaymentStore; logger: Logger };
export const makeSettle = ({ store, logger }: Dependencies) => async (paymentId: string): Promise<void> => {};`,
      errors: [{ messageId: "standaloneProcessFunction", data: dependencyReason("makeSettle", "Dependencies"), line: 8, column: 14, endLine: 8, endColumn: 24 }],
    },
    {
      name: "an alias of a dependency is no type a schema infers: a bundle of one beside such a type is a bundle of dependencies",
      code: `${paymentsImport}import { z } from "zod";
type Payments = PaymentStore;
type Charges = Payments;
export function settle(deps: { payments: Charges; gateway: PaymentGateway; schema: z.ZodType<string> }): void {}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: dependencyReason("settle", "{ payments: Charges; gateway: PaymentGateway; schema: z.ZodType<string> }"),
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 23,
        },
      ],
    },
    {
      name: "a bundle that may be missing is judged by the bundle: `null` beside it is no data member",
      code: `${paymentsImport}
export function settle(deps: { store: PaymentStore; gateway: PaymentGateway } | null, id: string): void {}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: dependencyReason("settle", "{ store: PaymentStore; gateway: PaymentGateway } | null"),
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
    {
      name: "a non-exported function declaration with a process verb",
      code: `
function runNightlySettlement(): void {}`,
      errors: [
        {
          messageId: "standaloneProcessFunction",
          data: { name: "runNightlySettlement", reason: 'its name starts with "run"', returnAdvice: ", and return a sum type" },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 30,
        },
      ],
    },
  ],
});
