/**
 * Capitalised words that stand before a name as a title, not as part of it:
 * `Russian Defense Minister Sergei Shoigu`, `Chief Constable Robert Hale`, `Rear Adm John Mauger`.
 */
export const TITLE_RE =
  /^(?:President|Prime|Minister|Secretary|General|Gen\.?|Brigadier|Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Admiral|Adm\.?|Rear|Senator|Sen\.?|Rep\.?|Governor|Gov\.?|Mayor|Chancellor|King|Queen|Prince|Princess|Pope|Judge|Justice|Comrade|Ambassador|Chief|Deputy|Commander|Cmdr\.?|Marshal|Lieutenant|Lt\.?|Sergeant|Sgt\.?|Corporal|Cpl\.?|Constable|PC|DC|DS|DI|DCI|Supt\.?|Superintendent|Inspector|Insp\.?|Detective|Coach|Manager|Chairman|Chairwoman|Chair|Director|Professor|Rev\.?|Reverend|Bishop|Archbishop|Cardinal|Rabbi|Imam|Sheikh|Crown|Defense|Defence|Foreign|Interior|Finance|Health|Home|Culture|Education|Vice|Former|Premier|Leader|CEO|Cllr\.?|Councillor|Rt|Hon\.?)$/;
