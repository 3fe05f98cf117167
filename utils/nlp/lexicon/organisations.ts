import { COMPANIES } from './companies';

// Organisations that international news names often enough that knowing them is a fact, not a
// guess: intergovernmental bodies, agencies, wire services, large companies and platforms.
// Matched as whole tokens, in the case given (so "Apple" the company, not "apple").
export const KNOWN_ORGANISATIONS = `United Nations|UN|U.N.
United Nations Security Council|UN Security Council|U.N. Security Council|UNSC
United Nations General Assembly|UN General Assembly|U.N. General Assembly
European Union|EU|E.U.
European Commission
European Parliament
European Central Bank|ECB
North Atlantic Treaty Organization|NATO|Nato
World Health Organization|WHO
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
African Union
Association of Southeast Asian Nations|ASEAN
Shanghai Cooperation Organisation|SCO
Organization of the Petroleum Exporting Countries|OPEC
Group of Seven|G7
Group of 20|G20
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International
Human Rights Watch
Greenpeace
Federal Reserve|Fed
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
Pentagon
State Department
Congress
Senate
House of Representatives
Supreme Court
Kremlin
White House
Hamas
Hezbollah
Taliban
Reuters
Associated Press|AP
Agence France-Presse|AFP
Xinhua
TASS
Bloomberg
BBC
CNN
Al Jazeera
The New York Times|New York Times
The Washington Post|Washington Post
The Guardian
Financial Times
The Wall Street Journal|Wall Street Journal
Apple
Google
Alphabet
Microsoft
Amazon
Meta
Facebook
Instagram
WhatsApp
Twitter
TikTok
ByteDance
YouTube
Netflix
Tesla
SpaceX
OpenAI
Nvidia
Intel
Samsung
Huawei
Alibaba
Tencent
Baidu
Sony
Toyota
Volkswagen
Boeing
Airbus
Gazprom
Rosneft
Aramco
BP
Shell
ExxonMobil
Chevron
Walmart
Uber
Verizon
Yahoo
Snapchat
Tumblr
Mozilla
Dell
IBM
Oracle
Goldman Sachs
JPMorgan
Communist Party of China|Chinese Communist Party|Communist Party|CPC|CCP
People's Liberation Army|PLA
Democratic Party
Republican Party
Labour Party
Conservative Party`;

/** Surface form -> canonical name. */
export const ORG_FORMS = new Map<string, string>();
for (const line of `${KNOWN_ORGANISATIONS}\n${COMPANIES}`.split('\n')) {
  const [canonical, ...forms] = line.split('|');
  for (const f of [canonical, ...forms]) ORG_FORMS.set(f, canonical);
}

/** Every word-prefix of a known form ("United", "United Nations"), to stop a scan early. */
export const ORG_PREFIXES = new Set<string>();
for (const form of ORG_FORMS.keys()) {
  const words = form.split(' ');
  for (let i = 1; i <= words.length; i++) ORG_PREFIXES.add(words.slice(0, i).join(' '));
}
