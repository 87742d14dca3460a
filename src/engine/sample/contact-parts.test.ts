import { parsePhone } from "../table/parse-phone";
import { landlineNumber, mobileNumber, personName, personalEmail } from "./contact-parts";
import { createRandom } from "./random";

describe("contact parts", () => {
  const rng = createRandom(11);
  it("makes valid mobiles and landlines", () => {
    for (let i = 0; i < 200; i++) {
      expect(mobileNumber(rng)).toMatch(/^1[3-9]\d{9}$/);
      const landline = landlineNumber(rng, i % 2 ? "021" : "0755");
      expect(parsePhone(landline)).not.toBeNull();
    }
  });
  it("makes Chinese names with pinyin and e-mails", () => {
    const person = personName(rng);
    expect(person.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    expect(person.pinyin).toMatch(/^[a-z]+$/);
    expect(personalEmail(rng, person.pinyin)).toMatch(/^[a-z]+\d+@[a-z0-9]+\.com$/);
  });
});
