/**
 * The consent questions asked before any message is left (42 CFR Part 2): the
 * field each is stored in and how the form asks it. The call form and the patient form ask the
 * same three questions from here.
 */
export const CONTACT_PREFERENCES = [
  ["okToLeaveVoicemail", "OK to leave a voicemail"],
  ["okToNameCenter", "OK to name the center in a message"],
  ["okToText", "OK to text"],
] as const;

export type ContactPreference = (typeof CONTACT_PREFERENCES)[number][0];
