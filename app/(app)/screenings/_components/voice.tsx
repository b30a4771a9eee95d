"use client";

import { createContext, useContext } from "react";
import { informantItemText, thirdPerson, type Pronoun } from "@/lib/screening/rules/informant";
import { SECTION_QUESTIONS } from "@/lib/screening/rules/questions";

/**
 * How the questions name the person (ADR 0014): null when they answer for themselves, otherwise
 * the pronoun the coordinator chose for an informant's answers.
 */
const VoiceContext = createContext<Pronoun | null>(null);
export const VoiceProvider = VoiceContext.Provider;

/** The wording of one of the center's own questions, in the third person for an informant. */
export function useQuestionText(): (path: string) => string {
  const pronoun = useContext(VoiceContext);
  return (path) => {
    const text = SECTION_QUESTIONS[path]?.text ?? path;
    return pronoun ? thirdPerson(text, pronoun) : text;
  };
}

/** An instrument item or stem as read to an informant, with the published wording it stands for. */
export function useItemText(): (
  instrument: string,
  itemId: string,
  published: string,
) => {
  text: string;
  published: string | null;
} {
  const pronoun = useContext(VoiceContext);
  return (instrument, itemId, published) => {
    const informant = pronoun ? informantItemText(instrument, itemId, pronoun) : null;
    return informant ? { text: informant, published } : { text: published, published: null };
  };
}
