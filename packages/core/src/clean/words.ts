// English function words: general linguistic knowledge, used to tell content words from glue.
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at by for from to with ' +
    'without into onto over under about above below after before between among through during against around ' +
    'as is are was were be been being am do does did done has have had having will would shall should can could ' +
    'may might must not no it its it’s it\'s he him his she her hers they them their theirs we us our ours you your ' +
    'yours i me my mine who whom whose which what when where why how all any both each few more most other some ' +
    'such only own same too very just also even still again ever never now up down out off once s t'
  ).split(' '),
);

/** True for English function words (`the`, `of`, `would`…), case-insensitively. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
