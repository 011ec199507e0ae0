import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import {
  $,
  $$,
  checkbox,
  chipTexts,
  filterGroup,
  fixtureCatalogue,
  fixtureCatalogueWithDistricts,
  options,
  renderCatalogue,
  resetUrl,
  resultCount,
  resultNames,
  search,
  shadow,
  toggleOption,
} from './helpers.js';

async function typeMunicipality(el: SocialServicesCatalogue, text: string): Promise<HTMLInputElement> {
  const input = $(el, '#municipality-input') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  return input;
}

/** The fixture with 18 target groups in use: more than a collapsed option list shows. */
function catalogueWithLongTargetGroupList(): ReturnType<typeof fixtureCatalogue> {
  const catalogue = fixtureCatalogue();
  const extra = [2, 4, 5, 6, 7, 8, 10, 11, 12];
  catalogue.codebooks.targetGroups.push(...extra.map((code) => ({ code, label: { cs: `testovací skupina ${code}` } })));
  const service = catalogue.providers[0]?.services[0];
  if (!service) throw new Error('fixture changed');
  service.targetGroups = [24, ...extra];
  return catalogue;
}

describe('filters', () => {
  afterEach(resetUrl);

  it('switching the language renders the filter groups again in place, with their state', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'terénní');
    const fieldset = filterGroup(el, 'Forma');
    el.lang = 'en';
    await el.updateComplete;
    // The same elements: a group built anew would drop a focused checkbox's focus.
    expect(filterGroup(el, 'Form')).to.equal(fieldset);
    expect(checkbox(el, 'Form', 'field').checked).to.equal(true);
  });

  it('each filter is a fieldset with a legend, kinds grouped by the law', async () => {
    const el = await renderCatalogue();
    const legends = $$(el, '.filter > legend').map((l) => l.textContent?.trim());
    expect(legends).to.deep.equal(['Obec', 'Druh služby', 'Pro koho', 'Forma', 'Věk klientů']);
    const groups = [...filterGroup(el, 'Druh služby').querySelectorAll(':scope fieldset > legend')].map((l) => l.textContent?.trim());
    expect(groups).to.deep.equal([
      'Sociální poradenství (§ 37)',
      'Služby sociální péče (§ 39–52)',
      'Služby sociální prevence (§ 53–70)',
    ]);
    expect(options(el, 'Sociální poradenství (§ 37)')).to.deep.equal([['odborné sociální poradenství', 1]]);
  });

  it('shows how many services each option gives', async () => {
    const el = await renderCatalogue();
    expect(options(el, 'Forma')).to.deep.equal([
      ['ambulantní', 4],
      ['pobytová', 2],
      ['terénní', 5],
    ]);
    expect(options(el, 'Pro koho')).to.deep.include(['senioři', 3]);
  });

  const single: Array<[string, string, string[]]> = [
    ['Pro koho', 'senioři', ['Testovací domov pro seniory', 'Testovací pečovatelská služba', 'Testovací tísňová péče']],
    ['Forma', 'pobytová', ['Testovací domov pro seniory', 'Testovací chráněné bydlení']],
    ['Věk klientů', 'dorost (16 – 18 let)', ['Testovací nízkoprahový klub']],
    ['Služby sociální prevence (§ 53–70)', 'raná péče', ['Testovací raná péče']],
  ];
  for (const [legend, label, expected] of single) {
    it(`${legend}: ${label}`, async () => {
      const el = await renderCatalogue();
      await toggleOption(el, legend, label);
      expect(resultNames(el)).to.deep.equal(expected);
      expect(checkbox(el, legend, label).checked).to.equal(true);
      expect(chipTexts(el)).to.have.length(1);
    });
  }

  it('ORs options within a filter and ANDs filters with each other and the query', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'pobytová');
    await toggleOption(el, 'Forma', 'ambulantní');
    expect(resultNames(el)).to.have.length(6);
    await toggleOption(el, 'Pro koho', 'senioři');
    expect(resultNames(el)).to.deep.equal(['Testovací domov pro seniory']);
    // Counts of the form options now reflect "senioři": outpatient none, residential one.
    expect(options(el, 'Forma')).to.deep.equal([
      ['ambulantní', 0],
      ['pobytová', 1],
      ['terénní', 2],
    ]);
    await toggleOption(el, 'Pro koho', 'senioři');
    await search(el, 'dilna');
    expect(resultNames(el)).to.deep.equal(['Testovací sociálně terapeutická dílna']);
    expect(options(el, 'Forma')).to.deep.equal([
      ['ambulantní', 1],
      ['pobytová', 0],
      ['terénní', 0],
    ]);
  });

  it('browses by filters alone, with no query', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Služby sociální péče (§ 39–52)', 'pečovatelská služba');
    expect(resultNames(el)).to.deep.equal(['Testovací pečovatelská služba']);
    expect(resultCount(el)).to.equal('Nalezena 1 služba z 11');
  });

  it('municipality: typing a part suggests its municipality and Enter selects it', async () => {
    const el = await renderCatalogue();
    const input = await typeMunicipality(el, 'krasno');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const suggestions = $$(el, '[role="option"]').map((o) => o.textContent?.replace(/\s+/g, ' ').trim());
    expect(suggestions[0]).to.match(/^Krásno nad Bečvou \(část obce Valašské Meziříčí\)/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Obec: Valašské Meziříčí']);
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(resultNames(el)).to.have.members([
      'Testovací hospicová následná péče',
      'Testovací nízkoprahový klub',
      'Testovací odborné sociální poradenství',
      'Testovací osobní asistence',
      'Testovací pečovatelská služba',
    ]);
    expect(options(el, 'Obec')).to.deep.include(['Valašské Meziříčí', 5]);
    expect(checkbox(el, 'Obec', 'Valašské Meziříčí').checked).to.equal(true);
  });

  it('municipality: a regional catalogue lists its municipalities as options with counts', async () => {
    const el = await renderCatalogue();
    // 18 municipalities: the first 8 in Czech order, the rest behind a button.
    expect(options(el, 'Obec').slice(0, 4)).to.deep.equal([
      ['Branky', 2],
      ['Choryně', 1],
      ['Jarcová', 1],
      ['Kelč', 5],
    ]);
    await toggleOption(el, 'Obec', 'Kelč');
    expect(resultNames(el)).to.have.length(5);
    expect(chipTexts(el)).to.deep.equal(['Obec: Kelč']);
  });

  it('municipality: arrow keys move the active option, Escape closes, click selects', async () => {
    const el = await renderCatalogue();
    const input = await typeMunicipality(el, 'lhot');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = input.getAttribute('aria-activedescendant');
    expect(active).to.equal('municipality-option-1');
    expect($(el, `#${active}`).getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    // A second Escape clears the text.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    await typeMunicipality(el, 'zaso');
    $$(el, '[role="option"]')[0]?.click();
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Obec: Zašová']);
    expect(resultNames(el)).to.deep.equal(['Testovací odborné sociální poradenství', 'Testovací osobní asistence']);
  });

  it('municipality: the option chosen by arrow key is scrolled into the list box, and leaving the field forgets it', async () => {
    const catalogue = fixtureCatalogue();
    catalogue.municipalities.push(
      ...Array.from({ length: 10 }, (_, i) => ({ code: String(599900 + i), name: `Testovací obec ${i + 1}`, parts: [{ name: `Testovací obec ${i + 1}` }] })),
    );
    const el = await renderCatalogue(undefined, catalogue);
    const input = await typeMunicipality(el, 'testovaci obec');
    const options = $$(el, '[role="option"]');
    const listbox = $(el, '[role="listbox"]');
    expect(listbox.scrollHeight, 'the suggestions overflow the list box').to.be.greaterThan(listbox.clientHeight);
    for (let press = 0; press < options.length; press++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const last = options[options.length - 1] as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).to.equal(last.id);
    const box = listbox.getBoundingClientRect();
    const option = last.getBoundingClientRect();
    expect(option.top).to.be.at.least(box.top - 0.5);
    expect(option.bottom).to.be.at.most(box.bottom + 0.5);
    // Away and back: the first ArrowDown starts from the top again.
    input.blur();
    input.focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('municipality-option-0');
  });

  it('municipality: a name already selected says so instead of "no such municipality"', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Obec', 'Kelč');
    await typeMunicipality(el, 'kelc');
    expect($(el, '#municipality-no-match').textContent?.trim()).to.equal('Obec Kelč už je vybraná.');
  });

  it('municipality: an unknown name says so', async () => {
    const el = await renderCatalogue();
    const input = await typeMunicipality(el, 'Praha');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#municipality-no-match').textContent).to.contain('Žádná obec');
    expect(input.getAttribute('aria-describedby')).to.equal('municipality-no-match');
  });

  it('chips remove their filter; "clear all" removes every filter but keeps the query', async () => {
    const el = await renderCatalogue();
    await search(el, 'testovaci');
    await toggleOption(el, 'Forma', 'terénní');
    await toggleOption(el, 'Pro koho', 'senioři');
    expect(chipTexts(el)).to.deep.equal(['Pro koho: senioři', 'Forma: terénní']);
    $$(el, '.chip')[0]?.click();
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Forma: terénní']);
    expect(checkbox(el, 'Pro koho', 'senioři').checked).to.equal(false);
    await toggleOption(el, 'Pro koho', 'senioři');
    ($$(el, '.chips > button')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal([]);
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('testovaci');
  });

  it('long option lists show the first entries and a button for the rest', async () => {
    const el = await renderCatalogue(undefined, catalogueWithLongTargetGroupList());
    expect(options(el, 'Pro koho')).to.have.length(8);
    const more = filterGroup(el, 'Pro koho').querySelector<HTMLButtonElement>('.link-button');
    expect(more?.textContent?.trim()).to.equal('Zobrazit další možnosti (10)');
    expect(more?.getAttribute('aria-expanded')).to.equal('false');
    more?.click();
    await el.updateComplete;
    expect(options(el, 'Pro koho')).to.have.length(18);
    expect(more?.getAttribute('aria-expanded')).to.equal('true');
    expect(more?.textContent?.trim()).to.equal('Zobrazit méně');
  });

  it('long option lists keep focus in place: opening moves it to the first option shown, unticking a hidden one to the button', async () => {
    const el = await renderCatalogue(undefined, catalogueWithLongTargetGroupList());
    const shownBefore = options(el, 'Pro koho').map(([label]) => label);
    const more = filterGroup(el, 'Pro koho').querySelector<HTMLButtonElement>('.link-button');
    more?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const focused = shadow(el).activeElement as HTMLInputElement | null;
    const focusedLabel = focused?.closest('label')?.querySelector('.option-label')?.textContent?.trim();
    expect(focused?.type).to.equal('checkbox');
    expect(shownBefore).to.not.include(focusedLabel);
    expect(options(el, 'Pro koho').map(([label]) => label).indexOf(focusedLabel ?? '')).to.equal(shownBefore.length);
    // Tick it, close the list (it stays, being ticked), untick it from the keyboard: it goes, focus goes to the button.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    more?.click();
    await el.updateComplete;
    checkbox(el, 'Pro koho', focusedLabel ?? '').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(options(el, 'Pro koho').map(([label]) => label)).to.not.include(focusedLabel);
    expect(shadow(el).activeElement).to.equal(more);
  });

  it('a municipality finds the services of its whole district, and the card names the district', async () => {
    const el = await renderCatalogue(undefined, fixtureCatalogueWithDistricts());
    await typeMunicipality(el, 'želechovice');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Obec: Želechovice nad Dřevnicí']);
    expect(resultNames(el)).to.deep.equal(['Testovací osobní asistence pro okres Zlín']);
    const facts = $$(el, '.result .facts > div').map((fact) => [fact.querySelector('dt')?.textContent, fact.querySelector('dd')?.textContent]);
    expect(facts).to.deep.include(['Pro obyvatele celých okresů', 'Zlín']);
    expect(facts).to.deep.include(['Pro obyvatele obcí', 'Kelč, Želechovice nad Dřevnicí']);

    await toggleOption(el, 'Obec', 'Želechovice nad Dřevnicí');
    await typeMunicipality(el, 'podolí');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resultNames(el)).to.have.members(['Testovací odborné sociální poradenství', 'Testovací osobní asistence pro okres Vsetín']);
  });

  it('searching for a municipality by name finds a service of its whole district', async () => {
    const el = await renderCatalogue(undefined, fixtureCatalogueWithDistricts());
    await search(el, 'Želechovice');
    expect(resultNames(el)).to.deep.equal(['Testovací osobní asistence pro okres Zlín']);
  });

  it('a selected option stays visible when its list is collapsed', async () => {
    const catalogue = fixtureCatalogue();
    const extra = [2, 4, 5, 6, 7, 8, 10, 11, 12];
    catalogue.codebooks.targetGroups.push(...extra.map((code) => ({ code, label: { cs: `zz testovací skupina ${code}` } })));
    const service = catalogue.providers[0]?.services[0];
    if (!service) throw new Error('fixture changed');
    service.targetGroups = [24, ...extra];
    const el = await renderCatalogue(undefined, catalogue);
    const more = filterGroup(el, 'Pro koho').querySelector<HTMLButtonElement>('.link-button');
    more?.click();
    await el.updateComplete;
    await toggleOption(el, 'Pro koho', 'zz testovací skupina 12');
    more?.click();
    await el.updateComplete;
    expect(options(el, 'Pro koho').map(([label]) => label)).to.include('zz testovací skupina 12');
    expect(options(el, 'Pro koho')).to.have.length(9);
  });
});
