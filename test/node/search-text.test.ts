import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { highlightRanges } from '../../src/search/highlight.js';
import { normalizeText, wordSpans } from '../../src/search/normalize.js';
import { czechStem } from '../../src/search/stem.js';

test('folding each word span gives the words of normalizeText, for any text', () => {
  const czechish = fc.string({ unit: fc.constantFrom(...'aáčďeéěiíňoórřsštťuúůyýzžAČŘŽ -,./§0123456789\u0301\u030c\t'.split('')) });
  const anything = fc.string({ unit: 'binary' });
  for (const text of [czechish, anything]) {
    fc.assert(
      fc.property(text, (sample) => {
        const words = wordSpans(sample).map(([start, end]) => normalizeText(sample.slice(start, end))).filter(Boolean);
        assert.equal(words.join(' '), normalizeText(sample));
      }),
      { numRuns: 500 },
    );
  }
});

const sameStem: Array<[string, string[]]> = [
  ['senior', ['senioři', 'seniory', 'seniorům', 'seniorů', 'seniorech']],
  ['nocleharn', ['noclehárna', 'noclehárny', 'noclehárnách', 'noclehárnu', 'noclehárně']],
  ['sluzb', ['služba', 'služby', 'službu', 'službě', 'službou']],
  ['pomoc', ['pomoc', 'pomoci', 'pomocí']],
  ['domov', ['domov', 'domova', 'domovy', 'domovem', 'domovů', 'domovech']],
  ['det', ['děti', 'dětem', 'dětmi', 'dětí']],
  ['kelc', ['Kelč', 'Kelči', 'Kelče']],
  ['valassk', ['Valašské', 'Valašském', 'Valašská', 'Valašskou']],
  ['postizen', ['postižení', 'postižením']],
  ['asistenc', ['asistence', 'asistenci', 'asistencí']],
  ['stacionar', ['stacionář', 'stacionáře', 'stacionářů', 'stacionářem']],
  ['azyl', ['azylový', 'azylové', 'azylovém']],
  ['vsetin', ['Vsetín', 'Vsetína', 'Vsetíně']],
  // Short words keep their form: nothing left to stem.
  ['pro', ['pro']],
  ['dum', ['dům']],
];

test('czechStem keeps apart place names that only share a beginning', () => {
  assert.notEqual(czechStem('vsetin'), czechStem('vsetaty'));
});

for (const [stem, words] of sameStem) {
  test(`czechStem: ${words.join(', ')} → ${stem}`, () => {
    for (const word of words) assert.equal(czechStem(normalizeText(word)), stem, word);
  });
}

const highlights: Array<[string, string[], string[]]> = [
  ['Pečovatelská služba Kelč', ['pecovatelska', 'kelc'], ['Pečovatelská', 'Kelč']],
  ['Domov pro seniory, Valašské Meziříčí', ['seniory', 'mezirici'], ['seniory', 'Meziříčí']],
  ['Noclehárna', [], []],
  ['Osobní asistence', ['sluzba'], []],
];

for (const [text, terms, expected] of highlights) {
  test(`highlightRanges(${JSON.stringify(text)}, ${terms.join(' ')})`, () => {
    const ranges = highlightRanges(text, new Set(terms));
    assert.deepEqual(ranges.map(([start, end]) => text.slice(start, end)), expected);
  });
}
