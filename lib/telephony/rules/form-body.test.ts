import { describe, expect, it } from "vitest";
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/errors";
import { readFormBody } from "./form-body";

const FORM = "application/x-www-form-urlencoded";

function streamed(chunks: string[], headers: Record<string, string> = { "content-type": FORM }): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request("https://x.test/", { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

describe("webhook body", () => {
  it("reads a form body", async () => {
    const request = new Request("https://x.test/", {
      method: "POST",
      headers: { "content-type": `${FORM}; charset=utf-8` },
      body: "a=1&b=%C3%A9",
    });
    expect(await readFormBody(request)).toBe("a=1&b=%C3%A9");
  });

  it("refuses a declared length over the cap before reading", async () => {
    const request = new Request("https://x.test/", {
      method: "POST",
      headers: { "content-type": FORM, "content-length": "70000" },
      body: "a=1",
    });
    await expect(readFormBody(request)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it("refuses a streamed body that passes the cap", async () => {
    await expect(readFormBody(streamed(["a=", "x".repeat(40_000), "x".repeat(40_000)]))).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
    expect(await readFormBody(streamed(["a=", "x".repeat(1_000)]), 2_000)).toHaveLength(1_002);
  });

  it.each(["application/json", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencodedX"])(
    "refuses %s",
    async (type) => {
      const request = new Request("https://x.test/", {
        method: "POST",
        headers: { "content-type": type },
        body: "a=1",
      });
      await expect(readFormBody(request)).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    },
  );
});
