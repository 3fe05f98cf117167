// Companies, media, sports bodies, parties and armed groups that news names often enough that
// knowing them is a fact. Only names that are not also common words, places or frequent
// surnames: "Ford", "Shell", "Target" or "Amazon" are left to the tagger, which reads context.
// Format as in organisations.ts: canonical|other forms.
const BUSINESSES = `Microsoft
Google
Alphabet Inc.|Alphabet
Meta Platforms|Meta
Facebook
Instagram
WhatsApp
YouTube
Twitter
TikTok
ByteDance
Netflix
Nvidia
Intel
IBM
Oracle
Cisco
Qualcomm
Samsung|Samsung Electronics
Huawei
Xiaomi
Lenovo
Sony
Panasonic
Toshiba
Hitachi
Nintendo
Nokia
Siemens
Philips
Bosch
SAP
Alibaba
Tencent
Baidu
Foxconn
TSMC|Taiwan Semiconductor Manufacturing Company
OpenAI
Anthropic
SpaceX
Tesla
Uber
Airbnb
PayPal
Mastercard
Goldman Sachs
JPMorgan|JPMorgan Chase|JP Morgan
Morgan Stanley
Merrill Lynch
Citigroup|Citibank
Wells Fargo
Barclays
HSBC
Deutsche Bank
Credit Suisse
UBS
BNP Paribas
Santander
BlackRock
Berkshire Hathaway
Nomura
Toyota
Honda
Nissan
Hyundai
Volkswagen
BMW
Daimler
Mercedes-Benz
Renault
Peugeot
Fiat
Chrysler
Stellantis
General Motors|GM
Volvo
Michelin
Boeing
Airbus
Lockheed Martin
Raytheon
Northrop Grumman
BAE Systems
Rolls-Royce
Embraer
Gazprom
Rosneft
Lukoil
ExxonMobil|Exxon Mobil|Exxon
Chevron
BP
TotalEnergies
Saudi Aramco|Aramco
Petrobras
Sinopec
PetroChina
Glencore
Rio Tinto
BHP
ArcelorMittal
Pfizer
Eli Lilly|Eli Lilly and Company
Moderna
AstraZeneca
Johnson & Johnson
Novartis
Roche
Sanofi
Bayer
Merck
GlaxoSmithKline|GSK
Walmart
Costco
Carrefour
Tesco
Nestle|Nestlé
Unilever
Procter & Gamble
Coca-Cola
PepsiCo
McDonald's
Starbucks
Nike
Adidas
Disney|Walt Disney
Warner Bros|Warner Bros.
Bertelsmann
Vivendi
Reliance Industries
Tata|Tata Group
Infosys
Wipro
Sberbank
Aeroflot
Lufthansa
Air France
British Airways
Emirates
Qatar Airways
Ryanair
Maersk
FedEx
UPS
DHL
Deloitte
PwC
KPMG
McKinsey
Moody's
Standard & Poor's|S&P
Fitch
Nasdaq
New York Stock Exchange|NYSE
London Stock Exchange
Agence France Presse
Deutsche Presse-Agentur|dpa
Kyodo|Kyodo News
Yonhap
Interfax
RIA Novosti
Anadolu Agency|Anadolu
Press Trust of India|PTI
Le Monde
Le Figaro
El País|El Pais
Corriere della Sera
Frankfurter Allgemeine Zeitung
Financial Times|FT
The Wall Street Journal|Wall Street Journal|WSJ
The Guardian|Guardian
The Times
The Economist|Economist
Los Angeles Times
USA Today
Fox News
NBC|NBC News
CBS|CBS News
ABC News
MSNBC
NPR
Politico
Axios
Sky News
Deutsche Welle|DW
France 24
Euronews
NHK
South China Morning Post|SCMP
China Daily
Global Times
People's Daily
CCTV
RT
Sputnik`;

// Sports bodies, parties, armed groups, agencies and universities.
const OTHER_BODIES = `FIFA
UEFA
International Olympic Committee|IOC
World Anti-Doping Agency|WADA
NFL
NBA
NHL
MLB
Formula One|F1
Premier League
Bundesliga
La Liga
Serie A
Fatah
Hezbollah
Islamic State|ISIS|ISIL
Al Qaeda|al-Qaeda|al Qaeda
Boko Haram
Al-Shabaab|al-Shabaab|Shabaab
Houthis|Houthi movement
Wagner Group|Wagner
Muslim Brotherhood
Sinn Fein|Sinn Féin
Fianna Fáil|Fianna Fail
Fine Gael
Bharatiya Janata Party|BJP
Indian National Congress
African National Congress|ANC
Kuomintang|KMT
Democratic Progressive Party|DPP
Liberal Democratic Party|LDP
Christian Democratic Union|CDU
Social Democratic Party|SPD
United Russia
Doctors Without Borders|Médecins Sans Frontières|MSF
Save the Children
Oxfam
UNICEF
UNESCO
UNHCR
World Food Programme|WFP
Interpol
Europol
Mossad
MI5
MI6
KGB
FSB
National Security Agency|NSA
Department of Homeland Security
Department of Justice|Justice Department
Securities and Exchange Commission|SEC
Federal Aviation Administration|FAA
Environmental Protection Agency|EPA
NASA
Harvard University|Harvard
Yale University|Yale
Stanford University|Stanford
Princeton University|Princeton
Massachusetts Institute of Technology|MIT
Columbia University
Oxford University|University of Oxford
Cambridge University|University of Cambridge
Brookings Institution
Council on Foreign Relations
Chatham House
Carnegie Endowment for International Peace
RAND Corporation|Rand Corporation
Pew Research Center`;

export const COMPANIES = `${BUSINESSES}\n${OTHER_BODIES}`;

/** Every form of the companies and media above: their officers and spokespeople are not
 * public officials, whatever their titles (office.ts). */
export const BUSINESS_FORMS = new Set(BUSINESSES.split('\n').flatMap((l) => l.split('|')));
