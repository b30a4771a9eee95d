import { describe, expect, it } from "vitest";
import { displayName, fullName } from "./names";

describe("person names", () => {
  it("writes first and last name, or the first name alone", () => {
    expect(fullName({ firstName: "Maria", lastName: "Lopez" })).toBe("Maria Lopez");
    expect(fullName({ firstName: "Maria", lastName: null })).toBe("Maria");
    expect(fullName({ firstName: "Maria", lastName: "" })).toBe("Maria");
  });

  it("shows the preferred name beside the first name, never instead of it", () => {
    expect(displayName({ firstName: "Robert", lastName: "Smith", preferredName: "Bobby" })).toBe(
      "Robert “Bobby” Smith",
    );
    expect(displayName({ firstName: "Robert", lastName: null, preferredName: "Bobby" })).toBe("Robert “Bobby”");
    expect(displayName({ firstName: "Robert", lastName: "Smith", preferredName: null })).toBe("Robert Smith");
    expect(displayName({ firstName: "Robert", lastName: "Smith" })).toBe("Robert Smith");
  });
});
