// Martin Porter's stemming algorithm (1980), as published at tartarus.org/martin/PorterStemmer.

const STEP2: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const STEP3: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const M_GT_0 = new RegExp(`^(${C})?${V}${C}`);
const M_EQ_1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const M_GT_1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const HAS_VOWEL = new RegExp(`^(${C})?${v}`);
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

/** The Porter stem of a lower-case English word ("meetings" → "meet", "attendance" → "attend"). */
export function porterStem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  const initialY = word.startsWith('y');
  let w = initialY ? `Y${word.slice(1)}` : word;
  w = step1c(step1b(step1a(w)));
  w = replaceSuffix(w, STEP2_SUFFIX, M_GT_0, (suffix) => STEP2[suffix] ?? '');
  w = replaceSuffix(w, STEP3_SUFFIX, M_GT_0, (suffix) => STEP3[suffix] ?? '');
  w = step5(step4(w));
  return initialY ? `y${w.slice(1)}` : w;
}

const STEP2_SUFFIX =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_SUFFIX = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_SUFFIX = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;

function replaceSuffix(w: string, pattern: RegExp, measure: RegExp, replacement: (suffix: string) => string): string {
  const m = pattern.exec(w);
  return m && measure.test(m[1] as string) ? `${m[1]}${replacement(m[2] as string)}` : w;
}

function step1a(w: string): string {
  const sses = /^(.+?)(ss|i)es$/.exec(w);
  if (sses) return `${sses[1]}${sses[2]}`;
  const s = /^(.+?)([^s])s$/.exec(w);
  return s ? `${s[1]}${s[2]}` : w;
}

function step1b(w: string): string {
  const eed = /^(.+?)eed$/.exec(w);
  if (eed) return M_GT_0.test(eed[1] as string) ? w.slice(0, -1) : w;
  const ed = /^(.+?)(ed|ing)$/.exec(w);
  if (!ed || !HAS_VOWEL.test(ed[1] as string)) return w;
  const stem = ed[1] as string;
  if (/(at|bl|iz)$/.test(stem)) return `${stem}e`;
  if (/([^aeiouylsz])\1$/.test(stem)) return stem.slice(0, -1);
  return CVC.test(stem) ? `${stem}e` : stem;
}

function step1c(w: string): string {
  const y = /^(.+?)y$/.exec(w);
  return y && HAS_VOWEL.test(y[1] as string) ? `${y[1]}i` : w;
}

function step4(w: string): string {
  const suffix = STEP4_SUFFIX.exec(w);
  if (suffix) return M_GT_1.test(suffix[1] as string) ? (suffix[1] as string) : w;
  const ion = /^(.+?)(s|t)(ion)$/.exec(w);
  const stem = ion ? `${ion[1]}${ion[2]}` : '';
  return ion && M_GT_1.test(stem) ? stem : w;
}

function step5(w: string): string {
  const e = /^(.+?)e$/.exec(w);
  let result = w;
  if (e) {
    const stem = e[1] as string;
    if (M_GT_1.test(stem) || (M_EQ_1.test(stem) && !CVC.test(stem))) result = stem;
  }
  return /ll$/.test(result) && M_GT_1.test(result) ? result.slice(0, -1) : result;
}
