/**
 * What the validator tells a provider, in plain Czech (and English with --lang en). Every message names
 * the field in words, says what is wrong and how to fix it. Placeholders: {field} is the field's name in
 * words, {Field} the same with a capital letter; the others come from the check.
 */
import type { Lang } from '../i18n/lang.js';
import { formatNumber } from '../i18n/plural.js';

export type MessageCode =
  // reading the file
  | 'emptyFile'
  | 'notUtf8'
  | 'fileTooLarge'
  | 'tooDeep'
  | 'unreadable'
  | 'fileNotFound'
  | 'notReadByBuildName'
  | 'notReadByBuildFolder'
  | 'syntaxTrailingComma'
  | 'syntaxError'
  | 'syntaxQuoteInText'
  | 'syntaxLowerCase'
  | 'syntaxYesNo'
  | 'syntaxBareWord'
  | 'syntaxLeadingZero'
  | 'duplicateKey'
  | 'unexpected'
  // the schema
  | 'required'
  | 'wrongType'
  | 'unknownField'
  | 'emptyText'
  | 'textTooLong'
  | 'emptyList'
  | 'emptyOptionalList'
  | 'tooFewItems'
  | 'numberTooSmall'
  | 'numberTooLarge'
  | 'notInteger'
  | 'duplicateItem'
  | 'notAllowed'
  | 'formatSlug'
  | 'formatIco'
  | 'formatDate'
  | 'invalidDate'
  | 'formatMunicipalityCode'
  | 'formatDistrictCode'
  | 'formatPartCode'
  | 'formatWebUrl'
  | 'unsafeWebUrl'
  | 'formatEmail'
  | 'formatPhone'
  | 'phoneNoBreakSpace'
  | 'phoneUnusualCharacter'
  | 'formatCode'
  | 'formatPostcode'
  | 'formatRegisterIdentifier'
  | 'formatSection'
  | 'formatOther'
  | 'kindRequired'
  | 'schemaMismatch'
  // what a schema cannot say
  | 'icoCheckDigit'
  | 'fileNameMismatch'
  | 'duplicateProviderId'
  | 'duplicateServiceId'
  | 'unknownMunicipality'
  | 'unknownDistrict'
  | 'unknownMunicipalityPart'
  | 'unknownCode'
  | 'capacityUnitForm'
  | 'capacityFormNotListed'
  | 'registerIdentifierMismatch'
  | 'dateInFuture'
  | 'emailNotLinkable'
  | 'phoneNotLinkable'
  | 'unsafeSourceUrl'
  | 'reviewedOld'
  | 'registerEnded'
  | 'htmlInText'
  | 'capacityZero'
  | 'serviceAreaMissing'
  | 'serviceAreaAndPlacesMissing'
  | 'registerDatesReversed'
  | 'reviewedMissing'
  | 'duplicateCode'
  | 'codebookCodeType'
  | 'kindWithoutGroup'
  | 'duplicateCodebook'
  | 'missingCodebook'
  | 'missingDataFile'
  | 'duplicateMunicipality'
  | 'duplicateSituationId'
  | 'duplicatePhrase'
  | 'referenceUnavailable';

/** A JSON type or kind of code, put into words in the reader's language when the message is written. */
export interface TypeWord {
  typeWord: TypeWordKey;
}
export type MessageParams = Readonly<Record<string, string | number | TypeWord>>;

const cs: Record<MessageCode, string> = {
  emptyFile: 'Soubor je prázdný. Vložte do něj údaje podle šablony v CONTRIBUTING.md.',
  notUtf8: 'Soubor není text v kódování UTF-8 (nebo to vůbec není textový soubor). Uložte ho v editoru jako UTF-8.',
  fileTooLarge: 'Soubor je příliš velký ({size} MB, nejvýš {max} MB). Soubor poskytovatele má obsahovat jen jeho služby.',
  tooDeep: 'Soubor je zanořený příliš hluboko (víc než {max} úrovní závorek). Zkontrolujte, že nechybí uzavírací závorky.',
  unreadable: 'Soubor nejde přečíst ({detail}). Zkontrolujte cestu a oprávnění.',
  fileNotFound: 'Soubor {path} neexistuje. Zkontrolujte název souboru a složku, ze které příkaz spouštíte.',
  notReadByBuildName: 'Sestavení katalogu tento soubor nenačte, a tak se nezveřejní: čte jen soubory s příponou .json (malými písmeny). Přejmenujte ho na {target}. Windows přípony často skrývá a Poznámkový blok přidává .txt: zapněte v Průzkumníku zobrazení přípon názvů souborů.',
  notReadByBuildFolder: 'Sestavení katalogu tento soubor nenačte, a tak se nezveřejní: soubory poskytovatelů čte jen přímo ze složky {folder}, ne z jiných složek ani podsložek. Přesuňte ho tam: {target}.',
  syntaxTrailingComma: 'Za poslední položkou je čárka navíc. JSON ji nedovoluje: smažte ji.',
  syntaxError: 'Soubor není platný JSON: {detail}. Opravte zápis na tomto místě.',
  syntaxQuoteInText:
    'Tady text končí rovnou uvozovkou ", ale pokračuje dál: uvnitř textu jsou rovné uvozovky. Napište místo nich české „…“, nebo před každou z nich zpětné lomítko: \\".',
  syntaxLowerCase: 'Hodnotu {word} JSON nezná: píše se malými písmeny a bez uvozovek, {fixed}.',
  syntaxYesNo: 'Hodnotu {word} JSON nezná: „ano“ se píše true a „ne“ false, malými písmeny a bez uvozovek.',
  syntaxBareWord: 'Text {word} musí být v dvojitých uvozovkách: "{word}…".',
  syntaxLeadingZero: 'Číslo v JSON nesmí začínat nulou: napište {fixed}.',
  duplicateKey: 'Pole „{key}“ je v tomto objektu dvakrát; platila by jen poslední hodnota. Jeden výskyt smažte.',
  unexpected: 'Soubor se nepodařilo zkontrolovat kvůli neočekávané chybě ({detail}). Nahlaste to prosím správcům katalogu.',
  required: 'Chybí povinný údaj: {field}. Doplňte pole „{key}“.',
  wrongType: '{Field} musí být {expected}, ale je to {actual}.',
  unknownField: 'Neznámé pole „{key}“. Zkontrolujte překlep v názvu pole; povolená pole popisuje CONTRIBUTING.md.',
  emptyText: '{Field} je prázdný text nebo jen mezery. Vyplňte ho; nepovinný údaj, který neznáte, raději celý vynechte.',
  textTooLong: '{Field} je příliš dlouhý text ({length} znaků, nejvýš {max}). Zkraťte ho.',
  emptyList: '{Field}: seznam je prázdný. Doplňte aspoň jednu položku.',
  tooFewItems: '{Field}: v seznamu je málo položek ({count}), potřeba je aspoň {min}. Doplňte další.',
  emptyOptionalList: '{Field}: seznam je prázdný. Doplňte aspoň jednu položku, nebo pole „{key}“ celé vynechte (je nepovinné).',
  numberTooSmall: '{Field} musí být aspoň {min}, je {value}.',
  numberTooLarge: '{Field} smí být nejvýš {max}, je {value}.',
  notInteger: '{Field} musí být celé číslo, je {value}.',
  duplicateItem: '{Field}: hodnota {value} je v seznamu víckrát. Opakování smažte.',
  notAllowed: '{Field} má nepovolenou hodnotu {value}. Povolené hodnoty: {allowed}.',
  formatSlug: '{Field} „{value}“ smí obsahovat jen malá písmena bez diakritiky, číslice a jednotlivé pomlčky mezi nimi (nejvýš 100 znaků), např. pecovatelska-sluzba-kelc.',
  formatIco: 'IČO „{value}“ musí být přesně 8 číslic jako text v uvozovkách, včetně úvodních nul, např. "00012345".',
  formatDate: '{Field} „{value}“ musí být datum ve tvaru RRRR-MM-DD, např. 2026-09-04.',
  invalidDate: '{Field} {value} není skutečné datum (takový den kalendář nemá). Opravte den nebo měsíc.',
  formatMunicipalityCode: '{Field} „{value}“ musí být šestimístný kód obce z RÚIAN jako text, např. "545058" pro Valašské Meziříčí.',
  formatDistrictCode: '{Field} „{value}“ musí být čtyřmístný kód okresu z RÚIAN jako text, např. "3810" pro okres Vsetín.',
  formatPartCode: '{Field} „{value}“ musí být kód části obce z RÚIAN jako text bez úvodních nul, např. "680".',
  formatWebUrl: 'Webová adresa „{value}“ musí být celá adresa začínající https:// nebo http:// (např. https://www.example.cz), bez mezer a nejvýš 2000 znaků.',
  unsafeWebUrl: 'Webová adresa „{value}“ není bezpečný odkaz https:// nebo http:// (obsahuje neviditelné či neplatné znaky, přihlašovací údaje nebo neplatný port). Zkopírujte adresu z adresního řádku prohlížeče.',
  formatEmail: 'E-mail „{value}“ nemá tvar e-mailové adresy (např. info@example.cz). Uveďte jednu adresu, bez mezer a bez „mailto:“; další adresy jako další položky.',
  formatPhone: 'Telefon „{value}“ má nesprávný tvar. Napište jedno číslo jen z číslic a jednotlivých mezer, např. "571 629 084" nebo "+420 571 629 084"; další čísla jako další položky.',
  phoneNoBreakSpace: 'Telefon „{value}“ obsahuje nezlomitelnou mezeru (přidá se tam při kopírování čísla z webu nebo z Wordu). Vypadá stejně jako obyčejná mezera, ale číslo pak nemá správný tvar: mezery v čísle smažte a napište znovu obyčejné.',
  phoneUnusualCharacter: 'Telefon „{value}“ obsahuje neviditelný nebo neobvyklý znak ({character}), nejspíš z kopírování. Nahraďte ho obyčejnou mezerou, nebo ho smažte.',
  formatCode: '{Field} „{value}“ musí být kód z malých písmen bez diakritiky, např. amb, pob, ter.',
  formatPostcode: 'PSČ „{value}“ musí být 5 číslic bez mezery jako text, např. "75701".',
  formatRegisterIdentifier: 'Identifikátor v registru „{value}“ musí být sedmimístné číslo jako text, např. "1234567".',
  formatSection: '{Field} „{value}“ musí mít tvar „§ 40“ (paragraf, mezera, číslo).',
  formatOther: '{Field} „{value}“ má nesprávný tvar.',
  kindRequired: 'Registrovaná služba musí mít druh služby (pole „kind“): kód z catalogue-data/codebooks/kinds.json, např. 4 = pečovatelská služba. Doplňte ho, nebo nastavte „registered“ na false, pokud služba registrovaná není.',
  schemaMismatch: '{Field} neodpovídá schématu {schema}: {detail}.',
  icoCheckDigit: 'IČO {value} nemá platnou kontrolní číslici (poslední číslice má být {expected}). Zkontrolujte IČO v obchodním rejstříku.',
  fileNameMismatch: 'Identifikátor poskytovatele „{value}“ se neshoduje s názvem souboru {fileName}. Přejmenujte soubor na {value}.json, nebo opravte identifikátor.',
  duplicateProviderId: 'Identifikátor poskytovatele „{value}“ už má soubor {otherFile}. Každý poskytovatel musí mít jedinečný identifikátor.',
  duplicateServiceId: 'Identifikátor služby „{value}“ už má jiná služba ({otherFile}, {otherPath}). Identifikátor musí být jedinečný v celém katalogu: zvolte jiný.',
  unknownMunicipality: 'Obec s kódem {value} není v seznamu obcí katalogu (catalogue-data/municipalities.json). Zkontrolujte kód obce v RÚIAN, nebo obec do seznamu doplňte.',
  unknownDistrict: 'Okres s kódem {value} nemá v seznamu obcí katalogu (catalogue-data/municipalities.json) žádnou obec, takže by v něm služba neobsloužila nikoho. Zkontrolujte kód okresu v RÚIAN (např. 3810 pro okres Vsetín), nebo obcím okresu doplňte kód okresu (pole „districtCode“).',
  unknownMunicipalityPart: 'Obec {municipality} nemá v seznamu obcí část „{value}“. Zkontrolujte název podle catalogue-data/municipalities.json.',
  unknownCode: '{Field}: kód {value} není v číselníku {codebook} (catalogue-data/codebooks/). Použijte kód z číselníku, nebo číselník doplňte.',
  capacityUnitForm: 'Jednotku kapacity {unit} ({unitLabel}) nelze použít u formy {form}; hodí se k formám: {allowed}. Opravte jednotku nebo formu.',
  capacityFormNotListed: 'Kapacita je uvedena pro formu {form}, ale služba ji nemá mezi formami poskytování (pole „forms“). Doplňte formu do „forms“, nebo kapacitu opravte.',
  registerIdentifierMismatch: 'Identifikátor služby {id} je identifikátor z registru, ale register.identifier je {value}. Mají se shodovat: opravte jeden z nich.',
  dateInFuture: '{Field} {value} je v budoucnosti (dnes je {today}). Zapište den, kdy k ověření skutečně došlo.',
  emailNotLinkable: 'E-mail „{value}“ obsahuje znak ?, #, %, & nebo /, se kterým z něj nejde udělat odkaz. Zkontrolujte adresu.',
  phoneNotLinkable: 'Telefon „{value}“ není devítimístné české číslo ani číslo s mezinárodní předvolbou. Zkontrolujte počet číslic; zahraniční číslo napište s předvolbou, např. +421 …',
  unsafeSourceUrl: 'Zdroj „{value}“ vypadá jako webová adresa, ale není to platná adresa https:// nebo http://. Opravte ji, nebo zdroj popište slovy.',
  reviewedOld: 'Údaje poskytovatele byly naposledy ověřeny {value}, před více než 12 měsíci. Ověřte je a zapište datum ověření do pole „reviewed“.',
  registerEnded:
    'Poskytování služby podle registru skončilo {value}, katalog ji ale dál ukazuje jako platnou. Skončila-li služba, odeberte ji ze souboru; pokračuje-li, datum opravte nebo smažte.',
  registerDatesReversed: 'Datum ukončení poskytování {value} je dřív než datum zahájení {from}. Opravte jedno z nich.',
  htmlInText: 'Text obsahuje značku HTML {tag}. Katalog texty zobrazuje tak, jak jsou, takže by se ukázala i se značkou: pište prostý text.',
  capacityZero:
    'Kapacita 0 znamená, že služba nikoho nepřijme. Pokud kapacitu neznáte, celou položku kapacity vynechte; pokud je opravdu nulová, ponechte ji.',
  serviceAreaMissing:
    'Služba neuvádí, obyvatelům kterých obcí slouží (pole „serviceArea“). Filtr podle obce ji proto najde jen v obcích, kde se poskytuje ({places}). Slouží-li i dalším obcím, doplňte je (municipalities) nebo celé okresy (districts).',
  serviceAreaAndPlacesMissing:
    'Služba neuvádí, obyvatelům kterých obcí slouží (pole „serviceArea“), ani místo poskytování (pole „places“), a tak ji filtr podle obce nenajde v žádné obci. Doplňte obce (municipalities) nebo celé okresy (districts).',
  reviewedMissing: 'Poskytovatel údaje zatím nepotvrdil (chybí datum ověření, pole „reviewed“). Po ověření doplňte datum ve tvaru RRRR-MM-DD.',
  duplicateCode: 'Kód {value} je v číselníku víckrát. Opakování smažte.',
  codebookCodeType: 'Číselník {codebook} má {expected}: {field} {value} takový není.',
  kindWithoutGroup: 'Druh služby {value} nemá skupinu podle zákona (pole „group“: counselling, care nebo prevention). Doplňte ji.',
  duplicateCodebook: 'Číselník {value} už je v souboru {otherFile}. Každý číselník smí být jen jednou.',
  missingCodebook: 'Chybí číselník {value} (soubor v catalogue-data/codebooks/). Bez něj nejde katalog sestavit.',
  missingDataFile: 'Chybí {value}. Bez toho nejde katalog sestavit; zkontrolujte, že složka s daty je úplná.',
  duplicateMunicipality: 'Obec s kódem {value} je v seznamu víckrát. Opakování smažte.',
  duplicateSituationId: 'Identifikátor situace „{value}“ už má jiná situace ({otherPath}). Zvolte jiný.',
  duplicatePhrase: 'Fráze „{value}“ už je u situace {otherId}; vyhledávání nerozlišuje velikost písmen ani diakritiku. Nechte ji jen u jedné situace.',
  referenceUnavailable: 'Kódy obcí a číselníků nejde ověřit, protože {file} obsahuje chyby. Nejdřív opravte ten soubor.',
};

const en: Record<MessageCode, string> = {
  emptyFile: 'The file is empty. Fill it in following the template in CONTRIBUTING.md.',
  notUtf8: 'The file is not UTF-8 text (or not a text file at all). Save it as UTF-8 in your editor.',
  fileTooLarge: 'The file is too large ({size} MB, at most {max} MB). A provider file should hold only its own services.',
  tooDeep: 'The file is nested too deeply (more than {max} levels of brackets). Check for missing closing brackets.',
  unreadable: 'The file cannot be read ({detail}). Check the path and permissions.',
  fileNotFound: 'The file {path} does not exist. Check the file name and the folder you run the command from.',
  notReadByBuildName: 'The catalogue build does not read this file, so it will not be published: it reads only files ending in .json (lower case). Rename it to {target}. Windows often hides extensions and Notepad adds .txt: turn on file name extensions in Explorer.',
  notReadByBuildFolder: 'The catalogue build does not read this file, so it will not be published: it reads provider files only directly from the folder {folder}, not from other folders or subfolders. Move it there: {target}.',
  syntaxTrailingComma: 'There is an extra comma after the last item. JSON does not allow it: delete it.',
  syntaxError: 'The file is not valid JSON: {detail}. Fix the text at this position.',
  syntaxQuoteInText:
    'The text ends here with a straight quote " but goes on: there are straight quotes inside it. Use typographic quotes „…“ instead, or put a backslash before each of them: \\".',
  syntaxLowerCase: 'JSON does not know the value {word}: it is written in lower case without quotes, {fixed}.',
  syntaxYesNo: 'JSON does not know the value {word}: "yes" is written true and "no" false, in lower case without quotes.',
  syntaxBareWord: 'The text {word} must be in double quotes: "{word}…".',
  syntaxLeadingZero: 'A number in JSON must not start with a zero: write {fixed}.',
  duplicateKey: 'The field "{key}" appears twice in this object; only the last value would count. Delete one of them.',
  unexpected: 'The file could not be checked because of an unexpected error ({detail}). Please report this to the catalogue maintainers.',
  required: 'Required information is missing: {field}. Add the field "{key}".',
  wrongType: '{Field} must be {expected}, but it is {actual}.',
  unknownField: 'Unknown field "{key}". Check the field name for a typo; CONTRIBUTING.md lists the allowed fields.',
  emptyText: '{Field} is empty or only spaces. Fill it in; leave out an optional fact you do not know.',
  textTooLong: '{Field} is too long ({length} characters, at most {max}). Shorten it.',
  emptyList: '{Field}: the list is empty. Add at least one item.',
  tooFewItems: '{Field}: the list has too few items ({count}); it needs at least {min}. Add more.',
  emptyOptionalList: '{Field}: the list is empty. Add at least one item, or leave out the field "{key}" altogether (it is optional).',
  numberTooSmall: '{Field} must be at least {min}; it is {value}.',
  numberTooLarge: '{Field} must be at most {max}; it is {value}.',
  notInteger: '{Field} must be a whole number; it is {value}.',
  duplicateItem: '{Field}: the value {value} is listed more than once. Delete the repetition.',
  notAllowed: '{Field} has a value that is not allowed: {value}. Allowed values: {allowed}.',
  formatSlug: '{Field} "{value}" may contain only lower-case letters without diacritics, digits and single hyphens between them (at most 100 characters), e.g. pecovatelska-sluzba-kelc.',
  formatIco: 'IČO "{value}" must be exactly 8 digits as text in quotes, including leading zeros, e.g. "00012345".',
  formatDate: '{Field} "{value}" must be a date in the form YYYY-MM-DD, e.g. 2026-09-04.',
  invalidDate: '{Field} {value} is not a real date (the calendar has no such day). Fix the day or the month.',
  formatMunicipalityCode: '{Field} "{value}" must be a six-digit RÚIAN municipality code as text, e.g. "545058" for Valašské Meziříčí.',
  formatDistrictCode: '{Field} "{value}" must be a four-digit RÚIAN district code as text, e.g. "3810" for the district of Vsetín.',
  formatPartCode: '{Field} "{value}" must be a RÚIAN code of a municipality part as text without leading zeros, e.g. "680".',
  formatWebUrl: 'The web address "{value}" must be a full address starting with https:// or http:// (e.g. https://www.example.cz), without spaces and at most 2000 characters.',
  unsafeWebUrl: 'The web address "{value}" is not a safe https:// or http:// link (it contains invisible or invalid characters, credentials or an invalid port). Copy the address from the browser\'s address bar.',
  formatEmail: 'The e-mail "{value}" is not an e-mail address (e.g. info@example.cz). Give one address, without spaces and without "mailto:"; more addresses as more items.',
  formatPhone: 'The phone number "{value}" has the wrong form. Write one number of digits and single spaces only, e.g. "571 629 084" or "+420 571 629 084"; more numbers as more items.',
  phoneNoBreakSpace: 'The phone number "{value}" contains a non-breaking space (it comes with numbers copied from a web page or Word). It looks like an ordinary space but breaks the number: delete the spaces in the number and type ordinary ones.',
  phoneUnusualCharacter: 'The phone number "{value}" contains an invisible or unusual character ({character}), most likely from copying. Replace it with an ordinary space or delete it.',
  formatCode: '{Field} "{value}" must be a code of lower-case letters without diacritics, e.g. amb, pob, ter.',
  formatPostcode: 'The postcode "{value}" must be 5 digits without a space, as text, e.g. "75701".',
  formatRegisterIdentifier: 'The register identifier "{value}" must be a seven-digit number as text, e.g. "1234567".',
  formatSection: '{Field} "{value}" must look like "§ 40" (section sign, space, number).',
  formatOther: '{Field} "{value}" has the wrong form.',
  kindRequired: 'A registered service needs its kind (field "kind"): a code from catalogue-data/codebooks/kinds.json, e.g. 4 = home care service. Add it, or set "registered" to false if the service is not registered.',
  schemaMismatch: '{Field} does not match the schema {schema}: {detail}.',
  icoCheckDigit: 'IČO {value} has an invalid check digit (the last digit should be {expected}). Check the IČO in the business register.',
  fileNameMismatch: 'The provider id "{value}" does not match the file name {fileName}. Rename the file to {value}.json or correct the id.',
  duplicateProviderId: 'The provider id "{value}" is already used by the file {otherFile}. Every provider needs a unique id.',
  duplicateServiceId: 'The service id "{value}" is already used by another service ({otherFile}, {otherPath}). Ids must be unique in the whole catalogue: choose another one.',
  unknownMunicipality: 'No municipality with the code {value} is in the catalogue\'s list (catalogue-data/municipalities.json). Check the RÚIAN code, or add the municipality to the list.',
  unknownDistrict: 'No municipality in the catalogue\'s list (catalogue-data/municipalities.json) lies in the district with the code {value}, so the service would serve no one there. Check the RÚIAN district code (e.g. 3810 for the district of Vsetín), or give the district\'s municipalities their district code (field "districtCode").',
  unknownMunicipalityPart: 'The municipality {municipality} has no part "{value}" in the list of municipalities. Check the name against catalogue-data/municipalities.json.',
  unknownCode: '{Field}: the code {value} is not in the codebook {codebook} (catalogue-data/codebooks/). Use a code from the codebook, or add it to the codebook.',
  capacityUnitForm: 'The capacity unit {unit} ({unitLabel}) cannot be used with the form {form}; it fits the forms: {allowed}. Correct the unit or the form.',
  capacityFormNotListed: 'A capacity is given for the form {form}, but the service does not list that form (field "forms"). Add the form to "forms", or correct the capacity.',
  registerIdentifierMismatch: 'The service id {id} is a register identifier, but register.identifier is {value}. They must be the same: correct one of them.',
  dateInFuture: '{Field} {value} is in the future (today is {today}). Enter the day the check actually happened.',
  emailNotLinkable: 'The e-mail "{value}" contains ?, #, %, & or /, so it cannot be made into a link. Check the address.',
  phoneNotLinkable: 'The phone number "{value}" is neither a nine-digit Czech number nor a number with an international prefix. Check the digits; write a foreign number with its prefix, e.g. +421 …',
  unsafeSourceUrl: 'The source "{value}" looks like a web address but is not a valid https:// or http:// address. Correct it, or describe the source in words.',
  reviewedOld: 'The provider last confirmed this data on {value}, more than 12 months ago. Have it checked and enter the date in the field "reviewed".',
  registerEnded:
    'According to the register the service ended on {value}, but the catalogue still shows it as current. If it has ended, remove it from the file; if it goes on, correct or delete the date.',
  registerDatesReversed: 'The end date of the service {value} is before its start date {from}. Correct one of them.',
  htmlInText: 'The text contains the HTML tag {tag}. The catalogue shows texts as they are, so the tag would show too: write plain text.',
  capacityZero: 'A capacity of 0 means the service takes nobody. If you do not know the capacity, leave the whole capacity item out; if it really is zero, keep it.',
  serviceAreaMissing:
    'The service does not say the residents of which municipalities it serves (field "serviceArea"), so the municipality filter finds it only where it is provided ({places}). If it serves other municipalities too, add them (municipalities) or whole districts (districts).',
  serviceAreaAndPlacesMissing:
    'The service says neither the residents of which municipalities it serves (field "serviceArea") nor where it is provided (field "places"), so the municipality filter finds it in no municipality. Add the municipalities (municipalities) or whole districts (districts).',
  reviewedMissing: 'The provider has not confirmed this data yet (no review date, field "reviewed"). Once they have, add the date as YYYY-MM-DD.',
  duplicateCode: 'The code {value} appears more than once in the codebook. Delete the repetition.',
  codebookCodeType: 'The codebook {codebook} has {expected}: {field} {value} is not one.',
  kindWithoutGroup: 'The kind of service {value} has no group under the law (field "group": counselling, care or prevention). Add it.',
  duplicateCodebook: 'The codebook {value} is already in the file {otherFile}. Each codebook may appear only once.',
  missingCodebook: 'The codebook {value} is missing (a file in catalogue-data/codebooks/). The catalogue cannot be built without it.',
  missingDataFile: '{value} is missing. The catalogue cannot be built without it; check that the data folder is complete.',
  duplicateMunicipality: 'The municipality with the code {value} is listed more than once. Delete the repetition.',
  duplicateSituationId: 'The situation id "{value}" is already used by another situation ({otherPath}). Choose another one.',
  duplicatePhrase: 'The phrase "{value}" is already listed under the situation {otherId}; search ignores case and diacritics. Keep it under one situation only.',
  referenceUnavailable: 'Municipality and codebook codes cannot be checked because {file} has errors. Fix that file first.',
};

const catalogues: Record<Lang, Record<MessageCode, string>> = { cs, en };

export type TypeWordKey = keyof (typeof typeWords)['cs'];

/** Words for the JSON types in "must be {expected}, but it is {actual}". */
const typeWords = {
  cs: {
    string: 'text v uvozovkách',
    number: 'číslo',
    integer: 'celé číslo',
    boolean: 'true nebo false',
    array: 'seznam v hranatých závorkách [ ]',
    object: 'objekt ve složených závorkách { }',
    null: 'null',
    nothing: 'nic',
    integerOrString: 'celé číslo nebo text',
    integerCodes: 'číselné kódy (celá čísla od 1)',
    textCodes: 'textové kódy z malých písmen',
  },
  en: {
    string: 'text in quotes',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list in square brackets [ ]',
    object: 'an object in curly brackets { }',
    null: 'null',
    nothing: 'nothing',
    integerOrString: 'a whole number or text',
    integerCodes: 'numeric codes (whole numbers from 1)',
    textCodes: 'text codes of lower-case letters',
  },
} as const satisfies Record<Lang, Record<string, string>>;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Fills a message template; unknown placeholders stay visible rather than vanish. */
export function formatMessage(lang: Lang, code: MessageCode, params: MessageParams, field: string): string {
  const values: Record<string, string | number | TypeWord> = { ...params, field, Field: capitalise(field) };
  return catalogues[lang][code].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    if (typeof value === 'number') return formatNumber(lang, value);
    return typeof value === 'object' ? typeWords[lang][value.typeWord] : value;
  });
}

