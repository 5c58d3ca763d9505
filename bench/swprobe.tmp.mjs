// temp: time the checker's type of each switch discriminant in the library corpus
import { ESLint } from "eslint";
import { performance } from "node:perf_hooks";
import { writeFileSync } from "node:fs";
import { LIBRARIES, fetchLibrary, libraryConfig } from "./real-code.js";
const rows = [];
const rule = { meta: { type: "problem", schema: [] }, create(context) {
  const s = context.sourceCode.parserServices;
  return {
    Program(node) { if (node.body[0]) s.getTypeAtLocation(node.body[0]); },
    SwitchStatement(node) {
      const t0 = performance.now(); const type = s.getTypeAtLocation(node.discriminant); const ms = performance.now() - t0;
      const checker = s.program.getTypeChecker();
      rows.push({ file: context.filename.replace(/.*corpus\//, ""), line: node.loc.start.line, ms, subject: context.sourceCode.getText(node.discriminant).slice(0, 40), type: checker.typeToString(type).slice(0, 60), def: node.cases.some((c) => !c.test), cases: node.cases.length, lit: node.cases.filter((c) => c.test && (c.test.type === "Literal" || c.test.type === "TemplateLiteral")).length });
    },
  };
} };
for (const library of LIBRARIES) {
  const directory = fetchLibrary(library);
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, baseConfig: [libraryConfig(directory, library, {}), { files: ["src/**/*.ts"], plugins: { p: { rules: { r: rule } } }, rules: { "p/r": "error" } }] });
  await eslint.lintFiles(["src/**/*.ts"]);
}
writeFileSync("/tmp/s30/sw.json", JSON.stringify(rows));
console.log(rows.length, rows.reduce((a, r) => a + r.ms, 0).toFixed(0));
