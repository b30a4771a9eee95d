import { type Actor, assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

/** Staff names for list filters ("logged by"), for anyone who can read calls. */
export async function listStaffForFilter(actor: Actor) {
  assertCan(actor, "call:read");
  const db = await getDb();
  return db.user.findMany({
    where: { role: { in: ["COORDINATOR", "ADMIN"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
