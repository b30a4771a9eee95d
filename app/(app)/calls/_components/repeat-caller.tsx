"use client";

import Link from "next/link";
import { ContactPreferences } from "@/components/contact-preferences";
import { fullName } from "@/lib/people/names";

export interface Lookup {
  e164: string;
  calls: {
    id: string;
    when: string;
    direction: string;
    disposition: string | null;
    callerName: string | null;
    patientId: string | null;
  }[];
  people: {
    id: string;
    firstName: string;
    lastName: string | null;
    pipelineStatus: string;
    mrn: string | null;
    okToLeaveVoicemail: boolean;
    okToNameCenter: boolean;
    okToText: boolean;
  }[];
}

/** Repeat callers: what we already know about this number, and one key to link. */
export function RepeatCaller({
  lookup,
  linkedId,
  onLink,
  onUnlink,
  createProspect,
  onCreateProspect,
}: {
  lookup: Lookup | null;
  linkedId: string;
  onLink: (person: Lookup["people"][number]) => void;
  onUnlink: () => void;
  createProspect: boolean;
  onCreateProspect: (value: boolean) => void;
}) {
  return (
    <section
      aria-labelledby="repeat-title"
      aria-live="polite"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="repeat-title" className="font-semibold">
        Person
      </h2>
      {!lookup ? (
        <p className="mt-2 text-sm text-slate-600">Type the caller&apos;s number to see earlier calls from it.</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-700">
            {lookup.calls.length === 0
              ? "No earlier calls from this number."
              : `${lookup.calls.length === 5 ? "5+" : lookup.calls.length} earlier call${lookup.calls.length === 1 ? "" : "s"} from this number.`}
          </p>
          <ul className="mt-3 space-y-3">
            {lookup.people.map((person, index) => {
              const linked = person.id === linkedId;
              return (
                <li
                  key={person.id}
                  className={`rounded-md border p-3 ${linked ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}
                >
                  <p className="font-medium">
                    {fullName(person)}
                    {person.mrn ? <span className="ml-2 text-xs text-slate-600">MRN {person.mrn}</span> : null}
                  </p>
                  <p className="text-xs text-slate-600">{person.pipelineStatus.toLowerCase().replaceAll("_", " ")}</p>
                  <ContactPreferences prefs={person} />
                  {linked ? (
                    <button
                      type="button"
                      onClick={onUnlink}
                      className="mt-2 text-sm font-medium text-brand-700 underline"
                    >
                      Linked — unlink
                    </button>
                  ) : (
                    <button
                      type="button"
                      onClick={() => onLink(person)}
                      className="mt-2 rounded-md bg-brand-700 px-3 py-1 text-sm font-semibold text-white"
                    >
                      Link this call{index === 0 ? " (Alt+L)" : ""}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {lookup.calls.length > 0 ? (
            <ul className="mt-3 space-y-1 text-xs text-slate-600">
              {lookup.calls.map((c) => (
                <li key={c.id}>
                  <Link className="underline" href={`/calls/${c.id}`}>
                    {c.when}
                  </Link>{" "}
                  · {c.disposition ? c.disposition.toLowerCase().replaceAll("_", " ") : "unlogged"}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <label className="mt-4 flex items-center gap-2 border-t border-slate-100 pt-3 text-sm">
        <input
          type="checkbox"
          name="createProspect"
          checked={createProspect}
          onChange={(e) => onCreateProspect(e.target.checked)}
        />
        New prospect from this call (Alt+P)
      </label>
    </section>
  );
}
