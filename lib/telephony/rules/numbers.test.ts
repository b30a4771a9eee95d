import { describe, expect, it } from "vitest";
import { ANONYMOUS_CALLER, callerNumberFrom, webhookNumberToE164 } from "./numbers";

describe("numbers from webhook parameters", () => {
  it.each([
    ["+12125550142", "+12125550142"],
    [" +18555550100 ", "+18555550100"],
    ["+442079460958", "+442079460958"],
    // Well formed, unknown to the metadata: kept, it is the only way to call back.
    ["+19995550100", "+19995550100"],
  ])("%j → %s", (input, expected) => {
    expect(webhookNumberToE164(input)).toBe(expected);
    expect(callerNumberFrom(input)).toBe(expected);
  });

  it.each([
    undefined,
    "",
    "anonymous",
    "Anonymous",
    "Restricted",
    "+266696687",
    "+7378742833",
    "+2562533",
    "+8656696",
    "+86282452253",
    "client:alice",
    "sip:alice@example.com",
    "+1",
    "1".repeat(80),
  ])("stores a withheld or non-phone caller %j as anonymous", (from) => {
    expect(callerNumberFrom(from)).toBe(ANONYMOUS_CALLER);
  });
});
