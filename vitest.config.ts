import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Typed linting builds a TypeScript program per fixture project; give the first test room for it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
