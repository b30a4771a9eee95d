import type { Actor } from "@/lib/auth/actor";
import { listFlags } from "@/lib/safety-flags/queries";
import type { FlagView } from "@/lib/safety-flags/rules/visibility";
import { presentFlag, presentGroups } from "./present";

/** The dashboard worklist and the flag list, for the pages and for their live JSON alike. */
export async function loadWorklist(actor: Actor, take = 30) {
  const { flags, total } = await listFlags(actor, { view: "open", take });
  return { groups: presentGroups(flags, actor, new Date()), total };
}

export async function loadFlagList(actor: Actor, view: FlagView) {
  const { flags, total } = await listFlags(actor, { view, take: 100 });
  const now = new Date();
  return { flags: flags.map((f) => presentFlag(f, actor, now)), total };
}
