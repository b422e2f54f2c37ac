import type { Country } from 'world-countries';
import data from 'world-countries/countries.json' with { type: 'json' };

/** World countries (names, capitals, demonyms, currencies) from the world-countries package. */
export const COUNTRIES: readonly Country[] = data as unknown as Country[];
