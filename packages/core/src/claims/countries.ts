import type { Country } from 'world-countries';
import data from 'world-countries/countries.json' with { type: 'json' };

/** World countries (names, capitals, demonyms, currencies) from the world-countries package. */
export const COUNTRIES: readonly Country[] = data as unknown as Country[];

/** Lower-case common and official names of every country: `north korea`, `united states`. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((country) => [country.name.common, country.name.official].map((name) => name.toLowerCase())),
);

// English names news copy uses that world-countries files under another spelling (by ISO code).
const ENGLISH_NAMES: ReadonlyArray<[name: string, cca2: string]> = [
  ['britain', 'GB'], ['turkey', 'TR'], ['holland', 'NL'], ['burma', 'MM'], ['ivory coast', 'CI'], ['east timor', 'TL'],
];

/** Every name a country goes by (common, official, codes like `US`, `DPRK`) -> its common name. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ...COUNTRIES.flatMap((country) => {
    const names = [country.name.common, country.name.official, ...country.altSpellings.filter(isUsableSpelling)];
    return names.map((name): [string, string] => [name.toLowerCase(), country.name.common]);
  }),
  ...ENGLISH_NAMES.flatMap(([name, code]): Array<[string, string]> => {
    const country = COUNTRIES.find((c) => c.cca2 === code);
    return country ? [[name, country.name.common]] : [];
  }),
]);

/** Capital cities -> the country's common name: `pyongyang` -> `North Korea`. */
export const CAPITALS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((country) =>
    country.capital.map((city): [string, string] => [city.replace(/\s+D\.C\.$/, '').toLowerCase(), country.name.common]),
  ),
);

/** Demonyms -> country: `north korean` -> `North Korea`. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((country) => {
    const demonym = country.demonyms?.eng?.m;
    return demonym ? [[demonym.toLowerCase(), country.name.common] as [string, string]] : [];
  }),
);

/** Latin-script spellings of three letters or more, plus the two-letter codes news copy uses. */
function isUsableSpelling(name: string): boolean {
  return /^[\p{Script=Latin}\s.'’-]+$/u.test(name) && (name.length >= 3 || name === 'US' || name === 'UK');
}
