/* Generated from schema/*.schema.json by `npm run generate:types`. Do not edit by hand. */

/**
 * Identifikátor: Malá písmena bez diakritiky, číslice a pomlčky, např. pecovatelska-sluzba-kelc.
 */
export type Slug = string;
/**
 * Název
 */
export type Name = string;
/**
 * IČO: 8 číslic jako text, poslední je kontrolní.
 */
export type Ico = string;
/**
 * Webová adresa: Celá adresa začínající https:// (nebo http://), např. https://www.example.cz.
 */
export type WebUrl = string;
/**
 * E-mail: E-mailová adresa, např. info@example.cz.
 */
export type Email = string;
/**
 * Telefon: Jedno telefonní číslo, např. "571 629 084" nebo "+420 571 629 084". Více čísel uveďte jako více položek.
 */
export type Phone = string;
/**
 * Datum: Datum ve tvaru RRRR-MM-DD, např. 2026-09-04.
 */
export type IsoDate = string;
/**
 * Text: Prostý text bez HTML; zobrazí se přesně tak, jak je napsán.
 */
export type PlainText = string;
/**
 * Zdroje
 */
export type Sources = Source[];
/**
 * Kód okresu (RÚIAN): Čtyřmístný kód okresu z registru územní identifikace (RÚIAN) jako text, např. "3810" pro okres Vsetín. Stejný kód uvádí registr poskytovatelů u adresy (Okres/3810).
 */
export type DistrictCode = string;
/**
 * Kód obce (RÚIAN): Šestimístný kód obce z registru územní identifikace (RÚIAN) jako text, např. "545058" pro Valašské Meziříčí. Seznam obcí je v catalogue-data/municipalities.json.
 */
export type MunicipalityCode = string;
/**
 * Identifikátor: Malá písmena bez diakritiky, číslice a pomlčky, např. dovoz-obedu.
 */
export type SituationId = string;
/**
 * Fráze: Slova nebo krátká věta, kterou člověk napíše do vyhledávání: hovorově, se zkratkou nebo častým překlepem, klidně bez diakritiky. Vyhledávání porovnává fráze bez ohledu na velikost písmen a diakritiku.
 */
export type SituationPhrase = string;

/**
 * Poskytovatel sociálních služeb: Jeden soubor catalogue-data/providers/<id>.json = jeden poskytovatel a jeho služby. Vyplňte jen to, co víte jistě; neznámé údaje vynechte.
 */
export interface ProviderFile {
  /**
   * Odkaz na schéma: Cesta ke schématu, aby editor kontroloval soubor už při psaní. Ponechte "../../schema/provider.schema.json".
   */
  $schema?: string;
  id: Slug;
  name: Name;
  ico?: Ico;
  contacts?: Contacts;
  reviewed?: IsoDate;
  sources?: Sources;
  /**
   * Služby: Služby, které poskytovatel nabízí. Každá registrovaná služba (každá registrace) je jedna položka.
   *
   * @minItems 1
   */
  services: [Service, ...Service[]];
}
/**
 * Kontakty
 */
export interface Contacts {
  /**
   * Webové stránky: Webové adresy začínající https:// nebo http://.
   *
   * @minItems 1
   */
  web?: [WebUrl, ...WebUrl[]];
  /**
   * E-maily
   *
   * @minItems 1
   */
  email?: [Email, ...Email[]];
  /**
   * Telefony
   *
   * @minItems 1
   */
  phone?: [Phone, ...Phone[]];
}
/**
 * Zdroj
 */
export interface Source {
  /**
   * Zdroj: Webová adresa zdroje, nebo jeho citace (např. "Registr poskytovatelů sociálních služeb MPSV, stav k 2026-09-04").
   */
  source: string;
  /**
   * Doložené údaje: Které údaje tento zdroj dokládá (názvy polí, např. "capacity", "serviceArea"). Vynechte, pokud dokládá celý záznam.
   */
  fields?: string[];
  retrieved?: IsoDate;
  note?: PlainText;
}
/**
 * Služba
 */
export interface Service {
  id: Slug;
  /**
   * Registrovaná sociální služba: true = služba je registrována podle zákona č. 108/2006 Sb.; false = související služba bez registrace (např. svépomocná skupina, půjčovna pomůcek).
   */
  registered: boolean;
  register?: Register;
  name: Name;
  /**
   * Druh služby: Kód druhu sociální služby z číselníku MPSV DruhSocialniSluzby (např. 4 = pečovatelská služba). Seznam je v catalogue-data/codebooks/kinds.json. Povinný u registrované služby.
   */
  kind?: number;
  /**
   * Formy poskytování: amb = ambulantní (klient dochází), pob = pobytová (klient bydlí), ter = terénní (služba přijíždí za klientem).
   *
   * @minItems 1
   */
  forms?: [string, ...string[]];
  /**
   * Cílové skupiny: Kódy cílových skupin z číselníku MPSV CilovaSkupinaOsoby (např. 24 = senioři). Seznam je v catalogue-data/codebooks/target-groups.json.
   *
   * @minItems 1
   */
  targetGroups?: [number, ...number[]];
  /**
   * Věkové skupiny: Kódy věkových skupin klientů z číselníku MPSV VekovaSkupinaOsoby (např. 7 = mladší senioři 65–80 let). Seznam je v catalogue-data/codebooks/age-groups.json.
   *
   * @minItems 1
   */
  ageGroups?: [number, ...number[]];
  /**
   * Registrovaná kapacita: Registrovaná kapacita po formách, každá s jednotkou. Kapacity různých forem se nesčítají.
   *
   * @minItems 1
   */
  capacity?: [Capacity, ...Capacity[]];
  serviceArea?: ServiceArea;
  /**
   * Místa poskytování
   *
   * @minItems 1
   */
  places?: [Place, ...Place[]];
  description?: PlainText;
  contacts?: Contacts;
  openingHours?: PlainText;
  sources?: Sources;
}
/**
 * Údaje z registru: Údaje o registraci v Registru poskytovatelů sociálních služeb (MPSV).
 */
export interface Register {
  /**
   * Identifikátor služby: Sedmimístný identifikátor služby z registru (na rozhodnutí o registraci a ve veřejném závazku), např. "1234567".
   */
  identifier?: string;
  /**
   * Číslo registrace v portálu MPSV (portalId): Číselné ID registrace v otevřených datech MPSV (klíč portalId).
   */
  portalId?: number;
  validFrom?: IsoDate;
  validTo?: IsoDate;
}
/**
 * Registrovaná kapacita: Registrovaná (maximální) kapacita jedné formy služby, ne počet volných míst.
 */
export interface Capacity {
  /**
   * Forma: Forma, ke které kapacita patří: amb (ambulantní), pob (pobytová), ter (terénní). Musí být uvedena i v poli forms.
   */
  form: string;
  /**
   * Jednotka kapacity: Kód jednotky z číselníku MPSV TypKapacitySocialniSluzby: luzka (lůžka, jen pobytové), klient, interv (intervence), kontakt, hovor.
   */
  unit: string;
  /**
   * Počet: Registrovaný počet jednotek (celé číslo).
   */
  count: number;
  note?: PlainText;
}
/**
 * Území působnosti: Obce, jejichž obyvatelům služba slouží: celé okresy (districts), jednotlivé obce (municipalities), nebo obojí. Pokud území neuvedete, filtr podle obce počítá jen obce, kde se služba poskytuje (places), a karta služby území neuvádí. Slouží-li služba i obyvatelům dalších obcí, uveďte je.
 */
export interface ServiceArea {
  /**
   * Obsluhované celé okresy (kódy RÚIAN): Kódy okresů, v jejichž všech obcích služba slouží, např. ["3810"] pro „celý okres Vsetín“. Obce těchto okresů pak nemusíte vypisovat jednotlivě.
   */
  districts?: DistrictCode[];
  /**
   * Obsluhované obce (kódy RÚIAN): Kódy obcí, jejichž obyvatelům služba slouží, např. ["545058", "542989"].
   */
  municipalities?: MunicipalityCode[];
  description?: PlainText;
}
/**
 * Místo poskytování: Adresa, kde se služba poskytuje (zařízení, kancelář, odkud vyjíždí terénní služba).
 */
export interface Place {
  name?: Name;
  address: PlainText;
  municipality: MunicipalityCode;
  municipalityPart?: Name;
  /**
   * PSČ: Poštovní směrovací číslo bez mezery, např. "75701".
   */
  postcode?: string;
  /**
   * Kód adresního místa (RÚIAN)
   */
  addressPointCode?: number;
  coordinates?: Coordinates;
}
/**
 * Souřadnice: Zeměpisná šířka a délka (WGS 84).
 */
export interface Coordinates {
  /**
   * Zeměpisná šířka
   */
  lat: number;
  /**
   * Zeměpisná délka
   */
  lng: number;
}
/**
 * Číselník: Jeden číselník (druhy služeb, formy, cílové skupiny, věkové skupiny, jednotky kapacity) převzatý z číselníků MPSV. Nová hodnota číselníku je změna dat, ne kódu.
 */
export interface CodebookFile {
  /**
   * Odkaz na schéma
   */
  $schema?: string;
  /**
   * Název číselníku v registru MPSV: Např. DruhSocialniSluzby, FormaSocialniSluzby, CilovaSkupinaOsoby, VekovaSkupinaOsoby, TypKapacitySocialniSluzby.
   */
  name:
    | 'DruhSocialniSluzby'
    | 'FormaSocialniSluzby'
    | 'CilovaSkupinaOsoby'
    | 'VekovaSkupinaOsoby'
    | 'TypKapacitySocialniSluzby';
  /**
   * Zdroj: Odkud číselník pochází a k jakému dni.
   */
  source: string;
  /**
   * Položky
   *
   * @minItems 1
   */
  entries: [CodebookEntry, ...CodebookEntry[]];
}
/**
 * Položka číselníku
 */
export interface CodebookEntry {
  /**
   * Kód: Kód položky: část identifikátoru MPSV za lomítkem (DruhSocialniSluzby/4 → 4, FormaSocialniSluzby/pob → "pob"). Číselné kódy jako číslo, textové jako text.
   */
  code: number | string;
  label: CodebookLabel;
  /**
   * Skupina služeb podle zákona: Jen u druhů služeb: counselling = sociální poradenství (§ 37), care = služby sociální péče (§ 39–52), prevention = služby sociální prevence (§ 53–70).
   */
  group?: 'counselling' | 'care' | 'prevention';
  /**
   * Paragraf zákona č. 108/2006 Sb.: Jen u druhů služeb, např. "§ 40".
   */
  section?: string;
  /**
   * Formy, ke kterým jednotka patří: Jen u jednotek kapacity: u kterých forem lze jednotku použít (např. lůžka jen u pobytové formy).
   *
   * @minItems 1
   */
  forms?: [string, ...string[]];
  /**
   * Platnost od
   */
  validFrom?: string;
  /**
   * Platnost do
   */
  validTo?: string;
}
/**
 * Název položky
 */
export interface CodebookLabel {
  /**
   * Česky: Název z číselníku MPSV.
   */
  cs: string;
  /**
   * Anglicky: Překlad pro anglické rozhraní.
   */
  en?: string;
}
/**
 * Obce: Obce, které katalog zná (kódy RÚIAN) a jejich části. Obec lze vybrat i podle názvu její části.
 */
export interface MunicipalitiesFile {
  /**
   * Odkaz na schéma
   */
  $schema?: string;
  /**
   * Zdroj: Odkud seznam obcí pochází.
   */
  source: string;
  /**
   * Obce
   *
   * @minItems 1
   */
  municipalities: [Municipality, ...Municipality[]];
}
/**
 * Obec
 */
export interface Municipality {
  code: MunicipalityCode;
  /**
   * Název obce
   */
  name: string;
  /**
   * Okres: Název okresu, např. "Vsetín".
   */
  district?: string;
  districtCode?: DistrictCode;
  /**
   * Části obce
   */
  parts: MunicipalityPart[];
}
/**
 * Část obce
 */
export interface MunicipalityPart {
  /**
   * Kód části obce (RÚIAN): Kód části obce z RÚIAN jako text, bez úvodních nul (např. "680" pro Babice, část obce Kelč).
   */
  code?: string;
  /**
   * Název části obce
   */
  name: string;
  /**
   * PSČ
   */
  postcodes?: string[];
}
/**
 * Sestavený katalog sociálních služeb: Soubor, který načítá prvek <social-services-catalogue>: vše v jednom (číselníky, obce, poskytovatelé, služby). Vytváří ho npm run build:data; ručně se needituje.
 */
export interface Catalogue {
  /**
   * Odkaz na schéma
   */
  $schema?: string;
  /**
   * Verze formátu: Verze tohoto schématu; mění se jen při nezpětně slučitelné změně.
   */
  formatVersion: 1;
  /**
   * Verze obsahu: Otisk (SHA-256, hex) obsahu katalogu; mění se s každou změnou dat.
   */
  version: string;
  built: IsoDate;
  /**
   * Číselníky
   */
  codebooks: {
    /**
     * Druhy služeb
     */
    kinds: KindEntry[];
    /**
     * Formy
     */
    forms: TextCodeEntry[];
    /**
     * Cílové skupiny
     */
    targetGroups: NumericCodeEntry[];
    /**
     * Věkové skupiny
     */
    ageGroups: NumericCodeEntry[];
    /**
     * Jednotky kapacity
     */
    capacityUnits: CapacityUnitEntry[];
  };
  /**
   * Obce: Obce z catalogue-data/municipalities.json seřazené podle názvu; části obce jen s názvem (kódy a PSČ částí prvek nečte).
   */
  municipalities: Municipality[];
  /**
   * Poskytovatelé a jejich služby: Soubory poskytovatelů z catalogue-data/providers ve stejném tvaru, bez $schema a bez údajů, které prvek nečte: PSČ, kódu adresního místa a souřadnic míst (PSČ je v adrese) a dat poskytování z registru (register.validFrom, validTo).
   */
  providers: ProviderFile[];
  /**
   * Životní situace: Životní situace z catalogue-data/life-situations.json bez zdůvodnění (lawNote): vyhledávání podle nich rozšiřuje dotaz o druhy služeb.
   */
  lifeSituations?: CatalogueLifeSituation[];
}
/**
 * Druh služby
 */
export interface KindEntry {
  /**
   * Kód
   */
  code: number;
  label: CodebookLabel;
  /**
   * Skupina podle zákona
   */
  group: 'counselling' | 'care' | 'prevention';
  /**
   * Paragraf
   */
  section?: string;
}
/**
 * Položka číselníku s textovým kódem
 */
export interface TextCodeEntry {
  /**
   * Kód
   */
  code: string;
  label: CodebookLabel;
}
/**
 * Položka číselníku s číselným kódem
 */
export interface NumericCodeEntry {
  /**
   * Kód
   */
  code: number;
  label: CodebookLabel;
}
/**
 * Jednotka kapacity
 */
export interface CapacityUnitEntry {
  /**
   * Kód
   */
  code: string;
  label: CodebookLabel;
  /**
   * Formy
   */
  forms?: string[];
}
/**
 * Životní situace v katalogu
 */
export interface CatalogueLifeSituation {
  id: SituationId;
  label: SituationLabel;
  /**
   * Fráze
   *
   * @minItems 1
   */
  phrases: [SituationPhrase, ...SituationPhrase[]];
  /**
   * Druhy služeb
   *
   * @minItems 1
   */
  kinds: [SituationKind, ...SituationKind[]];
  /**
   * Cílové skupiny
   */
  targetGroups?: number[];
}
/**
 * Název situace: Jak situaci pojmenuje člověk, který pomoc hledá (ne úřední název služby).
 */
export interface SituationLabel {
  /**
   * Česky: Krátká věta běžnou češtinou, např. "Maminka nezvládá vaření". Zobrazí se jako návrh při psaní a ve vysvětlení, proč se služba našla.
   */
  cs: string;
  /**
   * Anglicky: Překlad názvu pro anglické rozhraní.
   */
  en?: string;
}
/**
 * Vhodný druh služby: Druh sociální služby, ke kterému situace vede, a jak dobře se hodí.
 */
export interface SituationKind {
  /**
   * Druh služby: Kód druhu sociální služby z číselníku MPSV DruhSocialniSluzby (např. 4 = pečovatelská služba).
   */
  kind: number;
  /**
   * Váha: 3 = tato služba je pro situaci určena především, 2 = hodí se také, 1 = může pomoci s částí situace. Položky řaďte od nejvyšší váhy.
   */
  weight: number;
}
/**
 * Životní situace: Životní situace popsané běžnou češtinou ("maminka nezvládá vaření", "dovoz obědů") a druhy sociálních služeb, ke kterým podle zákona č. 108/2006 Sb. vedou. Vyhledávání podle nich rozšiřuje dotaz, takže člověk najde službu, i když nezná její úřední název.
 */
export interface LifeSituationsFile {
  /**
   * Odkaz na schéma: Cesta ke schématu, aby editor kontroloval soubor už při psaní. Ponechte "../schema/life-situations.schema.json".
   */
  $schema?: string;
  /**
   * Zdroj: Z čeho situace vycházejí (zákon, číselníky MPSV) a kdo je sestavil.
   */
  source: string;
  /**
   * Poznámky pro editory: Jak situace doplňovat a upravovat: pravidla pro fráze, váhy a odůvodnění.
   */
  notes?: string;
  /**
   * Situace: Seznam životních situací. Každá situace má jedinečný identifikátor.
   *
   * @minItems 1
   */
  situations: [LifeSituation, ...LifeSituation[]];
}
/**
 * Životní situace: Jedna situace: jak ji lidé pojmenují a kam podle zákona vede.
 */
export interface LifeSituation {
  id: SituationId;
  label: SituationLabel;
  /**
   * Fráze a synonyma: Jak lidé situaci popisují: běžná slova, synonyma, hovorové tvary, časté překlepy. Stejná fráze nesmí být u dvou situací.
   *
   * @minItems 3
   */
  phrases: [SituationPhrase, SituationPhrase, SituationPhrase, ...SituationPhrase[]];
  /**
   * Druhy služeb: Druhy sociálních služeb, ke kterým situace vede, seřazené od nejvhodnější.
   *
   * @minItems 1
   * @maxItems 6
   */
  kinds:
    | [SituationKind]
    | [SituationKind, SituationKind]
    | [SituationKind, SituationKind, SituationKind]
    | [SituationKind, SituationKind, SituationKind, SituationKind]
    | [SituationKind, SituationKind, SituationKind, SituationKind, SituationKind]
    | [SituationKind, SituationKind, SituationKind, SituationKind, SituationKind, SituationKind];
  /**
   * Cílové skupiny: Kódy cílových skupin z číselníku MPSV CilovaSkupinaOsoby, kterých se situace týká (např. 24 = senioři).
   *
   * @minItems 1
   */
  targetGroups?: [number, ...number[]];
  /**
   * Odůvodnění podle zákona: Proč situace vede k uvedeným druhům: paragraf zákona č. 108/2006 Sb. (např. "§ 40") a krátké vysvětlení jeho definice.
   */
  lawNote: string;
}
