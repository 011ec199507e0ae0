import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CatalogueLifeSituation, LifeSituationsFile } from '../../src/generated/catalogue-types.js';
import { createSituationIndex, editDistance, situationStem, wordSimilarity } from '../../src/search/situations.js';

/** Synthetic situations: only the matching logic is under test here. */
function situation(id: string, label: string, phrases: string[], kind = 4): CatalogueLifeSituation {
  return { id, label: { cs: label }, phrases: phrases as [string, ...string[]], kinds: [{ kind, weight: 3 }] };
}

const situations: CatalogueLifeSituation[] = [
  situation('obedy', 'Dovoz obědů domů', ['dovoz obědů', 'rozvoz jídla seniorům', 'teplé jídlo'], 4),
  situation('vareni', 'Maminka nezvládá vaření', ['maminka nezvládá vaření', 'pomoc s nákupem'], 4),
  situation('dluhy', 'Dluhy a exekuce', ['exekuce', 'dluhová poradna', 'pomoc s dluhy'], 1),
  situation('nocleh', 'Dnes nemám kde spát', ['noclehárna', 'kde přespat'], 26),
  situation('sluch', 'Přestal jsem slyšet', ['ztráta sluchu', 'nedoslýchavost'], 33),
  situation('nasili', 'Partner mě bije', ['domácí násilí', 'manžel mě bije'], 34),
];
const index = createSituationIndex(situations);
const top = (query: string) => index.match(query)[0]?.situation.id;

const cases: Array<{ query: string; expected: string | undefined; why: string }> = [
  { query: 'dovoz obědů', expected: 'obedy', why: 'a phrase as written' },
  { query: 'DOVOZ OBEDU', expected: 'obedy', why: 'case and diacritics do not matter' },
  { query: 'obedy ', expected: 'obedy', why: 'another case of the same word (obědy, obědů)' },
  { query: 'mama nezvlada varit', expected: 'vareni', why: 'a verb and its verbal noun (vařit, vaření)' },
  { query: 'exekuce na plat', expected: 'dluhy', why: 'one rare word decides, unknown words do not block it' },
  { query: 'noclehrna', expected: 'nocleh', why: 'a letter left out' },
  { query: 'nocleharna', expected: 'nocleh', why: 'a wrong letter' },
  { query: 'ztratil jsem sluch', expected: 'sluch', why: 'words that differ in their last letters (ztratil, ztráta)' },
  { query: 'manzel me tluce', expected: 'nasili', why: 'part of a phrase' },
  { query: 'exek', expected: 'dluhy', why: 'the word being typed is completed' },
  { query: 'partner mě bije', expected: 'nasili', why: 'the label is matched too' },
  { query: 'a na se', expected: undefined, why: 'only function words' },
  { query: 'xylofon', expected: undefined, why: 'nothing like it in any phrase' },
  { query: '', expected: undefined, why: 'nothing typed' },
];

for (const { query, expected, why } of cases) {
  test(`"${query}" → ${expected ?? 'no situation'} (${why})`, () => {
    assert.equal(top(query), expected);
  });
}

test('a finished short word is not completed to a longer one, the word being typed is', () => {
  // "nocl " with a space is a finished word: no phrase word is "nocl" or a form of it.
  assert.equal(top('nocl '), undefined);
  assert.equal(top('nocl'), 'nocleh');
});

test('matches come best first, at most `limit`, and only those near the best', () => {
  const matches = index.match('pomoc', 5);
  assert.deepEqual(new Set(matches.map((match) => match.situation.id)), new Set(['vareni', 'dluhy']));
  const scores = matches.map((match) => match.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  assert.equal(index.match('pomoc', 1).length, 1);
  // Words from two phrases of one situation: that situation only, a little below one whole phrase.
  const [both, ...others] = index.match('dovoz obědů teplé jídlo');
  assert.deepEqual(others, []);
  assert.equal(both?.situation.id, 'obedy');
  assert.ok((both?.score ?? 0) > 0.7 && (both?.score ?? 0) < (index.match('dovoz obědů')[0]?.score ?? 0));
});

test('a rare word weighs more than a common one', () => {
  // "pomoc" is in two situations, "exekuce" in one: the debt situation wins although both match one word.
  assert.equal(top('pomoc exekuce'), 'dluhy');
});

test('a pasted page of text counts only its first twelve words', () => {
  const debts = ['exekuce', 'exekuci', 'exekucemi', 'exekucich', 'exekucim', 'exekucema', 'dluhy', 'dluhu', 'dluhum', 'dluhama', 'dluhove', 'dluhova'];
  const shelter = ['noclehárna', 'noclehárny', 'noclehárně', 'noclehárnu', 'noclehárnou', 'přespat', 'přespání'];
  const page = [...debts, ...shelter, ...Array.from({ length: 5000 }, (_, i) => `slovo${i}`)].join(' ');
  assert.deepEqual(index.match(page), index.match(debts.join(' ')));
  assert.deepEqual(index.match(page).map((match) => match.situation.id), ['dluhy']);
});

test('an empty list of situations matches nothing', () => {
  assert.deepEqual(createSituationIndex([]).match('dovoz obědů'), []);
});

const stems: Array<[string, string]> = [
  ['varit', 'var'],
  ['vareni', 'var'],
  ['pracovat', 'prac'],
  ['seniory', 'senior'],
  ['obedu', 'obed'],
  ['spat', 'spat'],
];
for (const [word, stem] of stems) {
  test(`situationStem("${word}") = "${stem}"`, () => assert.equal(situationStem(word), stem));
}

const similarities: Array<{ query: string; term: string; typing?: boolean; atLeast: number; below?: number }> = [
  { query: 'seniory', term: 'seniorum', atLeast: 1 },
  { query: 'pecovatelka', term: 'pecovatelska', atLeast: 0.85, below: 1 },
  { query: 'ztratil', term: 'ztrata', atLeast: 0.8, below: 1 },
  { query: 'blodi', term: 'bloudi', atLeast: 0.85, below: 1 },
  { query: 'porodna', term: 'poradna', atLeast: 0.85, below: 1 },
  { query: 'pecovatleska', term: 'pecovatelska', atLeast: 0.7, below: 1 },
  { query: 'oha', term: 'ohluchl', typing: true, atLeast: 0, below: 0.55 },
  { query: 'ohl', term: 'ohluchl', typing: true, atLeast: 0.8, below: 1 },
  { query: 'ohl', term: 'ohluchl', typing: false, atLeast: 0, below: 0.55 },
  { query: 'nasili', term: 'nase', atLeast: 0, below: 0.55 },
  { query: 'prace', term: 'prani', atLeast: 0, below: 0.55 },
  { query: 'blodi', term: 'hlodi', atLeast: 0, below: 0.55 },
];
for (const { query, term, typing = false, atLeast, below = 1.01 } of similarities) {
  test(`wordSimilarity("${query}", "${term}"${typing ? ', typing' : ''}) in [${atLeast}, ${below})`, () => {
    const similarity = wordSimilarity(query, situationStem(query), { word: term, stem: situationStem(term) }, typing);
    assert.ok(similarity >= atLeast && similarity < below, String(similarity));
  });
}

const distances: Array<[string, string, number, number]> = [
  ['kitten', 'sitting', 3, 3],
  ['kitten', 'sitting', 2, 3],
  ['abcd', 'abdc', 2, 1],
  ['noclehrna', 'nocleharna', 2, 1],
  ['', 'ab', 2, 2],
  ['same', 'same', 1, 0],
  ['short', 'much longer', 2, 3],
];
for (const [a, b, limit, expected] of distances) {
  test(`editDistance("${a}", "${b}", limit ${limit}) = ${expected}`, () => assert.equal(editDistance(a, b, limit), expected));
}

test('the real situations: every label, Czech and English, leads to its own situation first', () => {
  const file = JSON.parse(readFileSync(new URL('../../catalogue-data/life-situations.json', import.meta.url), 'utf8')) as LifeSituationsFile;
  const real = createSituationIndex(file.situations);
  const labels = file.situations.flatMap((entry) => [entry.label.cs, entry.label.en ?? entry.label.cs].map((label) => ({ id: entry.id, label })));
  const wrong = labels.filter(({ id, label }) => real.match(label)[0]?.situation.id !== id);
  assert.deepEqual(wrong, []);
});
