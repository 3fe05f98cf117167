import { countryOf } from './places';
// Places that are not countries: large cities, US states, regions. A name that is one of these
// is a place, whatever a tagger trained on 1996 news thinks (facts, not guesses).
/** US states: places, but never a club's town in a sports report. */
const STATES = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming';
export const US_STATES = new Set(STATES.split('|'));

export const PLACE_NAMES = new Set(
  `${STATES}
New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Seattle|Denver|Boston|Detroit|Nashville|Portland|Las Vegas|Atlanta|Miami|Minneapolis|New Orleans|Cleveland|Pittsburgh|Baltimore|St. Louis|San Francisco|Oakland|Sacramento|Honolulu|Anchorage|Juneau|Ketchikan|Brooklyn|Manhattan|Queens|Bronx|Malibu|Beverly Hills|Palm Beach
Toronto|Montreal|Vancouver|Calgary|Ottawa|Quebec|Ontario|British Columbia|Alberta
London|Manchester|Birmingham|Liverpool|Glasgow|Edinburgh|Cardiff|Belfast|Leeds|Bristol|Oxford|Cambridge|Scotland|Wales|Northern Ireland
Paris|Marseille|Lyon|Strasbourg|Bordeaux|Toulouse|Normandy|Brittany|Corsica
Berlin|Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Dusseldorf|Leipzig|Dresden|Bavaria
Rome|Milan|Naples|Turin|Venice|Florence|Sicily|Sardinia
Madrid|Barcelona|Valencia|Seville|Catalonia|Basque Country|Andalusia
Amsterdam|Rotterdam|The Hague|Brussels|Antwerp|Luxembourg|Geneva|Zurich|Bern|Basel|Davos|Vienna|Salzburg|Prague|Budapest|Warsaw|Krakow|Gdansk|Bratislava|Ljubljana|Zagreb|Belgrade|Sarajevo|Skopje|Tirana|Sofia|Bucharest|Chisinau|Athens|Thessaloniki|Nicosia|Valletta|Lisbon|Porto|Dublin|Cork|Reykjavik|Oslo|Bergen|Stockholm|Gothenburg|Malmo|Copenhagen|Aarhus|Helsinki|Tallinn|Riga|Vilnius|Kaliningrad|Minsk
Moscow|St Petersburg|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Sochi|Vladivostok|Siberia|Chechnya|Dagestan|Crimea|Sevastopol|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Kherson|Donetsk|Luhansk|Donbas|Bakhmut|Avdiivka|Tbilisi|Yerevan|Baku|Nagorno-Karabakh
Istanbul|Ankara|Izmir|Antalya|Tehran|Isfahan|Mashhad|Baghdad|Basra|Mosul|Erbil|Kirkuk|Damascus|Aleppo|Homs|Idlib|Raqqa|Beirut|Amman|Jerusalem|Tel Aviv|Haifa|Gaza|Gaza Strip|West Bank|Ramallah|Hebron|Rafah|Khan Younis|Golan Heights|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Muscat|Manama|Kuwait City|Sanaa|Aden|Hodeidah|Cairo|Alexandria|Sinai|Suez|Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Darfur|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Dar es Salaam|Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Kinshasa|Goma|Luanda|Johannesburg|Cape Town|Pretoria|Durban|Harare|Lusaka|Maputo
Beijing|Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Wuhan|Chengdu|Nanjing|Hangzhou|Xi'an|Harbin|Xiamen|Hong Kong|Macau|Xinjiang|Xizang|Tibet|Inner Mongolia|Guangdong|Fujian|Taipei|Kaohsiung|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Hiroshima|Nagasaki|Okinawa|Hokkaido|Fukushima|Seoul|Busan|Incheon|Pyongyang|Ulaanbaatar
New Delhi|Delhi|Mumbai|Bangalore|Bengaluru|Chennai|Kolkata|Hyderabad|Kashmir|Punjab|Islamabad|Karachi|Lahore|Peshawar|Kabul|Kandahar|Herat|Dhaka|Kathmandu|Colombo|Bangkok|Phuket|Hanoi|Ho Chi Minh City|Phnom Penh|Vientiane|Yangon|Naypyidaw|Kuala Lumpur|Jakarta|Bali|Manila|Mindanao|Singapore
Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Suva|Port Moresby
Mexico City|Guadalajara|Monterrey|Tijuana|Havana|Kingston|Port-au-Prince|Santo Domingo|San Juan|Guatemala City|San Salvador|Tegucigalpa|Managua|Panama City|Bogota|Medellin|Caracas|Quito|Lima|La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|Brasilia|Sao Paulo|Rio de Janeiro
Europe|Asia|Africa|North America|South America|Latin America|Middle East|Central Asia|South Asia|Southeast Asia|East Asia|Asia-Pacific|Indo-Pacific|Pacific|Atlantic|Arctic|Antarctica|Balkans|Baltics|Caucasus|Sahel|Horn of Africa|Persian Gulf|Red Sea|Black Sea|Baltic Sea|South China Sea|East China Sea|Taiwan Strait|Strait of Hormuz|Mediterranean|Caribbean|Scandinavia|Gulf of Finland`
    .split(/[|\n]/)
    .map((s) => s.trim())
    .filter(Boolean),
);

export const PLACE_LOWER = new Set([...PLACE_NAMES].map((p) => p.toLowerCase()));

/** A country, a capital or one of the places above, by its name in any case. */
export const knownPlace = (name: string): boolean => !!countryOf(name) || PLACE_LOWER.has(name.toLowerCase());
