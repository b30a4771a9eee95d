/**
 * Prints a curl command that delivers a correctly signed Twilio webhook to this app, for testing
 * the telephony endpoints without a Twilio account (docs/telephony.md).
 *
 *   npx tsx scripts/twilio-sign.ts voice  To=+18555550100 From=+12125550142
 *   npx tsx scripts/twilio-sign.ts status CallSid=CA… CallStatus=completed CallDuration=42 SequenceNumber=2 To=+18555550100 From=+12125550142
 *
 * Signs with TWILIO_AUTH_TOKEN over TWILIO_WEBHOOK_BASE_URL (or NEXTAUTH_URL) + the endpoint
 * path — the same URL the app checks — reading .env.local/.env like `npm start`. A CallSid,
 * AccountSid and Direction are filled in when not given; CallStatus defaults to "ringing" for voice.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import {
  signedWebhookUrl,
  STATUS_CALLBACK_PATH,
  telephonyAuthToken,
  VOICE_WEBHOOK_PATH,
} from "../lib/telephony/config";

for (const file of [".env.local", ".env"]) {
  const full = path.resolve(import.meta.dirname, "..", file);
  if (fs.existsSync(full)) process.loadEnvFile(full);
}

const [kind, ...pairs] = process.argv.slice(2);
if (kind !== "voice" && kind !== "status") {
  process.stderr.write("Usage: npx tsx scripts/twilio-sign.ts voice|status Key=Value …\n");
  process.exit(2);
}

const params: Record<string, string> = {
  CallSid: `CA${randomBytes(16).toString("hex")}`,
  AccountSid: `AC${"0".repeat(32)}`,
  Direction: "inbound",
  ...(kind === "voice" ? { CallStatus: "ringing" } : {}),
};
for (const pair of pairs) {
  const at = pair.indexOf("=");
  if (at < 1) {
    process.stderr.write(`Not Key=Value: ${pair}\n`);
    process.exit(2);
  }
  params[pair.slice(0, at)] = pair.slice(at + 1);
}

let token: string;
try {
  token = telephonyAuthToken();
} catch {
  process.stderr.write("Set TWILIO_AUTH_TOKEN (in .env or the environment) first.\n");
  process.exit(2);
}
const url = signedWebhookUrl(kind === "voice" ? VOICE_WEBHOOK_PATH : STATUS_CALLBACK_PATH, "");
const signature = getExpectedTwilioSignature(token, url, params);
const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

const lines = [
  `curl -i -X POST ${quote(url)}`,
  `  -H ${quote(`X-Twilio-Signature: ${signature}`)}`,
  ...Object.entries(params).map(([key, value]) => `  --data-urlencode ${quote(`${key}=${value}`)}`),
];
process.stdout.write(`${lines.join(" \\\n")}\n`);
