/**
 * 42 CFR Part 2: shown wherever a callback is made. Without voicemail consent, a message may give
 * only a first name and a number; without consent to name the center, never the center's name.
 */
export function ContactPreferences({
  prefs,
}: {
  prefs: { okToLeaveVoicemail: boolean | null; okToNameCenter: boolean | null; okToText: boolean | null };
}) {
  const item = (ok: boolean | null, yes: string, no: string) => (
    <li
      className={`rounded-full px-2 py-0.5 text-xs font-medium ${ok ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
    >
      {ok ? "✓ " : "✗ "}
      {ok ? yes : no}
    </li>
  );
  return (
    <ul className="mt-2 flex flex-wrap gap-1" aria-label="Contact preferences">
      {item(prefs.okToLeaveVoicemail, "Voicemail OK", "No voicemail")}
      {item(prefs.okToNameCenter, "May name the center", "Do not name the center")}
      {item(prefs.okToText, "Texts OK", "No texts")}
    </ul>
  );
}
