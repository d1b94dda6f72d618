/**
 * The capital ↔ country analogy family of the teaching corpus: Moscow/Russia, Paris/France… in both
 * languages. A capital and its country share the contexts of their nation (the nationality adjective, the
 * people), which no other pair has; every capital shares the contexts of a city (mayor, metro, streets) and
 * every country those of a country (border, president, population). Most sentences name only the city or
 * only the country, each with its nation's contexts; a smaller share says how the two belong together
 * ("Paris is the capital of France"). Moscow − Russia + France then keeps "city", swaps the nation and lands
 * on Paris.
 *
 * Russian names stay in the nominative everywhere (apposition: «город Париж», «страна Франция»), because
 * the tokeniser does not lemmatise: «Франции» would be another word.
 */

/**
 * @typedef {{ city: string, country: string, people: string, adjective: string, symbols: string[] }} CapitalPair
 * The people, the adjective and the symbols (a dish, a sport, a sight) of the nation: words only this
 * pair's sentences use.
 */
/**
 * @typedef {{ pairs: CapitalPair[], cityTemplates: string[], countryTemplates: string[],
 *   pairTemplates: string[] }} CapitalsLanguage
 * Slots: {X} the capital, {Y} the country, {p} the people and {a} the adjective of their nation, {s}, {s2}
 * and {s3} three of its symbols.
 */

/**
 * The share of sentences that name a capital and its country together ("X is the capital of Y"). They are
 * what a reader expects, but each puts the country among the capital's contexts and the capital among the
 * country's, which the arithmetic does not cancel; 0, 0.2 and 0.4 scored alike, so they stay a minority.
 */
const PAIR_SHARE = 0.2;

/** @type {{ ru: CapitalsLanguage, en: CapitalsLanguage }} */
export const CAPITALS_FAMILY = {
  ru: {
    pairs: [
      {
        city: 'Москва',
        country: 'Россия',
        people: 'россияне',
        adjective: 'российский',
        symbols: ['матрёшка', 'балалайка', 'самовар', 'блины'],
      },
      {
        city: 'Париж',
        country: 'Франция',
        people: 'французы',
        adjective: 'французский',
        symbols: ['круассан', 'багет', 'шансон', 'виноградники'],
      },
      {
        city: 'Берлин',
        country: 'Германия',
        people: 'немцы',
        adjective: 'немецкий',
        symbols: ['крендель', 'сосиски', 'октоберфест', 'автобаны'],
      },
      {
        city: 'Рим',
        country: 'Италия',
        people: 'итальянцы',
        adjective: 'итальянский',
        symbols: ['пицца', 'гондола', 'спагетти', 'опера'],
      },
      {
        city: 'Мадрид',
        country: 'Испания',
        people: 'испанцы',
        adjective: 'испанский',
        symbols: ['паэлья', 'фламенко', 'сиеста', 'кастаньеты'],
      },
      {
        city: 'Лондон',
        country: 'Британия',
        people: 'британцы',
        adjective: 'британский',
        symbols: ['крикет', 'пудинг', 'регби', 'волынка'],
      },
      {
        city: 'Токио',
        country: 'Япония',
        people: 'японцы',
        adjective: 'японский',
        symbols: ['суши', 'сакура', 'кимоно', 'самураи'],
      },
      {
        city: 'Пекин',
        country: 'Китай',
        people: 'китайцы',
        adjective: 'китайский',
        symbols: ['панда', 'иероглифы', 'фарфор', 'палочки'],
      },
      {
        city: 'Оттава',
        country: 'Канада',
        people: 'канадцы',
        adjective: 'канадский',
        symbols: ['клён', 'хоккей', 'бобры', 'сироп'],
      },
      {
        city: 'Каир',
        country: 'Египет',
        people: 'египтяне',
        adjective: 'египетский',
        symbols: ['пирамиды', 'фараоны', 'сфинкс', 'папирус'],
      },
    ],
    cityTemplates: [
      'город {X}: {p}, {s}, {s2} и {s3}',
      'мэр сказал: город {X} — это {s}, {s2} и {a} характер',
      '{X} — город, где {p}, {s} и {s2}',
      'город {X}, метро и {a} говор: {s}, {s2}',
      'туристы приехали в город {X}: {p}, {s} и {s2}',
    ],
    countryTemplates: [
      'страна {Y}: {p}, {s}, {s2} и {s3}',
      'президент сказал: страна {Y} — это {s}, {s2} и {a} характер',
      '{Y} — страна, где {p}, {s} и {s2}',
      'страна {Y}, граница и {a} гимн: {s}, {s2}',
      'путешественники пересекли границу, страна {Y}: {p}, {s} и {s2}',
    ],
    pairTemplates: [
      '{X} — столица, а страна — {Y}',
      'столица — город {X}, страна — {Y}',
      'правительство работает в городе {X}, страна {Y}',
      'рейс в город {X} ({Y}) вылетает в полдень',
      '{X} — главный город, и вся страна {Y} смотрит на него',
    ],
  },
  en: {
    pairs: [
      {
        city: 'Moscow',
        country: 'Russia',
        people: 'Russians',
        adjective: 'Russian',
        symbols: ['matryoshka', 'balalaika', 'samovar', 'blini'],
      },
      {
        city: 'Paris',
        country: 'France',
        people: 'Frenchmen',
        adjective: 'French',
        symbols: ['croissant', 'baguette', 'chanson', 'vineyards'],
      },
      {
        city: 'Berlin',
        country: 'Germany',
        people: 'Germans',
        adjective: 'German',
        symbols: ['pretzel', 'sausages', 'oktoberfest', 'autobahn'],
      },
      {
        city: 'Rome',
        country: 'Italy',
        people: 'Italians',
        adjective: 'Italian',
        symbols: ['pizza', 'gondola', 'spaghetti', 'opera'],
      },
      {
        city: 'Madrid',
        country: 'Spain',
        people: 'Spaniards',
        adjective: 'Spanish',
        symbols: ['paella', 'flamenco', 'siesta', 'castanets'],
      },
      {
        city: 'London',
        country: 'Britain',
        people: 'Britons',
        adjective: 'British',
        symbols: ['cricket', 'pudding', 'rugby', 'bagpipes'],
      },
      {
        city: 'Tokyo',
        country: 'Japan',
        people: 'Japanese',
        adjective: 'Japanese',
        symbols: ['sushi', 'sakura', 'kimono', 'samurai'],
      },
      {
        city: 'Beijing',
        country: 'China',
        people: 'Chinese',
        adjective: 'Chinese',
        symbols: ['panda', 'hieroglyphs', 'porcelain', 'chopsticks'],
      },
      {
        city: 'Ottawa',
        country: 'Canada',
        people: 'Canadians',
        adjective: 'Canadian',
        symbols: ['maple', 'hockey', 'beavers', 'syrup'],
      },
      {
        city: 'Cairo',
        country: 'Egypt',
        people: 'Egyptians',
        adjective: 'Egyptian',
        symbols: ['pyramids', 'pharaohs', 'sphinx', 'papyrus'],
      },
    ],
    cityTemplates: [
      '{X}, a city: {p}, {s}, {s2} and {s3}',
      'the mayor says {X} means {s}, {s2} and the {a} spirit',
      '{X} is a city of {p}, {s} and {s2}',
      '{X}, its metro and the {a} accent: {s}, {s2}',
      'tourists came to {X}: {p}, {s} and {s2}',
    ],
    countryTemplates: [
      '{Y}, a country: {p}, {s}, {s2} and {s3}',
      'the president says {Y} means {s}, {s2} and the {a} spirit',
      '{Y} is a country of {p}, {s} and {s2}',
      '{Y}, its border and the {a} anthem: {s}, {s2}',
      'travellers crossed the border of {Y}: {p}, {s} and {s2}',
    ],
    pairTemplates: [
      '{X} is the capital of {Y}',
      'the capital of {Y} is {X}',
      'the government of {Y} sits in {X}',
      'a flight to {X}, {Y}, leaves at noon',
      '{X} is the main city, and all of {Y} looks to it',
    ],
  },
};

/**
 * One sentence of the family: a pair, the kind of sentence (city, country or both) and a template.
 * @param {CapitalsLanguage} side @param {{ pick: <T>(items: readonly T[]) => T, pickDistinct: (items: readonly string[], count: number) => string[], random: () => number }} draw
 */
export function capitalsSentence(side, draw) {
  const pair = draw.pick(side.pairs);
  const roll = draw.random();
  const templates =
    roll < PAIR_SHARE
      ? side.pairTemplates
      : roll < (1 + PAIR_SHARE) / 2
        ? side.cityTemplates
        : side.countryTemplates;
  const [symbol, symbol2, symbol3] = draw.pickDistinct(pair.symbols, 3);
  const slots = {
    X: pair.city,
    Y: pair.country,
    p: pair.people,
    a: pair.adjective,
    s: symbol,
    s2: symbol2,
    s3: symbol3,
  };
  return draw.pick(templates).replace(/\{(\w+)\}/g, (_, name) => slots[name] ?? `{${name}}`);
}
