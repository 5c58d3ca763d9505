// A root eslint.config.ts that no tsconfig.json includes, as many projects have.
const config: { readonly rules: Record<string, string> } = { rules: {} };
export default [config];
