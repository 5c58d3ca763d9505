import rule from "../../rules/frozen-orchestrator.js";
import { canonicalOrchestrator, expandedModel, paymentsImport } from "../canonical.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();

/** An orchestrator with `#private` fields; `gatewayModifier` is what the fix writes before `#gateway`. */
/** An Angular service's imports and the API class it injects. */
const angularPaymentApi = `import { Injectable, inject } from "@angular/core";
declare class PaymentApi {
  charge(id: string): Promise<void>;
}`;

const angularInjection = (gatewayModifier: string) => `${angularPaymentApi}
declare function build(): PaymentApi;
@Injectable({ providedIn: "root" })
export class PaymentService {
  private readonly api = inject(PaymentApi);
  private ${gatewayModifier}gateway = inject(PaymentApi);
  private readonly retries: PaymentApi;
  private readonly built = build();
  constructor() {
    this.retries = inject(PaymentApi);
  }
}`;

/** A field reported as state or as a constant, on its name, with the type the message shows. */
const fieldReport = (messageId: "stateField" | "constantField", name: string, type: string, line: number, column: number) => ({
  messageId,
  data: { name, type },
  line,
  column,
  endLine: line,
  endColumn: column + name.length,
});

const privateFields = (gatewayModifier: string) => `${paymentsImport}
declare class Logger {
  constructor(name: string);
  log(message: string): void;
}
class PaymentOrchestrator {
  readonly #logger = new Logger(PaymentOrchestrator.name);
  readonly #store: PaymentStore;
  ${gatewayModifier}#gateway: PaymentGateway;
  constructor(store: PaymentStore, gateway: PaymentGateway) {
    this.#store = store;
    this.#gateway = gateway;
  }
}`;

ruleTester.run("frozen-orchestrator", rule, {
  valid: [
    {
      name: "an Effect service declares no functions of its own: its body is the library's, its dependencies come from the context",
      code: `
import { Context, Effect } from "effect";
class HealthRepo extends Context.Tag("HealthRepo")<HealthRepo, { readonly ping: () => Effect.Effect<boolean> }>() {}
export class HealthService extends Effect.Service<HealthService>()("HealthService", {
  effect: Effect.gen(function* () {
    const repo = yield* HealthRepo;
    return { check: () => repo.ping() } as const;
  }),
}) {}`,
    },
    {
      name: "injected collaborators are dependencies whatever their name or mix of members",
      code: `
declare class ListQueryBuilder {
  private readonly cache: Map<string, string>;
  build(): string;
}
interface ConnectionPool {
  readonly maxSize: number;
  acquire(): Promise<void>;
}
interface AppConfig {
  readonly currency: string;
}
export class OrderService {
  constructor(
    private readonly listQueryBuilder: ListQueryBuilder,
    private readonly pool: ConnectionPool,
    private readonly config: AppConfig,
  ) {}
}`,
    },
    {
      name: "methods written as arrow-function properties, or built from a function in place, are methods, not fields (found on nest-admin)",
      code: `${paymentsImport}
declare function throttle<F extends (...args: never[]) => unknown>(fn: F, wait: number): F & { cancel(): void };
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  notify = async (to: string): Promise<number> => to.length;
  format = function (id: string): string {
    return id;
  };
  refreshCount = throttle(async () => this.store.find("count"), 3000);
}`,
    },
    {
      name: "a table of functions, written in place or in the constructor, is methods under one name, not state (found on Amplication)",
      code: `${paymentsImport}
type PaymentEvent = "captured" | "refunded";
class PaymentOrchestrator {
  private handlers: { [event in PaymentEvent]: (id: string) => Promise<void> } = {
    captured: async (id) => {
      await this.store.find(id);
    },
    async refunded(id) {
      await this.store.find(id);
    },
  };
  private readonly formatters: Record<string, (id: string) => string>;
  constructor(private readonly store: PaymentStore) {
    this.formatters = { short: (id) => id.slice(0, 8), long: function (id) { return id; } };
  }
}`,
    },
    {
      name: "an allowed type (NestJS's Logger) may be constructed in place",
      code: `
import { Injectable, Logger } from "@nestjs/common";
interface PaymentStore {
  find(id: string): Promise<number>;
}
@Injectable()
export class PaymentModifier {
  private readonly logger = new Logger(PaymentModifier.name);
  constructor(private readonly store: PaymentStore) {}
}`,
    },
    {
      name: "the canonical orchestrator of PATTERN.md",
      code: canonicalOrchestrator,
    },
    {
      name: "a decorated NestJS-style service with an injected repository",
      code: `${paymentsImport}
function Injectable(): ClassDecorator {
  return () => {};
}
interface PaymentRepository {
  find(id: string): Promise<Payment | undefined>;
}
@Injectable()
export class PaymentService {
  constructor(private readonly repo: PaymentRepository) {}
}`,
    },
    {
      name: "injected configuration values and functions are allowed when readonly",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private readonly currency: string;
  constructor(
    private readonly store: PaymentStore,
    private readonly timeoutMs: number,
    private readonly now: () => Date,
    private readonly mode: "live" | "test",
    private readonly enabled: boolean,
    currency: "EUR" | "USD",
  ) {
    this.currency = currency;
  }
}`,
    },
    {
      name: "fields the constructor or an initializer reads from its parameters (a literal default beside), a decorator injects or Object.assign sets are injected; a function built there is behaviour (found on podkrepi-bg)",
      code: `${paymentsImport}
declare function Inject(): PropertyDecorator;
interface AppConfig {
  readonly bucket: string;
  readonly flags?: { readonly retries: number };
  get(key: string): string;
}
class PaymentOrchestrator {
  private readonly bucket: string;
  private readonly region: string;
  private readonly retries: number;
  private readonly limit: number;
  private readonly sender: string;
  private readonly countPayments: () => Promise<number>;
  @Inject() private readonly currency!: string;
  private readonly archive = this.settings.get("archive") ?? "payments-archive";
  constructor(
    private readonly store: PaymentStore,
    config: AppConfig,
    { limit }: { limit: number },
    email?: { sender: string },
    private readonly settings: AppConfig = config,
  ) {
    this.bucket = config.bucket;
    this.region = config.get("region");
    const flags = config.flags;
    this.retries = flags?.retries ?? 3;
    this.limit = limit;
    if (email) {
      this.sender = email.sender;
    } else {
      this.sender = "not-configured";
    }
    this.countPayments = async () => 0;
  }
}
class RefundOrchestrator {
  private readonly mode!: string;
  constructor(private readonly store: PaymentStore, options: { mode: string }) {
    Object.assign(this, options);
  }
}`,
    },
    {
      name: "a string, number or boolean computed from what was injected is configuration: a function given it, arithmetic, a template, a negation, a choice (found on teable)",
      code: `${paymentsImport}
declare function seconds(text: string): number;
interface AuthConfig {
  readonly expiresIn: string;
  readonly host: string;
  get(key: string): string | undefined;
}
class PaymentOrchestrator {
  private readonly ttl: number;
  private readonly expireAfter: number;
  private readonly origin: string;
  private readonly enabled: boolean;
  private readonly mode = this.config.get("MODE") === "fast" ? "fast" : "safe";
  private readonly port = Number(this.config.get("PORT") ?? 3000);
  constructor(private readonly store: PaymentStore, private readonly config: AuthConfig) {
    this.ttl = seconds(config.expiresIn);
    this.expireAfter = this.ttl + 60 * 2;
    this.origin = \`https://\${config.host}\`;
    this.enabled = !config.get("DISABLED");
  }
}`,
    },
    {
      name: "optional injected values and unique-symbol brands (found linting rxjs and effect)",
      code: `${paymentsImport}
declare const TypeId: unique symbol;
class PaymentOrchestrator {
  readonly [TypeId] = TypeId;
  constructor(
    private readonly store: PaymentStore,
    private readonly shouldRetry?: () => boolean,
    private readonly region?: string,
  ) {}
}`,
    },
    {
      name: "a port (an interface of methods) and a bundle of dependencies are dependencies",
      code: `${paymentsImport}
interface Clock { now(): Date }
class PaymentOrchestrator {
  constructor(
    private readonly clock: Clock,
    private readonly deps: { readonly store: PaymentStore; readonly gateway: PaymentGateway },
  ) {}
}`,
    },
    {
      name: "a static factory that builds the orchestrator is not orchestration",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  static create(store: PaymentStore): PaymentOrchestrator {
    return new PaymentOrchestrator(store);
  }
}`,
    },
    {
      name: "fields inherited from a base class count as fields",
      code: `${paymentsImport}
abstract class BaseOrchestrator {
  constructor(protected readonly store: PaymentStore) {}
}
class PaymentOrchestrator extends BaseOrchestrator {
  describe(): string {
    return "payments";
  }
}`,
    },
    {
      name: "classes that are not orchestrators may hold state",
      code: `
class PaymentCache {
  private entries = new Map<string, number>();
  private hits = 0;
  get(key: string): number | undefined {
    this.hits++;
    return this.entries.get(key);
  }
}`,
    },
    {
      name: "a method bound to its instance, in a helper the constructor calls, holds no state (found on clean-arch-solid-ddd)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {
    this.bindHandlers();
  }
  private bindHandlers(): void {
    this.onSettled = this.onSettled.bind(this);
  }
  onSettled(id: string): void {
    void this.store.fetch(id, {} as Session);
  }
}`,
    },
    {
      name: "this inside a nested function or class is not the orchestrator",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  build(): object {
    return {
      count: 0,
      increment: function (this: { count: number }) {
        this.count++;
      },
    };
  }
}`,
    },
  ],
  invalid: [
    {
      name: "a table that holds data beside its functions, or is given something else too, is state",
      code: `${paymentsImport}
type Handler = (id: string) => Promise<void>;
class PaymentOrchestrator {
  private readonly handlers: Record<string, Handler | number> = { captured: async () => {}, retries: 3 };
  private readonly formatters: Record<string, Handler>;
  constructor(private readonly store: PaymentStore, fallback: boolean) {
    this.formatters = fallback ? {} : { captured: async () => {} };
  }
}`,
      errors: [fieldReport("stateField", "handlers", "Record<string, Handler | number>", 5, 20), fieldReport("stateField", "formatters", "Record<string, Handler>", 6, 20)],
    },
    {
      name: "a write through this in a method written outside the class (this: PaymentService) changes the orchestrator after construction: reported there, and readonly is not offered for that field (found on undb's layout)",
      code: `${paymentsImport}
export class PaymentService {
  constructor(public store: PaymentStore, private gateway: PaymentGateway) {}
  swap = swapStore;
}
export function swapStore(this: PaymentService, next: PaymentStore): void {
  this.store = next;
}`,
      output: `${paymentsImport}
export class PaymentService {
  constructor(public store: PaymentStore, private readonly gateway: PaymentGateway) {}
  swap = swapStore;
}
export function swapStore(this: PaymentService, next: PaymentStore): void {
  this.store = next;
}`,
      errors: [
        { messageId: "notReadonly", data: { name: "store" }, line: 4, column: 22, endLine: 4, endColumn: 27 },
        { messageId: "notReadonly", data: { name: "gateway" }, line: 4, column: 51, endLine: 4, endColumn: 58 },
        { messageId: "mutation", data: { target: "this.store" }, line: 8, column: 3, endLine: 8, endColumn: 13 },
      ],
    },
    {
      name: "a static block sets up the class once, as an initializer does: its writes are no change of state, but a callback it starts changes state later, and readonly (which could not compile there) is not offered (found on Tunarr)",
      code: `${paymentsImport}
class LanguageService {
  static knownCodes: Set<string>;
  static lookups: number;
  static {
    this.knownCodes = new Set(["en", "fr"]);
    this.lookups = 0;
    setInterval(() => {
      this.lookups = 0;
    }, 1000);
  }
  constructor(private readonly store: PaymentStore) {}
}`,
      errors: [
        { messageId: "notReadonly", data: { name: "knownCodes" }, line: 4, column: 10, endLine: 4, endColumn: 20 },
        { messageId: "notReadonly", data: { name: "lookups" }, line: 5, column: 10, endLine: 5, endColumn: 17 },
        { messageId: "mutation", data: { target: "this.lookups" }, line: 10, column: 7, endLine: 10, endColumn: 19 },
      ],
    },
    {
      name: "writes through an alias of this or the class name: mutations, and readonly (which could not compile) is not offered",
      code: `${paymentsImport}
class PaymentOrchestrator {
  static instances = 0;
  private store: PaymentStore;
  constructor(store: PaymentStore) {
    this.store = store;
    PaymentOrchestrator.instances++;
  }
  swap(store: PaymentStore): void {
    const self = this;
    self.store = store;
  }
  reset(): void {
    PaymentOrchestrator.instances = 0;
  }
}`,
      errors: [
        { messageId: "notReadonly", data: { name: "instances" }, line: 4, column: 10, endLine: 4, endColumn: 19 },
        { messageId: "notReadonly", data: { name: "store" }, line: 5, column: 11, endLine: 5, endColumn: 16 },
        { messageId: "mutation", data: { target: "self.store" }, line: 12, column: 5, endLine: 12, endColumn: 15 },
        { messageId: "mutation", data: { target: "PaymentOrchestrator.instances" }, line: 15, column: 5, endLine: 15, endColumn: 34 },
      ],
    },
    {
      name: "a class decorated @Injectable() is an orchestrator whatever its name",
      code: `
import { Injectable } from "@nestjs/common";
@Injectable()
export class OrderModifier {
  private readonly seen = new Set<string>();
}`,
      errors: [fieldReport("stateField", "seen", "Set<string>", 5, 20)],
    },
    {
      name: "an injected mutable collection is state",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore, private readonly pending: Map<string, Payment>) {}
}`,
      errors: [
        fieldReport("stateField", "pending", "Map<string, Payment>", 4, 70),
      ],
    },
    {
      name: "#private fields are judged like private ones: a Logger built in place and an injected store pass, a writable one gets readonly",
      code: privateFields(""),
      output: privateFields("readonly "),
      errors: [{ messageId: "notReadonly", data: { name: "#gateway" }, line: 10, column: 3, endLine: 10, endColumn: 11 }],
    },
    {
      name: "a computed key gets readonly before its bracket, and is judged by the field's type, not the key's",
      code: `${paymentsImport}
declare const key: unique symbol;
class PaymentOrchestrator {
  private [key]: PaymentStore;
  constructor(store: PaymentStore) {
    this[key] = store;
  }
}`,
      output: `${paymentsImport}
declare const key: unique symbol;
class PaymentOrchestrator {
  private readonly [key]: PaymentStore;
  constructor(store: PaymentStore) {
    this[key] = store;
  }
}`,
      errors: [{ messageId: "notReadonly", data: { name: "key" }, line: 5, column: 12, endLine: 5, endColumn: 15 }],
    },
    {
      name: "writes readonly cannot see from the class (an alias of this) make readonly a suggestion; an auto-accessor gets none",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private store: PaymentStore;
  accessor gateway: PaymentGateway;
  constructor(store: PaymentStore, gateway: PaymentGateway) {
    this.store = store;
    this.gateway = gateway;
  }
}
export function swap(orchestrator: PaymentOrchestrator, store: PaymentStore): void {
  const self = orchestrator as unknown as { store: PaymentStore };
  self.store = store;
}`,
      errors: [
        {
          messageId: "notReadonly",
          data: { name: "store" },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: "addReadonly",
              data: { name: "store" },
              output: `${paymentsImport}
class PaymentOrchestrator {
  private readonly store: PaymentStore;
  accessor gateway: PaymentGateway;
  constructor(store: PaymentStore, gateway: PaymentGateway) {
    this.store = store;
    this.gateway = gateway;
  }
}
export function swap(orchestrator: PaymentOrchestrator, store: PaymentStore): void {
  const self = orchestrator as unknown as { store: PaymentStore };
  self.store = store;
}`,
            },
          ],
        },
        { messageId: "notReadonly", data: { name: "gateway" }, line: 5, column: 12, endLine: 5, endColumn: 19 },
      ],
    },
    {
      name: "an assignment from a callback in the constructor or through destructuring is a write after construction",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private store: PaymentStore;
  constructor(store: PaymentStore, later: (f: () => void) => void) {
    this.store = store;
    later(() => {
      this.store = store;
    });
  }
  swap(stores: PaymentStore[]): void {
    [this.store] = stores;
  }
}`,
      errors: [
        { messageId: "notReadonly", data: { name: "store" }, line: 4, column: 11, endLine: 4, endColumn: 16 },
        { messageId: "mutation", data: { target: "this.store" }, line: 8, column: 7, endLine: 8, endColumn: 17 },
        { messageId: "mutation", data: { target: "this.store" }, line: 12, column: 6, endLine: 12, endColumn: 16 },
      ],
    },
    {
      name: "a Map cache field is state: one report, not also \"not readonly\" (it belongs in a store, readonly or not)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private cache = new Map<string, Payment>();
  constructor(private readonly store: PaymentStore) {}
}`,
      errors: [
        fieldReport("stateField", "cache", "Map<string, Payment>", 4, 11),
      ],
    },
    {
      name: "a Map field is state also where a package augments the global Map (as ts-reset does)",
      code: `${paymentsImport}
declare global {
  interface Map<K, V> {
    hasEntry(key: K): boolean;
  }
}
class PaymentOrchestrator {
  private readonly cache = new Map<string, Payment>();
  constructor(private readonly store: PaymentStore) {}
}`,
      errors: [fieldReport("stateField", "cache", "Map<string, Payment>", 9, 20)],
    },
    {
      name: "a field's type is named as written where the checker prints it expanded (found on refly: its Prisma models)",
      code: `${expandedModel}class AccessService {
  private readonly cache: Map<string, Access> = new Map();
  constructor(private readonly store: AccessStore) {}
}`,
      errors: [fieldReport("stateField", "cache", "Map<string, Access>", 6, 20)],
    },
    {
      name: "a class with no fields is a stateless orchestrator",
      code: `
class PaymentOrchestrator {
  process(): void {}
}`,
      errors: [{ messageId: "stateless", data: { name: "PaymentOrchestrator" }, line: 2, column: 7, endLine: 2, endColumn: 26 }],
    },
    {
      name: "a counter updated in a method: the field is state, and the update is reported where it happens",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private attempts = 0;
  constructor(private readonly store: PaymentStore) {}
  retry(): void {
    this.attempts++;
  }
}`,
      errors: [
        fieldReport("stateField", "attempts", "number", 4, 11),
        { messageId: "mutation", data: { target: "this.attempts" }, line: 7, column: 5, endLine: 7, endColumn: 18 },
      ],
    },
    {
      name: "compound and nested assignments through this, also from arrow callbacks",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  track(ids: readonly string[]): void {
    ids.forEach((id) => {
      (this as any).total += id.length;
    });
    this.store.find = () => undefined;
  }
}`,
      errors: [
        { messageId: "mutation", data: { target: "(this as any).total" }, line: 7, column: 7, endLine: 7, endColumn: 26 },
        { messageId: "mutation", data: { target: "this.store.find" }, line: 9, column: 5, endLine: 9, endColumn: 20 },
      ],
    },
    {
      name: "a method replaced, or bound to something other than the instance, is a mutation",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  rebind(other: PaymentOrchestrator): void {
    this.onSettled = this.onSettled.bind(other);
    this.onFailed = this.onSettled.bind(this);
  }
  onSettled(): void {}
  onFailed(): void {}
}`,
      errors: [
        { messageId: "mutation", data: { target: "this.onSettled" }, line: 6, column: 5, endLine: 6, endColumn: 19 },
        { messageId: "mutation", data: { target: "this.onFailed" }, line: 7, column: 5, endLine: 7, endColumn: 18 },
      ],
    },
    {
      name: "a private parameter property gets readonly as an autofix; a protected one, which a subclass may write, as a suggestion",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(
    private store: PaymentStore,
    protected gateway: PaymentGateway,
  ) {}
}`,
      output: `${paymentsImport}
class PaymentOrchestrator {
  constructor(
    private readonly store: PaymentStore,
    protected gateway: PaymentGateway,
  ) {}
}`,
      errors: [
        { messageId: "notReadonly", data: { name: "store" }, line: 5, column: 13, endLine: 5, endColumn: 18 },
        {
          messageId: "notReadonly",
          data: { name: "gateway" },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: "addReadonly",
              data: { name: "gateway" },
              output: `${paymentsImport}
class PaymentOrchestrator {
  constructor(
    private store: PaymentStore,
    protected readonly gateway: PaymentGateway,
  ) {}
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a field assigned only in the constructor gets readonly as an autofix",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private store: PaymentStore;
  constructor(store: PaymentStore) {
    this.store = store;
  }
}`,
      output: `${paymentsImport}
class PaymentOrchestrator {
  private readonly store: PaymentStore;
  constructor(store: PaymentStore) {
    this.store = store;
  }
}`,
      errors: [{ messageId: "notReadonly", data: { name: "store" }, line: 4, column: 11, endLine: 4, endColumn: 16 }],
    },
    {
      name: "a dependency constructed inside is named as its `new` writes it, not by its instance type (found on ghostfolio's `new YahooFinance(…)`)",
      code: `${paymentsImport}
declare class QuoteClient {
  quote(symbol: string): Promise<number>;
}
declare const Quotes: new () => QuoteClient & { readonly search: (query: string) => Promise<string[]> };
declare const sdk: { readonly Quotes: typeof Quotes };
class PaymentOrchestrator {
  private readonly quotes = new Quotes();
  private readonly sdkQuotes = new sdk.Quotes();
  constructor(private readonly store: PaymentStore) {}
}`,
      errors: [
        { messageId: "constructedDependency", data: { type: "Quotes" }, line: 9, column: 29, endLine: 9, endColumn: 41 },
        { messageId: "constructedDependency", data: { type: "sdk.Quotes" }, line: 10, column: 32, endLine: 10, endColumn: 48 },
      ],
    },
    {
      name: "dependencies constructed inside, as a field, a parameter default or in the constructor",
      code: `${paymentsImport}
declare class PaymentStoreImpl implements PaymentStore {
  fetch: PaymentStore["fetch"];
  find: PaymentStore["find"];
  findAsync: PaymentStore["findAsync"];
  save: PaymentStore["save"];
}
declare class StripeGateway {
  charge(amount: number): Promise<void>;
}
class PaymentOrchestrator {
  private readonly store = new PaymentStoreImpl();
  private readonly gateway: StripeGateway;
  constructor(private readonly backup: PaymentStore = new PaymentStoreImpl()) {
    this.gateway = new StripeGateway();
  }
}`,
      errors: [
        { messageId: "constructedDependency", data: { type: "PaymentStoreImpl" }, line: 13, column: 28, endLine: 13, endColumn: 50 },
        { messageId: "constructedDependency", data: { type: "PaymentStoreImpl" }, line: 15, column: 55, endLine: 15, endColumn: 77 },
        { messageId: "constructedDependency", data: { type: "StripeGateway" }, line: 16, column: 20, endLine: 16, endColumn: 39 },
      ],
    },
    {
      name: "arrays and sets are state; a hard-coded value nothing can write again (readonly, private or named as a constant), options written out included, is a constant; two literals are not one (found on hoppscotch, brocoders, effect, ultimate-nest, podkrepi-bg)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private readonly seen = new Set<string>();
  private readonly queue: string[] = [];
  private readonly maxRetries = 3;
  private readonly signOptions = { issuer: "payments", audience: ["web", "app"] };
  TITLE_LENGTH = -1;
  private readonly infiniteWindow = true;
  interrupted = false;
  private readonly enabled = true;
  constructor(private readonly store: PaymentStore, private readonly pending: Payment[], windowTime: number) {
    this.infiniteWindow = windowTime === Infinity;
    if (windowTime < 0) this.enabled = false;
  }
}`,
      errors: [
        fieldReport("stateField", "seen", "Set<string>", 4, 20),
        fieldReport("stateField", "queue", "string[]", 5, 20),
        fieldReport("constantField", "maxRetries", "number", 6, 20),
        fieldReport("constantField", "signOptions", "{ issuer: string; audience: string[]; }", 7, 20),
        fieldReport("constantField", "TITLE_LENGTH", "number", 8, 3),
        fieldReport("stateField", "infiniteWindow", "boolean", 9, 20),
        fieldReport("stateField", "interrupted", "boolean", 10, 3),
        // Given `true` or `false` as the constructor decides: not one value.
        fieldReport("stateField", "enabled", "boolean", 11, 20),
        fieldReport("stateField", "pending", "Payment[]", 12, 70),
      ],
    },
    {
      name: "an object computed from what was injected, or a value one of the class's own methods computes, is state",
      code: `${paymentsImport}
declare function parseLimits(text: string): { daily: number };
interface AuthConfig {
  readonly limits: string;
  get(key: string): string | undefined;
}
class PaymentOrchestrator {
  private readonly limits: { daily: number };
  private readonly retries: number;
  constructor(private readonly store: PaymentStore, config: AuthConfig) {
    this.limits = parseLimits(config.limits);
    this.retries = this.count(config.get("RETRIES"));
  }
  private count(text: string | undefined): number {
    return Number(text);
  }
}`,
      errors: [fieldReport("stateField", "limits", "{ daily: number }", 9, 20), fieldReport("stateField", "retries", "number", 10, 20)],
    },
    {
      name: "a write of no known name (`acc[i] = …`) leaves a readonly field that holds a literal a constant, not a private mutable one (found on ghostfolio)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private readonly algorithm = "sha256";
  private attempts = 3;
  constructor(private readonly store: PaymentStore) {}
  chunks(key: string): string[] {
    return key.split("").reduce<string[]>((acc, char, index) => {
      acc[Math.floor(index / 4)] = (acc[Math.floor(index / 4)] ?? "") + char;
      return acc;
    }, []);
  }
}`,
      errors: [
        fieldReport("constantField", "algorithm", "string", 4, 20),
        fieldReport("stateField", "attempts", "number", 5, 11),
      ],
    },
    {
      name: "a field's type is named as declared: a union of literals is not widened to string, a single literal is (found on trigger.dev)",
      code: `${paymentsImport}
type Strategy = "sequential" | "parallel";
class PaymentOrchestrator {
  private strategy: Strategy;
  private readonly mode = Math.random() > 0.5 ? "fast" : "safe";
  private readonly region = "eu";
  constructor(private readonly store: PaymentStore) {
    this.strategy = "sequential";
  }
}`,
      errors: [
        fieldReport("constantField", "strategy", "Strategy", 5, 11),
        fieldReport("stateField", "mode", '"fast" | "safe"', 6, 20),
        fieldReport("constantField", "region", "string", 7, 20),
      ],
    },
    {
      name: "a field that only ever holds a module's constant, a `const` or an import, is a constant; a `let` or a collection is not (found on hng_boilerplate)",
      code: `${paymentsImport}import { DEFAULT_CURRENCY } from "./payments.js";
const UPLOADS_DIR = "/uploads";
let retries = 3;
const SHARED = new Set<string>();
class PaymentOrchestrator {
  private uploadsDir: string;
  private readonly currency = DEFAULT_CURRENCY;
  private readonly failWith = fail;
  private readonly attempts = retries;
  private readonly seen = SHARED;
  constructor(private readonly store: PaymentStore) {
    this.uploadsDir = UPLOADS_DIR;
  }
}`,
      errors: [
        fieldReport("constantField", "uploadsDir", "string", 7, 11),
        fieldReport("constantField", "currency", "string", 8, 20),
        fieldReport("stateField", "attempts", "number", 10, 20),
        fieldReport("stateField", "seen", "Set<string>", 11, 20),
      ],
    },
    {
      name: "a lookup table or arithmetic written out of constants, enum members and computed keys included, is a constant; one with a value read at run time, or whose contents are written, is state (found on teable, refly)",
      code: `${paymentsImport}import { DEFAULT_CURRENCY } from "./payments.js";
enum Table { Payment = "pay", Refund = "ref" }
let region = "eu";
class PaymentOrchestrator {
  private readonly eventNames = {
    created: { [Table.Payment]: "payment.created", [Table.Refund]: "refund.created" } as const,
    ...{ currency: DEFAULT_CURRENCY },
  };
  private readonly labels = { [Table.Payment]: region };
  private readonly byKey = { [region]: "eu" };
  private readonly seenAt: Record<string, number> = {};
  private readonly cacheSeconds = 10 * 60;
  private readonly statePrefix = \`\${Table.Payment}:state\`;
  private readonly startedAt = Date.now() - 1;
  constructor(private readonly store: PaymentStore) {}
  remember(id: string): void {
    this.seenAt[id] = Date.now();
  }
}`,
      errors: [
        fieldReport("constantField", "eventNames", "{ created: { ...; }; currency: string; }", 6, 20),
        fieldReport("stateField", "labels", "{ pay: string; }", 10, 20),
        fieldReport("stateField", "byKey", "{ [x: string]: string; }", 11, 20),
        // Its contents are written later: what it holds changes.
        fieldReport("stateField", "seenAt", "Record<string, number>", 12, 20),
        fieldReport("constantField", "cacheSeconds", "number", 13, 20),
        fieldReport("constantField", "statePrefix", "string", 14, 20),
        fieldReport("stateField", "startedAt", "number", 15, 20),
        { messageId: "mutation", data: { target: "this.seenAt[id]" }, line: 18, column: 5, endLine: 18, endColumn: 20 },
      ],
    },
    {
      name: "a field the constructor gives a value of its own, or that only a method sets, is state, not injected, unless it holds a function; one only ever given a literal is a constant (found on Unleash)",
      code: `${paymentsImport}
class PaymentOrchestrator {
  private isLatest: boolean;
  private latest?: string;
  private onChecked?: () => void;
  private onDone: (() => void) | null = null;
  private readonly region: string;
  constructor(private readonly store: PaymentStore) {
    this.isLatest = true;
    this.region = "eu-west-1";
  }
  check(version: string, done: () => void): void {
    this.latest = version;
    this.onChecked = done;
    this.onDone = done;
    this.isLatest = false;
  }
}`,
      errors: [
        fieldReport("stateField", "isLatest", "boolean", 4, 11),
        fieldReport("stateField", "latest", "string | undefined", 5, 11),
        { messageId: "notReadonly", data: { name: "onChecked" }, line: 6, column: 11, endLine: 6, endColumn: 20 },
        // A function-typed field that starts as `null` is set later: not a method, and not readonly.
        { messageId: "notReadonly", data: { name: "onDone" }, line: 7, column: 11, endLine: 7, endColumn: 17 },
        fieldReport("constantField", "region", "string", 8, 20),
        { messageId: "mutation", data: { target: "this.latest" }, line: 14, column: 5, endLine: 14, endColumn: 16 },
        { messageId: "mutation", data: { target: "this.onChecked" }, line: 15, column: 5, endLine: 15, endColumn: 19 },
        { messageId: "mutation", data: { target: "this.onDone" }, line: 16, column: 5, endLine: 16, endColumn: 16 },
        { messageId: "mutation", data: { target: "this.isLatest" }, line: 17, column: 5, endLine: 17, endColumn: 18 },
      ],
    },
    {
      name: "a client the orchestrator builds itself, by `new` or a factory call, is a dependency constructed inside, not state, reported once; bytes, which extend a built-in, are not a client (found on brocoders, awesome-nest, nodepress, Unleash, refly)",
      code: `${paymentsImport}
declare class S3 {
  readonly region: string;
  putObject(key: string, body: string): Promise<void>;
}
interface Transporter {
  readonly options: object;
  sendMail(to: string): Promise<void>;
}
type RedisClient = { readonly isOpen: boolean } & { get(key: string): Promise<string> };
declare function createTransport(url: string): Transporter;
declare function createClient(): RedisClient;
declare class Invoice {
  readonly total: number;
}
// As Node's \`Buffer\`: bytes with methods, declared outside the default library.
interface Bytes extends Uint8Array {
  toHex(): string;
}
declare function bytesOf(text: string): Bytes;
class PaymentOrchestrator {
  private readonly s3 = new S3();
  private readonly mailer?: Transporter;
  private cache: RedisClient;
  private readonly draft = new Invoice();
  private readonly timer: Function;
  private readonly secret = bytesOf("development");
  constructor(private readonly store: PaymentStore, url: string | undefined) {
    if (url) this.mailer = createTransport(url);
    else this.mailer = undefined;
    this.cache = createClient() as RedisClient;
    this.timer = (name: string) => name;
  }
}`,
      errors: [
        { messageId: "constructedDependency", data: { type: "S3" }, line: 23, column: 25, endLine: 23, endColumn: 33 },
        fieldReport("stateField", "draft", "Invoice", 26, 20),
        fieldReport("stateField", "secret", "Bytes", 28, 20),
        { messageId: "constructedDependency", data: { type: "Transporter" }, line: 30, column: 28, endLine: 30, endColumn: 48 },
        { messageId: "constructedDependency", data: { type: "RedisClient" }, line: 32, column: 18, endLine: 32, endColumn: 47 },
      ],
    },
    {
      name: "an rxjs subject, or an observable built from one, holds state: not a client to inject (found on angular-realworld)",
      code: `${paymentsImport}import { BehaviorSubject, type Observable } from "rxjs";
class PaymentOrchestrator {
  private readonly current = new BehaviorSubject<string | null>(null);
  readonly current$: Observable<string | null> = this.current.asObservable();
  constructor(private readonly store: PaymentStore) {}
}`,
      errors: [
        fieldReport("stateField", "current", "BehaviorSubject<string | null>", 4, 20),
        fieldReport("stateField", "current$", "Observable<string | null>", 5, 12),
      ],
    },
    {
      name: "Angular's inject() injects, as a constructor parameter does: in a field's initializer or in the constructor (found on angular-realworld)",
      code: angularInjection(""),
      output: angularInjection("readonly "),
      errors: [
        { messageId: "notReadonly", data: { name: "gateway" }, line: 9, column: 11, endLine: 9, endColumn: 18 },
        { messageId: "constructedDependency", data: { type: "PaymentApi" }, line: 11, column: 28, endLine: 11, endColumn: 35 },
      ],
    },
    {
      name: "an Angular signal holds state, though it is a function to call; a function built in place is still a method",
      code: `import { computed, signal } from "@angular/core";
${angularPaymentApi}
declare function throttle<F extends (...args: never[]) => unknown>(run: F): F & { cancel(): void };
@Injectable({ providedIn: "root" })
export class PaymentService {
  private readonly api = inject(PaymentApi);
  private readonly pending = signal<string[]>([]);
  readonly count = computed(() => this.pending().length);
  readonly charge = throttle((id: string) => this.api.charge(id));
}`,
      errors: [
        fieldReport("stateField", "pending", "WritableSignal<string[]>", 10, 20),
        fieldReport("stateField", "count", "Signal<number>", 11, 12),
      ],
    },
    {
      name: "static methods that orchestrate",
      code: `${paymentsImport}
class PaymentOrchestrator {
  constructor(private readonly store: PaymentStore) {}
  static async processAll(ids: string[]): Promise<void> {}
  static settle(gateway: PaymentGateway): void {}
}`,
      errors: [
        {
          messageId: "staticOrchestration",
          data: { name: "processAll", reason: 'its name starts with "process"' },
          line: 5,
          column: 16,
          endLine: 5,
          endColumn: 26,
        },
        {
          messageId: "staticOrchestration",
          data: { name: "settle", reason: "it takes the dependency `PaymentGateway`" },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 16,
        },
      ],
    },
  ],
});
