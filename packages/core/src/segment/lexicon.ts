// General English knowledge the boundary rules consult. Abbreviations are listed without their final
// full stop and matched case-sensitively: `Gen.` is a title, `gen.` is not.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Titles that stand before a name and never end a sentence: `Gen. Smith`, `Sen. Jones`. */
export const TITLES = words(`
  Mr Mrs Ms Mx Messrs Mmes Mme Mlle Dr Drs Prof Profs Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Maj
  Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr Brig Pres Supt Insp Det Rev Hon Rt Fr Amb Atty Asst Assoc Mt Ft Pt
  Sra Srta Hr Hrn
`);

/** Abbreviations that may end a sentence: `Acme Inc. It closed.` but `Acme Inc. shares`. */
export const AMBIGUOUS = words(`
  Co co Corp corp Inc inc Ltd ltd Bros Plc plc Jr jr Sr sr Esq al Ave ave Blvd Rd Sq Hwy Dept dept
  Univ Assn Intl Natl Govt govt est approx ft yd yds lb lbs oz mi sq St st
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb
  Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo
`);

/** Abbreviations that stand before a number: `p. 55`, `No. 5`, `Jan. 12`, `N°. 1026`. */
export const BEFORE_NUMBER = words(`
  No Nos no nos Nr nr N° Nº nº p pp Vol vol Fig fig Figs figs Art art Ch ch Sec sec Para para ca c
  approx Ex ext Tel tel Op op Pt pt Rev rev Ver ver
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/** Abbreviations that never end a sentence whatever follows: `e.g. The Times`. */
export const NEVER_FINAL = words('e.g eg i.e ie cf viz vs v Vs');

/** Words that open a sentence far more often than they continue a name after an abbreviation. */
export const SENTENCE_STARTERS = words(`
  I He She It We They You This That These Those There Here His Her Its Their Our My Your One
  The A An Some Many Most All Both Each Every Any Such Several Few Other Another No Neither Either
  But And Or So Yet However Meanwhile Still Also Then Now Thus Instead Indeed Moreover Furthermore
  Nevertheless Although Though Because While When Whether If As After Before Until During Since
  In On At By For From With Without Under Over Despite According Last Earlier Later Today Yesterday
  Tomorrow Tonight What Why How Who Whom Whose Where Which Is Are Was Were Do Does Did Can Could Will
  Would Should Shall Might Must Has Have Had Not Only Even Just Asked
`);

/** Words after a.m./p.m. that continue the time expression: `7 p.m. Tuesday`, `9 a.m. GMT`. */
export const TIME_CONTINUATIONS = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December
`);

/** Verbs of an attribution after a closed quote: `"It is over." Kim said.` */
export const SPEECH_VERBS = words(`
  said says added adds told tells asked asks wrote writes explained stressed noted warned insisted
  replied continued declared stated argued claimed commented recalled tweeted posted announced
  concluded acknowledged admitted
`);

/** Words a line cannot end on unless the sentence goes on: they wait for a noun phrase (`the`, `of`).
 * Particles and auxiliaries are left out, since headlines end on them (`skates on`, `a must-have`). */
export const CONTINUATION_WORDS = words(`
  the a an of to for with by from at and or but nor that than into onto upon between among against
  its his their our your my this these those such per via
`);
