/**
 * A deterministic (seeded) service codebase of any size, because real service code with full type
 * information is not published on npm. It has what makes real NestJS/DDD backends cost a type-aware
 * linter time: orchestrator classes with injected repositories and gateways whose methods return
 * generic, ORM-like entity types (`FindOptions<T>`, `DeepPartial<T>`, `Promise<T | null>`), many calls
 * on those dependencies, result unions and switches, throws, nullable returns, module-level helpers,
 * and domain files. About one file in four is an orchestrator file (`*.service.ts`).
 *
 *   node bench/service-corpus.js N   → bench/corpus/service-N/ (reused when it exists)
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { random } from "../scripts/random.js";
import { corpusDirectory } from "./real-code.js";
import { typedSourceConfig } from "./typed-config.js";

/** The ORM-like generics every module builds on, in the spirit of TypeORM's and Prisma's types. */
const ORM = `export type Primitive = string | number | boolean | bigint | symbol | null | undefined | Date;
export type DeepPartial<T> = T extends Primitive ? T : T extends Array<infer U> ? DeepPartial<U>[] : { [K in keyof T]?: DeepPartial<T[K]> };
export type FindOptionsWhere<T> = { [K in keyof T]?: T[K] extends Primitive ? T[K] | { readonly in: T[K][] } : FindOptionsWhere<T[K]> };
export type FindOptionsOrder<T> = { [K in keyof T]?: T[K] extends Primitive ? "ASC" | "DESC" : FindOptionsOrder<T[K]> };
export interface FindOptions<T> {
  readonly where?: FindOptionsWhere<T> | FindOptionsWhere<T>[];
  readonly order?: FindOptionsOrder<T>;
  readonly relations?: (keyof T & string)[];
  readonly take?: number;
}
export interface Repository<T extends { readonly id: string }> {
  findOne(options: FindOptions<T>): Promise<T | null>;
  find(options?: FindOptions<T>): Promise<T[]>;
  save<E extends DeepPartial<T>>(entity: E): Promise<E & T>;
  update(criteria: FindOptionsWhere<T>, patch: DeepPartial<T>): Promise<{ readonly affected: number }>;
  delete(criteria: FindOptionsWhere<T>): Promise<void>;
  count(options?: FindOptions<T>): Promise<number>;
}
export interface EventBus {
  publish<E extends { readonly type: string }>(event: E): Promise<void>;
}
export declare class Logger {
  constructor(context: string);
  log(message: string): void;
  error(message: string, trace?: string): void;
}
export declare class NotFoundException extends Error {}
export declare class BadRequestException extends Error {}
export function Injectable(): <T>(target: T) => T {
  return (target) => target;
}
`;

const NOUNS = ["order", "payment", "invoice", "shipment", "customer", "refund", "subscription", "coupon", "cart", "ticket", "review", "product"];
/** Every entity has the first three statuses (the services name them); the others vary. */
const STATUSES = ["draft", "pending", "closed", "active", "suspended", "archived", "expired"];

const pascal = (word) => word[0].toUpperCase() + word.slice(1);

function domainFile(noun, next) {
  const Noun = pascal(noun);
  const statuses = STATUSES.filter((_, index) => index < 3 || next() < 0.5);
  const status = statuses.map((value) => `"${value}"`).join(" | ");
  return `import type { DeepPartial } from "../orm.js";

export type ${Noun}Status = ${status};
export interface ${Noun}Line {
  readonly sku: string;
  readonly quantity: number;
  readonly priceCents: number;
}
export class ${Noun} {
  id!: string;
  ownerId!: string;
  status!: ${Noun}Status;
  amountCents!: number;
  lines!: ${Noun}Line[];
  tags!: string[];
  createdAt!: Date;
  metadata!: { readonly source: string; readonly attempts: number; readonly flags: { readonly vip: boolean } };

  decide(): ${Noun}Intent {
    switch (this.status) {
      case "draft":
        return { kind: "submit", patch: { status: this.status } };
      default:
        return this.amountCents > 100_000 ? { kind: "review", reason: "large" } : { kind: "approve", patch: {} };
    }
  }
}
export type ${Noun}Intent =
  | { readonly kind: "submit"; readonly patch: DeepPartial<${Noun}> }
  | { readonly kind: "approve"; readonly patch: DeepPartial<${Noun}> }
  | { readonly kind: "review"; readonly reason: string };
export type ${Noun}Result =
  | { readonly kind: "not_found"; readonly id: string }
  | { readonly kind: "updated"; readonly ${noun}: ${Noun} }
  | { readonly kind: "in_review"; readonly reason: string };
`;
}

function serviceFile(noun, index, next) {
  const Noun = pascal(noun);
  const methods = [];
  // The first module's service is a large one (~1,500 lines), like the files people keep open in an editor.
  const methodCount = index === 0 ? 80 : 6 + Math.floor(next() * 6);
  for (let m = 0; m < methodCount; m++) {
    const name = `${["update", "approve", "sync", "archive", "recalculate", "notify", "handle", "process"][m % 8]}${Noun}${m}`;
    switch (m % 4) {
      case 0:
        // The pattern: fetch, decide in the domain, act; exhaustive switches.
        methods.push(`  async ${name}(id: string): Promise<${Noun}Result> {
    const found = await this.${noun}s.findOne({ where: { id, status: { in: ["draft", "pending"] } }, relations: ["lines"], order: { createdAt: "DESC" } });
    if (found === null) return { kind: "not_found", id };
    const intent = found.decide();
    switch (intent.kind) {
      case "submit":
      case "approve":
        await this.${noun}s.update({ id }, intent.patch);
        await this.events.publish({ type: "${noun}.${m}", id });
        return { kind: "updated", ${noun}: await this.${noun}s.save({ ...found, ...intent.patch }) };
      case "review":
        return { kind: "in_review", reason: intent.reason };
    }
  }`);
        break;
      case 1:
        // What real services do: throw, decide inline, return null.
        methods.push(`  async ${name}(id: string, ownerId: string): Promise<${Noun} | null> {
    const found = await this.${noun}s.findOne({ where: { id, ownerId } });
    if (!found) throw new NotFoundException(\`${noun} \${id}\`);
    if (found.amountCents > 50_000 && found.metadata.flags.vip) {
      this.logger.log("vip");
      return null;
    }
    const count = await this.${noun}s.count({ where: { ownerId } });
    return count > 10 ? null : this.${noun}s.save({ ...found, tags: [...found.tags, "checked"] });
  }`);
        break;
      case 2:
        methods.push(`  async ${name}(ids: string[]): Promise<number> {
    const items = await this.${noun}s.find({ where: ids.map((id) => ({ id })), take: 100 });
    let total = 0;
    for (const item of items) {
      switch (item.status) {
        case "draft":
          total += item.lines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0);
          break;
        default:
          total += item.amountCents;
      }
    }
    if (total < 0) throw new BadRequestException("negative");
    return total;
  }`);
        break;
      default:
        methods.push(`  ${name} = async (id: string): Promise<void> => {
    const found = await this.${noun}s.findOne({ where: { id } });
    if (found?.status === "closed") return;
    await this.${noun}s.delete({ id });
    await this.events.publish({ type: "${noun}.deleted", id });
  };`);
    }
  }
  return `import { BadRequestException, Injectable, Logger, NotFoundException, type EventBus, type Repository } from "../orm.js";
import type { ${Noun}, ${Noun}Result } from "./${noun}.domain.js";

@Injectable()
export class ${Noun}Service${index} {
  private readonly logger = new Logger("${Noun}Service${index}");

  constructor(
    private readonly ${noun}s: Repository<${Noun}>,
    private readonly events: EventBus,
  ) {}

${methods.join("\n\n")}
}

export async function process${Noun}Batch${index}(repository: Repository<${Noun}>, ids: string[]): Promise<number> {
  const found = await repository.find({ where: ids.map((id) => ({ id })) });
  return found.length;
}
`;
}

function helperFile(noun, index) {
  const Noun = pascal(noun);
  return `import type { DeepPartial } from "../orm.js";
import type { ${Noun}, ${Noun}Status } from "./${noun}.domain.js";

export function describe${Noun}${index}(status: ${Noun}Status): string {
  return status.toUpperCase();
}
export function patchOf${Noun}${index}<T extends ${Noun}, P extends DeepPartial<T>>(entity: T, patch: P): T {
  return { ...entity, ...patch };
}
export const total${Noun}${index} = (entity: ${Noun}): number =>
  entity.lines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0);
`;
}

function controllerFile(noun, index) {
  const Noun = pascal(noun);
  return `import type { ${Noun}Service${index} } from "./${noun}-${index}.service.js";
import type { ${Noun}Result } from "./${noun}.domain.js";

export class ${Noun}Controller${index} {
  constructor(private readonly service: ${Noun}Service${index}) {}

  async get(id: string): Promise<string> {
    const result: ${Noun}Result = await this.service.update${Noun}0(id);
    switch (result.kind) {
      case "not_found":
        return "404";
      case "updated":
        return "200";
      case "in_review":
        return "202";
    }
  }
}
`;
}

/** Writes a corpus of `size` files (one module = domain + service + helper + controller) and returns its directory. */
export function serviceCorpus(size) {
  const directory = join(corpusDirectory, `service-${size}`);
  if (existsSync(join(directory, "tsconfig.json"))) return directory;
  const next = random(size);
  mkdirSync(join(directory, "src"), { recursive: true });
  writeFileSync(join(directory, "src", "orm.ts"), ORM);
  const modules = Math.max(1, Math.floor((size - 1) / 4));
  for (let index = 0; index < modules; index++) {
    const noun = NOUNS[index % NOUNS.length];
    const folder = join(directory, "src", `${noun}-${index}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${noun}.domain.ts`), domainFile(noun, next));
    writeFileSync(join(folder, `${noun}-${index}.service.ts`), serviceFile(noun, index, next));
    writeFileSync(join(folder, `${noun}.helpers.ts`), helperFile(noun, index));
    writeFileSync(join(folder, `${noun}.controller.ts`), controllerFile(noun, index));
  }
  writeFileSync(
    join(directory, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        experimentalDecorators: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
      },
      include: ["src"],
    }),
  );
  writeFileSync(join(directory, "package.json"), JSON.stringify({ name: `service-corpus-${size}`, private: true, type: "module" }));
  return directory;
}

/** Type information from the corpus's tsconfig and the plugin registered; the default settings, as a user has them. */
export function serviceConfig(directory) {
  return typedSourceConfig(directory, { project: join(directory, "tsconfig.json") });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(serviceCorpus(Number(process.argv[2] ?? 400)));
}
