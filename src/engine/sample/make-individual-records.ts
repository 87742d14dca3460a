import type { Day } from "../day";
import { mobileNumber, personName, personalEmail, randomCity } from "./contact-parts";
import { customerId, prospectCount, type SampleRecord } from "./make-enterprise-records";
import { purchaseHistory } from "./purchase-history";
import type { Random } from "./random";
import { dateOfDay } from "./sample-values";
import { CHANNELS, EDUCATIONS, INCOME_BANDS, OCCUPATIONS } from "./sample-words";
import { uniqueText } from "./unique-text";

const YEAR = 365;
/** Personal spending is more uneven than a firm's (no cost to serve evens it out): a wider spread keeps the top fifth near 80%. */
const SPREAD = 1.45;

/**
 * `count` individual customers (the individual template's fields), valid for asOf, with unique
 * ids, names, phones and e-mails (equal names would read as the same person) and ~5% prospects.
 */
export function makeIndividualRecords(rng: Random, count: number, asOf: Day): SampleRecord[] {
  const names = new Set<string>();
  const phones = new Set<string>();
  const mails = new Set<string>();
  const prospects = new Set(
    rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, prospectCount(count))
  );
  const records: SampleRecord[] = [];
  for (let i = 0; i < count; i++) {
    let pinyin = "";
    const name = uniqueText(rng, names, (r) => {
      const person = personName(r);
      pinyin = person.pinyin;
      return person.name;
    });
    const birth = asOf - rng.int(18 * YEAR, 70 * YEAR);
    const history = purchaseHistory(rng, asOf, birth + 18 * YEAR, 6_000, prospects.has(i), SPREAD);
    records.push({
      customer_id: customerId(i, count),
      name,
      gender: rng.pick(["男", "女"]),
      birth_date: dateOfDay(birth),
      phone: uniqueText(rng, phones, mobileNumber),
      email: uniqueText(rng, mails, (r) => personalEmail(r, pinyin)),
      city: randomCity(rng).name,
      occupation: rng.pick(OCCUPATIONS),
      income_band: rng.pick(INCOME_BANDS),
      education: rng.pick(EDUCATIONS),
      channel: rng.pick(CHANNELS),
      first_purchase: history.first === null ? null : dateOfDay(history.first),
      last_purchase: history.last === null ? null : dateOfDay(history.last),
      orders: history.orders,
      sales_amount: history.sales,
      gross_profit: history.grossProfit,
      complaints: history.complaints,
    });
  }
  return records;
}
