import { describe, expect, it } from "vitest";
import { forwardCallTwiml, NO_FORWARD_MESSAGE, noForwardTwiml, rejectCallTwiml } from "./twiml";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/**
 * A strict little XML reader, enough to prove TwiML is well formed: one declaration, one root,
 * balanced tags, quoted attributes, only the predefined or numeric entities, nothing after the root.
 */
function parseXml(xml: string): XmlElement {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at}: ${xml.slice(at, at + 20)}`);
  };
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>/.exec(xml);
  if (!declaration) fail("missing declaration");
  at = declaration![0].length;
  const decode = (text: string) => {
    if (/[<]/.test(text) || /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) fail("bad character data");
    return text.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!,
    );
  };
  const element = (): XmlElement => {
    const open = /^<([A-Za-z][\w.-]*)/.exec(xml.slice(at)) ?? fail("expected element");
    at += open[0].length;
    const node: XmlElement = { name: open[1]!, attributes: {}, children: [] };
    for (;;) {
      const attr = /^\s+([A-Za-z][\w.-]*)="([^"]*)"/.exec(xml.slice(at));
      if (!attr) break;
      if (attr[1]! in node.attributes) fail("duplicate attribute");
      node.attributes[attr[1]!] = decode(attr[2]!);
      at += attr[0].length;
    }
    if (xml.startsWith("/>", at)) {
      at += 2;
      return node;
    }
    if (!xml.startsWith(">", at)) fail("unterminated tag");
    at += 1;
    for (;;) {
      if (xml.startsWith(`</${node.name}>`, at)) {
        at += node.name.length + 3;
        return node;
      }
      if (xml.startsWith("</", at)) fail("mismatched close tag");
      if (xml.startsWith("<", at)) node.children.push(element());
      else {
        const end = xml.indexOf("<", at);
        if (end === -1) fail("unclosed element");
        node.children.push(decode(xml.slice(at, end)));
        at = end;
      }
    }
  };
  const root = element();
  if (at !== xml.length) fail("content after the root element");
  return root;
}

const only = (node: XmlElement | string | undefined): XmlElement => {
  if (!node || typeof node === "string") throw new Error("expected an element");
  return node;
};

describe("TwiML answers", () => {
  it("forwards to the intake desk with one <Dial><Number>", () => {
    const root = parseXml(forwardCallTwiml("+12125550142"));
    expect(root.name).toBe("Response");
    expect(root.children).toHaveLength(1);
    const dial = only(root.children[0]);
    expect(dial).toMatchObject({ name: "Dial", attributes: { answerOnBridge: "true", timeout: "30" } });
    expect(dial.attributes).not.toHaveProperty("action");
    const number = only(dial.children[0]);
    expect(number).toEqual({ name: "Number", attributes: {}, children: ["+12125550142"] });
  });

  it("escapes whatever it is given", () => {
    const root = parseXml(forwardCallTwiml(`+1 <Hangup/> & "x"`));
    expect(only(only(root.children[0]).children[0]).children).toEqual([`+1 <Hangup/> & "x"`]);
  });

  it("without a desk number says so politely and hangs up", () => {
    const root = parseXml(noForwardTwiml());
    expect(root.children.map((c) => only(c).name)).toEqual(["Say", "Hangup"]);
    expect(only(root.children[0]).children).toEqual([NO_FORWARD_MESSAGE]);
  });

  it("rejects calls to a number that is not a center line", () => {
    const root = parseXml(rejectCallTwiml());
    expect(root.children).toEqual([{ name: "Reject", attributes: { reason: "rejected" }, children: [] }]);
  });

  it("the reader itself refuses malformed XML", () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?><Response><Dial></Response>')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?><Response>a & b</Response>')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?><Response/><Response/>')).toThrow();
  });
});
