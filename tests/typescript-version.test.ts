import { describe, expect, it } from "vitest";
import { unsupportedTypeScriptMessage } from "../src/typescript-version.js";

describe("the TypeScript the plugin loads", () => {
  it.each(["4.8.4", "4.9.5", "5.0.2", "5.9.3", "6.0.3"])("%s is supported", (version) => {
    expect(unsupportedTypeScriptMessage(version)).toBeUndefined();
  });

  it("7.0 fails with the side-by-side install that keeps TypeScript 7 as the compiler", () => {
    expect(unsupportedTypeScriptMessage("7.0.2")).toMatch(
      /found TypeScript 7\.0\.2.*no such API yet.*"@typescript\/native@npm:typescript@\^7" "typescript@npm:@typescript\/typescript6@\^6\.0"/s,
    );
  });

  it.each(["4.7.4", "4.8.3", "6.1.0"])("%s fails with what to install", (version) => {
    expect(unsupportedTypeScriptMessage(version)).toMatch(new RegExp(`found TypeScript ${version.replaceAll(".", "\\.")}.*npm install --save-dev typescript@~6\\.0`, "s"));
  });
});
