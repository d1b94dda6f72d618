/**
 * Words too common to name anything, left out of cluster keywords. English: the function words of the
 * classic SMART / scikit-learn lists (articles, pronouns, auxiliaries, prepositions, conjunctions, common
 * adverbs). Russian: the NLTK / snowball list (предлоги, союзы, частицы, местоимения, вспомогательные
 * глаголы) with ё folded to е, as the tokens are. Both lower case.
 */

const ENGLISH = `
a about above after again against all almost along already also although always am among an and another any
anyone anything are around as at be became because become been before being below between both but by can
cannot could did do does doing done down during each either else enough even ever every few for from further
get gets got had has have having he her here hers herself him himself his how however i if in into is it its
itself just least less like made make many may me might mine more most much must my myself neither never
next no nobody none nor not nothing now of off often on once one only onto or other others our ours ourselves
out over own per perhaps quite rather really same she should since so some someone something sometimes still
such than that the their theirs them themselves then there these they this those though through thus to too
toward towards under until up upon us very via was we well were what whatever when where whether which while
who whom whose why will with within without would yet you your yours yourself yourselves
`;

const RUSSIAN = `
а без более больше будет будто бы был была были было быть в вам вас ведь весь во вот впрочем все всегда всего
всех всю вы где да даже два для до другой его ее ей ему если есть еще ж же за зачем здесь и из или им иногда их
к как какая какой когда конечно кто куда ли лучше между меня мне много может можно мой моя мы на над надо наконец
нас не него нее ней нельзя нет ни нибудь никогда ним них ничего но ну о об один он она они опять от перед по под
после потом потому почти при про раз разве с сам свою себе себя сейчас со совсем так такой там тебя тем теперь
то тогда того тоже только том тот три тут ты у уж уже хорошо хоть чего чем через что чтоб чтобы чуть эти этого
этой этом этот эту я это очень каждый каждая каждое свой своя свое свои также который которая которое которые
`;

function wordsOf(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''));
}

/** English and Russian stop words together: a bilingual map needs both, and the two never collide. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...wordsOf(ENGLISH), ...wordsOf(RUSSIAN)]);
