import rule from "../../rules/no-throw-control-flow.js";
import { canonicalOrchestrator, paymentsImport } from "../canonical.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** An orchestrator method whose switch lists every kind, with `defaultStatement` in its `default`. */
function exhaustiveMethod(name: string, defaultStatement: string): string {
  return `  ${name}(result: ProcessPaymentResult): ProcessPaymentResult {
    switch (result.kind) {
      case "not_found":
      case "processed":
      case "verification_required":
        return result;
      default:
        ${defaultStatement}
    }
  }`;
}

/** An orchestrator around one method body; the body's first line is line 8. */
function orchestrator(body: string): string {
  return `${paymentsImport}
class PaymentNotFoundError extends Error {}
declare function assertDefined<T>(value: T): asserts value is NonNullable<T>;
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  async process(id: string, db: Session, err: Error): Promise<ProcessPaymentResult> {
${body}
    return { kind: "processed", paymentId: id };
  }
}`;
}

const result = "`ProcessPaymentResult`";

ruleTester.run("no-throw-control-flow", rule, {
  valid: [
    {
      name: "a helper that does more than check and throw is no guard, nor is one that returns without throwing, nor a getter that throws until its object holds what it returns",
      code: `${paymentsImport}
function toAmount(text: string): number {
  const amount = Number(text);
  if (Number.isNaN(amount)) throw new Error(text);
  return amount;
}
function describe(id: string): string {
  if (id === "") return "none";
  return id;
}
class Entity {
  protected id: string | undefined;
  getId(): string {
    if (this.id === undefined) throw new Error("no id yet");
    return this.id;
  }
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string, entity: Entity): ProcessPaymentResult {
    toAmount(paymentId);
    entity.getId();
    return { kind: "processed", paymentId: describe(paymentId) };
  }
}`,
    },
    {
      name: "a constructor's throw is not control flow: a constructor has no result to return",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {
    if (!store) throw new Error("store is required");
  }
}`,
    },
    {
      name: "never-assertions: throw new UnreachableCaseError(x), assertNever(x) in an exhaustive default",
      code: `${paymentsImport}
class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(String(value));
  }
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
${exhaustiveMethod("a", "throw new UnreachableCaseError(result);")}
${exhaustiveMethod("b", "return assertNever(result);")}
}`,
    },
    {
      name: "the canonical orchestrator of PATTERN.md",
      code: canonicalOrchestrator,
    },
    {
      name: "assertNever in the default of an exhaustive switch",
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    switch (fetched.kind) {
      case "not_found":
        return fetched;
      case "found":
        break;
      default:
        return assertNever(fetched);
    }`),
    },
    {
      name: "a throw in the default of a switch that handles every kind",
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    switch (fetched.kind) {
      case "not_found":
      case "found":
        break;
      default: {
        throw new Error("unreachable");
      }
    }`),
    },
    {
      name: "a throw whose message asserts `x satisfies never` after ifs that handle every kind",
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    if (fetched.kind === "not_found") return fetched;
    if (fetched.kind === "found") return { kind: "processed", paymentId: id };
    throw new Error(\`Unknown result: \${fetched satisfies never}\`);`),
    },
    {
      name: "a hook whose result a library sets (NestJS CanActivate, NestMiddleware, OnModuleInit) fails by throwing: no result to return instead (found on postiz)",
      code: `${paymentsImport}
import { ForbiddenException, Injectable, type CanActivate, type NestMiddleware, type OnModuleInit } from "@nestjs/common";
@Injectable()
export class PaymentAccessService implements CanActivate, NestMiddleware, OnModuleInit {
  constructor(private readonly store: PaymentStore) {}
  canActivate(): boolean {
    if (!this.store.find("owner")) throw new ForbiddenException();
    return true;
  }
  use(request: { id: string }, response: unknown, next: () => void) {
    if (!this.store.find(request.id)) throw new ForbiddenException();
    next();
  }
  async onModuleInit() {
    if (!(await this.store.findAsync("warm-up"))) throw new Error("store unreachable");
  }
}`,
    },
    {
      name: "a method overriding a member a library base class declares fails by throwing, as a hook of an interface does (found on teable)",
      code: `${paymentsImport}
import { ConsoleLogger, Injectable } from "@nestjs/common";
@Injectable()
export class AuditService extends ConsoleLogger {
  constructor(private readonly store: PaymentStore) {
    super();
  }
  error(message: string) {
    if (!this.store.find(message)) throw new Error("audit store unreachable");
  }
}`,
    },
    {
      name: "the definition of a never-returning helper, and throws outside orchestrating code",
      code: `
export function fail(message: string): never {
  throw new Error(message);
}
class PaymentMapper {
  map(value: unknown): string {
    if (typeof value !== "string") throw new TypeError("not a string");
    return value;
  }
}`,
    },
    {
      name: "a call TypeScript does not read as ending a path: its target is reached through an inferred variable",
      code: `${paymentsImport}
declare function makeGuard(): { fail(reason: string): never; check(value: unknown): asserts value };
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): ProcessPaymentResult {
    const guard = makeGuard();
    guard.check(paymentId);
    if (paymentId === "") guard.fail("empty id");
    return { kind: "processed", paymentId };
  }
}`,
    },
    {
      name: "a method named throwError that is not rxjs's returns what it returns: known by its package, not by its name",
      code: `${paymentsImport}
const variants = {
  throwError(paymentId: string) {
    return { kind: "not_found", paymentId } as const;
  },
};
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): ProcessPaymentResult {
    return variants.throwError(paymentId);
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a method written outside its class, which declares the orchestrator as its this, is checked as the orchestrator's (found on undb)",
      code: `${paymentsImport}
import type { Refunds } from "./refunds.js";
export async function refund(this: Refunds, paymentId: string): Promise<void> {
  if (!this.store.find(paymentId)) throw new Error("not found");
}`,
      errors: [{ messageId: "throw", data: { result: "the method's result sum type" }, line: 5, column: 36, endLine: 5, endColumn: 65 }],
    },
    {
      name: "a class that extends a base named for the role is an orchestrator whatever its own name (found on acidtango's use cases)",
      code: `${paymentsImport}
abstract class UseCase {}
class CreateEvent extends UseCase {
  constructor(private readonly store: PaymentStore) {
    super();
  }
  async execute(paymentId: string): Promise<void> {
    if (this.store.find(paymentId)) throw new Error("exists");
  }
}`,
      errors: [{ messageId: "throw", data: { result: "the method's result sum type" }, line: 9, column: 37, endLine: 9, endColumn: 63 }],
    },
    {
      name: "a throw in an async method whose result is a sum type: suggest returning each variant filled from scope",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  async process(paymentId: string): Promise<ProcessPaymentResult> {
    const payment = this.store.find(paymentId);
    if (payment === undefined) throw new Error("not found");
    return { kind: "processed", paymentId };
  }
}`,
      errors: [
        {
          messageId: "throw",
          data: { result: "`ProcessPaymentResult`" },
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 61,
          suggestions: ['{ kind: "not_found", paymentId }', '{ kind: "processed", paymentId }'].map((variant) => ({
            messageId: "returnVariant" as const,
            data: { variant },
            output: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  async process(paymentId: string): Promise<ProcessPaymentResult> {
    const payment = this.store.find(paymentId);
    if (payment === undefined) return ${variant};
    return { kind: "processed", paymentId };
  }
}`,
          })),
        },
      ],
    },
    {
      name: "a method whose sum-type result is inferred: neither named nor offered, which would mean inferring it",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  async process(paymentId: string) {
    if (this.store.find(paymentId) === undefined) throw new Error("not found");
    return { kind: "processed" as const, paymentId };
  }
}`,
      errors: [{ messageId: "throw", data: { result: "the method's result sum type" }, line: 6, column: 51, endLine: 6, endColumn: 80 }],
    },
    {
      name: "a throw inside a callback returns from the callback: no variant is suggested there",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  async process(paymentId: string, ids: string[]): Promise<ProcessPaymentResult> {
    ids.forEach(() => {
      throw new Error("stop");
    });
    return { kind: "processed", paymentId };
  }
}`,
      errors: [{ messageId: "throw", data: { result: "`ProcessPaymentResult`" }, line: 7, column: 7, endLine: 7, endColumn: 31 }],
    },
    {
      name: "a call to a function whose body can only end by throwing is a throw in disguise, though TypeScript infers void",
      code: `${paymentsImport}
function throwIncompatibleOptions() {
  throw new Error("incompatible options");
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): ProcessPaymentResult {
    throwIncompatibleOptions();
    return { kind: "processed", paymentId };
  }
}`,
      errors: [
        {
          messageId: "throwingCall",
          data: { callee: "throwIncompatibleOptions", result: "`ProcessPaymentResult`" },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 31,
        },
      ],
    },
    {
      name: "throwing a domain error",
      code: orchestrator(`    throw new PaymentNotFoundError(id);`),
      errors: [{ messageId: "throw", data: { result }, line: 8, column: 5, endLine: 8, endColumn: 40 }],
    },
    {
      name: "returning Promise.reject",
      code: orchestrator(`    if (id === "") return Promise.reject(err);`),
      errors: [{ messageId: "promiseReject", data: { result }, line: 8, column: 27, endLine: 8, endColumn: 46 }],
    },
    {
      name: "calling a never-returning function and an assertion function",
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    if (fetched.kind === "not_found") fail("payment not found");
    assertDefined(this.store.find(id));`),
      errors: [
        { messageId: "neverCall", data: { callee: "fail", result }, line: 9, column: 39, endLine: 9, endColumn: 64 },
        { messageId: "assertionCall", data: { callee: "assertDefined", result }, line: 10, column: 5, endLine: 10, endColumn: 39 },
      ],
    },
    {
      name: "a throw in the default of a switch that misses kinds",
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    switch (fetched.kind) {
      case "not_found":
        return fetched;
      default:
        throw new Error("not handled");
    }`),
      errors: [{ messageId: "throw", data: { result }, line: 13, column: 9, endLine: 13, endColumn: 40 }],
    },
    {
      name: "allowNeverAssertion false reports assertNever too",
      options: [{ allowNeverAssertion: false }],
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    switch (fetched.kind) {
      case "not_found":
      case "found":
        break;
      default:
        assertNever(fetched);
    }`),
      errors: [{ messageId: "neverCall", data: { callee: "assertNever", result }, line: 14, column: 9, endLine: 14, endColumn: 29 }],
    },
    {
      name: "a throw whose message casts to `never` asserts nothing: a cast compiles whatever the kinds",
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    if (fetched.kind === "not_found") return fetched;
    if (fetched.kind === "found") throw new Error(\`Unexpected: \${fetched as never}\`);`),
      errors: [{ messageId: "throw", data: { result }, line: 10, column: 35, endLine: 10, endColumn: 86 }],
    },
    {
      name: "allowNeverAssertion false reports a throw whose message asserts `x satisfies never`",
      options: [{ allowNeverAssertion: false }],
      code: orchestrator(`    const fetched = await this.store.fetch(id, db);
    if (fetched.kind === "not_found") return fetched;
    if (fetched.kind === "found") return { kind: "processed", paymentId: id };
    throw new Error(\`Unknown result: \${fetched satisfies never}\`);`),
      errors: [{ messageId: "throw", data: { result }, line: 11, column: 5, endLine: 11, endColumn: 67 }],
    },
    {
      name: "a method of the class's own beside a library hook still orchestrates, and so does a library member whose result the implementer picks",
      code: `${paymentsImport}
import { Injectable, type OnModuleInit, type PipeTransform } from "@nestjs/common";
@Injectable()
export class PaymentService implements OnModuleInit, PipeTransform<string, Promise<ProcessPaymentResult>> {
  constructor(private readonly store: PaymentStore) {}
  onModuleInit() {}
  async transform(id: string): Promise<ProcessPaymentResult> {
    if (!this.store.find(id)) throw new Error("missing");
    return { kind: "processed", paymentId: id };
  }
  refund(id: string): ProcessPaymentResult {
    if (!this.store.find(id)) throw new Error("missing");
    return { kind: "processed", paymentId: id };
  }
}`,
      errors: [
        { messageId: "throw", data: { result }, line: 9, column: 31, endLine: 9, endColumn: 58 },
        { messageId: "throw", data: { result }, line: 13, column: 31, endLine: 13, endColumn: 58 },
      ],
    },
    {
      name: "a throw in an orchestrating module-level function",
      code: `${paymentsImport}
export async function processRefund(store: PaymentStore, id: string): Promise<ProcessPaymentResult> {
  const payment = store.find(id);
  if (!payment) throw new Error("missing");
  return { kind: "processed", paymentId: id };
}`,
      errors: [{ messageId: "throw", data: { result }, line: 5, column: 17, endLine: 5, endColumn: 44 }],
    },
    {
      name: "a method that does not return a sum type gets a generic hint",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  check(id: string): void {
    throw new Error(id);
  }
}`,
      errors: [
        { messageId: "throw", data: { result: "the method's result sum type" }, line: 6, column: 5, endLine: 6, endColumn: 25 },
      ],
    },
    {
      name: "a variable or property holding a function is typed by that function: arrows declared or inferred `never`",
      code: `${paymentsImport}
const fail = (reason: string): never => {
  throw new Error(reason);
};
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): ProcessPaymentResult {
    if (paymentId === "") fail("empty id");
    if (paymentId === "x") this.reject(paymentId);
    return { kind: "processed", paymentId };
  }
  private readonly reject = (paymentId: string) => {
    throw new Error(paymentId);
  };
}`,
      errors: [
        { messageId: "neverCall", data: { callee: "fail", result }, line: 9, column: 27, endLine: 9, endColumn: 43 },
        { messageId: "neverCall", data: { callee: "this.reject", result }, line: 10, column: 28, endLine: 10, endColumn: 50 },
        { messageId: "throw", data: { result: "the method's result sum type" }, line: 14, column: 5, endLine: 14, endColumn: 32 },
      ],
    },
    {
      name: "a callee declared with an alias of a function type is read from the result the alias writes: a promise is no never-call, whatever its type arguments; `never` and `asserts` are (found on Novu)",
      code: `${paymentsImport}
type Halt = never;
type Outcome<T> = Promise<T>;
type Step<T> = (name: string, input: T) => Outcome<T>;
type Stop<T> = (reason: T) => Halt;
type Check<T> = (value: unknown) => asserts value is T;
interface Steps {
  charge: Step<{ amount: number }>;
  stop: Stop<string>;
  check: Check<string>;
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly steps: Steps) {}
  async process(paymentId: string): Promise<ProcessPaymentResult> {
    await this.steps.charge("charge", { amount: 1 });
    if (paymentId === "") this.steps.stop("empty id");
    this.steps.check(paymentId);
    return { kind: "processed", paymentId };
  }
}`,
      errors: [
        { messageId: "neverCall", data: { callee: "this.steps.stop", result }, line: 17, column: 27, endLine: 17, endColumn: 54 },
        { messageId: "assertionCall", data: { callee: "this.steps.check", result }, line: 18, column: 5, endLine: 18, endColumn: 32 },
      ],
    },
    {
      name: "an inferred `never` through returns of never-calls is still asked; a factory returning what it builds is not (its result is no `never`)",
      code: `${paymentsImport}
const reject = (reason: string) => {
  return fail(reason);
};
const createRetry = (limit: number) => {
  const retry = new Map<string, number>([["limit", limit]]);
  return retry;
};
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): ProcessPaymentResult {
    if (paymentId === "") reject("empty id");
    createRetry(3);
    return { kind: "processed", paymentId };
  }
}`,
      errors: [{ messageId: "neverCall", data: { callee: "reject", result }, line: 13, column: 27, endLine: 13, endColumn: 45 }],
    },
    {
      name: "never and always-throwing calls through injected dependencies and private methods",
      code: `${paymentsImport}
interface Guard {
  fail(reason: string): never;
  check(value: unknown): asserts value;
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly guard: Guard) {}
  process(paymentId: string): ProcessPaymentResult {
    this.guard.check(paymentId);
    if (paymentId === "") this.guard.fail("empty id");
    if (paymentId === "x") this.#reject(paymentId);
    return { kind: "processed", paymentId };
  }
  #reject(paymentId: string) {
    throw new Error(paymentId);
  }
}`,
      errors: [
        { messageId: "assertionCall", data: { callee: "this.guard.check", result }, line: 10, column: 5, endLine: 10, endColumn: 32 },
        { messageId: "neverCall", data: { callee: "this.guard.fail", result }, line: 11, column: 27, endLine: 11, endColumn: 54 },
        { messageId: "throwingCall", data: { callee: "this.#reject", result }, line: 12, column: 28, endLine: 12, endColumn: 51 },
        { messageId: "throw", data: { result: "the method's result sum type" }, line: 16, column: 5, endLine: 16, endColumn: 32 },
      ],
    },
    {
      name: "a guard, whose body only checks and throws, is an assertion in disguise wherever it is called, also when it returns what it checked (found on pvarentsov's clean architecture)",
      code: `${paymentsImport}
class CoreAssert {
  static isTrue(expression: boolean, exception: Error): void {
    if (!expression) {
      throw exception;
    }
  }
  static notEmpty<T>(value: T | null | undefined, exception: Error): T {
    if (value === null || value === undefined) throw exception;
    return value;
  }
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string, ownerId: string): ProcessPaymentResult {
    const payment = CoreAssert.notEmpty(this.store.find(paymentId), new Error("not found"));
    CoreAssert.isTrue(payment.id === ownerId, new Error("denied"));
    return { kind: "processed", paymentId };
  }
}`,
      errors: [
        { messageId: "assertionCall", data: { callee: "CoreAssert.notEmpty", result }, line: 17, column: 21, endLine: 17, endColumn: 92 },
        { messageId: "assertionCall", data: { callee: "CoreAssert.isTrue", result }, line: 18, column: 5, endLine: 18, endColumn: 67 },
      ],
    },
    {
      name: "a guard reached through a mapped type over another type's keys is read (Readonly<Guards>); through one over a named list of keys its members are declared nowhere, for TypeScript too (found on GrowthBook)",
      code: `${paymentsImport}
class Guards {
  check(ok: boolean, error: Error): void {
    if (!ok) throw error;
  }
}
type GuardName = "payments" | "refunds";
interface Context {
  guards: { [K in GuardName]: Guards };
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly guards: Readonly<Guards>) {}
  process(paymentId: string, context: Context): ProcessPaymentResult {
    this.guards.check(paymentId !== "", new Error("empty id"));
    context.guards.payments.check(paymentId !== "x", new Error("x"));
    return { kind: "processed", paymentId };
  }
}`,
      errors: [{ messageId: "assertionCall", data: { callee: "this.guards.check", result }, line: 15, column: 5, endLine: 15, endColumn: 63 }],
    },
    {
      name: "rxjs's throwError is the throw of code that returns observables: returned from a callback, in a branch, renamed on import, or through the namespace (found on ultimate-nest)",
      code: `${paymentsImport}import * as rxjs from "rxjs";
import { from, of, switchMap, throwError, throwError as failWith, type Observable } from "rxjs";
class PaymentNotFoundError extends Error {}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  process(id: string): Observable<ProcessPaymentResult> {
    return from(this.store.findAsync(id)).pipe(
      switchMap((payment) => {
        if (!payment) return throwError(() => new PaymentNotFoundError(id));
        return payment.amount > 0 ? of<ProcessPaymentResult>({ kind: "processed", paymentId: id }) : failWith(() => new Error(id));
      }),
    );
  }
  settle(id: string): Observable<ProcessPaymentResult> {
    return rxjs.throwError(() => new PaymentNotFoundError(id));
  }
}`,
      errors: [
        { messageId: "throwError", data: { result: "`ProcessPaymentResult`" }, line: 10, column: 30, endLine: 10, endColumn: 76 },
        { messageId: "throwError", data: { result: "`ProcessPaymentResult`" }, line: 11, column: 102, endLine: 11, endColumn: 131 },
        { messageId: "throwError", data: { result: "`ProcessPaymentResult`" }, line: 16, column: 12, endLine: 16, endColumn: 63 },
      ],
    },
  ],
});
