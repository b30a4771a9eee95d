import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { describeAnswer } from "@/lib/screening/rules/describe";
import { SECTION_TITLES } from "@/lib/screening/rules/questions";
import { sectionAnswerPaths } from "@/lib/screening/rules/answer-paths";
import { OWN_SECTIONS } from "@/lib/screening/rules/sections";

/** The center's own questions and their answers, section by section. */
export function AnswersSummary({ answers }: { answers: ScreeningAnswersDraft }) {
  const sections = OWN_SECTIONS.map((section) => ({ section, paths: sectionAnswerPaths(answers, section) })).filter(
    (s) => s.paths.length > 0,
  );
  if (sections.length === 0) return null;
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {sections.map(({ section, paths }) => (
        <section
          key={section}
          aria-labelledby={`answers-${section}`}
          className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4"
        >
          <h3 id={`answers-${section}`} className="font-semibold">
            {SECTION_TITLES[section]}
          </h3>
          <dl className="mt-2 space-y-1 text-sm">
            {paths.map((path) => {
              const d = describeAnswer(answers, path);
              return d ? (
                <div key={path} className="grid grid-cols-[1fr_auto] gap-3 border-b border-slate-100 py-1">
                  <dt>{d.question}</dt>
                  <dd className="font-medium">{d.answer}</dd>
                </div>
              ) : null;
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
