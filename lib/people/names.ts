/**
 * How a person's name is written, in one place: patients and prospects alike. Pure, so server
 * queries, pages and client components share it.
 */
export interface PersonName {
  firstName: string;
  lastName: string | null;
}

/** "Maria Lopez"; "Maria" when there is no last name. */
export function fullName(person: PersonName): string {
  return person.lastName ? `${person.firstName} ${person.lastName}` : person.firstName;
}

/** `Maria “Mari” Lopez`: the full name with the preferred name, when there is one, in quotes. */
export function displayName(person: PersonName & { preferredName?: string | null }): string {
  const first = person.preferredName ? `${person.firstName} “${person.preferredName}”` : person.firstName;
  return fullName({ firstName: first, lastName: person.lastName });
}
