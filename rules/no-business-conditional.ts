import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { classListeners, functionListeners } from "../src/listeners.js";
import {
  getPatternServices,
  isLiteralValue,
  isOrchestratorClass,
  moduleLevelFunction,
  nullishLiteral,
  quotedSource,
  subtree,
  withoutTypeAssertions,
  type ClassNode,
  type FunctionNode,
} from "../src/vocabulary.js";

export type Options = [{ allowDiscriminantIf?: boolean; allowNullishChecks?: boolean }];
export type MessageIds = "businessCondition" | "discriminantIf" | "optionalDiscriminant" | "nonDiscriminantSwitch";

type TestedNode =
  | TSESTree.IfStatement
  | TSESTree.ConditionalExpression
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement
  | TSESTree.ForStatement;

const EQUALITY_OPERATORS = new Set(["===", "!==", "==", "!="]);
const RELATIONAL_OPERATORS = new Set([">", "<", ">=", "<="]);
/** When parts of a condition disagree, the verdict that wins. */
const VERDICTS_BY_WEIGHT: readonly ConditionVerdict[] = ["business", "optional-discriminant", "discriminant"];
const MESSAGE_BY_VERDICT = {
  business: "businessCondition",
  "optional-discriminant": "optionalDiscriminant",
  discriminant: "discriminantIf",
} as const;

/** What a condition is made of, as far as the pattern cares. */
type ConditionVerdict = "business" | "optional-discriminant" | "discriminant" | "allowed";

export default createRule<Options, MessageIds>({
  name: "no-business-conditional",
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Disallow decisions on domain data inside orchestrators: conditions, comparisons and switches that are not on a sum type's discriminant",
      recommended: "orchestrator-files",
      requiresTypeChecking: true,
      strictOptions: [{ allowDiscriminantIf: false }],
    },
    messages: {
      businessCondition:
        "This condition inspects `{{inspected}}`: a business decision in an orchestrator. Move it to a domain method that returns an intent, and switch on its `{{discriminant}}`.",
      discriminantIf: "Route on `{{inspected}}` with a `switch`, so that a kind added later is not silently skipped.",
      optionalDiscriminant:
        "`{{inspected}}` is optional in some member, so its union is not a sum type and this check can miss a kind. Make `{{discriminant}}` required, then switch on it.",
      nonDiscriminantSwitch:
        "`{{inspected}}` is not a sum type's discriminant, so this switch decides on domain data. Switch on the `{{discriminant}}` of an intent the aggregate returns.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowDiscriminantIf: {
            type: "boolean",
            description:
              'Allow `if`, `?:` and `&&`/`||` on a discriminant check such as `result.kind === "not_found"`; when false, only `switch` routes.',
          },
          allowNullishChecks: {
            type: "boolean",
            description: "Allow comparing a value with `null` or `undefined` (`x === undefined`, `x != null`).",
          },
        },
      },
    ],
    defaultOptions: [{ allowDiscriminantIf: true, allowNullishChecks: false }],
  },
  create(context, [{ allowDiscriminantIf = true, allowNullishChecks = false }]) {
    const services = getPatternServices(context);
    const { sourceCode } = context;
    const discriminant = services.settings.discriminants[0];
    /** One entry per class and module-level function being traversed: whether it is (in) an orchestrator. */
    const scopes: boolean[] = [];
    const inOrchestrator = () => scopes.at(-1) === true;

    const quote = (node: TSESTree.Node) => quotedSource(node, sourceCode);

    /** The part of a condition a person would say was inspected: the non-literal side, the callee, … */
    const inspectedPart = (node: TSESTree.Node): TSESTree.Node => {
      switch (node.type) {
        case AST_NODE_TYPES.UnaryExpression:
        case AST_NODE_TYPES.AwaitExpression:
          return inspectedPart(node.argument);
        case AST_NODE_TYPES.ChainExpression:
          return inspectedPart(node.expression);
        case AST_NODE_TYPES.LogicalExpression: {
          const left = verdictOf(node.left);
          return inspectedPart(left === "business" || verdictOf(node.right) !== "business" ? node.left : node.right);
        }
        case AST_NODE_TYPES.BinaryExpression:
          return throughHelper(
            node.left.type === AST_NODE_TYPES.Literal || node.left.type === AST_NODE_TYPES.PrivateIdentifier ? node.right : node.left,
          );
        case AST_NODE_TYPES.CallExpression: {
          // The data a helper is asked about, not the helper: `items` in `items.includes(id)`, `a` in
          // `same(a, b)`, `Array.isArray(a)`, `_.isString(a)`, `this.isValid(a)` and `this.auth.check(a)`.
          // A key or options written out are not data: `this.config.get("db.ssl", { infer: true })` is quoted
          // whole, as is `RequestContext.hasPermission(PermissionsEnum.PROFILE_EDIT)` (an enum member or a
          // constant is a key). Nor is the clock's `new Date()`: `isBefore(new Date(), token.expiresAt)`
          // inspects `token.expiresAt`.
          // Nor is a callback: `[publicUrl, storageUrl].some((url) => …)` inspects the list written in place.
          const argument = node.arguments.find(
            (candidate) =>
              candidate.type !== AST_NODE_TYPES.SpreadElement &&
              candidate.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
              candidate.type !== AST_NODE_TYPES.FunctionExpression &&
              !isLiteralValue(candidate) &&
              !services.isConstantReference(candidate) &&
              !(candidate.type === AST_NODE_TYPES.NewExpression && candidate.arguments.length === 0),
          );
          const callee = node.callee;
          if (callee.type === AST_NODE_TYPES.MemberExpression && !holdsHelpers(callee.object)) return callee.object;
          if (argument) return throughHelper(argument);
          return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ArrayExpression ? callee.object : node;
        }
        default:
          return node;
      }
    };

    /**
     * What a helper converts, not the helper's call: `saltOrRounds` in `Number(saltOrRounds)`,
     * `device.credentialId` in `isoBase64URL.fromBuffer(device.credentialId) === credentialId`. A call on
     * the class or a collaborator fetches the data (`this.store.find(id) === undefined`), and a method of
     * the data reads it (`user.age() > 18`): both stay whole.
     */
    const throughHelper = (node: TSESTree.Node): TSESTree.Node => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return node;
      const { callee } = node;
      const isHelper =
        callee.type === AST_NODE_TYPES.Identifier ||
        (callee.type === AST_NODE_TYPES.MemberExpression && holdsHelpers(callee.object) && !startsAtThis(callee));
      return isHelper ? inspectedPart(node) : node;
    };

    /**
     * An object whose methods are helpers rather than data: the class itself (`this`) or one of its
     * collaborators (`this.auth`), a class or namespace (capitalised, `Array`), an imported module
     * (`_` of lodash, `E` of fp-ts), a list written in place (`[Status.Draft, Status.Open].includes(…)`)
     * or made by a helper of such names (`Object.values(Status).includes(…)`), or a regular expression,
     * written in place or as a `const` (`domainRegex.test(domain)` inspects `domain`).
     */
    const holdsHelpers = (object: TSESTree.Expression): boolean => {
      if (object.type === AST_NODE_TYPES.ThisExpression || object.type === AST_NODE_TYPES.ArrayExpression) return true;
      if (object.type === AST_NODE_TYPES.CallExpression) {
        const { callee, arguments: names } = object;
        return (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          holdsHelpers(callee.object) &&
          names.length > 0 &&
          names.every((name) => name.type === AST_NODE_TYPES.Identifier && holdsHelpers(name))
        );
      }
      if (object.type === AST_NODE_TYPES.MemberExpression) return object.object.type === AST_NODE_TYPES.ThisExpression;
      if (isRegExpLiteral(object)) return true;
      if (object.type !== AST_NODE_TYPES.Identifier) return false;
      if (/^[A-Z]/u.test(object.name)) return true;
      const variable = ASTUtils.findVariable(sourceCode.getScope(object), object);
      return (
        variable?.defs.some(
          (definition) =>
            definition.type === TSESLint.Scope.DefinitionType.ImportBinding ||
            (definition.type === TSESLint.Scope.DefinitionType.Variable &&
              definition.parent.kind === "const" &&
              definition.node.init !== null &&
              isRegExpLiteral(definition.node.init)),
        ) ?? false
      );
    };

    /** Whether a condition only routes on discriminants (or, if allowed, checks for null). */
    const verdictOf = (node: TSESTree.Node): ConditionVerdict => {
      switch (node.type) {
        case AST_NODE_TYPES.UnaryExpression:
          return node.operator === "!" ? verdictOf(node.argument) : "business";
        case AST_NODE_TYPES.LogicalExpression: {
          if (node.operator === "??") return "business";
          // A business part decides the whole condition: the other side need not be asked about.
          const left = verdictOf(node.left);
          if (left === "business") return left;
          const verdicts = [left, verdictOf(node.right)];
          return VERDICTS_BY_WEIGHT.find((verdict) => verdicts.includes(verdict)) ?? "allowed";
        }
        case AST_NODE_TYPES.BinaryExpression: {
          if (isCounterBound(node) || services.isBuiltInErrorTest(node)) return "allowed";
          if (!EQUALITY_OPERATORS.has(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return "business";
          const sides = [accessVerdict(node.left), accessVerdict(node.right)];
          if (sides.includes("discriminant")) return "discriminant";
          if (allowNullishChecks && (nullishLiteral(node.left) || nullishLiteral(node.right))) return "allowed";
          return sides.includes("optional-discriminant") ? "optional-discriminant" : "business";
        }
        case AST_NODE_TYPES.MemberExpression:
          // `if (result.ok)` where `ok` is a boolean-literal discriminant.
          return accessVerdict(node);
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.CallExpression:
          // `r.isOk()`, `Either.isLeft(e)`, `isNotFound(r)`: routing on a sum type through a type predicate.
          if (services.isRoutingPredicateCall(node)) return "discriminant";
          // `result.isFailed()`: a flag of a result named in `resultTypes`, read through a method.
          return accessVerdict(node);
        default:
          return "business";
      }
    };

    const accessVerdict = (node: TSESTree.Node): ConditionVerdict => {
      if (services.isDiscriminantAccess(node)) return "discriminant";
      return services.isOptionalDiscriminantAccess(node) ? "optional-discriminant" : "business";
    };

    const checkCondition = (condition: TSESTree.Node) => {
      const verdict = verdictOf(condition);
      if (verdict === "allowed" || (verdict === "discriminant" && allowDiscriminantIf)) return;
      context.report({
        node: condition,
        messageId: MESSAGE_BY_VERDICT[verdict],
        // `order.status as any` inspects `order.status`: a type assertion is not data.
        data: { inspected: quote(withoutTypeAssertions(inspectedPart(condition))), discriminant },
      });
    };

    const checkTest = (node: TestedNode) => {
      if (inOrchestrator() && node.test) checkCondition(node.test);
    };

    /**
     * Walks up from a comparison or logical expression through `!`, `&&` and `||` to the whole
     * condition it belongs to, which is checked once.
     */
    const conditionRoot = (node: TSESTree.Expression): TSESTree.Expression => {
      let root: TSESTree.Expression = node;
      while (
        (root.parent.type === AST_NODE_TYPES.LogicalExpression && root.parent.operator !== "??") ||
        (root.parent.type === AST_NODE_TYPES.UnaryExpression && root.parent.operator === "!")
      ) {
        root = root.parent;
      }
      return root;
    };

    const isTest = (node: TSESTree.Expression) => {
      const parent = node.parent;
      return (
        (parent.type === AST_NODE_TYPES.IfStatement ||
          parent.type === AST_NODE_TYPES.ConditionalExpression ||
          parent.type === AST_NODE_TYPES.WhileStatement ||
          parent.type === AST_NODE_TYPES.DoWhileStatement ||
          parent.type === AST_NODE_TYPES.ForStatement) &&
        parent.test === node
      );
    };

    /**
     * `user.isVip && this.gateway.upgrade(user)` as a statement: the left side decides whether the
     * right runs. Used as a value (`save(id, a && b)`, `body || fallback`), `&&`/`||` decides nothing.
     */
    const isBranchingLogical = (node: TSESTree.Expression): node is TSESTree.LogicalExpression =>
      node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== "??" && node.parent.type === AST_NODE_TYPES.ExpressionStatement;

    /**
     * A `?:` used as a value that only handles a value that may be missing, as `?.`, `??`, and `&&`
     * and `||` used as values do; it decides nothing. It carries the missing value through, translating
     * the value when it is there (`cursor ? { id: cursor } : undefined`, `!user ? null : toDto(user)`,
     * `...(cursor ? { cursor } : {})`, `raw ? JSON.parse(raw) : raw`, which is `raw && JSON.parse(raw)`),
     * or gives a default for it (`transaction ? transaction : this.knex`, which is `transaction ||
     * this.knex`; `keywords ? keywords.join(",") : ""`, which is `keywords?.join(",") ?? ""`). What the
     * branch taken when present gives must read the value tested: `isDuplicate ? { code } : undefined`
     * and `isVip ? "vip" : ""` choose.
     */
    const isMissingValueHandled = (node: TSESTree.ConditionalExpression): boolean => {
      if (node.parent.type === AST_NODE_TYPES.ExpressionStatement) return false;
      const presence = presenceTest(node.test);
      if (!presence) return false;
      const [present, missing] = presence.whenPresent ? [node.consequent, node.alternate] : [node.alternate, node.consequent];
      const isTested = (branch: TSESTree.Expression) => referenceName(withoutTypeAssertions(branch)) === presence.reference;
      if (isTested(present)) return true;
      return (isNothing(missing) || isFixedDefault(missing) || isTested(missing)) && reads(present, presence.reference);
    };

    /**
     * `a > b ? a : b`, `page <= 0 ? 0 : page`: the larger or the smaller of the two values compared, a
     * computation as `Math.max(a, b)` is, not a decision. Used as a value; either operand may be a literal.
     */
    const isMinimumOrMaximum = (node: TSESTree.ConditionalExpression): boolean => {
      const { test } = node;
      if (node.parent.type === AST_NODE_TYPES.ExpressionStatement || test.type !== AST_NODE_TYPES.BinaryExpression) return false;
      if (!RELATIONAL_OPERATORS.has(test.operator) || test.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
      const text = (value: TSESTree.Node) => sourceCode.getText(withoutTypeAssertions(value));
      const operands = [text(test.left), text(test.right)];
      const branches = [text(node.consequent), text(node.alternate)];
      return operands[0] !== operands[1] && branches.every((branch) => operands.includes(branch)) && branches[0] !== branches[1];
    };

    /**
     * `a.rank < b.rank ? -1 : 1`, `a === b ? 0 : a < b ? -1 : 1`: the sign of a comparison of two values,
     * what a sort's comparator returns, computed as `a.rank - b.rank` or `a.localeCompare(b)` computes it,
     * not a decision. Every test compares the same two values, at least one of them by order, and every
     * branch is `-1`, `0` or `1`, both signs among them. Used as a value, by itself or as the whole chain
     * of `?:` it is a branch of (`a > b ? 1 : 0` in `a < b ? -1 : a > b ? 1 : 0`).
     */
    const isOrderComparison = (node: TSESTree.ConditionalExpression): boolean => {
      let chain: TSESTree.ConditionalExpression = node;
      while (chain.parent.type === AST_NODE_TYPES.ConditionalExpression && chain.parent.test !== chain) chain = chain.parent;
      return givesOrderSign(node) || (chain !== node && givesOrderSign(chain));
    };

    /** Whether `chain` and the `?:` in its branches, used as a value, give only the sign of one comparison. */
    const givesOrderSign = (chain: TSESTree.ConditionalExpression): boolean => {
      if (chain.parent.type === AST_NODE_TYPES.ExpressionStatement) return false;
      const text = (value: TSESTree.Node) => sourceCode.getText(withoutTypeAssertions(value));
      let compared: string | undefined;
      let ordersThem = false;
      const signs = new Set<number>();
      const comparesTheTwo = (test: TSESTree.Expression): boolean => {
        if (test.type !== AST_NODE_TYPES.BinaryExpression || test.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
        const byOrder = RELATIONAL_OPERATORS.has(test.operator);
        if (!byOrder && !EQUALITY_OPERATORS.has(test.operator)) return false;
        const operands = [text(test.left), text(test.right)].sort();
        if (operands[0] === operands[1]) return false;
        compared ??= operands.join("\0");
        ordersThem ||= byOrder;
        return compared === operands.join("\0");
      };
      const isSigns = (branch: TSESTree.Expression): boolean => {
        if (branch.type === AST_NODE_TYPES.ConditionalExpression) {
          return comparesTheTwo(branch.test) && isSigns(branch.consequent) && isSigns(branch.alternate);
        }
        const sign = signLiteral(branch);
        if (sign !== undefined) signs.add(sign);
        return sign !== undefined;
      };
      return isSigns(chain) && ordersThem && signs.has(-1) && signs.has(1);
    };

    /** Whether `expression` reads `reference` (`user.profile` in `toDto(user.profile.name)`), as a whole name or member chain. */
    const reads = (expression: TSESTree.Node, reference: string): boolean => {
      for (const node of subtree(expression, sourceCode.visitorKeys)) {
        if (referenceName(node) === reference && !isNameNotRead(node)) return true;
      }
      return false;
    };

    const enterClass = (node: ClassNode) => scopes.push(isOrchestratorClass(node, services.settings));
    const exitClass = () => scopes.pop();
    // A module-level function is an orchestrator's method when it declares one as its `this`
    // (`function createRecord(this: RecordsService, …)`, which a property of the class holds).
    const enterFunction = (node: FunctionNode) => {
      if (moduleLevelFunction(node)) scopes.push(services.isOrchestratorMethod(node));
    };
    const exitFunction = (node: FunctionNode) => {
      if (moduleLevelFunction(node)) scopes.pop();
    };

    return {
      ...classListeners(enterClass, exitClass),
      ...functionListeners(enterFunction, exitFunction),

      IfStatement: checkTest,
      ConditionalExpression(node) {
        if (!isMissingValueHandled(node) && !isMinimumOrMaximum(node) && !isOrderComparison(node)) checkTest(node);
      },
      WhileStatement: checkTest,
      DoWhileStatement: checkTest,
      ForStatement: checkTest,

      LogicalExpression(node) {
        if (inOrchestrator() && isBranchingLogical(node)) checkCondition(node.left);
      },

      BinaryExpression(node) {
        if (!inOrchestrator() || !(EQUALITY_OPERATORS.has(node.operator) || RELATIONAL_OPERATORS.has(node.operator))) return;
        // A comparison inside a test or a branching `&&`/`||` is judged with the whole condition.
        const root = conditionRoot(node);
        if (isTest(root) || isBranchingLogical(root)) return;
        checkCondition(node);
      },

      SwitchStatement(node) {
        if (!inOrchestrator()) return;
        const subject = node.discriminant.type === AST_NODE_TYPES.ChainExpression ? node.discriminant.expression : node.discriminant;
        // A switch on a plain variable is not judged here; `switch (true)` has its cases judged as comparisons.
        if (subject.type !== AST_NODE_TYPES.MemberExpression || services.isDiscriminantAccess(subject)) return;
        context.report({
          node: node.discriminant,
          messageId: "nonDiscriminantSwitch",
          data: { inspected: quote(node.discriminant), discriminant },
        });
      },
    };
  },
});

/**
 * `i < items.length` in `for (let i = 0; i < items.length; i++)`: the loop's own counter against its
 * bound, in the loop's test. That walks a list or counts, as `for…of` does; it decides nothing.
 */
function isCounterBound(comparison: TSESTree.BinaryExpression): boolean {
  if (!RELATIONAL_OPERATORS.has(comparison.operator)) return false;
  let test: TSESTree.Node = comparison;
  while (test.parent?.type === AST_NODE_TYPES.LogicalExpression || (test.parent?.type === AST_NODE_TYPES.UnaryExpression && test.parent.operator === "!")) {
    test = test.parent;
  }
  const loop = test.parent;
  if (loop?.type !== AST_NODE_TYPES.ForStatement || loop.test !== test || loop.init?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  const counters = new Set(loop.init.declarations.flatMap((declarator) => (declarator.id.type === AST_NODE_TYPES.Identifier ? [declarator.id.name] : [])));
  return [comparison.left, comparison.right].some((side) => side.type === AST_NODE_TYPES.Identifier && counters.has(side.name));
}

/** `-1`, `0` or `1` written as a number, the sign a comparator returns; undefined for anything else. */
function signLiteral(value: TSESTree.Expression): number | undefined {
  const negated = value.type === AST_NODE_TYPES.UnaryExpression && value.operator === "-";
  const literal = negated ? value.argument : value;
  if (literal.type !== AST_NODE_TYPES.Literal || typeof literal.value !== "number") return undefined;
  const sign = negated ? -literal.value : literal.value;
  return sign === -1 || sign === 0 || sign === 1 ? sign : undefined;
}

/**
 * What a missing value is carried through as: `null`, `undefined`, or an empty object or list, which
 * adds nothing where it is spread (`{ ...params, ...(cursor ? { cursor } : {}) }`).
 */
function isNothing(value: TSESTree.Expression): boolean {
  const expression = withoutTypeAssertions(value);
  return (
    nullishLiteral(expression) !== undefined ||
    (expression.type === AST_NODE_TYPES.ObjectExpression && expression.properties.length === 0) ||
    (expression.type === AST_NODE_TYPES.ArrayExpression && expression.elements.length === 0)
  );
}

/**
 * A default that reads no value: a literal (`""`, `0`, `-1`, `false`, `"unknown"`, a template without
 * placeholders), or an object made from nothing (`new Date()`, the time now).
 */
function isFixedDefault(value: TSESTree.Expression): boolean {
  const expression = withoutTypeAssertions(value);
  switch (expression.type) {
    case AST_NODE_TYPES.NewExpression:
      return expression.callee.type === AST_NODE_TYPES.Identifier && expression.arguments.length === 0;
    case AST_NODE_TYPES.Literal:
      return !isRegExpLiteral(expression);
    case AST_NODE_TYPES.TemplateLiteral:
      return expression.expressions.length === 0;
    case AST_NODE_TYPES.UnaryExpression:
      return expression.operator === "-" && expression.argument.type === AST_NODE_TYPES.Literal && typeof expression.argument.value === "number";
    default:
      return false;
  }
}

/**
 * What a test checks for presence: `user.profile` in `user.profile`, `user?.profile`, `!user.profile`
 * and `user.profile != null` (`whenPresent` false for the ones true when it is missing), or undefined.
 */
function presenceTest(test: TSESTree.Expression): { reference: string; whenPresent: boolean } | undefined {
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === "!") {
    const negated = presenceTest(test.argument);
    return negated && { reference: negated.reference, whenPresent: !negated.whenPresent };
  }
  if (test.type === AST_NODE_TYPES.BinaryExpression && EQUALITY_OPERATORS.has(test.operator) && test.left.type !== AST_NODE_TYPES.PrivateIdentifier) {
    const compared = nullishLiteral(test.right) ? test.left : nullishLiteral(test.left) ? test.right : undefined;
    const reference = compared && referenceName(compared);
    return reference === undefined ? undefined : { reference, whenPresent: test.operator.startsWith("!") };
  }
  const reference = referenceName(test);
  return reference === undefined ? undefined : { reference, whenPresent: true };
}

/** `user.profile` for `user.profile` or `user?.profile`: a name or a chain of named members; undefined for anything else. */
function referenceName(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.ThisExpression:
      return "this";
    case AST_NODE_TYPES.ChainExpression:
      return referenceName(node.expression);
    case AST_NODE_TYPES.MemberExpression: {
      if (node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      const object = referenceName(node.object);
      return object === undefined ? undefined : `${object}.${node.property.name}`;
    }
    default:
      return undefined;
  }
}

/** A name that reads nothing: the key of `{ isDuplicate: true }`, the member name of `other.user`. */
function isNameNotRead(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.property === node && !parent.computed;
  return parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed;
}

/** `this.isValid` or `this.store.find`: a member of the class or reached through it. */
function startsAtThis(callee: TSESTree.Expression): boolean {
  let object = callee;
  while (object.type === AST_NODE_TYPES.MemberExpression) object = object.object;
  return object.type === AST_NODE_TYPES.ThisExpression;
}

function isRegExpLiteral(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && "regex" in node;
}
