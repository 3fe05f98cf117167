// Countries with their demonyms and common short forms: facts used to read affiliations
// ("Russian Foreign Minister" -> Russia) and to keep countries out of the organisations.
// Format: country | demonym | other names, comma separated.
const TABLE = `Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Argentina|Argentine,Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian
Belgium|Belgian
Bolivia|Bolivian
Bosnia|Bosnian
Brazil|Brazilian
Britain|British|United Kingdom,UK,U.K.,Great Britain,England
Bulgaria|Bulgarian
Cambodia|Cambodian
Canada|Canadian
Chile|Chilean
China|Chinese|PRC,People's Republic of China,Beijing
Colombia|Colombian
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech|Czechia
Denmark|Danish
Egypt|Egyptian
Estonia|Estonian
Ethiopia|Ethiopian
Finland|Finnish
France|French|Paris
Georgia|Georgian
Germany|German|Berlin
Ghana|Ghanaian
Greece|Greek
Hungary|Hungarian
India|Indian|New Delhi
Indonesia|Indonesian
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish
Israel|Israeli
Italy|Italian|Rome
Japan|Japanese|Tokyo
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
North Korea|North Korean|DPRK,Democratic People's Republic of Korea,Pyongyang
South Korea|South Korean|Republic of Korea,ROK,Seoul,Korea
Kuwait|Kuwaiti
Latvia|Latvian
Lebanon|Lebanese
Libya|Libyan
Lithuania|Lithuanian
Malaysia|Malaysian
Mexico|Mexican
Moldova|Moldovan
Mongolia|Mongolian
Morocco|Moroccan
Myanmar|Myanmar|Burma
Nepal|Nepalese,Nepali
Netherlands|Dutch|Holland
New Zealand|New Zealander
Nigeria|Nigerian
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Palestinian territories
Peru|Peruvian
Philippines|Philippine,Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian|Russian Federation,Moscow,Kremlin
Saudi Arabia|Saudi|Riyadh
Serbia|Serbian
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
Somalia|Somali
South Africa|South African
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan
Sudan|Sudanese
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Thailand|Thai|Bangkok
Turkey|Turkish|Turkiye,Türkiye,Ankara
Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates|Emirati|UAE
United States|American|US,U.S.,USA,U.S.A.,America,Washington
Uzbekistan|Uzbek
Venezuela|Venezuelan
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni
Zimbabwe|Zimbabwean
European Union|European|EU
Europe|European`;

export interface PlaceFact {
  country: string;
}

/** Lower-cased demonym, country name or short form -> the country's name. */
export const COUNTRY_OF = new Map<string, string>();
/** Lower-cased demonyms only. */
export const DEMONYMS = new Set<string>();

for (const line of TABLE.split('\n')) {
  const [country, demonyms, others = ''] = line.split('|');
  COUNTRY_OF.set(country.toLowerCase(), country);
  for (const d of demonyms.split(',')) {
    COUNTRY_OF.set(d.toLowerCase(), country);
    DEMONYMS.add(d.toLowerCase());
  }
  for (const o of others.split(',').filter(Boolean)) COUNTRY_OF.set(o.toLowerCase(), country);
}

export function countryOf(word: string): string | null {
  return COUNTRY_OF.get(word.toLowerCase()) ?? null;
}
