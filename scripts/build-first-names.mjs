// Builds bot/src/platform/privacy/first-names.json, the list the pupil-name check reads.
// Run: node scripts/build-first-names.mjs (needs the devDependencies @faker-js/faker and dictionary-en-gb).
//
// Sources, all shipped through the npm registry:
// - @faker-js/faker (MIT): the first names of its locales for the languages Kent's pupils' families speak
//   most (English in its general, Indian, Nigerian, Ghanaian, Nepali and South African lists; Polish,
//   Romanian, Latvian, Czech, Slovak, Hungarian, Croatian, Turkish, Portuguese, Spanish, Italian, French,
//   German, Dutch, Yoruba, Zulu, Afrikaans and the Nordic languages), Latin script only;
// - a list the team keeps below of Latin spellings faker does not carry (Arabic, Urdu, Pashto, Dari,
//   Kurdish, Punjabi, Nepali, Ukrainian, Russian, Lithuanian, Bulgarian, Tigrinya, Somali names);
// - dictionary-en-gb (MIT AND BSD, the LibreOffice/Hunspell British English dictionary): a name that is
//   also an ordinary lower-case English word ("will", "grace", "summer") is marked ordinary, and the check
//   counts it only where it stands as a pupil's name.
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import dictionary from 'dictionary-en-gb';

const LOCALES = [
  'en',
  'en_IN',
  'en_NG',
  'en_GH',
  'en_NP',
  'en_ZA',
  'en_AU',
  'pl',
  'ro',
  'lv',
  'cs_CZ',
  'sk',
  'hu',
  'hr',
  'tr',
  'pt_PT',
  'es',
  'it',
  'fr',
  'de',
  'nl',
  'yo_NG',
  'zu_ZA',
  'af_ZA',
  'sv',
  'nb_NO',
  'da',
  'fi',
];

const KEPT_BY_THE_TEAM = `
  abdullah abdulrahman abdirahman ahmad ahmed ahmet aisha ali amina amir anas arham arhan armaan aryan asad
  ayaan ayan ayesha aylin ayat azlan bilal dania eesa emaan eman esa faisal farhan fatima fatimah haaris hafsa
  hamza hania haris hasan hassan hiba huda humza husnain hussain ibrahim idris ilyas imaan iman inaya isa
  ismail jannat kashif khadija laiba maryam mehmet mohamed mohammad mohammed muhammad mustafa musa noor nur
  omar rayan rehan rumaysa safa safiya salma sami samir sana sara shayan sofia sumaya tahir umar usman yahya
  yasin yusuf zahra zain zainab zakariya zara zayan zayd zayn zoya
  ahmadullah farid habib hamid jawad karim mahmood najib nasrin parwana rahim shabnam wahid zabihullah zarghona
  azad baran dilan hevin jiyan rojin soran zana
  amandeep amrit arjun balvinder gurdeep gurpreet harjit harleen harpreet harvinder jaspreet jaswinder kiran
  manpreet navdeep navjot parminder rajinder ranjit simran sukhdeep sukhmani taranjit
  aarav anish bibek binod bishal dipesh ganesh kritika manisha nabin pooja prabin prakash rabin rajesh roshan
  sabina sagar sandesh sanjay santosh sarita sunita suraj
  anastasiia andrii bohdan dmytro kateryna mykola oleksandr oleksandra olena polina sofiia taras vladyslav
  yaroslav yevhen alexei anastasia artem dmitri ekaterina ivan maksim nikita svetlana vladimir yulia
  aurimas dovydas emilija gabija ieva jonas kajus lukas mantas matas nojus rugile ugne vakare
  bozhidar dimitar georgi hristo ivaylo kalina mihaela nikolay petar radostina stoyan teodora yoana
  abel aman biniam dawit filmon hagos meron mussie senait selam yonas yohannes
  abdi ayaan cabdi faadumo hodan hamse idil xamar
  chloé zoé noé anaïs maëlle léa inès
  aaliyah abigail ada albie albert alfie alfred alice amber annabelle arabella archie aria arlo arthur aurora ava
  ayla beatrice billy bobby bonnie caleb carter charlie chester clara courtney daisy darcey darcie darcy delilah
  demi dexter dylan eden edith edward elijah eliza ellie elliot ellis elodie eloise elsie emilia emily emma erin
  esmae esme ethan eva evelyn evie ezra felix finley florence frankie freddie frederick freya gracie grayson hallie
  hannah harley harper harriet harrison harry harvey hazel heidi henry hudson hugo imogen iris isaac isabella isla
  jacob jade jake jasmine jasper jaxon jayden jenson jesse jessica joseph joshua jude kai katie kayla lacey layla
  leah leo lexi lilly lily logan lola lottie louie luca lucas lucy luna lyla mabel maisie margot martha matilda max
  megan mia michael mila millie molly myla nancy nathan noah nova olive oliver olivia ollie ophelia orla oscar otis
  paige phoebe poppy ralph reggie reuben riley robyn ronnie rory rosalie rosie rowan ruby rupert samuel scarlett
  sebastian shannon sienna sofia sophia sophie stanley teddy thea theo theodore thomas tilly toby tommy violet
  willow zachary
  adebayo adeola ayomide chidera chidi chinedu chinonso chioma damilola emeka femi funmilayo ifeoma ikechukwu kemi
  ngozi nkechi obinna olusegun oluwaseun oluwatobi temitope tobi tolu tunde kofi kwabena kwame ama akosua abena
  yaw esi efua
  kacper jakub oskar zuzanna wiktoria tomasz
`;

/** Ordinary English words that Hunspell's British list happens not to carry as lower-case words. */
const ORDINARY_WORDS_THE_DICTIONARY_LACKS = ['per', 'via', 'easter', 'christmas', 'whitsun'];

/** The name as the check compares it: lower case, accents removed. */
function normalised(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const names = new Set();
for (const locale of LOCALES) {
  const firstNames = allLocales[locale]?.person?.first_name;
  if (!firstNames) throw new Error(`faker has no first names for ${locale}`);
  const list = Array.isArray(firstNames) ? firstNames : Object.values(firstNames).flat();
  for (const name of list) if (/^\p{Script=Latin}+$/u.test(name)) names.add(normalised(name));
}
for (const name of KEPT_BY_THE_TEAM.split(/\s+/)) if (name) names.add(normalised(name));
// Words of this app's world that faker also lists as first names: the county, the council's site.
const WORDS_OF_THIS_DOMAIN = ['kent', 'kelsi'];
for (const word of WORDS_OF_THIS_DOMAIN) names.delete(word);
const tooShort = [...names].filter((name) => name.length < 3);
for (const name of tooShort) names.delete(name);

const ordinaryWords = new Set();
for (const line of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
  const word = line.split('/')[0];
  if (/^\p{Ll}+$/u.test(word)) ordinaryWords.add(normalised(word));
}
// Months and days are capitalised in the dictionary but are ordinary words in a school's text.
for (const word of ORDINARY_WORDS_THE_DICTIONARY_LACKS) ordinaryWords.add(word);
for (const word of 'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
  ' ',
)) {
  ordinaryWords.add(word);
}

const sorted = [...names].sort();
const file = {
  source:
    'Built by scripts/build-first-names.mjs from @faker-js/faker 10.6.0 (MIT) first-name lists, a list kept by the team, and dictionary-en-gb 3.0.0 (MIT AND BSD) for ordinary words.',
  names: sorted.filter((name) => !ordinaryWords.has(name)),
  ordinaryWordNames: sorted.filter((name) => ordinaryWords.has(name)),
};
writeFileSync(
  new URL('../bot/src/platform/privacy/first-names.json', import.meta.url),
  `${JSON.stringify(file, null, 0)}\n`,
);
process.stdout.write(
  `${file.names.length} names, ${file.ordinaryWordNames.length} that are also ordinary words; ${tooShort.length} names under 3 letters left out\n`,
);
