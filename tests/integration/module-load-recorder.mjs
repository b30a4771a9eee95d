// A module-customization hook (node:module register) for open-db-client.ts: appends the URL of
// every module the process loads from now on to a file, one per line. Written synchronously, so
// the list is complete when the process reads it back.
import fs from "node:fs";

let logFile;

export function initialize(data) {
  logFile = data.logFile;
}

export async function load(url, context, nextLoad) {
  fs.appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
}
