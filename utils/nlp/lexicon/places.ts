// Countries with their demonyms and common short forms: facts used to read affiliations
// ("Russian Foreign Minister" -> Russia) and to keep countries out of the organisations.
// Format: country | demonym | other names, comma separated.
const TABLE = `Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Bahrain|Bahraini
Bangladesh|Bangladeshi
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian
Bosnia|Bosnian
Brazil|Brazilian|Brasilia
Britain|British|United Kingdom,UK,U.K.,Great Britain,England,London
Bulgaria|Bulgarian|Sofia
Cambodia|Cambodian
Canada|Canadian|Ottawa
Chile|Chilean|Santiago
China|Chinese|PRC,People's Republic of China,Beijing,Shanghai,Xinjiang,Xizang
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot
Czech Republic|Czech|Czechia,Prague
Denmark|Danish|Copenhagen
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin,Munich,Frankfurt
Ghana|Ghanaian
Greece|Greek|Athens
Hungary|Hungarian|Budapest
India|Indian|New Delhi,Mumbai
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome,Milan
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
North Korea|North Korean|DPRK,Democratic People's Republic of Korea,Pyongyang
South Korea|South Korean|Republic of Korea,ROK,Seoul,Korea
Kuwait|Kuwaiti
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala Lumpur
Mexico|Mexican|Mexico City
Moldova|Moldovan
Mongolia|Mongolian
Morocco|Moroccan
Myanmar|Myanmar|Burma
Nepal|Nepalese,Nepali
Netherlands|Dutch|Holland,Amsterdam,The Hague
New Zealand|New Zealander
Nigeria|Nigerian|Abuja,Lagos
Norway|Norwegian|Oslo
Oman|Omani
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Palestinian territories
Peru|Peruvian|Lima
Philippines|Philippine,Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Russian Federation,Moscow,Kremlin,St Petersburg
Saudi Arabia|Saudi|Riyadh
Serbia|Serbian|Belgrade
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
Somalia|Somali
South Africa|South African|Pretoria,Johannesburg
Spain|Spanish|Madrid,Barcelona
Sri Lanka|Sri Lankan
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Geneva,Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Thailand|Thai|Bangkok
Turkey|Turkish|Turkiye,Türkiye,Ankara,Istanbul
Ukraine|Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Crimea,Donbas
United Arab Emirates|Emirati|UAE,Abu Dhabi,Dubai
United States|American|US,U.S.,USA,U.S.A.,America,Washington
Uzbekistan|Uzbek
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean
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
