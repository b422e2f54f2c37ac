import type { Country } from 'world-countries';
import data from 'world-countries/countries.json' with { type: 'json' };

/** World countries (names, capitals, demonyms, currencies) from the world-countries package. */
export const COUNTRIES: readonly Country[] = data as unknown as Country[];

/** Lower-case common and official names of every country: `north korea`, `united states`. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((country) => [country.name.common, country.name.official].map((name) => name.toLowerCase())),
);
