/**
 * Word lists for synthetic people. Common first and last names only, combined at random, so no
 * row describes a real person. Phone numbers use the fictional 555-0100…0199 block of many area
 * codes; email domains are `.test` (reserved, never delivered).
 */
import type { Rng } from "./random";

export const FEMALE_FIRST = [
  "Mary",
  "Patricia",
  "Jennifer",
  "Linda",
  "Elizabeth",
  "Barbara",
  "Susan",
  "Jessica",
  "Sarah",
  "Karen",
  "Lisa",
  "Nancy",
  "Betty",
  "Sandra",
  "Ashley",
  "Kimberly",
  "Emily",
  "Donna",
  "Michelle",
  "Carol",
  "Amanda",
  "Melissa",
  "Deborah",
  "Stephanie",
  "Rebecca",
  "Laura",
  "Sharon",
  "Cynthia",
  "Kathleen",
  "Amy",
  "Angela",
  "Anna",
  "Brenda",
  "Emma",
  "Nicole",
  "Helen",
  "Samantha",
  "Katherine",
  "Christine",
  "Rachel",
  "Maria",
  "Heather",
  "Diane",
  "Julie",
  "Olivia",
  "Megan",
  "Hannah",
  "Lauren",
  "Sofia",
  "Gabriela",
  "Aaliyah",
  "Keisha",
  "Mei",
  "Priya",
  "Fatima",
  "Rosa",
  "Carmen",
  "Tanya",
  "Brianna",
  "Chloe",
] as const;

export const MALE_FIRST = [
  "James",
  "Robert",
  "John",
  "Michael",
  "David",
  "William",
  "Richard",
  "Joseph",
  "Thomas",
  "Charles",
  "Christopher",
  "Daniel",
  "Matthew",
  "Anthony",
  "Mark",
  "Donald",
  "Steven",
  "Paul",
  "Andrew",
  "Joshua",
  "Kenneth",
  "Kevin",
  "Brian",
  "George",
  "Timothy",
  "Ronald",
  "Jason",
  "Edward",
  "Jeffrey",
  "Ryan",
  "Jacob",
  "Gary",
  "Nicholas",
  "Eric",
  "Jonathan",
  "Stephen",
  "Larry",
  "Justin",
  "Scott",
  "Brandon",
  "Tyler",
  "Aaron",
  "Jose",
  "Luis",
  "Carlos",
  "Miguel",
  "Andre",
  "Marcus",
  "Darnell",
  "Hiroshi",
  "Raj",
  "Omar",
  "Dmitri",
  "Tyrone",
  "Caleb",
  "Ethan",
  "Noah",
  "Logan",
  "Austin",
  "Wei",
] as const;

/** Names used for either sex; also handy for callers and preferred names. */
export const NEUTRAL_FIRST = [
  "Alex",
  "Jordan",
  "Taylor",
  "Morgan",
  "Casey",
  "Riley",
  "Jamie",
  "Avery",
  "Quinn",
  "Parker",
  "Rowan",
  "Skyler",
  "Dakota",
  "Reese",
  "Sam",
  "Charlie",
  "Jesse",
  "Kendall",
  "Drew",
  "Cameron",
] as const;

export const LAST_NAMES = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Gomez",
  "Phillips",
  "Evans",
  "Turner",
  "Diaz",
  "Parker",
  "Cruz",
  "Edwards",
  "Collins",
  "Reyes",
  "Stewart",
  "Morris",
  "Morales",
  "Murphy",
  "Cook",
  "Rogers",
  "Gutierrez",
  "Ortiz",
  "Morgan",
  "Cooper",
  "Peterson",
  "Bailey",
  "Reed",
  "Kelly",
  "Howard",
  "Ramos",
  "Kim",
  "Cox",
  "Ward",
  "Richardson",
  "Watson",
  "Brooks",
  "Chavez",
  "Wood",
  "James",
  "Bennett",
  "Gray",
  "Mendoza",
  "Ruiz",
  "Hughes",
  "Price",
  "Alvarez",
  "Castillo",
  "Sanders",
  "Patel",
  "Myers",
  "Long",
  "Ross",
  "Foster",
  "Jimenez",
] as const;

/** Fictional insurers (the Contoso/Northwind family of made-up company names). */
export const PAYERS = [
  "Northwind Health",
  "Contoso Mutual",
  "Fabrikam Care",
  "Bluefield Assurance",
  "Harborview Health Plan",
  "Summit Ridge Health",
  "Tri-County Medicaid Plan",
  "Lakeshore Community Health",
  "Evergreen Benefit Trust",
  "Self-pay",
] as const;

/**
 * Plausible area codes (NANP: first digit 2–9, no N9X, no N11 service codes). Combined with
 * 555-0100…0199, the only block reserved for fiction, they give about 60 000 distinct numbers.
 */
const AREA_CODES = Array.from({ length: 789 }, (_, i) => 201 + i).filter((n) => {
  const middle = Math.floor(n / 10) % 10;
  return middle !== 9 && !(middle === 1 && n % 10 === 1);
});

/** A fictional US number in E.164: +1 AAA 555 01xx. */
export function fictionalPhone(rng: Rng): string {
  return `+1${rng.pick(AREA_CODES)}55501${String(rng.int(0, 99)).padStart(2, "0")}`;
}

export interface PersonName {
  firstName: string;
  lastName: string;
  sex: "FEMALE" | "MALE" | "UNKNOWN";
}

export function personName(rng: Rng): PersonName {
  const sex = rng.weighted([
    ["FEMALE", 47],
    ["MALE", 50],
    ["UNKNOWN", 3],
  ] as const);
  const list = sex === "FEMALE" ? FEMALE_FIRST : sex === "MALE" ? MALE_FIRST : NEUTRAL_FIRST;
  const firstName = rng.chance(0.08) ? rng.pick(NEUTRAL_FIRST) : rng.pick(list);
  return { firstName, lastName: rng.pick(LAST_NAMES), sex };
}

/** Any first name, for callers who are not the patient. */
export function anyFirstName(rng: Rng): string {
  return rng.pick(rng.chance(0.5) ? FEMALE_FIRST : rng.chance(0.8) ? MALE_FIRST : NEUTRAL_FIRST);
}

export function demoEmail(rng: Rng, firstName: string, lastName: string): string {
  const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
  return `${local}${rng.int(1, 999)}@${rng.pick(["example.test", "mail.test", "inbox.test"])}`;
}

export function memberId(rng: Rng): string {
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  return `${letters[rng.int(0, 22)]}${letters[rng.int(0, 22)]}${letters[rng.int(0, 22)]}${rng.int(100_000_000, 999_999_999)}`;
}
