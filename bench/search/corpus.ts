// Generated posts for the search benchmark: English, French, Spanish, Arabic and Chinese text drawn from the
// vocabulary of solidarity work, word frequencies following Zipf's law (a few words everywhere, most words rare),
// plus place names that occur in about one post in a thousand. A seeded generator, so every run searches the
// same 100,000 posts.
import { themes } from '../../src/platform/vocabulary/solidarity-vocabulary.ts';
import type { SearchEntryInput } from '../../src/features/search/index.ts';

const words = {
  en: `the of and to in for our we with on is are that this by from network solidarity rights human community women
    workers climate housing defenders organisations support people local international regional cross-border
    statement appeal initiative members partners meeting campaign government companies land water health vaccines
    education migrants refugees minorities indigenous territories extractive environment peace conflict funding
    surveillance harassment disinformation censorship protection justice freedom association assembly expression
    movement coalition youth children food debt development digital security violence evictions tenants farmers
    fishers unions strike wages care report council mandate expert share ideas together across borders online
    platform training safety legal aid emergency response flood drought wildfire displacement resettlement dialogue`,
  fr: `le la les de des du et en pour nos nous avec sur est sont que ce par dans réseau solidarité droits humains
    communauté femmes travailleurs travailleuses climat logement défenseurs défenseures organisations soutien
    personnes locale internationale régionale transfrontalière déclaration appel initiative membres partenaires
    réunion campagne gouvernement entreprises terre eau santé vaccins éducation migrants réfugiés minorités
    autochtones territoires environnement paix conflit financement surveillance harcèlement désinformation censure
    protection justice liberté association réunion expression mouvement coalition jeunesse enfants alimentation
    dette développement numérique sécurité violence expulsions locataires paysannes pêcheurs syndicats grève
    salaires soins rapport conseil mandat experte partager idées ensemble frontières plateforme formation aide`,
  es: `el la los las de del y en para nuestra nosotras con sobre es son que este por red solidaridad derechos
    humanos comunidad mujeres trabajadoras trabajadores clima vivienda defensoras defensores organizaciones apoyo
    personas local internacional regional transfronteriza declaración llamamiento iniciativa miembros socias
    reunión campaña gobierno empresas tierra agua salud vacunas educación migrantes refugiadas minorías indígenas
    territorios ambiente paz conflicto financiación vigilancia acoso desinformación censura protección justicia
    libertad asociación expresión movimiento coalición juventud niñez alimentación deuda desarrollo digital
    seguridad violencia desalojos inquilinas campesinas pescadoras sindicatos huelga salarios cuidados informe`,
  ar: `في من على إلى مع عن هذا التي الذي نحن شبكة التضامن الدولي حقوق الإنسان المجتمع المدني النساء العمال المناخ
    السكن المدافعين المنظمات الدعم الناس المحلية الإقليمية العابرة للحدود بيان نداء مبادرة الأعضاء الشركاء اجتماع
    حملة الحكومة الشركات الأرض المياه الصحة اللقاحات التعليم المهاجرين اللاجئين الأقليات الشعوب الأصلية البيئة
    السلام النزاع التمويل المراقبة المضايقة التضليل الرقابة الحماية العدالة الحرية التجمع التعبير الحركة التحالف
    الشباب الأطفال الغذاء الديون التنمية الرقمية الأمن العنف الإخلاء المزارعين النقابات الإضراب الأجور تقرير المجلس`,
  zh: `我们 他们 的 在 和 与 对 为 网络 团结 国际 人权 社区 妇女 工人 气候 住房 捍卫者 组织 支持 人民 地方 区域 跨境
    声明 呼吁 倡议 成员 伙伴 会议 运动 政府 公司 土地 水 健康 疫苗 教育 移民 难民 少数群体 原住民 领土 环境 和平 冲突
    资金 监视 骚扰 虚假信息 审查 保护 正义 自由 结社 集会 表达 联盟 青年 儿童 粮食 债务 发展 数字 安全 暴力 驱逐
    租户 农民 渔民 工会 罢工 工资 照护 报告 理事会 任务 专家 分享 想法 一起 跨越 边界 平台 培训 法律 援助 紧急`,
};
export type Language = keyof typeof words;
const vocabulary = Object.fromEntries(Object.entries(words).map(([language, list]) => [language, list.split(/\s+/).filter(Boolean)])) as Record<Language, string[]>;

/** Place names one post in a thousand mentions: the "rare word" queries. */
export const rareWords = ['Tegucigalpa', 'Mindanao', 'Cajamarca', 'Kivu', 'Chiapas', 'Sundarbans', 'Oaxaca', 'Putumayo'];

const countries = ['PE', 'CO', 'KE', 'UG', 'PH', 'FR', 'UA', 'BR', 'IN', 'ZA', 'MX', 'DE', 'NG', 'ID', 'GT', 'EG', 'MA',
  'LB', 'JO', 'TN', 'CN', 'BD', 'NP', 'AR', 'CL', 'SN', 'ES', 'CA', 'PL', 'GE', null];
const languageShares: [Language, number][] = [['en', 0.35], ['fr', 0.2], ['es', 0.2], ['ar', 0.125], ['zh', 0.125]];
const kindShares: [string, number][] = [['post', 0.7], ['thread', 0.15], ['initiative', 0.08], ['statement', 0.05], ['organisation', 0.02]];

/** mulberry32: small, fast, and the same sequence on every machine. */
function generator(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeCorpus(seed = 6) {
  const random = generator(seed);
  const pick = <T>(shares: [T, number][]): T => {
    let r = random();
    for (const [value, share] of shares) if ((r -= share) < 0) return value;
    return shares[shares.length - 1]![0];
  };
  const zipf = (list: string[]) => {
    const cumulative: number[] = [];
    list.forEach((_, rank) => cumulative.push((cumulative[rank - 1] ?? 0) + 1 / (rank + 1)));
    return () => {
      const r = random() * cumulative[cumulative.length - 1]!;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! > r) high = middle;
        else low = middle + 1;
      }
      return list[low]!;
    };
  };
  const draw = Object.fromEntries(Object.entries(vocabulary).map(([language, list]) => [language, zipf(list)])) as Record<Language, () => string>;
  // Arabic as people type it: conjunctions and prepositions attached, sometimes with diacritics or tatweel.
  const arabicWord = (word: string) => {
    const prefixed = random() < 0.25 ? ['و', 'ب', 'ل', 'ف'][Math.floor(random() * 4)]! + word : word;
    return random() < 0.1 ? prefixed.replace(/([\u0628-\u064A])/u, '$1\u064E') : prefixed;
  };
  const sentence = (language: Language, length: number) => {
    const list = Array.from({ length }, () => draw[language]());
    if (random() < 0.002) list.splice(Math.floor(random() * length), 0, rareWords[Math.floor(random() * rareWords.length)]!);
    if (language === 'zh') return `${list.join('')}。`;
    if (language === 'ar') return `${list.map(arabicWord).join(' ')}.`;
    const text = list.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  return function* posts(count: number): Generator<SearchEntryInput> {
    for (let i = 0; i < count; i++) {
      const language = pick(languageShares);
      const kind = pick(kindShares);
      const sentences = 2 + Math.floor(random() * 6);
      const body = Array.from({ length: sentences }, () => sentence(language, 6 + Math.floor(random() * 14))).join(' ');
      const country = countries[Math.floor(random() * countries.length)] ?? null;
      const chosen = Array.from({ length: 1 + Math.floor(random() * 3) }, () => themes[Math.floor(random() * themes.length)]!);
      yield {
        kind, refId: `p${i}`, url: `/forums/bench/${kind}s/p${i}`, language, title: sentence(language, 4 + Math.floor(random() * 5)),
        body, themes: chosen, country, audience: random() < 0.9 ? 'public' : 'members',
        updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      };
    }
  };
}
