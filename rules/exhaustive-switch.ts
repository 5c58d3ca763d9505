import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { createRule } from "../src/create-rule.js";
import { getPatternServices, quotedSource, type PatternServices, type SwitchCoverage } from "../src/vocabulary.js";

export type DefaultCasePolicy = "forbid" | "allow-never-assertion" | "allow";

export type Options = [
  {
    defaultCase?: DefaultCasePolicy;
    defaultCaseCommentPattern?: string;
    treatLibraryUnionsAsOwn?: boolean;
  },
];

export type MessageIds =
  | "missingCases"
  | "missingCasesOfEnumLabel"
  | "defaultHidesCases"
  | "defaultHidesCasesOfEnumLabel"
  | "defaultSilencesCompiler"
  | "defaultForbidden"
  | "defaultNeverRuns"
  | "defaultHidesValues"
  | "matchOtherwise"
  | "matchRun"
  | "addMissingCases"
  | "listMissingCasesBeforeDefault";

export default createRule<Options, MessageIds>({
  name: "exhaustive-switch",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require switches over a union (a sum type's discriminant, literals, enums, booleans) to handle every member, without a `default` that hides new ones",
      recommended: "all-files",
      requiresTypeChecking: true,
      strictOptions: [{ defaultCase: "forbid", treatLibraryUnionsAsOwn: true }],
    },
    hasSuggestions: true,
    messages: {
      missingCases: "This switch does not handle {{missing}}. Add a `case` for each, so that every kind is routed.",
      missingCasesOfEnumLabel:
        "This switch does not handle {{missing}}: `case {{label}}` is an enum member, which TypeScript does not match to {{literal}}. Write the literals as cases.",
      defaultHidesCases:
        "This `default` hides {{missing}}, so a kind added later also compiles silently. List every case; a `default` may only assert `never`.",
      defaultHidesCasesOfEnumLabel:
        "This `default` hides {{missing}}: `case {{label}}` is an enum member, which TypeScript does not match to {{literal}}. Write the literals as cases.",
      defaultSilencesCompiler:
        "This `default` silences the compiler when a kind is added to {{type}}. Remove it, or make it assert `never`.",
      defaultForbidden:
        "A `default` in a switch over {{type}} silences the compiler when a kind is added. List every case and remove the `default`.",
      defaultNeverRuns:
        "Every value of {{type}} has a `case`, so this `default` runs only for a value its type does not allow. Remove it, or make it assert `never`.",
      defaultHidesValues:
        "This `default` stands for {{missing}}. List each as a `case`, so that every value is routed by name; a `default` may only assert `never`.",
      matchOtherwise:
        "`.otherwise()` over {{type}} silences the compiler when a kind is added. Match every kind and end with `.exhaustive()`.",
      matchRun:
        "`.run()` over {{type}} throws at run time when no pattern matches. Match every kind and end with `.exhaustive()`, which the compiler checks.",
      addMissingCases: "Add `case` clauses for {{missing}}.",
      listMissingCasesBeforeDefault: "List {{missing}} as cases of the `default`.",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          defaultCase: {
            type: "string",
            enum: ["forbid", "allow-never-assertion", "allow"],
            description:
              'What a `default` clause (or ts-pattern `.otherwise()`) over a union may do: "forbid" reports every one, "allow-never-assertion" allows one whose first statement asserts `never`, "allow" treats any `default` as handling the remaining members.',
          },
          defaultCaseCommentPattern: {
            type: "string",
            description:
              "A regular expression (case-insensitive) for a last comment in the switch that marks it as deliberately partial, silencing the missing-cases report.",
          },
          treatLibraryUnionsAsOwn: {
            type: "boolean",
            description:
              "Check a `default` over a union declared in a dependency (under node_modules) like one over the project's own; by default it handles the members the library adds later.",
          },
        },
      },
    ],
    defaultOptions: [{ defaultCase: "allow-never-assertion", defaultCaseCommentPattern: "^no default$", treatLibraryUnionsAsOwn: false }],
  },
  create(
    context,
    [{ defaultCase = "allow-never-assertion", defaultCaseCommentPattern = "^no default$", treatLibraryUnionsAsOwn = false }],
  ) {
    const services = getPatternServices(context);
    const partialSwitchComment = compileCommentPattern(defaultCaseCommentPattern);
    const { sourceCode } = context;
    /** A `default` over a library's union is where the members it adds later land: it does work on purpose. */
    const defaultMayHandle = (subject: TSESTree.Expression) =>
      defaultCase === "allow" || (!treatLibraryUnionsAsOwn && services.isLibraryUnion(subject));

    /**
     * The message for members left unhandled, and its data: one that says why when a `case` names an
     * enum member of a missing literal's value, which looks like handling it.
     */
    const unhandledMessage = <Plain extends MessageIds, OfEnumLabel extends MessageIds>(
      coverage: SwitchCoverage,
      missingText: string,
      plain: Plain,
      ofEnumLabel: OfEnumLabel,
    ): { messageId: Plain | OfEnumLabel; data: Record<string, string> } => {
      const [first] = coverage.enumLabelsOfLiterals;
      if (!first) return { messageId: plain, data: { missing: missingText } };
      return {
        messageId: ofEnumLabel,
        data: { missing: missingText, label: quotedSource(first.label, sourceCode), literal: services.types.typeToString(first.literal) },
      };
    };

    const checkDefault = (node: TSESTree.SwitchStatement, defaultClause: TSESTree.SwitchCase, coverage: SwitchCoverage) => {
      const { missing, isClosed } = coverage;
      if (defaultMayHandle(node.discriminant)) return;
      const assertsNever = startsWithNeverAssertion(defaultClause, services);
      if (defaultCase !== "forbid" && assertsNever) return;
      const loc = clauseLabelLocation(defaultClause, sourceCode);
      // Over a closed union (`boolean`, `null`, `typeof` of any value) a `default` silences nothing.
      if (missing.length === 0 || (defaultCase === "forbid" && !isClosed)) {
        context.report({
          node: defaultClause,
          loc,
          messageId: isClosed ? "defaultNeverRuns" : defaultCase === "forbid" ? "defaultForbidden" : "defaultSilencesCompiler",
          data: { type: switchedUnionText(node, coverage, services, sourceCode) },
        });
        return;
      }
      const names = namesByObjectConstant(node, services);
      const missingText = listText(missing, ", ", services, names);
      context.report({
        node: defaultClause,
        loc,
        ...(isClosed
          ? { messageId: "defaultHidesValues", data: { missing: missingText } }
          : unhandledMessage(coverage, missingText, "defaultHidesCases", "defaultHidesCasesOfEnumLabel")),
        suggest: [
          {
            messageId: "listMissingCasesBeforeDefault",
            data: { missing: missingText },
            fix: (fixer) => insertLabelsBeforeDefault(fixer, defaultClause, missing, services, sourceCode, names),
          },
        ],
      });
    };

    return {
      SwitchStatement(node) {
        const coverage = services.switchCoverage(node);
        if (!coverage) return;
        const { missing, defaultClause } = coverage;
        // One report per cause: with a `default`, the hidden members are named there.
        if (defaultClause) {
          checkDefault(node, defaultClause, coverage);
          return;
        }
        if (missing.length === 0 || isMarkedPartial(node, sourceCode, partialSwitchComment)) return;
        const names = namesByObjectConstant(node, services);
        const missingText = listText(missing, ", ", services, names);
        context.report({
          node: node.discriminant,
          ...unhandledMessage(coverage, missingText, "missingCases", "missingCasesOfEnumLabel"),
          suggest: [
            {
              messageId: "addMissingCases",
              data: { missing: missingText },
              fix: (fixer) => insertCaseStubs(fixer, node, missing, services, sourceCode, names),
            },
          ],
        });
      },

      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const match = services.patternMatchOf(node);
        if (!match || match.end === "exhaustive") return;
        const subjectType = services.closedMatchUnion(match);
        if (!subjectType) return;
        if (match.end === "otherwise" && defaultMayHandle(match.subject)) return;
        context.report({
          loc: { start: match.endProperty.loc.start, end: node.loc.end },
          messageId: match.end === "run" ? "matchRun" : "matchOtherwise",
          data: { type: services.types.kindsText(subjectType) },
        });
      },
    };
  },
});

function compileCommentPattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "iu");
  } catch (error) {
    throw new Error(
      `eslint-plugin-dumb-orchestrator: exhaustive-switch's option defaultCaseCommentPattern is not a valid regular expression: ${(error as Error).message}`,
    );
  }
}

/** A clause whose first statement (inside a wrapping block too) asserts `never` (PATTERN.md §2), whatever follows it. */
function startsWithNeverAssertion(clause: TSESTree.SwitchCase, services: PatternServices): boolean {
  let [first] = clause.consequent;
  if (first?.type === AST_NODE_TYPES.BlockStatement) [first] = first.body;
  return first !== undefined && services.isNeverAssertion(first);
}

/** `default:` or `case x:` — the label a reader looks at, not the whole clause body. */
function clauseLabelLocation(clause: TSESTree.SwitchCase, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.SourceLocation {
  const colon = sourceCode.getTokenAfter(clause.test ?? sourceCode.getFirstToken(clause)!, (token) => token.value === ":");
  return { start: clause.loc.start, end: colon?.loc.end ?? clause.loc.end };
}

function isMarkedPartial(node: TSESTree.SwitchStatement, sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp): boolean {
  const closingBrace = sourceCode.getLastToken(node);
  const lastComment = closingBrace ? sourceCode.getCommentsBefore(closingBrace).at(-1) : undefined;
  return lastComment !== undefined && pattern.test(lastComment.value.trim());
}

/**
 * The union a `default` is over, as a message names it: by the name it is declared with (an enum
 * `ErrorMessage`, an alias `Flag`: the checker keeps both as the union's alias; an enum all of whose
 * members a discriminant takes), else its members listed. One literal has no name of its own (a
 * one-member Prisma enum is `"CLICKHOUSE"`), nor do the eight results of `typeof` a value of any type:
 * the switched value names them.
 */
function switchedUnionText(
  node: TSESTree.SwitchStatement,
  { members, isClosed }: SwitchCoverage,
  services: PatternServices,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  // All eight results of `typeof` a value of any type, as the code names them.
  if (isClosed && node.discriminant.type === AST_NODE_TYPES.UnaryExpression && node.discriminant.operator === "typeof") {
    return `\`${quotedSource(node.discriminant, sourceCode)}\``;
  }
  const type = services.typeOf(node.discriminant);
  if (type.isUnion() && type.aliasSymbol) return services.types.typeToString(type);
  const wholeEnum = enumOfAll(members, services);
  if (wholeEnum) return services.types.typeToString(wholeEnum);
  // `true` and `false` together are `boolean`, as TypeScript writes them (`boolean | undefined`).
  const booleans = members.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
  if (booleans.length === 2) {
    const others = members.filter((member) => !booleans.includes(member));
    return others.length === 0 ? "boolean" : `boolean | ${listText(others, " | ", services)}`;
  }
  const listed = listText(members, " | ", services);
  const [only, ...others] = members;
  const isOneLiteral = only !== undefined && others.length === 0 && !(only.flags & ts.TypeFlags.EnumLiteral);
  return isOneLiteral ? `the type of \`${quotedSource(node.discriminant, sourceCode)}\` (now only ${listed})` : listed;
}

/**
 * The enum whose members these are, all of them: `MailOption` for the discriminant of `{ driver:
 * MailOption.SMTP; … } | { driver: MailOption.Log; … }`, which the checker unites as members, not as
 * the enum it declares.
 */
function enumOfAll(members: readonly ts.Type[], services: PatternServices): ts.Type | undefined {
  const [first] = members;
  if (!first || !members.every((member) => member.flags & ts.TypeFlags.EnumLiteral)) return undefined;
  const { checker } = services.types;
  const declared = checker.getBaseTypeOfLiteralType(first);
  const isWhole =
    declared.isUnion() &&
    declared.types.length === members.length &&
    members.every((member) => checker.getBaseTypeOfLiteralType(member) === declared);
  return isWhole ? declared : undefined;
}

/** How many members a message names before it counts the rest (a squiggle is not a list). */
const LISTED_MEMBERS = 6;

/**
 * The members a switch's own `case`s name through an object of constants, by that name: Prisma's
 * enums are `const` objects (`EnumDevicePlatform = { android: "android", … } as const`), whose members
 * are string literals, so `"web"` is `EnumDevicePlatform.web` where the other cases read
 * `EnumDevicePlatform.android`. Asked only when a switch is reported.
 */
function namesByObjectConstant(node: TSESTree.SwitchStatement, services: PatternServices): MemberNames {
  const names = new Map<string, string>();
  const seen = new Set<string>();
  for (const clause of node.cases) {
    const test = clause.test;
    if (test?.type !== AST_NODE_TYPES.MemberExpression || test.computed || test.object.type !== AST_NODE_TYPES.Identifier) continue;
    const object = test.object;
    if (seen.has(object.name)) continue;
    seen.add(object.name);
    for (const property of services.typeOf(object).getProperties()) {
      const value = services.types.typeOfSymbol(property);
      if (!isPlainLiteral(value) || names.has(valueKey(value)) || !IDENTIFIER_NAME.test(property.name)) continue;
      names.set(valueKey(value), `${object.name}.${property.name}`);
    }
  }
  return (member) => (isPlainLiteral(member) ? names.get(valueKey(member)) : undefined);
}

/** A string or number literal that is no enum member: an enum's members already print and insert as `Color.Green`. */
function isPlainLiteral(type: ts.Type): type is ts.StringLiteralType | ts.NumberLiteralType {
  return (type.isStringLiteral() || type.isNumberLiteral()) && !(type.flags & ts.TypeFlags.EnumLiteral);
}

/** A member's name in a switch's own words, if it has one there. */
type MemberNames = (member: ts.Type) => string | undefined;

/** A literal by its value: a property typed `"web"` and the union's `"web"` may be distinct types (one fresh). */
function valueKey(literal: ts.LiteralType): string {
  return `${typeof literal.value}:${String(literal.value)}`;
}

const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/u;

function listText(members: readonly ts.Type[], separator: string, services: PatternServices, names?: MemberNames): string {
  const listed = members.slice(0, LISTED_MEMBERS).map((member) => names?.(member) ?? services.types.typeToString(member));
  const rest = members.length - listed.length;
  return rest > 0 ? `${listed.join(separator)} and ${rest} more` : listed.join(separator);
}

function indentationOfLine(sourceCode: Readonly<TSESLint.SourceCode>, line: number): string {
  return /^\s*/u.exec(sourceCode.lines[line - 1] ?? "")?.[0] ?? "";
}

/**
 * What a `case` names a member by: as the switch's other cases name it (`EnumDevicePlatform.web`),
 * else as the file in hand can see it: `"a"`, `1`, `null`, `Color.Green`
 * (or `C.Green` through `import C = Palette.Color`; `Only.One` for a single-member enum, whose type
 * prints as the enum), a unique symbol by its `const`.
 */
function caseLabel(member: ts.Type, services: PatternServices, at: TSESTree.Node, names: MemberNames): string {
  const named = names(member);
  if (named !== undefined) return named;
  const symbol = member.getSymbol();
  if (symbol && member.flags & ts.TypeFlags.EnumLiteral) {
    const { checker } = services.types;
    return checker.symbolToString(symbol, services.parserServices.esTreeNodeToTSNodeMap.get(at), ts.SymbolFlags.Value);
  }
  if (symbol && member.flags & ts.TypeFlags.UniqueESSymbol) return symbol.getName();
  return services.types.typeToString(member);
}

/**
 * Inserts one `case` per missing member after the last clause. Each stub ends with `break` — never
 * `throw` — and the last clause, if it fell off the end of the switch, now falls into a stub that
 * does nothing, so no existing path changes.
 */
function insertCaseStubs(
  fixer: TSESLint.RuleFixer,
  node: TSESTree.SwitchStatement,
  missing: readonly ts.Type[],
  services: PatternServices,
  sourceCode: Readonly<TSESLint.SourceCode>,
  names: MemberNames,
): TSESLint.RuleFix {
  const switchIndent = indentationOfLine(sourceCode, node.loc.start.line);
  const firstCase = node.cases[0];
  const caseIndent =
    firstCase && firstCase.loc.start.line !== node.loc.start.line
      ? indentationOfLine(sourceCode, firstCase.loc.start.line)
      : `${switchIndent}  `;
  const step = caseIndent.length > switchIndent.length ? caseIndent.slice(switchIndent.length) : "  ";
  const bodyIndent = caseIndent + step;
  const stubs = missing.map((member) => {
    const label = caseLabel(member, services, node, names);
    return [`case ${label}: {`, `${bodyIndent}// TODO: handle ${label}`, `${bodyIndent}break;`, `${caseIndent}}`].join("\n");
  });
  const lastCase = node.cases.at(-1);
  if (lastCase) {
    return fixer.insertTextAfter(lastCase, stubs.map((stub) => `\n${caseIndent}${stub}`).join(""));
  }
  const closingBrace = sourceCode.getLastToken(node)!;
  const openingBrace = sourceCode.getTokenBefore(closingBrace)!;
  // `switch (x) {}` gets its closing brace on a line of its own; one already there keeps its line.
  const beforeClosing = openingBrace.loc.end.line === closingBrace.loc.start.line ? `\n${switchIndent}` : "";
  return fixer.insertTextAfter(openingBrace, `${stubs.map((stub) => `\n${caseIndent}${stub}`).join("")}${beforeClosing}`);
}

/**
 * Lists the hidden members as labels of the `default` itself (`case "b":` right before `default:`),
 * so they still run the `default`'s code — and a `case` that fell through into it still does.
 */
function insertLabelsBeforeDefault(
  fixer: TSESLint.RuleFixer,
  defaultClause: TSESTree.SwitchCase,
  missing: readonly ts.Type[],
  services: PatternServices,
  sourceCode: Readonly<TSESLint.SourceCode>,
  names: MemberNames,
): TSESLint.RuleFix {
  const indent = indentationOfLine(sourceCode, defaultClause.loc.start.line);
  const sameLine = sourceCode.getTokenBefore(defaultClause)?.loc.end.line === defaultClause.loc.start.line;
  const labels = missing.map((member) => `case ${caseLabel(member, services, defaultClause, names)}:`);
  const separator = sameLine ? " " : `\n${indent}`;
  return fixer.insertTextBefore(defaultClause, labels.map((label) => `${label}${separator}`).join(""));
}
