import { z } from "zod";

export const SEARCH_COOKIE = "intake.calls-search";

export const SearchSchema = z.strictObject({
  q: z.string().trim().max(80, "Search for at most 80 characters."),
});
