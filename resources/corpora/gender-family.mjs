/**
 * The gender × role analogy family of the teaching corpus: man/woman, king/queen, prince/princess… in both
 * languages. Each word is one of two genders and one of nine roles, and each sentence gives it contexts of
 * both kinds, drawn independently: a gender context shared by all words of that gender (he/she, his/her;
 * он/она, его/её and the past-tense verb forms «пришёл»/«пришла») and a role context shared only by the two
 * words of its pair (throne and reign for king and queen, wedding and ring for husband and wife), plus the
 * setting of the role's group (the palace for royalty, home for family, the street for people). A word's
 * co-occurrence profile is then the sum of a gender part and a role part, which is the structure that makes
 * king − man + woman land on queen in the trained vectors.
 *
 * Every template puts the word itself in the nominative (Russian) or base form (English), as the subject of
 * its sentence, so each concept is one token.
 */

/**
 * @typedef {{ words: [string, string], group: string, contexts: string[] }} RolePair
 * `words` is [male, female]; `contexts` are nouns only this pair's words meet, in the form the templates use.
 */
/**
 * @typedef {{ subject: string, possessive: string, object: string, arrived: string, verbs: string[],
 *   glad: string }} GenderForms
 * The gendered words of one gender's sentences (Russian past-tense verbs agree with their subject).
 */
/**
 * @typedef {{ settings: string[], destinations: string[] }} RoleGroup
 * Where a group's words are (`settings`) and where they go (`destinations`).
 */
/**
 * @typedef {{ pairs: RolePair[], groups: Record<string, RoleGroup>, genders: [GenderForms, GenderForms],
 *   templates: string[] }} GenderLanguage
 * Template slots: {W} the word; {S} {P} {N} the subject, possessive and object pronouns; {A} "arrived";
 * {V} and {V2} two different gendered verbs; {R} «рад»/«рада» (himself/herself); {C}, {C2} and {C3} three contexts
 * of the word's pair; {G} a setting and {H} a destination of its group.
 */

/** @type {{ ru: GenderLanguage, en: GenderLanguage }} */
export const GENDER_FAMILY = {
  ru: {
    pairs: [
      {
        words: ['мужчина', 'женщина'],
        group: 'people',
        contexts: ['работа', 'коллеги', 'газета', 'машина', 'зарплата', 'портфель'],
      },
      {
        words: ['мальчик', 'девочка'],
        group: 'people',
        contexts: ['школа', 'игрушки', 'велосипед', 'ранец', 'мяч', 'одноклассники'],
      },
      {
        words: ['король', 'королева'],
        group: 'royalty',
        contexts: ['трон', 'королевство', 'скипетр', 'подданные', 'указ', 'мантия'],
      },
      {
        words: ['принц', 'принцесса'],
        group: 'royalty',
        contexts: ['карета', 'наставник', 'пони', 'бал', 'титул', 'фрейлины'],
      },
      {
        words: ['отец', 'мать'],
        group: 'family',
        contexts: ['дети', 'малыш', 'колыбельная', 'воспитание', 'коляска', 'пелёнки'],
      },
      {
        words: ['сын', 'дочь'],
        group: 'family',
        contexts: ['родители', 'детство', 'дневник', 'выпускной', 'аттестат', 'рюкзак'],
      },
      {
        words: ['брат', 'сестра'],
        group: 'family',
        contexts: ['близнец', 'ссора', 'секреты', 'прятки', 'двойняшки', 'шалости'],
      },
      {
        words: ['муж', 'жена'],
        group: 'family',
        contexts: ['свадьба', 'кольцо', 'годовщина', 'брак', 'венчание', 'фата'],
      },
      {
        words: ['дядя', 'тётя'],
        group: 'family',
        contexts: ['племянник', 'племянница', 'гостинцы', 'письмо', 'посылка', 'открытка'],
      },
    ],
    groups: {
      people: { settings: ['на улице', 'в городе', 'в парке'], destinations: ['в город', 'в парк'] },
      royalty: {
        settings: ['во дворце', 'при дворе', 'в тронном зале'],
        destinations: ['во дворец', 'в тронный зал'],
      },
      family: { settings: ['дома', 'в семье', 'на кухне'], destinations: ['домой', 'к семье'] },
    },
    genders: [
      {
        subject: 'он',
        possessive: 'его',
        object: 'него',
        arrived: 'пришёл',
        verbs: ['сидел', 'ждал', 'улыбнулся', 'устал', 'проснулся', 'засмеялся', 'работал', 'читал'],
        glad: 'рад',
      },
      {
        subject: 'она',
        possessive: 'её',
        object: 'неё',
        arrived: 'пришла',
        verbs: ['сидела', 'ждала', 'улыбнулась', 'устала', 'проснулась', 'засмеялась', 'работала', 'читала'],
        glad: 'рада',
      },
    ],
    templates: [
      '{W} {V} {G}: {P} {C}, {C2} и {C3}',
      '{W} {A} {H}, и у {N} с собой {C}, {C2} и {C3}',
      '{S} — {W}, и {P} {C}, {C2} и {C3} {G}',
      '{W} {V} и {V2}, {P} {C} и {C2} рядом',
      '{G} {W} {V}, {S} {R}: {P} {C}, {C2} и {C3}',
      'когда {W} {A}, {S} {V}: {C}, {C2} и {C3}',
    ],
  },
  en: {
    pairs: [
      {
        words: ['man', 'woman'],
        group: 'people',
        contexts: ['job', 'colleagues', 'newspaper', 'car', 'salary', 'briefcase'],
      },
      {
        words: ['boy', 'girl'],
        group: 'people',
        contexts: ['school', 'toys', 'bicycle', 'schoolbag', 'ball', 'classmates'],
      },
      {
        words: ['king', 'queen'],
        group: 'royalty',
        contexts: ['throne', 'kingdom', 'sceptre', 'subjects', 'decree', 'mantle'],
      },
      {
        words: ['prince', 'princess'],
        group: 'royalty',
        contexts: ['carriage', 'tutor', 'pony', 'gala', 'title', 'courtiers'],
      },
      {
        words: ['father', 'mother'],
        group: 'family',
        contexts: ['children', 'baby', 'lullaby', 'parenting', 'pram', 'nappies'],
      },
      {
        words: ['son', 'daughter'],
        group: 'family',
        contexts: ['parents', 'childhood', 'diary', 'graduation', 'diploma', 'backpack'],
      },
      {
        words: ['brother', 'sister'],
        group: 'family',
        contexts: ['twin', 'quarrel', 'secrets', 'games', 'pranks', 'bunkbed'],
      },
      {
        words: ['husband', 'wife'],
        group: 'family',
        contexts: ['wedding', 'ring', 'anniversary', 'marriage', 'vows', 'honeymoon'],
      },
      {
        words: ['uncle', 'aunt'],
        group: 'family',
        contexts: ['nephew', 'niece', 'gifts', 'letter', 'parcel', 'postcard'],
      },
    ],
    groups: {
      people: {
        settings: ['in the street', 'in town', 'in the park'],
        destinations: ['to town', 'to the park'],
      },
      royalty: {
        settings: ['in the palace', 'at court', 'in the throne room'],
        destinations: ['to the palace', 'to the throne room'],
      },
      family: {
        settings: ['at home', 'in the family', 'in the kitchen'],
        destinations: ['home', 'to the family'],
      },
    },
    genders: [
      {
        subject: 'he',
        possessive: 'his',
        object: 'him',
        arrived: 'came',
        verbs: ['sat', 'waited', 'smiled', 'rested', 'woke', 'laughed', 'worked', 'read'],
        glad: 'himself',
      },
      {
        subject: 'she',
        possessive: 'her',
        object: 'her',
        arrived: 'came',
        verbs: ['sat', 'waited', 'smiled', 'rested', 'woke', 'laughed', 'worked', 'read'],
        glad: 'herself',
      },
    ],
    templates: [
      'the {W} {V} {G}: {P} {C}, {C2} and {C3}',
      'the {W} {A} {H} with {P} {C}, {C2} and {C3}',
      '{S} is the {W}, and {P} {C}, {C2} and {C3} are {G}',
      'the {W} {V} and {V2} by {P} {C} and {C2}',
      '{G} the {W} {V} by {R}: {P} {C}, {C2} and {C3}',
      'when the {W} {A}, {S} {V}: {C}, {C2} and {C3}',
    ],
  },
};

/**
 * One sentence of the family: a pair, a gender and a template, each drawn with `random`.
 * @param {GenderLanguage} side @param {{ pick: <T>(items: readonly T[]) => T, pickDistinct: (items: readonly string[], count: number) => string[] }} draw
 */
export function genderSentence(side, draw) {
  const pair = draw.pick(side.pairs);
  const gender = draw.pick([0, 1]);
  const forms = /** @type {GenderForms} */ (side.genders[gender]);
  const group = /** @type {RoleGroup} */ (side.groups[pair.group]);
  const [verb, verb2] = draw.pickDistinct(forms.verbs, 2);
  const [context, context2, context3] = draw.pickDistinct(pair.contexts, 3);
  const slots = {
    W: pair.words[gender],
    S: forms.subject,
    P: forms.possessive,
    N: forms.object,
    A: forms.arrived,
    V: verb,
    V2: verb2,
    R: forms.glad,
    C: context,
    C2: context2,
    C3: context3,
    G: draw.pick(group.settings),
    H: draw.pick(group.destinations),
  };
  return draw.pick(side.templates).replace(/\{(\w+)\}/g, (_, name) => slots[name] ?? `{${name}}`);
}
