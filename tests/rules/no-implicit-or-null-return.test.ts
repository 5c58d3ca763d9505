import rule from "../../rules/no-implicit-or-null-return.js";
import { canonicalOrchestrator, expandedModel, paymentsImport } from "../canonical.js";
import { createRuleTester, fixturesDirectory } from "../rule-tester.js";

const ruleTester = createRuleTester();

const withoutRequireVerification = canonicalOrchestrator.replace(
  `          case "require_verification":
            return { kind: "verification_required", reason: intent.reason };
`,
  "",
);

/** An orchestrator around one method; the method starts on line 5, its name at column 3. */
function orchestrator(method: string): string {
  return `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
${method}
}`;
}

/** A use case returning `Either<"email_taken", string>`. */
const eitherUseCase = `interface UserRepo {
  exists(email: string): Promise<boolean>;
}
export class CreateUserUseCase {
  constructor(private readonly users: UserRepo) {}
  async execute(email: string): Promise<Either<"email_taken", string>> {
    const taken = await this.users.exists(email);
    return taken ? new Left("email_taken") : new Right(email);
  }
}`;

/** A project's own result type, as ddd-forum-style code writes it: two classes told apart by `this is` predicates. */
const projectEither = `
export class Left<L, A> {
  constructor(readonly value: L) {}
  isLeft(): this is Left<L, A> { return true; }
  isRight(): this is Right<L, A> { return false; }
}
export class Right<L, A> {
  constructor(readonly value: A) {}
  isLeft(): this is Left<L, A> { return false; }
  isRight(): this is Right<L, A> { return true; }
}
export type Either<L, A> = Left<L, A> | Right<L, A>;
${eitherUseCase}`;

/** The same without predicates: only a `fold` tells its members apart, which the type checker cannot see. */
const projectFoldEither = `
export class Left<L, A> {
  constructor(readonly value: L) {}
  fold<T>(onLeft: (value: L) => T, onRight: (value: A) => T): T { return onLeft(this.value); }
}
export class Right<L, A> {
  constructor(readonly value: A) {}
  fold<T>(onLeft: (value: L) => T, onRight: (value: A) => T): T { return onRight(this.value); }
}
export type Either<L, A> = Left<L, A> | Right<L, A>;
${eitherUseCase}`;

/** The data of a message about a function's result type. */
const typed = (name: string, type: string) => ({ name, type, discriminant: "kind" });
/** What "can return" reports for a method declared `Promise<ProcessPaymentResult | undefined>`. */
const nullableLoad = (name: string) => typed(name, "ProcessPaymentResult | undefined");

ruleTester.run("no-implicit-or-null-return", rule, {
  valid: [
    {
      name: "a composition root's factory returns the orchestrator it builds, not a result (found on orca-sonhos-back)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
}
export const makePaymentOrchestrator = (store: PaymentStore) => new PaymentOrchestrator(store);`,
    },
    {
      name: "a nullish value returned under a declared sum type is left to the compiler, which rejects it (not asked again)",
      code: orchestrator(`  async load(id: string): Promise<ProcessPaymentResult> {
    const result: ProcessPaymentResult | undefined = undefined;
    return result;
  }`),
    },
    {
      name: "neverthrow Result and ResultAsync are sum types; a command's Result<void, E> carries no value, so it is no nullable return in disguise",
      code: `
import { ok, err, type Result, ResultAsync } from "neverthrow";
interface PaymentStore {
  find(id: string): ResultAsync<number, Error>;
  save(id: string): ResultAsync<void, Error>;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  check(amount: number): Result<number, Error> {
    return amount > 0 ? ok(amount) : err(new Error("negative"));
  }
  find(id: string): ResultAsync<number, Error> {
    return this.store.find(id);
  }
  validate(amount: number): Result<void, Error> {
    return amount > 0 ? ok() : err(new Error("negative"));
  }
  save(id: string): ResultAsync<void, Error> {
    return this.store.save(id);
  }
}`,
    },
    {
      name: "fp-ts deferred results produce sum types: TaskEither, TaskOption, IOEither",
      code: `
import * as TE from "fp-ts/lib/TaskEither.js";
import * as TO from "fp-ts/lib/TaskOption.js";
import * as IOE from "fp-ts/lib/IOEither.js";
interface PaymentStore {
  find(id: string): TE.TaskEither<"not_found", number>;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  find(id: string): TE.TaskEither<"not_found", number> {
    return this.store.find(id);
  }
  lookup(id: string): TO.TaskOption<string> {
    return TO.some(id);
  }
  check(amount: number) {
    return amount > 0 ? IOE.right(amount) : IOE.left("negative" as const);
  }
}`,
    },
    {
      name: "an rxjs Observable of a sum type is a sum-type result, as an Angular service or a NestJS microservice client returns one (found on angular-realworld)",
      code: `${paymentsImport}
import { of, type Observable } from "rxjs";
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  process(id: string): Observable<ProcessPaymentResult> {
    return of({ kind: "processed", paymentId: id });
  }
  settle(id: string) {
    return of<ProcessPaymentResult>({ kind: "not_found", paymentId: id });
  }
}`,
    },
    {
      name: "an inferred fp-ts result with several kinds of Left is an Either, a sum type (found on hoppscotch)",
      code: `
import * as E from "fp-ts/lib/Either.js";
const USER_NOT_FOUND = "user/not_found" as const;
const SESSION_EXPIRED = "session/expired" as const;
interface UserStore {
  find(id: string): Promise<{ readonly id: string } | undefined>;
  isExpired(id: string): Promise<boolean>;
}
export class SessionService {
  constructor(private readonly users: UserStore) {}
  async resume(id: string) {
    const user = await this.users.find(id);
    if (user === undefined) return E.left(USER_NOT_FOUND);
    if (await this.users.isExpired(id)) return E.left(SESSION_EXPIRED);
    return E.right(user.id);
  }
}`,
    },
    {
      name: "a project's own result type told apart by `this is` predicates is a sum type, as TypeScript narrows it (found on white-label, bitloops, clean-arch-solid-ddd)",
      code: projectEither,
    },
    {
      name: "a project's own result type with neither a discriminant nor predicates, named in resultTypes by the file that declares it, is a sum type",
      settings: { "dumb-orchestrator": { resultTypes: [{ from: "file", name: ["Left", "Right"], path: "file.ts" }] } },
      code: projectFoldEither,
    },
    {
      name: "oxide.ts's Result and Option, one class each told apart by predicates, are results with no setting (the results of NestJS's DDD templates)",
      code: `
import { Ok, Err, Some, None, type Result, type Option } from "oxide.ts";
interface UserRepo {
  exists(email: string): Promise<boolean>;
}
export class CreateUserService {
  constructor(private readonly users: UserRepo) {}
  async execute(email: string): Promise<Result<string, Error>> {
    return (await this.users.exists(email)) ? Err(new Error("taken")) : Ok(email);
  }
  async find(email: string): Promise<Option<string>> {
    return (await this.users.exists(email)) ? Some(email) : None;
  }
}`,
    },
    {
      name: "Effect's Effect<A, E> counts as a result once named in resultTypes by its package",
      settings: { "dumb-orchestrator": { resultTypes: [{ from: "package", name: "Effect", package: "effect" }] } },
      code: `
import { Effect } from "effect";
interface PaymentStore {
  find(id: string): Effect.Effect<number, "not_found">;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  find(id: string): Effect.Effect<number, "not_found"> {
    return this.store.find(id);
  }
}`,
    },
    {
      name: "object literals that share a property are left to the checker, which discovers their discriminant",
      code: orchestrator(`  check(id: string) {
    if (id) return { ok: true as const, id };
    return { ok: false as const, reason: "empty" };
  }`),
    },
    {
      name: "requireDeclaredResult: a declared result, on the function or on the property or variable holding it",
      options: [{ requireDeclaredResult: true }],
      code: `${paymentsImport}
type Process = (id: string) => ProcessPaymentResult;
export const processRefund: Process = (id) => ({ kind: "processed", paymentId: id });
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process: Process = (id) => ({ kind: "processed", paymentId: id });
  async settle(id: string): Promise<ProcessPaymentResult> {
    return { kind: "processed", paymentId: id };
  }
}`,
    },
    {
      name: "a result its caller picks, an unconstrained type parameter, is neither a sum type nor not one: a lock, a span, a circuit breaker pass on what they run (found on Novu, Amplication, FVJohnny's)",
      code: `${paymentsImport}
export class LockService {
  constructor(private readonly store: PaymentStore) {}
  async withLock<T>(key: string, run: () => Promise<T>): Promise<T> {
    await this.store.find(key);
    return run();
  }
  async applyLock<T>(key: string, run: () => Promise<T>) {
    await this.store.find(key);
    return await run();
  }
  traced<T>(run: () => T): T {
    return run();
  }
}`,
    },
    {
      name: "a lifecycle hook whose signature a library interface sets (NestJS OnModuleInit, OnApplicationShutdown) is not a result",
      code: `${paymentsImport}
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from "@nestjs/common";
@Injectable()
export class PaymentService implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly store: PaymentStore) {}
  async onModuleInit() {
    await this.store.findAsync("warm-up");
  }
  onApplicationShutdown(signal?: string) {
    console.log(signal);
  }
}`,
    },
    {
      name: "a method overriding a library base class's member (NestJS ConsoleLogger, as express-session's Store, passport's strategies) is not a result (found on teable)",
      code: `${paymentsImport}
import { ConsoleLogger, Injectable } from "@nestjs/common";
@Injectable()
export class AuditService extends ConsoleLogger {
  constructor(private readonly store: PaymentStore) {
    super();
  }
  log(message: string) {
    this.store.find(message);
  }
}`,
    },
    {
      name: "the canonical orchestrator of PATTERN.md: exhaustive switches end every path",
      code: canonicalOrchestrator,
    },
    {
      name: "an if/else chain where every branch returns",
      code: orchestrator(`  find(id: string): ProcessPaymentResult {
    const payment = this.store.find(id);
    if (payment === undefined) {
      return { kind: "not_found", paymentId: id };
    } else if (payment.amount > 10) {
      return { kind: "verification_required", reason: "amount" };
    } else {
      return { kind: "processed", paymentId: id };
    }
  }`),
    },
    {
      name: "try/catch where both return, and try/finally returning in the try",
      code: orchestrator(`  async a(id: string): Promise<ProcessPaymentResult> {
    try {
      return { kind: "processed", paymentId: id };
    } catch {
      return { kind: "not_found", paymentId: id };
    }
  }
  async b(id: string): Promise<ProcessPaymentResult> {
    try {
      return { kind: "processed", paymentId: id };
    } finally {
      console.log("done");
    }
  }`),
    },
    {
      name: "a loop that never ends on its own, and a switch with a default",
      code: orchestrator(`  poll(id: string): ProcessPaymentResult {
    while (true) {
      const payment = this.store.find(id);
      switch (payment?.status) {
        case "charged":
          return { kind: "processed", paymentId: id };
        default:
          continue;
      }
    }
  }`),
    },
    {
      name: "a switch whose cases end in a call typed never",
      code: orchestrator(`  route(result: ProcessPaymentResult): ProcessPaymentResult {
    switch (result.kind) {
      case "not_found":
      case "processed":
        return result;
      case "verification_required":
        fail("unexpected");
    }
  }`),
    },
    {
      name: "a switch on `typeof x` whose cases list what `x` can be ends every path, as TypeScript reads it",
      code: orchestrator(`  label(id: string | number): ProcessPaymentResult {
    switch (typeof id) {
      case "string":
        return { kind: "not_found", paymentId: id };
      case "number":
        return { kind: "not_found", paymentId: String(id) };
    }
  }`),
    },
    {
      name: "a generic result constrained to a sum type",
      code: orchestrator(`  pass<T extends ProcessPaymentResult>(result: T): T {
    return result;
  }`),
    },
    {
      name: "a factory of use cases (awilix style) is judged by the function it builds, which returns a sum type",
      code: `${paymentsImport}
type Dependencies = { store: PaymentStore };
export const makeProcessPayment =
  ({ store }: Dependencies) =>
  async (id: string): Promise<ProcessPaymentResult> => {
    const payment = await store.findAsync(id);
    return payment ? { kind: "processed", paymentId: id } : { kind: "not_found", paymentId: id };
  };
export function makeRefund(store: PaymentStore) {
  return async function refund(id: string): Promise<ProcessPaymentResult> {
    await store.findAsync(id);
    return { kind: "processed", paymentId: id };
  };
}`,
    },
    {
      name: "a decorator that a factory builds returns what TypeScript asks of a decorator, not a result (found on tux86's serverless boilerplate)",
      code: `${paymentsImport}
export function Audited(store: PaymentStore) {
  return function (_target: object, _key: string, descriptor: PropertyDescriptor) {
    const original = descriptor.value;
    descriptor.value = async function (...args: unknown[]) {
      await store.findAsync(String(args[0]));
      return original.apply(this, args);
    };
  };
}
export function Traced(store: PaymentStore) {
  return (method: () => Promise<void>, _context: ClassMethodDecoratorContext) => async () => {
    await store.findAsync("trace");
    return method();
  };
}`,
    },
    {
      name: "an arrow function property returning a sum type",
      code: orchestrator(`  process = async (id: string): Promise<ProcessPaymentResult> => ({ kind: "processed", paymentId: id });`),
    },
    {
      name: "a class that is not an orchestrator is not checked",
      code: `${paymentsImport}
class PaymentMapper {
  find(store: PaymentStore, id: string): Payment | undefined {
    return store.find(id);
  }
}`,
    },
    {
      name: "a callback nested in an orchestrator method is not checked",
      code: orchestrator(`  names(ids: readonly string[]): ProcessPaymentResult {
    ids.forEach((id) => {
      if (id === "") return;
    });
    return { kind: "processed", paymentId: ids.join() };
  }`),
    },
    {
      name: "constructors, accessors and pure module-level helpers are not checked",
      code: `${paymentsImport}
export function formatCents(cents: number): string {
  return (cents / 100).toFixed(2);
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {
    if (!store) return;
  }
  get label(): string | undefined {
    return undefined;
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a type parameter with a constraint is judged by it, and null beside one the caller picks is still null",
      code: `${paymentsImport}
export class LockService {
  constructor(private readonly store: PaymentStore) {}
  async load<T extends Payment>(id: string, run: (payment: Payment) => T): Promise<T> {
    return run((await this.store.find(id))!);
  }
  async find<T>(id: string, run: () => Promise<T>): Promise<T | null> {
    return (await this.store.find(id)) ? run() : null;
  }
}`,
      errors: [
        { messageId: "notSumReturnType", data: typed("load", "Payment"), line: 5, column: 76, endLine: 5, endColumn: 86 },
        { messageId: "nullableReturnType", data: typed("find", "T | null"), line: 8, column: 53, endLine: 8, endColumn: 70 },
      ],
    },
    {
      name: "a written result is quoted on one line, its members that only line breaks kept apart given their ; (found on Standard Notes)",
      code: `${paymentsImport}
export class SessionService {
  constructor(private readonly store: PaymentStore) {}
  async getSession(id: string): Promise<{
    payment: Payment | null
    isEphemeral: boolean
  }> {
    return { payment: await this.store.find(id), isEphemeral: true };
  }
}`,
      errors: [{ messageId: "notSumReturnType", data: typed("getSession", "{ payment: Payment | null; isEphemeral: boolean }"), line: 5, column: 33, endLine: 8, endColumn: 5 }],
    },
    {
      name: "a result typed any or unknown, declared or inferred, is no sum type: nothing in it says which variant it is (found on crowd.dev)",
      code: orchestrator(`  async load(id: string): Promise<any> {
    return this.store.find(id);
  }
  parse(raw: string) {
    return JSON.parse(raw) as unknown;
  }`),
      errors: [
        { messageId: "notSumReturnType", data: typed("load", "any"), line: 5, column: 27, endLine: 5, endColumn: 39 },
        { messageId: "notSumReturnType", data: typed("parse", "unknown"), line: 8, column: 3, endLine: 8, endColumn: 8 },
      ],
    },
    {
      name: "a method written outside its class, which declares the orchestrator as its this, is checked as the orchestrator's (found on undb)",
      code: `${paymentsImport}
import type { Refunds } from "./refunds.js";
export function lookUp(this: Refunds, id: string): Payment {
  return this.store.find(id)!;
}`,
      errors: [{ messageId: "notSumReturnType", data: typed("lookUp", "Payment"), line: 4, column: 52, endLine: 4, endColumn: 59 }],
    },
    {
      name: "a nullable value returned under a nullable sum-type signature is reported at the return too; one that is nothing but undefined is a null return (found on tunarr)",
      code: orchestrator(`  async load(id: string): Promise<ProcessPaymentResult | undefined> {
    const result = undefined as ProcessPaymentResult | undefined;
    return result;
  }
  reload(id: string): Promise<ProcessPaymentResult | undefined> {
    return Promise.resolve(undefined);
  }`),
      errors: [
        { messageId: "nullableReturnType", data: nullableLoad("load"), line: 5, column: 27, endLine: 5, endColumn: 68 },
        { messageId: "nullableReturnValue", data: { type: "ProcessPaymentResult | undefined" }, line: 7, column: 12, endLine: 7, endColumn: 18 },
        { messageId: "nullableReturnType", data: nullableLoad("reload"), line: 9, column: 23, endLine: 9, endColumn: 64 },
        { messageId: "nullReturn", data: { value: "undefined" }, line: 10, column: 12, endLine: 10, endColumn: 38 },
      ],
    },
    {
      name: "return null in a method whose result is a sum type: suggest each variant that can be filled from scope",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  find(paymentId: string, reason: string): ProcessPaymentResult | null {
    return null;
  }
}`,
      errors: [
        { messageId: "nullableReturnType", data: typed("find", "ProcessPaymentResult | null"), line: 5, column: 44, endLine: 5, endColumn: 71 },
        {
          messageId: "nullReturn",
          data: { value: "null" },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 16,
          suggestions: ['{ kind: "not_found", paymentId }', '{ kind: "processed", paymentId }', '{ kind: "verification_required", reason }'].map(
            (variant) => ({
              messageId: "returnVariant" as const,
              data: { variant },
              output: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  find(paymentId: string, reason: string): ProcessPaymentResult | null {
    return ${variant};
  }
}`,
            }),
          ),
        },
      ],
    },
    {
      name: "a bare return gets a class variant built from scope; a variant needing an invented value is not offered",
      code: `
class PaymentNotFound {
  constructor(
    readonly kind: "not_found",
    readonly paymentId: string,
  ) {}
}
class PaymentProcessed {
  constructor(
    readonly kind: "processed",
    readonly receipt: string,
  ) {}
}
interface PaymentStore {
  has(id: string): boolean;
}
export class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): PaymentNotFound | PaymentProcessed {
    return;
  }
}`,
      errors: [
        {
          messageId: "bareReturn",
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 12,
          suggestions: [
            {
              messageId: "returnVariant",
              data: { variant: 'new PaymentNotFound("not_found", paymentId)' },
              output: `
class PaymentNotFound {
  constructor(
    readonly kind: "not_found",
    readonly paymentId: string,
  ) {}
}
class PaymentProcessed {
  constructor(
    readonly kind: "processed",
    readonly receipt: string,
  ) {}
}
interface PaymentStore {
  has(id: string): boolean;
}
export class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  process(paymentId: string): PaymentNotFound | PaymentProcessed {
    return new PaymentNotFound("not_found", paymentId);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "an fp-ts Task of a value that is not a sum type is judged by what it produces; a thunk of the project's own is not a deferred result",
      code: `
import * as T from "fp-ts/lib/Task.js";
import * as E from "fp-ts/lib/Either.js";
interface Task<A> { (): Promise<A> }
export class PaymentService {
  constructor(private readonly store: { find(id: string): T.Task<boolean> }) {}
  exists(id: string): T.Task<boolean> {
    return this.store.find(id);
  }
  settle(id: string): Task<E.Either<string, number>> {
    return async () => E.right(id.length);
  }
}`,
      errors: [
        { messageId: "notSumReturnType", data: typed("exists", "boolean"), line: 7, column: 23, endLine: 7, endColumn: 38 },
        { messageId: "notSumReturnType", data: typed("settle", "Task<E.Either<string, number>>"), line: 10, column: 23, endLine: 10, endColumn: 53 },
      ],
    },
    {
      name: "a project's own result type with neither a discriminant nor predicates is not a sum type without the setting, nor when the setting names another file or a package",
      settings: {
        "dumb-orchestrator": {
          resultTypes: [
            { from: "file", name: ["Left", "Right"], path: "src/shared/core/Result.ts" },
            { from: "package", name: ["Left", "Right"], package: "fp-ts" },
          ],
        },
      },
      code: projectFoldEither,
      errors: [
        {
          messageId: "notSumReturnType",
          data: { name: "execute", type: 'Either<"email_taken", string>', discriminant: "kind" },
          line: 16,
          column: 33,
          endLine: 16,
          endColumn: 71,
        },
      ],
    },
    {
      name: "a neverthrow Result whose success value may be null is a nullable return in disguise",
      code: `
import { ok, type Result } from "neverthrow";
interface PaymentStore {
  find(id: string): number | null;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  find(id: string): Result<number | null, Error> {
    return ok(this.store.find(id));
  }
}`,
      errors: [
        {
          messageId: "nullableSuccess",
          data: { name: "find", type: "Result<number | null, Error>", value: "number | null" },
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 49,
        },
      ],
    },
    {
      name: "the canonical orchestrator with one case removed has a reachable end",
      code: withoutRequireVerification,
      errors: [{ messageId: "reachableEnd", data: { name: "process" }, line: 9, column: 9, endLine: 9, endColumn: 16 }],
    },
    {
      name: "a nullable declared return type is reported on the type, once for the method (its returns are the same cause)",
      code: orchestrator(`  async find(id: string): Promise<Payment | null> {
    return this.store.find(id) ?? null;
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("find", "Payment | null"), line: 5, column: 27, endLine: 5, endColumn: 50 },
      ],
    },
    {
      name: "a bare return, return null and return undefined",
      code: orchestrator(`  check(result: ProcessPaymentResult): ProcessPaymentResult {
    switch (result.kind) {
      case "not_found":
        return;
      case "processed":
        return null;
      case "verification_required":
        return undefined;
    }
  }`),
      errors: [
        { messageId: "bareReturn", line: 8, column: 9, endLine: 8, endColumn: 16 },
        { messageId: "nullReturn", data: { value: "null" }, line: 10, column: 16, endLine: 10, endColumn: 20 },
        { messageId: "nullReturn", data: { value: "undefined" }, line: 12, column: 16, endLine: 12, endColumn: 25 },
      ],
    },
    {
      name: "returning a store lookup that may be undefined, with an inferred return type",
      code: orchestrator(`  find(id: string) {
    return this.store.find(id);
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("find", "Payment | undefined"), line: 5, column: 3, endLine: 5, endColumn: 7 },
      ],
    },
    {
      name: "a declared return type that is not a sum type",
      code: orchestrator(`  describe(result: ProcessPaymentResult): string {
    return result.kind;
  }`),
      errors: [
        { messageId: "notSumReturnType", data: typed("describe", "string"), line: 5, column: 43, endLine: 5, endColumn: 49 },
      ],
    },
    {
      name: "a declared result is named as written where the checker prints it expanded (found on Ghostfolio: its Prisma models)",
      code: `${expandedModel}class AccessService {
  constructor(private readonly store: AccessStore) {}
  async createAccess(alias: string): Promise<Access> {
    return this.store.create(alias);
  }
}`,
      errors: [{ messageId: "notSumReturnType", data: typed("createAccess", "Access"), line: 7, column: 38, endLine: 7, endColumn: 53 }],
    },
    {
      name: "a long declared result is named as the checker prints it, cut where it grows long",
      code: `interface StateStore { state(id: string): Promise<"a1" | "a2" | "a3" | "a4" | "a5" | "a6" | "a7" | "a8" | "a9" | "b1" | "b2" | "b3" | "b4"> }
class StateService {
  constructor(private readonly store: StateStore) {}
  async state(id: string): Promise<"a1" | "a2" | "a3" | "a4" | "a5" | "a6" | "a7" | "a8" | "a9" | "b1" | "b2" | "b3" | "b4"> {
    return this.store.state(id);
  }
}`,
      errors: [{ messageId: "notSumReturnType", data: typed("state", '"a1" | "a2" | "a3" | "a4" | "a5" | "a6" | "a7" | "a8" | ... 5 more ...'), line: 4, column: 28, endLine: 4, endColumn: 125 }],
    },
    {
      name: "a computed method name is shown as written (found linting effect)",
      code: orchestrator(`  [Symbol.iterator](): Iterator<number> {
    return [1].values();
  }`),
      errors: [
        { messageId: "notSumReturnType", data: typed("[Symbol.iterator]", "Iterator<number>"), line: 5, column: 24, endLine: 5, endColumn: 40 },
      ],
    },
    {
      name: "an inferred object type whose kind widened to string is not a sum type",
      code: orchestrator(`  process(id: string) {
    return { kind: "processed", paymentId: id };
  }`),
      errors: [
        { messageId: "notSumReturnType", data: typed("process", "{ kind: string; paymentId: string; }"), line: 5, column: 3, endLine: 5, endColumn: 10 },
      ],
    },
    {
      name: "results that the code alone shows are no sum type are reported without inferring their type",
      code: orchestrator(`  async tokens(id: string) {
    const payment = await this.store.findAsync(id);
    return { token: id, payment };
  }
  ids(id: string) {
    return [id];
  }
  load = (id: string) => {
    if (id) return { payment: this.store.find(id) };
    return { error: "missing" };
  };`),
      errors: [
        {
          messageId: "notSumReturnLiteral",
          data: { name: "tokens", returned: "an object literal without `kind`", discriminant: "kind" },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 15,
        },
        { messageId: "notSumReturnLiteral", data: { name: "ids", returned: "an array", discriminant: "kind" }, line: 9, column: 3, endLine: 9, endColumn: 6 },
        {
          messageId: "notSumReturnLiteral",
          data: { name: "load", returned: "object literals with no property in common", discriminant: "kind" },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 7,
        },
      ],
    },
    {
      name: "a method that returns what another returns, in this file or a dependency's, returns that one's literals, and the message says whose (found on Postiz)",
      code: `import type { SetsRepository } from "./repositories.js";
class SetsService {
  constructor(private readonly sets: SetsRepository) {}
  createSet(name: string) {
    return this.sets.createSet(name);
  }
  async listSets() {
    return await this.sets.listSets();
  }
  createDefaultSet() {
    return this.createSet("default");
  }
  pick(total: number) {
    if (total > 1) return { total };
    return this.sets.createSet("pick");
  }
  findSet(id: string) {
    return this.sets.findSet(id);
  }
  summary = (name: string) => ({ name });
  either(first: boolean) {
    if (first) return this.sets.createSet("first");
    return this.sets.createSet("second");
  }
}`,
      errors: [
        {
          messageId: "notSumReturnLiteral",
          data: { name: "createSet", returned: "what `this.sets.createSet(…)` returns, an object literal without `kind`", discriminant: "kind" },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 12,
        },
        {
          messageId: "notSumReturnLiteral",
          data: { name: "listSets", returned: "what `this.sets.listSets(…)` returns, an array", discriminant: "kind" },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 17,
        },
        {
          messageId: "notSumReturnLiteral",
          data: { name: "createDefaultSet", returned: "what `this.createSet(…)` returns, an object literal without `kind`", discriminant: "kind" },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 19,
        },
        {
          messageId: "notSumReturnLiteral",
          data: { name: "pick", returned: "object literals with no property in common", discriminant: "kind" },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 7,
        },
        {
          messageId: "notSumReturnLiteral",
          data: { name: "summary", returned: "an object literal without `kind`", discriminant: "kind" },
          line: 20,
          column: 3,
          endLine: 20,
          endColumn: 10,
        },
        {
          messageId: "notSumReturnLiteral",
          data: { name: "either", returned: "an object literal without `kind`", discriminant: "kind" },
          line: 21,
          column: 3,
          endLine: 21,
          endColumn: 9,
        },
      ],
    },
    {
      name: "requireDeclaredResult: an inferred result is reported, sum type or not, and nothing else in the function",
      options: [{ requireDeclaredResult: true }],
      code: `${paymentsImport}
export function processPayout(id: string) {
  return { kind: "paid" as const, id };
}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  find(id: string) {
    return null;
  }
}`,
      errors: [
        { messageId: "undeclaredResult", data: { name: "processPayout", discriminant: "kind" }, line: 3, column: 17, endLine: 3, endColumn: 30 },
        { messageId: "undeclaredResult", data: { name: "find", discriminant: "kind" }, line: 8, column: 3, endLine: 8, endColumn: 7 },
      ],
    },
    {
      name: "a method of the project's own interface or base class, or a library hook the class does not implement, is still checked",
      code: `${paymentsImport}
import { ConsoleLogger } from "@nestjs/common";
interface Startable {
  start(): void;
}
export class PaymentService implements Startable {
  constructor(private readonly store: PaymentStore) {}
  start() {}
  onModuleInit() {}
}
abstract class BaseService extends ConsoleLogger {
  abstract settle(id: string): void;
}
export class PayoutService extends BaseService {
  constructor(private readonly store: PaymentStore) {
    super();
  }
  settle(id: string) {}
}`,
      errors: [
        { messageId: "nullableReturnType", data: typed("start", "void"), line: 9, column: 3, endLine: 9, endColumn: 8 },
        { messageId: "nullableReturnType", data: typed("onModuleInit", "void"), line: 10, column: 3, endLine: 10, endColumn: 15 },
        { messageId: "nullableReturnType", data: typed("settle", "void"), line: 19, column: 3, endLine: 19, endColumn: 9 },
      ],
    },
    {
      name: "a library member whose result is a type parameter the implementer picks (NestJS PipeTransform<T, R>, a CQRS handler's execute) is checked",
      code: `${paymentsImport}
import { Injectable, type PipeTransform } from "@nestjs/common";
@Injectable()
export class PaymentService implements PipeTransform<string, number> {
  constructor(private readonly store: PaymentStore) {}
  transform(value: string): number {
    return value.length;
  }
}`,
      errors: [
        { messageId: "notSumReturnType", data: typed("transform", "number"), line: 7, column: 29, endLine: 7, endColumn: 35 },
      ],
    },
    {
      name: "an object literal returned on some paths only is judged by its inferred type, which includes undefined",
      code: orchestrator(`  tokens(id: string) {
    if (id) {
      return { token: id };
    }
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("tokens", "{ token: string; } | undefined"), line: 5, column: 3, endLine: 5, endColumn: 9 },
      ],
    },
    {
      name: "an rxjs Observable is judged by what it emits: of data, not a sum type; of void, no result",
      code: `${paymentsImport}
import { of, type Observable } from "rxjs";
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  find(id: string): Observable<Payment> {
    return of(this.store.find(id)!);
  }
  remove(id: string): Observable<void> {
    return of(undefined);
  }
}`,
      errors: [
        { messageId: "notSumReturnType", data: typed("find", "Payment"), line: 6, column: 21, endLine: 6, endColumn: 40 },
        { messageId: "nullableReturnType", data: typed("remove", "void"), line: 9, column: 23, endLine: 9, endColumn: 39 },
      ],
    },
    {
      name: "an inferred result read from its returns is the type TypeScript infers: a readonly field's literal widened (a union of them is not), undefined from a reachable end, every return's value, an async method's values awaited, its observable promised (found on Novu)",
      code: `${paymentsImport}
import type { Observable } from "rxjs";
interface PaymentFeed { watch(id: string): Observable<ProcessPaymentResult> }
export class PaymentService {
  private readonly currency = "EUR";
  private readonly mode = Math.random() > 0.5 ? "live" : "test";
  constructor(private readonly store: PaymentStore, private readonly feed: PaymentFeed) {}
  currencyCode() {
    return this.currency;
  }
  modeName() {
    return this.mode;
  }
  async lookUp(id: string) {
    if (id) return this.store.find(id)!;
  }
  amountOrVip(id: string) {
    if (id) return this.store.find(id)!.amount;
    return this.store.find(id)!.isVip;
  }
  async watch(id: string) {
    return this.feed.watch(id);
  }
  async load(id: string) {
    return this.store.findAsync(id);
  }
}`,
      errors: [
        { messageId: "notSumReturnType", data: typed("currencyCode", "string"), line: 9, column: 3, endLine: 9, endColumn: 15 },
        { messageId: "notSumReturnType", data: typed("modeName", '"live" | "test"'), line: 12, column: 3, endLine: 12, endColumn: 11 },
        { messageId: "nullableReturnType", data: typed("lookUp", "Payment | undefined"), line: 15, column: 9, endLine: 15, endColumn: 15 },
        { messageId: "notSumReturnType", data: typed("amountOrVip", "boolean | number"), line: 18, column: 3, endLine: 18, endColumn: 14 },
        { messageId: "notSumReturnType", data: typed("watch", "Observable<ProcessPaymentResult>"), line: 22, column: 9, endLine: 22, endColumn: 14 },
        { messageId: "nullableReturnType", data: typed("load", "Payment | undefined"), line: 25, column: 9, endLine: 25, endColumn: 13 },
      ],
    },
    {
      name: "Promise<void> is one report, on the type, though its end is also reachable",
      code: orchestrator(`  async save(id: string): Promise<void> {
    await this.store.findAsync(id);
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("save", "void"), line: 5, column: 27, endLine: 5, endColumn: 40 },
      ],
    },
    {
      name: "a loop that may finish, an if without else, a catch that does not return",
      code: orchestrator(`  a(ids: readonly string[]): ProcessPaymentResult {
    for (const id of ids) {
      return { kind: "processed", paymentId: id };
    }
  }
  b(id: string): ProcessPaymentResult {
    if (id) {
      return { kind: "processed", paymentId: id };
    }
  }
  c(id: string): ProcessPaymentResult {
    try {
      return { kind: "processed", paymentId: id };
    } catch (error) {
      console.error(error);
    }
  }`),
      errors: [
        { messageId: "reachableEnd", data: { name: "a" }, line: 5, column: 3, endLine: 5, endColumn: 4 },
        { messageId: "reachableEnd", data: { name: "b" }, line: 10, column: 3, endLine: 10, endColumn: 4 },
        { messageId: "reachableEnd", data: { name: "c" }, line: 15, column: 3, endLine: 15, endColumn: 4 },
      ],
    },
    {
      name: "an exhaustive switch that breaks, and a labelled break out of an endless loop",
      code: orchestrator(`  a(result: ProcessPaymentResult): ProcessPaymentResult {
    switch (result.kind) {
      case "not_found":
        break;
      case "processed":
      case "verification_required":
        return result;
    }
  }
  b(id: string): ProcessPaymentResult {
    poll: while (true) {
      for (;;) {
        break poll;
      }
    }
  }`),
      errors: [
        { messageId: "reachableEnd", data: { name: "a" }, line: 5, column: 3, endLine: 5, endColumn: 4 },
        { messageId: "reachableEnd", data: { name: "b" }, line: 14, column: 3, endLine: 14, endColumn: 4 },
      ],
    },
    {
      name: "an orchestrating module-level function is reported on its name",
      code: `${paymentsImport}
export async function processPayment(id: string): Promise<ProcessPaymentResult> {
  if (id === "") {
    return { kind: "not_found", paymentId: id };
  }
}`,
      errors: [{ messageId: "reachableEnd", data: { name: "processPayment" }, line: 3, column: 23, endLine: 3, endColumn: 37 }],
    },
    {
      name: "a factory of use cases: the function it builds is judged, named by the call that runs it, and the factory is not",
      code: `${paymentsImport}
type Dependencies = { store: PaymentStore };
type DeletePayment = (id: string) => Promise<void>;
export const makeDeletePayment =
  ({ store }: Dependencies): DeletePayment =>
  async (id: string) => {
    await store.findAsync(id);
  };
export function makeFindPayment(store: PaymentStore) {
  return async (id: string) => store.findAsync(id);
}`,
      errors: [
        { messageId: "nullableReturnType", data: typed("makeDeletePayment(…)(…)", "void"), line: 7, column: 3, endLine: 7, endColumn: 24 },
        { messageId: "nullableReturnType", data: typed("makeFindPayment(…)(…)", "Payment | undefined"), line: 11, column: 10, endLine: 11, endColumn: 31 },
      ],
    },
    {
      name: "a function built by a factory is no decorator for a parameter type of the project's own that a decorator's is named like",
      code: `${paymentsImport}
interface PropertyDescriptor {
  readonly id: string;
}
export function makeDescribe(store: PaymentStore) {
  return async (descriptor: PropertyDescriptor) => {
    await store.findAsync(descriptor.id);
  };
}`,
      errors: [{ messageId: "nullableReturnType", data: typed("makeDescribe(…)(…)", "void"), line: 7, column: 10, endLine: 7, endColumn: 51 }],
    },
    {
      name: "an anonymous default-exported orchestrating function is reported on its head",
      code: `${paymentsImport}
export default async (store: PaymentStore): Promise<ProcessPaymentResult | undefined> => {
  return undefined;
};`,
      errors: [
        { messageId: "nullableReturnType", data: typed("export default", "ProcessPaymentResult | undefined"), line: 3, column: 45, endLine: 3, endColumn: 86 },
        { messageId: "nullReturn", data: { value: "undefined" }, line: 4, column: 10, endLine: 4, endColumn: 19 },
      ],
    },
    {
      name: "an arrow function property of an orchestrator",
      code: orchestrator(`  handle = async (id: string) => {
    if (id) return { kind: "processed" as const, paymentId: id };
  };`),
      errors: [
        {
          messageId: "nullableReturnType",
          data: { name: "handle", type: '{ kind: "processed"; paymentId: string; } | undefined', discriminant: "kind" },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
        },
        // `{ kind: "processed" } | undefined` is a sum type but for `undefined`: the path that makes it undefined is the edit.
        { messageId: "reachableEnd", data: { name: "handle" }, line: 5, column: 3, endLine: 5, endColumn: 9 },
      ],
    },
  ],
});

/** A program without `strictNullChecks` (tests/fixtures/loose): TypeScript erases `null` and `undefined` from its types. */
const looseFile = `${fixturesDirectory}loose/file.ts`;
const looseOrchestrator = (method: string) => `type Payment = { id: string };
type Found = { kind: "found"; payment: Payment } | { kind: "not_found" };
interface PaymentStore { find(id: string): Promise<Payment | null> }
class PaymentService {
${method}
  constructor(private readonly store: PaymentStore) {}
}`;

ruleTester.run("no-implicit-or-null-return, without strictNullChecks", rule, {
  valid: [
    {
      name: "a declared sum type without null",
      filename: looseFile,
      code: looseOrchestrator(`  async find(id: string): Promise<Found> {
    const payment = await this.store.find(id);
    return payment ? { kind: "found", payment } : { kind: "not_found" };
  }`),
    },
  ],
  invalid: [
    {
      name: "a declared sum type or null: the declaration says what the type no longer does",
      filename: looseFile,
      code: looseOrchestrator(`  async find(id: string): Promise<Found | null> {
    const payment = await this.store.find(id);
    return payment && { kind: "found", payment };
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("find", "Found | null"), line: 5, column: 27, endLine: 5, endColumn: 48 },
      ],
    },
    {
      name: "a result the caller picks, or null: the declaration's null is still reported, once, on the signature (found on refly)",
      filename: looseFile,
      code: looseOrchestrator(`  async load<T>(id: string, parse: (text: string) => T): Promise<T | null> {
    const payment = await this.store.find(id);
    if (!payment) return null;
    return parse(payment.id);
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("load", "T | null"), line: 5, column: 58, endLine: 5, endColumn: 75 },
      ],
    },
    {
      name: "a declared result written over several lines is quoted on one",
      filename: looseFile,
      code: looseOrchestrator(`  find(id: string):
    | Found
    | undefined {
    return undefined;
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("find", "Found | undefined"), line: 6, column: 5, endLine: 7, endColumn: 16 },
        {
          messageId: "nullReturn",
          data: { value: "undefined" },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 21,
          suggestions: [
            {
              messageId: "returnVariant",
              data: { variant: '{ kind: "not_found" }' },
              output: looseOrchestrator(`  find(id: string):
    | Found
    | undefined {
    return { kind: "not_found" };
  }`),
            },
          ],
        },
      ],
    },
    {
      name: "an inferred result is named with the `null` and `undefined` its returns write, as `strictNullChecks` would name it: TypeScript infers `any` for them alone, `never` beside a `never` call (found on ghostfolio, Hoppscotch)",
      filename: looseFile,
      code: looseOrchestrator(`  testSymbol() {
    return undefined;
  }
  async cached(id: string) {
    if (id === "") return null;
    return undefined;
  }
  async load(id: string) {
    const payment = await this.store.find(id);
    if (!payment) return null;
    return payment;
  }
  async cancel(id: string) {
    if (id === "") return;
    return Promise.reject(new Error(id));
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("testSymbol", "undefined"), line: 5, column: 3, endLine: 5, endColumn: 13 },
        { messageId: "nullableReturnType", data: typed("cached", "null | undefined"), line: 8, column: 9, endLine: 8, endColumn: 15 },
        { messageId: "nullableReturnType", data: typed("load", "Payment | null"), line: 12, column: 9, endLine: 12, endColumn: 13 },
        { messageId: "nullableReturnType", data: typed("cancel", "undefined"), line: 17, column: 9, endLine: 17, endColumn: 15 },
      ],
    },
    {
      name: "a sum type inferred beside a `null`: the signature and the `return null` are reported, as with `strictNullChecks`",
      filename: looseFile,
      code: looseOrchestrator(`  async find(id: string) {
    const payment = await this.store.find(id);
    if (!payment) return null;
    return { kind: "found" as const, payment };
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("find", '{ kind: "found"; payment: Payment; } | null'), line: 5, column: 9, endLine: 5, endColumn: 13 },
        { messageId: "nullReturn", data: { value: "null" }, line: 7, column: 26, endLine: 7, endColumn: 30 },
      ],
    },
    {
      name: "a declared data type or null is not a sum type either way; the message quotes the declaration",
      filename: looseFile,
      code: looseOrchestrator(`  async load(id: string): Promise<Payment | null> {
    return this.store.find(id);
  }`),
      errors: [
        { messageId: "nullableReturnType", data: typed("load", "Payment | null"), line: 5, column: 27, endLine: 5, endColumn: 50 },
      ],
    },
  ],
});
