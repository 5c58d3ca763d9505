import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
import { createRule } from "../src/create-rule.js";
import { getPatternServices, type PatternServices } from "../src/vocabulary.js";

export type DefaultCasePolicy = "forbid" | "allow-never-assertion" | "allow";

export type Options = [
  {
    defaultCase?: DefaultCasePolicy;
    defaultCaseCommentPattern?: string;
  },
];

export type MessageIds = "missingCases" | "defaultHidesCases" | "defaultForbidden" | "addMissingCases";

export default createRule<Options, MessageIds>({
  name: "exhaustive-switch",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require switches over a union (a sum type's discriminant, literals, enums, booleans) to handle every member, without a `default` that hides new ones",
      recommended: "all-files",
      requiresTypeChecking: true,
      strictOptions: [{ defaultCase: "forbid" }],
    },
    hasSuggestions: true,
    messages: {
      missingCases: "This switch does not handle {{missing}}. Add a `case` for each, so that every kind is routed.",
      defaultHidesCases:
        "This `default` handles kinds of {{type}} that are not listed, so adding a kind later compiles silently. List every case; a `default` may only assert `never`.",
      defaultForbidden:
        "A `default` in a switch over {{type}} silences the compiler when a kind is added. List every case and remove the `default`.",
      addMissingCases: "Add `case` clauses for {{missing}}.",
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
              'What a `default` clause in a switch over a union may do: "forbid" reports every one, "allow-never-assertion" allows one whose only statement asserts `never`, "allow" treats any `default` as handling the remaining members.',
          },
          defaultCaseCommentPattern: {
            type: "string",
            description:
              "A regular expression (case-insensitive) for a last comment in the switch that marks it as deliberately partial, silencing the missing-cases report.",
          },
        },
      },
    ],
    defaultOptions: [{ defaultCase: "allow-never-assertion", defaultCaseCommentPattern: "^no default$" }],
  },
  create(context, [{ defaultCase = "allow-never-assertion", defaultCaseCommentPattern = "^no default$" }]) {
    const services = getPatternServices(context);
    const partialSwitchComment = compileCommentPattern(defaultCaseCommentPattern);
    const { sourceCode } = context;

    return {
      SwitchStatement(node) {
        const coverage = services.switchCoverage(node);
        if (!coverage) return;
        const { members, missing, defaultClause } = coverage;

        if (defaultClause) {
          if (defaultCase === "allow") return;
          if (defaultCase === "forbid" || !isNeverAssertionOnly(defaultClause, services)) {
            context.report({
              node: defaultClause,
              loc: clauseLabelLocation(defaultClause, sourceCode),
              messageId: defaultCase === "forbid" ? "defaultForbidden" : "defaultHidesCases",
              data: { type: unionText(members, services) },
            });
          }
        }

        if (missing.length === 0 || isMarkedPartial(node, sourceCode, partialSwitchComment)) return;
        const missingText = listText(missing, ", ", services);
        context.report({
          node: node.discriminant,
          messageId: "missingCases",
          data: { missing: missingText },
          suggest: [
            {
              messageId: "addMissingCases",
              data: { missing: missingText },
              fix: (fixer) => insertCaseStubs(fixer, node, defaultClause, missing, services, sourceCode),
            },
          ],
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

/** The statements of a clause, looking through one wrapping block and a trailing `break`. */
function clauseStatements(clause: TSESTree.SwitchCase): TSESTree.Statement[] {
  const [only] = clause.consequent;
  const statements = clause.consequent.length === 1 && only?.type === AST_NODE_TYPES.BlockStatement ? only.body : clause.consequent;
  const last = statements.at(-1);
  return last?.type === AST_NODE_TYPES.BreakStatement && last.label === null ? statements.slice(0, -1) : statements;
}

function isNeverAssertionOnly(clause: TSESTree.SwitchCase, services: PatternServices): boolean {
  const statements = clauseStatements(clause);
  return statements.length === 1 && services.isNeverAssertion(statements[0]!);
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

function unionText(members: readonly ts.Type[], services: PatternServices): string {
  return listText(members, " | ", services);
}

/** How many members a message names before it counts the rest (a squiggle is not a list). */
const LISTED_MEMBERS = 6;

function listText(members: readonly ts.Type[], separator: string, services: PatternServices): string {
  const names = members.slice(0, LISTED_MEMBERS).map((member) => services.types.typeToString(member));
  const rest = members.length - names.length;
  return rest > 0 ? `${names.join(separator)} and ${rest} more` : names.join(separator);
}

function indentationOfLine(sourceCode: Readonly<TSESLint.SourceCode>, line: number): string {
  return /^\s*/u.exec(sourceCode.lines[line - 1] ?? "")?.[0] ?? "";
}

/**
 * Inserts one `case` per missing member, before the `default` if there is one. Each stub ends with
 * `break` — never `throw` — which keeps whatever the switch did for those values before.
 */
function insertCaseStubs(
  fixer: TSESLint.RuleFixer,
  node: TSESTree.SwitchStatement,
  defaultClause: TSESTree.SwitchCase | undefined,
  missing: readonly ts.Type[],
  services: PatternServices,
  sourceCode: Readonly<TSESLint.SourceCode>,
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
    const label = services.types.typeToString(member);
    return [`case ${label}: {`, `${bodyIndent}// TODO: handle ${label}`, `${bodyIndent}break;`, `${caseIndent}}`].join("\n");
  });

  if (defaultClause) {
    return fixer.insertTextBefore(defaultClause, stubs.map((stub) => `${stub}\n${caseIndent}`).join(""));
  }
  const lastCase = node.cases.at(-1);
  if (lastCase) {
    return fixer.insertTextAfter(lastCase, stubs.map((stub) => `\n${caseIndent}${stub}`).join(""));
  }
  const openingBrace = sourceCode.getTokenBefore(sourceCode.getLastToken(node)!)!;
  return fixer.insertTextAfter(openingBrace, `${stubs.map((stub) => `\n${caseIndent}${stub}`).join("")}\n${switchIndent}`);
}
