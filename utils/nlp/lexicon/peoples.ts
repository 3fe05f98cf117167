// Peoples, ethnic and religious groups, and demonyms of regions and states: words that in news
// qualify a noun or name a group ("Alaskan halibut", "Māori leaders", "the Kurds"). CoNLL calls
// them MISC; they are never a person or an organisation. Words that are also common given
// names or places (Christian, Karen, Roma) are left out: there the tagger decides.
const WORDS = `Alaskan Texan Californian Floridian Hawaiian Virginian Georgian Carolinian Oregonian
Scottish Scot Welsh English Irish Catalan Basque Corsican Flemish Walloon Bavarian Sicilian Sardinian
Kurd Kurdish Palestinian Tibetan Uyghur Uighur Rohingya Māori Maori Aboriginal Inuit Hispanic Latino
Latina Arab Jew Jewish Muslim Catholic Protestant Sunni Shia Shiite Hindu Sikh Buddhist Pashtun Tamil
Sinhalese Hutu Tutsi Yazidi Druze Bedouin Cossack Serb Croat Slav Nordic Scandinavian Crimean Chechen
Tatar Zulu Xhosa Yoruba Igbo Hausa Berber Amazigh Copt Coptic Alawite Cantonese Hmong Uzbek Kazakh
Kyrgyz Tajik Turkmen Baloch Baluch Punjabi Bengali Gujarati Sindhi Persian Quebecois Acadian Cajun Creole
Romani Sami Hasidic Evangelical Mormon Pākehā Pakeha Sahrawi Rakhine Karenni Anglo Afrikaner`;

/** Lower-cased group words and their plurals. */
export const PEOPLES = new Set<string>();
for (const w of WORDS.split(/\s+/)) {
  const lw = w.toLowerCase();
  PEOPLES.add(lw);
  PEOPLES.add(/(sh|ch|ese|i)$/.test(lw) ? lw : lw + 's');
}

/** Nouns that make a group word a group: "Māori people", "Kurdish community". */
export const GROUP_NOUNS = new Set(['people', 'peoples', 'community', 'communities', 'tribe', 'tribes', 'iwi', 'language', 'languages', 'minority', 'population', 'diaspora', 'nation']);
