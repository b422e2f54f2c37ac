import { describe, expect, it } from 'vitest';
import { describe as describePhrase } from './noun-phrase.ts';
import { tokenize } from './nlp.ts';
import { findSpeechCues } from './speech-cues.ts';

describe('findSpeechCues', () => {
  const cases: Array<[text: string, cues: Array<[text: string, speaker: string, verb: string]>]> = [
    ['“We will win,” said the coach.', [['said the coach', 'coach', 'say']]],
    // A capitalised base-form verb opening a name is part of the name.
    ['Ask Jeeves said profits rose.', [['Ask Jeeves said', 'Ask Jeeves', 'say']]],
    ['The charity Tell MAMA said reports had doubled.', [['The charity Tell MAMA said', 'Tell MAMA', 'say']]],
    // An imperative never takes an inverted subject; a headline's verb stays a verb.
    ['Ask any farmer about the season, the union said.', [['the union said', 'union', 'say']]],
    ['Analysts Warn Russia Could Run Out', [['Analysts Warn', 'Analysts', 'warn']]],
    // `indicate`, like `show`, credits data or a document, nothing else.
    ['The ministry’s statement indicated a delay.', [['The ministry’s statement indicated', 'ministry’s statement', 'indicate']]],
    ['Early signs indicated a recovery.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const tokens = tokenize(text);
    const cues = findSpeechCues(text, tokens, 0, tokens.length, []);
    expect(cues.map((cue) => [cue.text, describePhrase(cue.speaker), cue.verb])).toEqual(expected);
  });
});
