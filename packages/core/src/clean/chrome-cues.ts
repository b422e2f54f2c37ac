// Words of web furniture, not of any site: the vocabulary of comment forms, share bars, related-link
// blocks, newsletters, adverts and legal footers. A cue counts only on a line short enough to be
// furniture (see chrome.ts), never inside prose.

/** A cue, the rule it names, and the longest line (in words) it may mark as furniture. */
export interface ChromeCue {
  rule: string;
  re: RegExp;
  maxWords: number;
}

export const CHROME_CUES: readonly ChromeCue[] = [
  {
    rule: 'comment-form',
    re: /\b(?:leave a (?:comment|reply)|post a comment|add (?:a |your )?comment|\d+ comments?|comments? \(\d+\)|your email address will not be published|required fields are marked|cancel reply|join the (?:conversation|discussion)|be the first to comment|comments are closed)\b/i,
    maxWords: 25,
  },
  {
    rule: 'share-prompt',
    re: /^(?:share(?: this)?(?: article| story| post| page)?(?: on| via| with)?\b|click to share|tweet this|email this|print this|copy link|(?:(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|email|print)[\s,|•·]*){2,}$)/i,
    maxWords: 10,
  },
  {
    rule: 'related-links',
    re: /^(?:related(?: articles?| stories| story| content| posts?| news| coverage| topics| reading)?|editors?['’]?s? picks?|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)|more (?:from|on|stories)\b|read (?:more|next|also)|see also|also read|you (?:may|might) also like|trending(?: now)?|top stories|popular (?:now|stories)|more news)\b/i,
    maxWords: 12,
  },
  {
    rule: 'subscribe-prompt',
    re: /\b(?:subscribe (?:to|now|for|today)|sign up (?:for|to) (?:our|the) \w*\s?newsletters?|newsletter sign[- ]?up|get (?:our|the) newsletter|download (?:our|the) app|follow us on|log ?in to (?:comment|continue|read)|sign in to (?:comment|continue|read)|already a subscriber)\b/i,
    maxWords: 20,
  },
  {
    rule: 'advert',
    re: /^\W*(?:advertisement|advertising|advert|ads?|sponsored(?: \w+)?|promoted(?: \w+)?|paid (?:content|post|partnership)|partner content|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|advert|ad))?|scroll to continue(?: with content)?|continue reading(?: below)?)\W*$/i,
    maxWords: 6,
  },
  {
    rule: 'story-version-note',
    re: /\b(?:full|complete|original)(?: [\w-]+){0,3} (?:version|editing|edition|text|story|article) of this (?:story|article)\b|\bthis (?:story|article) (?:may )?(?:possibly )?(?:includes?|including|contains?) (?:photos?|photographs?|images?|videos?|graphics)\b/i,
    maxWords: 30,
  },
  {
    rule: 'legal-footer',
    re: /\b(?:cookie (?:policy|settings)|privacy policy|terms of (?:use|service)|all rights reserved)\b|©\s?\d{4}|^copyright \d{4}/i,
    maxWords: 15,
  },
  {
    rule: 'photo-credit',
    // `Photograph: Jane Doe/Reuters`, `(Credit: Alamy)`, `Image source, EPA`, `Photo by Jane Doe for …`.
    re: /^\(?(?:file )?(?:photo(?:graph)?|picture|pic|image|caption|credit)s?(?: (?:credit|source|courtesy))?\s*[:|,]|^\(?(?:photo(?:graph)?|picture|image)s? (?:by|courtesy of) \p{Lu}|\b(?:getty images|via getty|ap photo|afp photo|reuters photo)\b|[/|]\s*(?:photo(?:graph)?|image|picture|pic)s? (?:via|by|courtesy|credit)\b|\(photo(?: by|:)[^)]*\)$/iu,
    maxWords: 30,
  },
  {
    rule: 'breadcrumb',
    re: /^(?:home|news)\s*[>›»/|]\s*\p{L}/iu,
    maxWords: 10,
  },
];

/** The first cue that marks this line as furniture, if any. */
export function chromeCue(line: string, words: number): ChromeCue | undefined {
  return CHROME_CUES.find((cue) => words <= cue.maxWords && cue.re.test(line));
}
