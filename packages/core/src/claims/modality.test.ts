import { describe, expect, it } from 'vitest';
import { readModality } from './modality.ts';

describe('readModality', () => {
  const cases = [
    ['Did the referee get it wrong?', false, 'question'],
    ['The ministry denied that troops had crossed the border.', true, 'denied'],
    ['Kim is most likely travelling by train, officials said.', true, 'hedged'],
    ['The virus is thought to have infected thousands.', false, 'hedged'],
    ['Inflation fell to 3.4%, the statistics office said.', true, 'reported'],
    ['The stadium holds 60,000 fans.', false, 'asserted'],
    ['The final will be played in May.', false, 'asserted'],
    ['Investigators said there was no evidence that the driver had been using his phone.', true, 'denied'],
    ['A spokesman said the claims were “completely untrue”.', true, 'denied'],
    ['Police have ruled out foul play.', false, 'denied'],
    ['The federation has not ruled out a ban, a spokesperson said.', true, 'reported'],
    ['It is understood that the two sides are close to a deal.', false, 'hedged'],
    ['A woman was found dead at a flat in Leeds.', false, 'asserted'],
    ['Rainfall of up to 150mm is forecast for Cumbria.', false, 'hedged'],
    ['She called on ministers to act.', false, 'reported'],
    ['Four climbers are presumed dead after an avalanche, police said.', true, 'hedged'],
    ['Dozens of migrants are feared dead after their boat capsized.', false, 'hedged'],
    ['Two fishermen are believed dead after their trawler sank.', false, 'hedged'],
    ['The pilot was pronounced dead at the scene.', false, 'asserted'],
    ['Residents feared the worst as the river rose.', false, 'asserted'],
  ] as const;
  it.each(cases)('%s -> %s', (text, isAttributed, modality) => {
    expect(readModality(text, isAttributed).modality).toBe(modality);
  });

  it('names its cues', () => {
    expect(readModality('Kim is most likely travelling by train, officials said.', true).cues).toEqual(['likely', 'said']);
  });
});
