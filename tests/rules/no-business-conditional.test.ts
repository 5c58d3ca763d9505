import rule from "../../rules/no-business-conditional.js";
import { canonicalOrchestrator, paymentsImport } from "../canonical.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** An orchestrator around one method body; the body's first line is line 6. */
function orchestrator(body: string): string {
  return `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly gateway: PaymentGateway) {}
  async process(payment: Payment, items: string[], user: { isVip: boolean }, id: string): Promise<ProcessPaymentResult> {
${body}
    return { kind: "processed", paymentId: id };
  }
}`;
}

const messageData = (inspected: string) => ({ inspected, discriminant: "kind" });

/** The report of a business condition on one line, quoting `inspected`. */
const businessCondition = (inspected: string, line: number, column: number, endColumn: number) => ({
  messageId: "businessCondition" as const,
  data: messageData(inspected),
  line,
  column,
  endLine: line,
  endColumn,
});

/**
 * A gateway returning one object type with a literal `kind`, and an environment declared as extending
 * what a function infers (as a typed `ProcessEnv` extends an environment schema); `conditions` start
 * on line 11.
 */
const oneMemberSumType = (conditions: string) => `
type Approval = { readonly kind: "approved"; readonly status: "final"; readonly by: string };
const loadEnvironment = () => ({ mode: "live" as "live" | "test", region: "eu" });
interface Environment extends ReturnType<typeof loadEnvironment> {}
interface ApprovalGateway { approve(): Approval }
export class ApprovalService {
  constructor(private readonly gateway: ApprovalGateway, private readonly environment: Environment) {}
  handle(): Approval {
    const approval = this.gateway.approve();
    const environment = this.environment;
${conditions}
    return approval;
  }
}`;

/** A `Result<T>` class told apart by boolean flags, as DDD codebases copy it, and a use case routing on it. */
const flaggedResult = `
class Result<T> {
  public isFailure: boolean;
  private constructor(public readonly isSuccess: boolean, public readonly value: T) { this.isFailure = !isSuccess; }
  get ok(): boolean { return this.isSuccess; }
  static ok<U>(value: U): Result<U> { return new Result<U>(true, value); }
}
interface User { readonly name: string }
interface UserRepo {
  create(name: string): Promise<Result<User>>;
  verified(name: string): Promise<Result<boolean>>;
}
export class CreateUserUseCase {
  constructor(private readonly users: UserRepo) {}
  async execute(name: string): Promise<Result<User>> {
    const userOrError = await this.users.create(name);
    if (userOrError.isFailure || !(userOrError.isSuccess && userOrError.ok)) return userOrError;
    const verified = await this.users.verified(name);
    if (verified.value) return userOrError;
    return Result.ok(userOrError.value);
  }
}`;
/** The same class told apart by a method (`isFailed(): boolean`), and a use case named by the interface it implements, as Standard Notes writes them. */
const methodFlaggedResult = `
class Result<T> {
  constructor(private isSuccess: boolean, private error?: string, private value?: T) {}
  isFailed(): boolean { return !this.isSuccess; }
  failedWith(error: string): boolean { return this.error === error; }
  getValue(): T { return this.value as T; }
  static ok<U>(value?: U): Result<U> { return new Result<U>(true, undefined, value); }
}
interface UseCaseInterface<T> { execute(id: string): Result<T> }
interface UuidFactory { create(id: string): Result<{ readonly value: string }> }
export class DeleteAuthenticator implements UseCaseInterface<string> {
  constructor(private readonly uuids: UuidFactory) {}
  execute(id: string): Result<string> {
    const uuidOrError = this.uuids.create(id);
    if (uuidOrError.isFailed()) return Result.ok("failed");
    if (uuidOrError.failedWith("expired")) return Result.ok("expired");
    return Result.ok(uuidOrError.getValue().value);
  }
}`;
const namedResult = { "dumb-orchestrator": { resultTypes: [{ from: "file", name: "Result", path: "file.ts" }] } };

ruleTester.run("no-business-conditional", rule, {
  valid: [
    {
      name: "a method written outside a class that is no orchestrator (this: Money) is not an orchestrator's",
      code: `
declare class Money {
  readonly cents: number;
}
export function isLarge(this: Money): boolean {
  if (this.cents > 10_000) return true;
  return false;
}`,
    },
    {
      name: "a for loop whose test bounds its own counter walks a list, as for…of does (found on hedgedoc)",
      code: orchestrator(`    for (let i = 0; i < items.length; i++) await this.gateway.charge(i);
    for (let left = 3, i = 0; left > i; left--) await this.gateway.charge(left);`),
    },
    {
      name: "asking whether a thrown value is one of JavaScript's own errors, to read its message, decides no business case (found on trigger.dev, refly)",
      code: orchestrator(`    try {
      await this.gateway.charge(payment.amount);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!(error instanceof globalThis.TypeError)) return { kind: "verification_required", reason };
    }`),
    },
    {
      name: "&& and || used as values decide nothing about which code runs",
      code: orchestrator(`    const first = items[0] || "none";
    await this.gateway.charge(Number(user.isVip && first));
    const both = user.isVip && items.length;
    void both;`),
    },
    {
      name: "a ?: used as a value that carries a missing value through, translating it when there, decides nothing, as ?. and ?? do (found on Hoppscotch, teable, refly)",
      code: orchestrator(`    const found = this.store.find(id);
    const cursor = items.at(-1);
    const page = { cursor: cursor ? { cursor } : undefined, first: !found ? null : String(found.amount) };
    const amount = found != null ? found.amount : null;
    const raw = items[0];
    const parsed = raw === undefined ? undefined : JSON.parse(raw);
    void page, amount, parsed, { cursor };`),
    },
    {
      name: "a ?: used as a value that carries a missing value through as nothing to spread, an empty object or list, or as itself decides nothing (found on Docmost, mea-nestjs)",
      code: orchestrator(`    const cursor = items.at(-1);
    const query = { limit: 10, ...(cursor ? { cursor } : {}), ...(cursor !== undefined ? { after: cursor } : ({} as object)) };
    const keys = [...items, ...(cursor ? [cursor] : [])];
    const parsed = cursor ? JSON.parse(cursor) : cursor;
    const trimmed = !cursor ? cursor : cursor.trim();
    void query, keys, parsed, trimmed;`),
    },
    {
      name: "a ?: used as a value that gives a default for a missing value decides nothing, as || and ?? do (found on HedgeDoc)",
      code: orchestrator(`    const given = items[0];
    const first = given ? given : "none";
    const lastItem = items.at(-1);
    const last = lastItem === undefined ? first : lastItem!;
    const vip = !user.isVip ? false : user.isVip;
    void first, last, vip;`),
    },
    {
      name: "a ?: used as a value that translates a missing value when there, else gives a default that reads nothing (a literal, new Date()), decides nothing, as ?. with ?? does (found on crowd.dev, OpenSauced)",
      code: orchestrator(`    const found = this.store.find(id);
    const cursor = items.at(-1);
    const keys = cursor ? cursor.split(",") : "";
    const amount = !found ? 0 : found.amount * 2;
    const sign = found != null ? found.amount : -1;
    const label = cursor ? \`/\${cursor}\` : \`none\`;
    const at = cursor ? new Date(cursor) : new Date();
    void keys, amount, sign, label, at;`),
    },
    {
      name: "a ?: used as a value that gives the larger or the smaller of the two values it compares computes, as Math.max does (found on refly, HedgeDoc, Ever Gauzy)",
      code: orchestrator(`    const limit = items.length;
    const larger = payment.amount > limit ? payment.amount : limit;
    const floor = limit <= 0 ? 0 : limit;
    const capped = (payment.amount as number) >= 100 ? 100 : payment.amount;
    void larger, floor, capped;`),
    },
    {
      name: "a ?: that gives the sign of a comparison of two values computes a sort order, as a - b and localeCompare do (found on mea-nestjs)",
      code: orchestrator(`    const sorted = [...items].sort((a, b) => (a < b ? -1 : 1));
    const byAmount = (left: Payment, right: Payment) => (left.amount === right.amount ? 0 : left.amount > right.amount ? 1 : -1);
    const byLength = (left: string, right: string) => (right.length <= left.length ? -1 : 1);
    void sorted, byAmount, byLength;`),
    },
    {
      name: "routing on oxide.ts's Result and Option through isErr() and isNone(), with no setting",
      code: `
import { Ok, Err, type Result, type Option } from "oxide.ts";
interface UserRepository {
  find(id: string): Promise<Option<string>>;
  charge(id: string): Promise<Result<number, Error>>;
}
export class ChargeUserService {
  constructor(private readonly users: UserRepository) {}
  async execute(id: string): Promise<Result<number, Error>> {
    const found = await this.users.find(id);
    if (found.isNone()) return Err(new Error("not found"));
    const charged = await this.users.charge(found.unwrap());
    return charged.isErr() ? Err(charged.unwrapErr()) : Ok(charged.unwrap());
  }
}`,
    },
    {
      name: "routing on a sum type through type predicates: neverthrow isOk/isErr, fp-ts isLeft, a user's own predicate",
      code: `
import { ok, err, type Result } from "neverthrow";
import * as E from "fp-ts/lib/Either.js";
type NotFound = { readonly kind: "not_found" };
type Found = { readonly kind: "found"; readonly id: string };
declare function isNotFound(r: NotFound | Found): r is NotFound;
interface PaymentStore {
  find(id: string): Result<number, Error>;
  lookup(id: string): NotFound | Found;
  legacy(id: string): E.Either<Error, number>;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  process(id: string): Result<number, Error> {
    const found = this.store.find(id);
    if (found.isErr()) return err(found.error);
    const legacy = this.store.legacy(id);
    if (E.isLeft(legacy)) return err(legacy.left);
    const looked = this.store.lookup(id);
    if (isNotFound(looked)) return err(new Error(looked.kind));
    return found.isOk() ? ok(found.value) : err(new Error("unreachable"));
  }
}`,
    },
    {
      name: "routing through a predicate TypeScript infers from a helper's body, on a function or a method",
      code: `
type NotFound = { readonly kind: "not_found" };
type Found = { readonly kind: "found"; readonly id: string };
const isNotFound = (r: NotFound | Found) => r.kind === "not_found";
class Lookups {
  isFound(r: NotFound | Found) {
    return r.kind === "found";
  }
}
interface PaymentStore {
  lookup(id: string): NotFound | Found;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore, private readonly lookups: Lookups) {}
  process(id: string): Found | NotFound {
    const looked = this.store.lookup(id);
    if (isNotFound(looked)) return looked;
    return this.lookups.isFound(looked) ? looked : { kind: "not_found" };
  }
}`,
    },
    {
      name: "routing on a project's own result type through its type predicates, with no setting",
      code: `
class Left<L> {
  constructor(readonly value: L) {}
  isLeft(): this is Left<L> { return true; }
}
class Right<A> {
  constructor(readonly value: A) {}
  isLeft(): this is Left<never> { return false; }
}
type Either<L, A> = Left<L> | Right<A>;
interface UserRepo {
  create(email: string): Promise<Either<"email_taken", string>>;
}
export class CreateUserUseCase {
  constructor(private readonly users: UserRepo) {}
  async execute(email: string): Promise<Either<"email_taken", number>> {
    const created = await this.users.create(email);
    if (created.isLeft()) return created;
    return new Right(created.value.length);
  }
}`,
    },
    {
      name: "routing on a sealed result class, whose own `this is` predicates name its subclasses (found on tunarr)",
      code: `
abstract class Result<T> {
  abstract isSuccess(): this is Success<T>;
  isFailure(): this is Failure<T> { return !this.isSuccess(); }
}
class Success<T> extends Result<T> {
  constructor(readonly value: T) { super(); }
  isSuccess(): this is Success<T> { return true; }
}
class Failure<T> extends Result<T> {
  constructor(readonly error: Error) { super(); }
  isSuccess(): this is Success<T> { return false; }
}
interface LibraryScanner {
  scan(id: string): Promise<Result<number>>;
}
export class SyncService {
  constructor(private readonly scanner: LibraryScanner) {}
  async sync(id: string): Promise<Result<number>> {
    const scanned = await this.scanner.scan(id);
    if (scanned.isFailure()) return new Failure(scanned.error);
    return scanned;
  }
}`,
    },
    {
      name: "a result named in resultTypes without a discriminant is told apart by the flags it declares boolean: routing, not business",
      settings: namedResult,
      code: flaggedResult.replace("    if (verified.value) return userOrError;\n", ""),
    },
    {
      name: "a named result's flag may be read through a method without parameters declared boolean (found on Standard Notes)",
      settings: namedResult,
      code: methodFlaggedResult.replace('    if (uuidOrError.failedWith("expired")) return Result.ok("expired");\n', ""),
    },
    {
      name: "a discriminant found by the type checker, whatever its name (_tag, type, __typename)",
      code: `
type Reply = { readonly __typename: "User"; readonly name: string } | { readonly __typename: "Bot" };
type Event = { readonly type: "created" } | { readonly type: "deleted" };
interface ReplyGateway {
  fetch(): Reply;
  next(): Event;
}
export class ReplyService {
  constructor(private readonly gateway: ReplyGateway) {}
  handle(): { readonly kind: "done" } {
    const reply = this.gateway.fetch();
    if (reply.__typename === "Bot") return { kind: "done" };
    const event = this.gateway.next();
    if (event.type === "created") return { kind: "done" };
    return { kind: "done" };
  }
}`,
    },
    {
      name: "one object type with a literal preferred discriminant is a one-member sum type: reading its kind routes",
      code: oneMemberSumType(`    if (approval.kind === "approved") return approval;`),
    },
    {
      name: "the canonical orchestrator of PATTERN.md",
      code: canonicalOrchestrator,
    },
    {
      name: "an if on a discriminant check, negated or combined",
      code: orchestrator(`    const fetched = await this.store.fetch(id, {} as Session);
    if (fetched.kind === "not_found") return fetched;
    if (!(fetched.kind !== "found" || "not_found" === fetched.kind)) {}
    const label = fetched.kind === "found" ? "found" : "missing";`),
    },
    {
      name: "a boolean-literal discriminant",
      settings: { "dumb-orchestrator": { discriminants: ["ok"] } },
      code: `
type Charge = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: string };
class PaymentOrchestrator {
  constructor(private readonly charge: () => Charge) {}
  run(): Charge {
    const result = this.charge();
    if (!result.ok) return result;
    return result.ok ? result : result;
  }
}`,
    },
    {
      name: "nullish checks with allowNullishChecks",
      options: [{ allowNullishChecks: true }],
      code: orchestrator(`    const found = this.store.find(id);
    if (found === undefined || found == null) return { kind: "not_found", paymentId: id };`),
    },
    {
      name: "conditions outside orchestrator classes are not judged",
      code: `
class PaymentPolicy {
  needsVerification(amount: number): boolean {
    if (amount > 10000) return true;
    return amount < 0 ? true : false;
  }
}`,
    },
    {
      name: "a switch on a plain variable and a nullish coalescing default",
      code: orchestrator(`    const status = payment.status;
    switch (status) {
      case "pending":
      case "charged":
        break;
    }
    const name = items[0] ?? "none";`),
    },
  ],
  invalid: [
    {
      name: "another literal property of one object type is data, and so is a member of an interface that extends what a function infers",
      code: oneMemberSumType(`    if (approval.status === "final") return approval;
    if (environment.mode === "test") return approval;`),
      errors: [businessCondition("approval.status", 11, 9, 36), businessCondition("environment.mode", 12, 9, 36)],
    },
    {
      name: "a ?: whose other branch does not read the value tested chooses, even beside null: a key or another's member of the same name is not that value",
      code: orchestrator(`    const found = this.store.find(id);
    const duplicate = found ? { found: true } : undefined;
    const isVip = user.isVip, vip = isVip ? payment.isVip : null;
    const first = items.length ? items : null;
    found ? this.gateway.charge(found.amount) : undefined;
    const limit = user.isVip ? payment.isVip : false;
    const fee = payment.amount > items.length ? items.length : 0;
    const options = { ...(user.isVip ? { vip: true } : {}), ...(found ? [] : items) };
    void duplicate, vip, first, limit, fee, options;`),
      errors: [
        businessCondition("found", 7, 23, 28),
        businessCondition("isVip", 8, 37, 42),
        businessCondition("items.length", 9, 19, 31),
        businessCondition("found", 10, 5, 10),
        businessCondition("user.isVip", 11, 19, 29),
        businessCondition("payment.amount", 12, 17, 46),
        businessCondition("user.isVip", 13, 27, 37),
        businessCondition("found", 13, 65, 70),
      ],
    },
    {
      name: "a default that reads nothing still chooses beside a branch that does not read the value tested, and a default that reads data chooses",
      code: orchestrator(`    const found = this.store.find(id);
    const label = user.isVip ? "vip" : "", price = found ? payment.amount : 0;
    const since = found ? new Date(found.amount) : new Date(payment.amount);
    void label, price, since;`),
      errors: [businessCondition("user.isVip", 7, 19, 29), businessCondition("found", 7, 52, 57), businessCondition("found", 8, 19, 24)],
    },
    {
      name: "a ?: that gives -1, 0 or 1 chooses unless every test compares the same two values, one by order: a flag, a tier or a flag choosing between comparators is a decision",
      code: orchestrator(`    const flag = payment.amount > 100 ? 1 : 0;
    const tier = payment.amount > 100 ? 1 : payment.amount > 50 ? 0 : -1;
    const same = payment.amount === items.length ? 1 : -1;
    const order = (a: number, b: number) => (user.isVip ? (a < b ? 1 : -1) : (a < b ? -1 : 1));
    void flag, tier, same, order;`),
      errors: [
        businessCondition("payment.amount", 6, 18, 38),
        businessCondition("payment.amount", 7, 18, 38),
        businessCondition("payment.amount", 7, 45, 64),
        businessCondition("payment.amount", 8, 18, 49),
        businessCondition("user.isVip", 9, 46, 56),
      ],
    },
    {
      name: "a Result class's flags are data until the class is named in resultTypes",
      code: flaggedResult,
      errors: [
        businessCondition("userOrError.isFailure", 17, 9, 76),
        businessCondition("verified.value", 19, 9, 23),
      ],
    },
    {
      name: "a method that takes what it checks is no flag of a named result, and a use case is known by the interface it implements",
      settings: namedResult,
      code: methodFlaggedResult,
      errors: [businessCondition("uuidOrError", 16, 9, 42)],
    },
    {
      name: "a named result's success value is data even when it is a boolean: only what the class declares boolean is a flag",
      settings: namedResult,
      code: flaggedResult,
      errors: [businessCondition("verified.value", 19, 9, 23)],
    },
    {
      name: "a method written outside its class, which declares the orchestrator as its this, is checked as the orchestrator's (found on undb)",
      code: `${paymentsImport}
import type { Refunds } from "./refunds.js";
export async function refund(this: Refunds, payment: Payment, id: string): Promise<ProcessPaymentResult> {
  if (payment.amount > 100) await this.gateway.charge(-payment.amount);
  return { kind: "processed", paymentId: id };
}
export function retry(this: PaymentOrchestrator, payment: Payment): void {
  while (payment.isVip) this.retries();
}
export class PaymentOrchestrator {
  retries(): void {}
}`,
      errors: [
        businessCondition("payment.amount", 5, 7, 27),
        businessCondition("payment.isVip", 9, 10, 23),
      ],
    },
    {
      name: "instanceof an error class of the project tells business cases apart, a message's text too, and instanceof Date checks data: all reported",
      code: `${paymentsImport}
class DeclinedError extends Error {}
class PaymentOrchestrator {
  constructor(private readonly gateway: PaymentGateway) {}
  async process(payment: Payment, id: string): Promise<ProcessPaymentResult> {
    try {
      await this.gateway.charge(payment.amount);
    } catch (error) {
      if (error instanceof DeclinedError) return { kind: "verification_required", reason: "declined" };
      if (error instanceof Error && error.message.includes("limit")) return { kind: "not_found", paymentId: id };
    }
    const paidAt: unknown = payment.status;
    if (paidAt instanceof Date) return { kind: "not_found", paymentId: id };
    return { kind: "processed", paymentId: id };
  }
}`,
      errors: [
        businessCondition("error", 10, 11, 41),
        businessCondition("error.message", 11, 11, 68),
        businessCondition("paidAt", 14, 9, 31),
      ],
    },
    {
      name: "a property that only some members have, read after a discriminant check left the others out, is no optional discriminant (found on Amplication)",
      code: `
interface BlockAttribute {
  readonly type: "attribute";
  readonly kind: "object" | "view";
  readonly name: string;
}
interface Field {
  readonly type: "field";
  readonly name: string;
}
export class SchemaService {
  constructor(private readonly gateway: { properties(): (BlockAttribute | Field)[] }) {}
  objectAttributes(): { readonly kind: "found"; readonly names: string[] } {
    const names = this.gateway
      .properties()
      .filter((prop) => prop.type === "attribute" && prop.kind === "object")
      .map((prop) => prop.name);
    return { kind: "found", names };
  }
}`,
      errors: [businessCondition("prop.kind", 16, 54, 76)],
    },
    {
      name: "an optional discriminant: the union is not a sum type, and the message says so",
      code: `
type Reply = { readonly kind?: "limit"; readonly max: number } | { readonly kind: "ok" };
interface ReplyGateway {
  fetch(): Reply;
}
export class ReplyService {
  constructor(private readonly gateway: ReplyGateway) {}
  handle(): { readonly kind: "done" } {
    const reply = this.gateway.fetch();
    if (reply.kind === "limit") return { kind: "done" };
    return { kind: "done" };
  }
}`,
      errors: [{ messageId: "optionalDiscriminant", data: messageData("reply.kind"), line: 10, column: 9, endLine: 10, endColumn: 31 }],
    },
    {
      name: "a predicate that narrows to null or to a primitive (lodash's isNil, a string check) checks a value, not a kind, even of a nullable sum type",
      code: `
type Found = { readonly kind: "found"; readonly id: string } | { readonly kind: "not_found" };
declare function isNil(value: unknown): value is null | undefined;
declare function isBlank(value: unknown): value is "";
interface PaymentStore {
  lookup(id: string): Found | undefined;
}
export class PaymentService {
  constructor(private readonly store: PaymentStore) {}
  process(id: string): Found {
    const found = this.store.lookup(id);
    if (isNil(found)) return { kind: "not_found" };
    if (isBlank(found)) return { kind: "not_found" };
    return found;
  }
}`,
      errors: [
        businessCondition("found", 12, 9, 21),
        businessCondition("found", 13, 9, 23),
      ],
    },
    {
      name: "a helper called on data: the message quotes the data, not the helper",
      code: orchestrator(`    if (sameId(payment.id, id)) return { kind: "processed", paymentId: id };`).replace(
        "class PaymentOrchestrator",
        "declare function sameId(a: string, b: string): boolean;\nclass PaymentOrchestrator",
      ),
      errors: [businessCondition("payment.id", 7, 9, 31)],
    },
    {
      name: "a domain method without a declared result, whose argument is not a sum type, checks a value",
      code: `
type LoginResult = { readonly kind: "logged_in" } | { readonly kind: "denied" };
class Speaker {
  constructor(private readonly password: string) {}
  doesNotHaveMatching(password: string) {
    return this.password !== password;
  }
}
interface SpeakerStore {
  find(email: string): Promise<Speaker>;
}
export class LoginSpeakerUseCase {
  constructor(private readonly speakers: SpeakerStore) {}
  async execute(email: string, password: string): Promise<LoginResult> {
    const speaker = await this.speakers.find(email);
    if (speaker.doesNotHaveMatching(password)) return { kind: "denied" };
    return { kind: "logged_in" };
  }
}`,
      errors: [businessCondition("speaker", 16, 9, 46)],
    },
    {
      name: "a static helper (Array.isArray) is asked about its argument, which the message quotes",
      code: orchestrator(`    if (Array.isArray(payment.id)) return { kind: "processed", paymentId: id };`),
      errors: [businessCondition("payment.id", 6, 9, 34)],
    },
    {
      name: "an imported module's helper (lodash's `_`, node:path) is asked about its argument, which the message quotes",
      code: `import * as path from "node:path";\n${orchestrator(`    if (path.isAbsolute(payment.id)) return { kind: "processed", paymentId: id };`)}`,
      errors: [businessCondition("payment.id", 7, 9, 36)],
    },
    {
      name: "a helper of the orchestrator's own or of a collaborator is asked about its first data argument (not a key or options written out, not `new Date()`, not a callback, without type assertions), also of a list written in place, which is quoted when it is asked with a callback; without one the message quotes the call (found on Reactive-Resume, medusa)",
      code: orchestrator(`    if (this.isLarge(payment.amount)) return { kind: "processed", paymentId: id };
    if (this.isOpen()) return { kind: "processed", paymentId: id };
    if (await this.gateway.isBlocked(payment.id)) return { kind: "processed", paymentId: id };
    if (this.gateway.isOpen()) return { kind: "processed", paymentId: id };
    if (this.gateway.flag("express", { strict: true })) return { kind: "processed", paymentId: id };
    if (this.gateway.isAfter(new Date(), payment.amount)) return { kind: "processed", paymentId: id };
    if (["p-1", "p-2"].includes(payment.id)) return { kind: "processed", paymentId: id };
    if ([payment.id, id].some((value) => value.startsWith("p-"))) return { kind: "processed", paymentId: id };
    if (["p-1"].includes(payment.id as string)) return { kind: "processed", paymentId: id };`)
        .replace(
          "private readonly gateway: PaymentGateway) {}",
          "private readonly gateway: PaymentGateway & { isBlocked(id: string): Promise<boolean>; isOpen(): boolean; flag(name: string, options: { strict: boolean }): boolean; isAfter(at: Date, amount: number): boolean }) {}",
        )
        .replace("  async process(", "  private isLarge(amount: number): boolean { return amount > 10; }\n  private isOpen(): boolean { return true; }\n  async process("),
      errors: [
        businessCondition("amount", 5, 53, 64),
        businessCondition("payment.amount", 8, 9, 37),
        businessCondition("this.isOpen()", 9, 9, 22),
        businessCondition("payment.id", 10, 9, 49),
        businessCondition("this.gateway.isOpen()", 11, 9, 30),
        businessCondition('this.gateway.flag("express", { strict: …', 12, 9, 55),
        businessCondition("payment.amount", 13, 9, 57),
        businessCondition("payment.id", 14, 9, 44),
        businessCondition("[payment.id, id]", 15, 9, 65),
        businessCondition("payment.id", 16, 9, 47),
      ],
    },
    {
      name: "an enum member or a constant given to a helper is a key, not data: the message quotes the call, or the first argument that is data; a property typed by one enum member is data; so is a list of an enum's values (found on Ever Gauzy, Novu, Laudspeaker)",
      code: `enum Permission { Refund = "refund", Charge = "charge" }
const EXPRESS = "express";
declare const command: { readonly role: Permission.Refund };
${orchestrator(`    if (this.gateway.can(Permission.Refund)) return { kind: "processed", paymentId: id };
    if (this.gateway.flag(EXPRESS, payment.id)) return { kind: "processed", paymentId: id };
    if ([Permission.Refund, Permission.Charge].includes(command.role)) return { kind: "processed", paymentId: id };
    if (!Object.values(Permission).includes(command.role)) return { kind: "processed", paymentId: id };
    if (Object.values(payment).includes(id)) return { kind: "processed", paymentId: id };`).replace(
        "private readonly gateway: PaymentGateway) {}",
        "private readonly gateway: PaymentGateway & { can(permission: Permission): boolean; flag(name: string, id: string): boolean }) {}",
      )}`,
      errors: [
        businessCondition("this.gateway.can(Permission.Refund)", 9, 9, 44),
        businessCondition("payment.id", 10, 9, 47),
        businessCondition("command.role", 11, 9, 70),
        businessCondition("command.role", 12, 9, 58),
        businessCondition("Object.values(payment)", 13, 9, 44),
      ],
    },
    {
      name: "a helper's call is seen through to the data it converts (`Number(x)`, a namespace's or a global function's, a regular expression's); a method of the data stays whole (found on ghostfolio, nestjs-prisma-starter, refly)",
      code: orchestrator(`    if (Number.isInteger(Number(payment.amount))) return { kind: "processed", paymentId: id };
    if (Codec.encode(payment.id) === id) return { kind: "processed", paymentId: id };
    if (parseInt(id, 10) > 3) return { kind: "processed", paymentId: id };
    if (items.at(0) === id) return { kind: "processed", paymentId: id };
    const idPattern = /^p-/;
    if (!idPattern.test(payment.id)) return { kind: "processed", paymentId: id };
    if (/^p-/.test(id)) return { kind: "processed", paymentId: id };`).replace("class PaymentOrchestrator", "declare const Codec: { encode(value: string): string };\nclass PaymentOrchestrator"),
      errors: [
        businessCondition("payment.amount", 7, 9, 49),
        businessCondition("payment.id", 8, 9, 40),
        businessCondition("id", 9, 9, 29),
        businessCondition("items.at(0)", 10, 9, 27),
        businessCondition("payment.id", 12, 9, 36),
        businessCondition("id", 13, 9, 23),
      ],
    },
    {
      name: "if on a domain amount",
      code: orchestrator(`    if (payment.amount > 10000) {
      return { kind: "verification_required", reason: "amount" };
    }`),
      errors: [businessCondition("payment.amount", 6, 9, 31)],
    },
    {
      name: "a ternary on the number of items",
      code: orchestrator(`    const next = items.length === 0 ? "empty" : "full";`),
      errors: [businessCondition("items.length", 6, 18, 36)],
    },
    {
      name: "&& used to branch on a flag",
      code: orchestrator(`    user.isVip && this.gateway.charge(payment.amount);`),
      errors: [businessCondition("user.isVip", 6, 5, 15)],
    },
    {
      name: "a loop test, a standalone comparison, and && deciding whether a statement runs",
      code: orchestrator(`    while (items.length > 1) items.pop();
    const isLarge = payment.amount >= 5000;
    user.isVip && this.gateway.charge(1);
    items.includes(id) || this.gateway.charge(2);
    for (let i = 0; i < items.length && !user.isVip; i++) items.pop();
    for (let i = 0; payment.amount > 100; i++) items.pop();`),
      errors: [
        businessCondition("items.length", 6, 12, 28),
        businessCondition("payment.amount", 7, 21, 43),
        businessCondition("user.isVip", 8, 5, 15),
        businessCondition("items", 9, 5, 23),
        businessCondition("user.isVip", 10, 21, 52),
        businessCondition("payment.amount", 11, 21, 41),
      ],
    },
    {
      name: "a combined condition is reported once, naming its business part",
      code: orchestrator(`    const fetched = await this.store.fetch(id, {} as Session);
    if (fetched.kind === "found" && fetched.payment.isVip) return { kind: "processed", paymentId: id };`),
      errors: [
        {
          messageId: "businessCondition",
          data: messageData("fetched.payment.isVip"),
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 58,
        },
      ],
    },
    {
      name: "nullish checks are business conditions by default",
      code: orchestrator(`    if (this.store.find(id) === undefined) return { kind: "not_found", paymentId: id };`),
      errors: [businessCondition("this.store.find(id)", 6, 9, 42)],
    },
    {
      name: "a switch on a property of a plain object",
      code: orchestrator(`    switch (payment.status) {
      case "pending":
      case "charged":
        break;
    }`),
      errors: [{ messageId: "nonDiscriminantSwitch", data: messageData("payment.status"), line: 6, column: 13, endLine: 6, endColumn: 27 }],
    },
    {
      name: "allowDiscriminantIf false asks for a switch",
      options: [{ allowDiscriminantIf: false }],
      code: orchestrator(`    const fetched = await this.store.fetch(id, {} as Session);
    if (fetched.kind === "not_found") return fetched;`),
      errors: [{ messageId: "discriminantIf", data: messageData("fetched.kind"), line: 7, column: 9, endLine: 7, endColumn: 37 }],
    },
    {
      name: "a condition in a callback inside an orchestrator method",
      code: orchestrator(`    const big = items.filter((item) => item.length > 3);`),
      errors: [businessCondition("item.length", 6, 40, 55)],
    },
  ],
});
