import type { Credit } from '../model/index.ts';

/** A credit found on one line of an article, with the line's span so cleaning can move it out. */
export interface CreditFinding {
  credit: Credit;
  /** Span of the whole line (without its line break) in the text searched. */
  start: number;
  end: number;
  /** A web domain the line gives for the publisher. */
  domain?: string;
}

// Wire services are a closed, well-known set; reporters and publishers are found by line shape.
const WIRE_RE =
  /\b(Associated Press|AP|Reuters|Agence France[- ]Presse|AFP|Bloomberg|dpa|Deutsche Presse-Agentur|Xinhua|Kyodo|Yonhap|Press Association|PA Media|ANSA|EFE|UPI|Tass|TASS|Interfax|Anadolu|Canadian Press)\b/g;
const CONTRIBUTED_RE = /^(?<who>.{2,300}?)\s+(?:contributed|also contributed)(?:\s+(?:reporting|to (?:this|the) (?:report|story|article)))?\s*\.?$/i;
// A capitalised name word. Case-sensitive on purpose: under the `i` flag `\p{Lu}` matches any letter.
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const TRANSLATOR_RE = new RegExp(
  String.raw`^(?:[Tt]ranslation|[Tt]ranslated|[Ee]nglish translation)(?:\s+(?:by|of|from\s+\p{L}+\s+by))?\s*:?\s+(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,3})\s*\.?$`,
  'u',
);
const REPORTER_RE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Rr]eporting by|[Ww]ritten by|[Ww]riting by|[Aa]dditional reporting by)\s*:?\s+(?<name>${NAME_WORD}(?:\s+(?:and\s+)?${NAME_WORD}){0,5})\s*\.?$`,
  'u',
);
// `(Reporting by Jane Doe in Paris; Editing by John Roe)`: the wire's own credit line.
const WIRE_TAIL_RE = /^\((?:(?:additional\s+)?reporting|writing|editing)\s+by\s+(?<who>[^)]{2,200})\)\.?$/i;
// `Daily Global Timeshttps://dailyglobaltimes.com`: a site name glued to (or beside) its own address.
const PUBLISHER_URL_RE = /^(?<name>\p{Lu}[\p{L}\p{N}&'’. -]{1,58}?)\s*(?<url>https?:\/\/(?:www\.)?(?<domain>[a-z0-9.-]+\.[a-z]{2,})\S*)$/iu;
const SOURCE_RE = /^source\s*:\s*(?<name>\S.{0,80})$/i;
// Words a contributor line may hold besides names, places and wires.
const CREDIT_FILLER_RE =
  /^(?:and|the|also|of|from|staff|writers?|journalists?|reporters?|correspondents?|photographers?|producers?|researchers?|videojournalists?|contributed|to|this|report|in)$/i;

/**
 * Find credit lines: wire services, contributors, reporters, translators and publisher footers.
 * `'Reuters and the Associated Press contributed to this report.'` -> two wire credits;
 * `'He said the money had been contributed.'` -> none.
 *
 * @example
 * findCredits('Text.\n\nReuters contributed to this report.')[0]?.credit; // { kind: 'wire', name: 'Reuters', … }
 */
export function findCredits(text: string): CreditFinding[] {
  const findings: CreditFinding[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const trimmed = line.trim();
    const start = lineStart + (line.length - line.trimStart().length);
    const end = start + trimmed.length;
    if (trimmed.length > 0 && trimmed.length <= 400) {
      for (const found of creditsOnLine(trimmed)) findings.push({ ...found, start, end });
    }
    lineStart = lineEnd + 1;
  }
  return findings;
}

function creditsOnLine(line: string): Array<Omit<CreditFinding, 'start' | 'end'>> {
  const contributed = CONTRIBUTED_RE.exec(line) ?? WIRE_TAIL_RE.exec(line);
  if (contributed?.groups?.who) return contributorCredits(contributed.groups.who.replace(/;\s*editing by\s+/i, ' and '), line);
  const translator = TRANSLATOR_RE.exec(line);
  if (translator?.groups?.name) return [{ credit: { kind: 'translator', name: withoutFullStop(translator.groups.name), text: line } }];
  const reporter = REPORTER_RE.exec(line);
  if (reporter?.groups?.name && line.length < 120) {
    return [{ credit: { kind: 'reporter', name: withoutFullStop(reporter.groups.name), text: line } }];
  }
  const publisher = PUBLISHER_URL_RE.exec(line);
  if (publisher?.groups?.name && publisher.groups.domain && nameMatchesDomain(publisher.groups.name, publisher.groups.domain)) {
    return [
      {
        credit: { kind: 'publisher', name: publisher.groups.name.trim(), text: line },
        domain: publisher.groups.domain.toLowerCase(),
      },
    ];
  }
  const source = SOURCE_RE.exec(line);
  if (source?.groups?.name) {
    const wires = uniqueWires(source.groups.name);
    if (wires.length > 0) return wires.map((name) => ({ credit: { kind: 'wire' as const, name, text: line } }));
  }
  return [];
}

/** Wires and people in a contributor line, or nothing when the line says more than who contributed. */
function contributorCredits(who: string, line: string): Array<Omit<CreditFinding, 'start' | 'end'>> {
  const wires = uniqueWires(who);
  const people = contributorNames(who.replace(WIRE_RE, ' '));
  if (wires.length === 0 && people.length === 0) return [];
  if (leftoverWords(who, people).length > 2) return [];
  return [
    ...wires.map((name) => ({ credit: { kind: 'wire' as const, name, text: line } })),
    ...people.map((name) => ({ credit: { kind: 'contributor' as const, name, text: line } })),
  ];
}

/** What remains of a contributor phrase once wires, names, places and filler words are taken out. */
function leftoverWords(who: string, people: string[]): string[] {
  let rest = who.replace(WIRE_RE, ' ');
  for (const name of people) rest = rest.replace(name, ' ');
  rest = rest.replace(/\bin\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu, ' ');
  return rest
    .split(/[\s,;]+/)
    .filter((word) => word !== '' && !CREDIT_FILLER_RE.test(word) && !/^\p{Lu}/u.test(word));
}

/** `'Jorge Ruiz.'` -> `'Jorge Ruiz'`; an initial keeps its point: `'John Q.'`. */
function withoutFullStop(name: string): string {
  return /\p{L}{2}\.$/u.test(name) ? name.slice(0, -1) : name;
}

function uniqueWires(text: string): string[] {
  const names = [...text.matchAll(WIRE_RE)].map((m) => (m[1] === 'AP' ? 'Associated Press' : (m[1] ?? '')));
  return [...new Set(names)].filter(Boolean);
}

const PERSON_NAME_RE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

/**
 * People in a contributor line; a comma after `in <place>` continues the place.
 * `'Jim Heintz in Tallinn, Estonia, and Dake Kang'` -> `['Jim Heintz', 'Dake Kang']`.
 */
function contributorNames(who: string): string[] {
  const names: string[] = [];
  let afterPlace = false;
  for (const piece of who.split(/(,|\band\b)/)) {
    const part = piece.trim();
    if (part === ',') continue;
    if (part === 'and') {
      afterPlace = false;
      continue;
    }
    if (part === '' || afterPlace) continue;
    const [phrase = '', place] = part.split(/\s+in\s+/);
    // `writers Sarah Lee` -> `Sarah Lee`: role words before a name are no part of it.
    const name = phrase.trim().replace(/^(?:\p{Ll}+\s+)+/u, '');
    if (PERSON_NAME_RE.test(name)) names.push(name);
    afterPlace = place !== undefined;
  }
  return names;
}

/** `Daily Global Times` and `dailyglobaltimes.com` name the same site. */
function nameMatchesDomain(name: string, domain: string): boolean {
  const letters = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  // Any label of the host may carry the name: `harbourherald.example.com`, `news.harbourherald.co.uk`.
  return letters.length >= 3 && domain.toLowerCase().split('.').slice(0, -1).some((label) => label.length >= 4 && (label.includes(letters) || letters.includes(label)));
}
