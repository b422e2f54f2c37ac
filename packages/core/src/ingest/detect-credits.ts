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
const TRANSLATOR_RE =
  /^(?:translation|translated|english translation)(?:\s+(?:by|of|from\s+\p{L}+\s+by))?\s*:?\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\.?$/iu;
const REPORTER_RE =
  /^(?:by|reporting by|written by|writing by|additional reporting by)\s*:?\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5})\s*\.?$/iu;
// `Daily Global Timeshttps://dailyglobaltimes.com`: a site name glued to (or beside) its own address.
const PUBLISHER_URL_RE = /^(?<name>\p{Lu}[\p{L}\p{N}&'’. -]{1,58}?)\s*(?<url>https?:\/\/(?:www\.)?(?<domain>[a-z0-9.-]+\.[a-z]{2,})\S*)$/iu;
const SOURCE_RE = /^source\s*:\s*(?<name>\S.{0,80})$/i;

/**
 * Find credit lines: wire services, contributors, reporters, translators and publisher footers.
 * `'Reuters and the Associated Press contributed to this report.'` -> two wire credits.
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
  const contributed = CONTRIBUTED_RE.exec(line);
  if (contributed?.groups?.who) {
    const who = contributed.groups.who;
    const wires = uniqueWires(who);
    const people = contributorNames(who.replace(WIRE_RE, ' '));
    const credits = [
      ...wires.map((name) => ({ credit: { kind: 'wire' as const, name, text: line } })),
      ...people.map((name) => ({ credit: { kind: 'contributor' as const, name, text: line } })),
    ];
    return credits.length > 0 ? credits : [{ credit: { kind: 'contributor', name: who, text: line } }];
  }
  const translator = TRANSLATOR_RE.exec(line);
  if (translator?.groups?.name) return [{ credit: { kind: 'translator', name: translator.groups.name, text: line } }];
  const reporter = REPORTER_RE.exec(line);
  if (reporter?.groups?.name && line.length < 120) {
    return [{ credit: { kind: 'reporter', name: reporter.groups.name, text: line } }];
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
    if (part === ',' ) continue;
    if (part === 'and') {
      afterPlace = false;
      continue;
    }
    if (part === '' || afterPlace) continue;
    const [name = '', place] = part.split(/\s+in\s+/);
    if (PERSON_NAME_RE.test(name.trim())) names.push(name.trim());
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
