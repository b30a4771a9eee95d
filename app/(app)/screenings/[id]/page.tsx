import type { Metadata } from "next";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { isSectionKey, REQUIRED_SECTIONS } from "@/lib/screening/rules/sections";
import { readAnswers } from "@/lib/screening/rules/stored";
import { DraftView } from "../_components/draft-view";
import { screeningOr404 } from "../_components/load";
import { ScreeningResult } from "../_components/screening-result";

export const metadata: Metadata = { title: "Screening" };

const NOTICES: Record<string, string> = {
  submitted: "Screening submitted. It is in the clinical review queue.",
  reviewed: "Review signed. The screening is now locked; corrections are made by amendment.",
  amended: "Amendment signed. The earlier version is kept and marked as amended.",
  resumed: "This person already had a draft screening: you are continuing it.",
};

export default async function ScreeningPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/screenings/[id]");
  const { id } = await params;
  const { section, done, resumed } = await searchParams;
  const screening = await screeningOr404(actor, id);
  const notice =
    typeof done === "string" ? (NOTICES[done] ?? null) : resumed === "1" ? (NOTICES.resumed ?? null) : null;
  const answers = readAnswers(screening.answers);
  if (screening.status === "DRAFT" && can(actor, "screening:write") && answers) {
    const step =
      section === "submit"
        ? "submit"
        : isSectionKey(section)
          ? section
          : (REQUIRED_SECTIONS.find((s) => answers[s] === undefined) ?? "submit");
    return <DraftView screening={screening} answers={answers} step={step} notice={notice} />;
  }
  return <ScreeningResult actor={actor} screening={screening} notice={notice} />;
}
