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
United States|American|US,U.S.,USA,U.S.A.,America,Washington,New York
Uzbekistan|Uzbek
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean
Europe|European`;

export interface PlaceFact {
  country: string;
}

// Countries the first table leaves out: for affiliations and for keeping countries out of the
// organisations, not for the tagger (its gazetteer stays the one its weights were trained with;
// retrained with these too, CoNLL dev organisations came out 0.5 to 1 point lower).
const MORE_COUNTRIES = `Andorra|Andorran
Angola|Angolan|Luanda
Bahamas|Bahamian|Nassau
Barbados|Barbadian
Belize|Belizean
Benin|Beninese|Porto-Novo,Cotonou
Bhutan|Bhutanese|Thimphu
Botswana|Botswanan|Gaborone
Brunei|Bruneian
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega,Bujumbura
Cameroon|Cameroonian|Yaounde
Cape Verde|Cape Verdean|Praia
Central African Republic|Central African|Bangui
Chad|Chadian|N'Djamena
Comoros|Comorian
Congo|Congolese|Kinshasa,Brazzaville,DR Congo,Democratic Republic of Congo,Democratic Republic of the Congo
Costa Rica|Costa Rican
Czechoslovakia|Czechoslovak
Djibouti|Djiboutian
Dominican Republic|Dominican|Santo Domingo
East Germany|East German
East Timor|Timorese|Timor-Leste,Dili
Ecuador|Ecuadorian,Ecuadorean|Quito
El Salvador|Salvadoran,Salvadorean|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Eswatini|Swazi|Swaziland,Mbabane
Faroe Islands|Faroese
Fiji|Fijian|Suva
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Iceland|Icelandic|Reykjavik
Ivory Coast|Ivorian|Cote d'Ivoire,Côte d'Ivoire,Abidjan,Yamoussoukro
Jamaica|Jamaican
Kosovo|Kosovar|Pristina
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Laotian|Vientiane
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Liechtenstein|Liechtensteiner|Vaduz
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Maldives|Maldivian
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Monaco|Monegasque
Montenegro|Montenegrin|Podgorica
Mozambique|Mozambican|Maputo
Namibia|Namibian|Windhoek
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
North Macedonia|Macedonian|Macedonia,Skopje
Northern Ireland|Northern Irish
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asuncion,Asunción
Rwanda|Rwandan|Kigali
San Marino|Sammarinese
Scotland|Scottish,Scots
Senegal|Senegalese|Dakar
Sierra Leone|Sierra Leonean|Freetown
South Sudan|South Sudanese|Juba
Soviet Union|Soviet
Suriname|Surinamese|Paramaribo
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma,Dar es Salaam
Togo|Togolese|Lome
Trinidad and Tobago|Trinidadian|Port of Spain
Tunisia|Tunisian|Tunis
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Uruguay|Uruguayan|Montevideo
Wales|Welsh
West Germany|West German
Yugoslavia|Yugoslav
Zaire|Zairean
Zambia|Zambian|Lusaka`;

function load(table: string, countries: Map<string, string>, demonymSet: Set<string>): void {
  for (const line of table.split('\n')) {
    const [country, demonyms, others = ''] = line.split('|');
    countries.set(country.toLowerCase(), country);
    for (const d of demonyms.split(',')) {
      countries.set(d.toLowerCase(), country);
      demonymSet.add(d.toLowerCase());
    }
    for (const o of others.split(',').filter(Boolean)) countries.set(o.toLowerCase(), country);
  }
}

/** Lower-cased demonym, country name or short form -> the country's name. */
export const COUNTRY_OF = new Map<string, string>();
/** Lower-cased demonyms only. */
export const DEMONYMS = new Set<string>();
load(TABLE + '\n' + MORE_COUNTRIES, COUNTRY_OF, DEMONYMS);
// New York is a city; the table's "New York" for the United States is the tagger's fact only.
COUNTRY_OF.delete('new york');

/** The tagger's gazetteer: exactly the table its weights were trained with. */
export const GAZETTEER_COUNTRY_OF = new Map<string, string>();
export const GAZETTEER_DEMONYMS = new Set<string>();
load(TABLE, GAZETTEER_COUNTRY_OF, GAZETTEER_DEMONYMS);

export function countryOf(word: string): string | null {
  return COUNTRY_OF.get(word.toLowerCase()) ?? null;
}
