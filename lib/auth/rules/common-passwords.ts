/**
 * Passwords that meet the length rule but appear at the top of breach corpora and guessing
 * dictionaries. Shorter ones are already refused by the length rule. The check also refuses
 * a single repeated character and plain keyboard/number runs.
 */
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789000",
  "111111111111",
  "000000000000",
  "123123123123",
  "password1234",
  "password12345",
  "password123!",
  "passwordpassword",
  "password1!",
  "qwertyuiop12",
  "qwertyuiopas",
  "qwertyuiopasdf",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "qazwsxedcrfv",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "welcome123456",
  "administrator",
  "admin1234567",
  "adminadmin123",
  "changeme1234",
  "changemenow!",
  "trustno1trustno1",
  "football1234",
  "baseball1234",
  "sunshine1234",
  "princess1234",
  "starwars1234",
  "dragon123456",
  "monkey123456",
  "superman1234",
  "michael12345",
  "jennifer1234",
  "abcdefghijkl",
  "abcdefgh1234",
  "abcd1234abcd",
  "asdfghjkl123",
  "zxcvbnm12345",
  "passw0rd1234",
  "p@ssw0rd1234",
  "p@ssword1234",
  "correcthorsebatterystaple",
  "iloveyouiloveyou",
  "mypassword123",
  "secretpassword",
  "temppassword1",
  "temporarypassword",
  "intakedesk123",
  "intakedesk1234",
  "treatment1234",
  "recovery12345",
  "healthcare123",
]);

function isRun(value: string): boolean {
  const runs = [
    "0123456789012345678901234567890",
    "abcdefghijklmnopqrstuvwxyzabcdefghij",
    "qwertyuiopasdfghjklzxcvbnm",
  ];
  return runs.some((run) => run.includes(value) || run.split("").reverse().join("").includes(value));
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (/^(.)\1+$/u.test(password)) return true;
  return isRun(lower);
}
