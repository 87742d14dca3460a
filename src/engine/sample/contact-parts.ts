import type { Random } from "./random";
import { CITIES, GIVEN_CHARS, MAIL_DOMAINS, MOBILE_PREFIXES, SURNAMES } from "./sample-words";

export interface PersonName {
  name: string;
  pinyin: string;
}

/** A Chinese personal name (surname + one or two given characters) with its pinyin. */
export function personName(rng: Random): PersonName {
  const surname = rng.pick(SURNAMES);
  const given = rng.chance(0.6)
    ? [rng.pick(GIVEN_CHARS), rng.pick(GIVEN_CHARS)]
    : [rng.pick(GIVEN_CHARS)];
  return {
    name: surname.name + given.map((g) => g.name).join(""),
    pinyin: surname.pinyin + given.map((g) => g.pinyin).join(""),
  };
}

/** A valid mainland mobile number, 11 digits (1[3-9] + 9 digits). */
export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, "0");
}

/** A valid landline with its city's area code, written "021-62345678". */
export function landlineNumber(rng: Random, areaCode: string): string {
  const digits = areaCode.length === 3 ? 8 : rng.pick([7, 8]);
  const first = rng.int(2, 8);
  return `${areaCode}-${first}${String(rng.int(0, 10 ** (digits - 1) - 1)).padStart(digits - 1, "0")}`;
}

/** A personal e-mail address at a common mail domain. */
export function personalEmail(rng: Random, pinyin: string): string {
  return `${pinyin}${rng.int(1, 999)}@${rng.pick(MAIL_DOMAINS)}`;
}

/** A city picked at random, with its region and area code. */
export function randomCity(rng: Random): (typeof CITIES)[number] {
  return rng.pick(CITIES);
}
