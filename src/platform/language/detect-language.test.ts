import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './detect-language.ts';

/** Openings of letters as organisations write them to a Special Rapporteur. */
const letters = {
  en: `Dear Special Rapporteur,

On behalf of our network of community organisations (https://example.org, contact@example.org), we welcome the
opportunity to contribute to your forthcoming report on international solidarity and human rights. Our members work
with migrant workers and their families across the region.

Question 1: We believe that solidarity must be understood as a duty of states and not only as charity.`,
  fr: `Madame la Rapporteuse spéciale,

Au nom de notre réseau d'associations, nous vous remercions de l'occasion qui nous est donnée de contribuer à votre
prochain rapport sur la solidarité internationale et les droits de l'homme. Nos membres travaillent avec les
travailleurs migrants et leurs familles dans toute la région.

Question 1 : Nous pensons que la solidarité doit être comprise comme un devoir des États.`,
  es: `Estimada Relatora Especial:

En nombre de nuestra red de organizaciones comunitarias, agradecemos la oportunidad de contribuir a su próximo
informe sobre la solidaridad internacional y los derechos humanos. Nuestros miembros trabajan con personas
trabajadoras migrantes y sus familias en toda la región.

Pregunta 1: Creemos que la solidaridad debe entenderse como un deber de los Estados y no solo como caridad.`,
  ar: `السيدة المقررة الخاصة،

باسم شبكتنا من المنظمات المجتمعية، نرحب بفرصة المساهمة في تقريركم المقبل بشأن التضامن الدولي وحقوق الإنسان.
يعمل أعضاؤنا مع العمال المهاجرين وأسرهم في جميع أنحاء المنطقة.`,
  ru: `Уважаемый Специальный докладчик!

От имени нашей сети общественных организаций мы приветствуем возможность внести вклад в ваш предстоящий доклад о
международной солидарности и правах человека. Наши члены работают с трудящимися-мигрантами и их семьями.`,
  zh: `尊敬的特别报告员：

我们谨代表我们的社区组织网络，欢迎有机会为您即将提交的关于国际团结与人权的报告作出贡献。我们的成员在整个区域与移徙工人及其家庭合作。`,
} as const;

const portuguese = `Prezada Relatora Especial,

Em nome da nossa rede de organizações comunitárias, agradecemos a oportunidade de contribuir para o seu próximo
relatório sobre a solidariedade internacional e os direitos humanos. Os nossos membros trabalham com trabalhadores
migrantes e as suas famílias em toda a região.`;

describe('detectLanguage', () => {
  it('recognises letters in each of the six languages, with confidence', () => {
    for (const [language, text] of Object.entries(letters)) {
      const detected = detectLanguage(text);
      assert.equal(detected.language, language, language);
      assert.ok(detected.confidence > 0.5 && detected.confidence <= 1, `${language}: ${detected.confidence}`);
    }
  });

  it('says nothing about a text too short to tell, or with no words', () => {
    for (const text of ['', '   ', 'Thank you.', '1) 2) 3) 2024-11-01 +41 22 917 90 00', 'https://example.org/a-long-address-with-words-in-it', '尊敬的特别报告员']) {
      assert.deepEqual(detectLanguage(text), { language: null, confidence: 0, undecided: 'too-short' }, text);
    }
  });

  it('chooses only among the candidates, given as language tags', () => {
    assert.equal(detectLanguage(letters.fr, ['fr-CA', 'en']).language, 'fr');
    assert.equal(detectLanguage(letters.es, ['EN', 'es_419']).language, 'es');
    assert.deepEqual(detectLanguage(letters.es, ['en', 'fr']), { language: null, confidence: 0, undecided: 'other-language' });
    assert.deepEqual(detectLanguage(letters.ar, ['en', 'fr', 'es']), { language: null, confidence: 0, undecided: 'other-language' });
    assert.deepEqual(detectLanguage(letters.en, ['pt', 'de']), { language: null, confidence: 0, undecided: 'other-language' });
  });

  it('does not call a language outside the choice by its nearest neighbour', () => {
    assert.deepEqual(detectLanguage(portuguese), { language: null, confidence: 0, undecided: 'other-language' });
  });

  it('says nothing about a letter written half in one language and half in another', () => {
    assert.deepEqual(detectLanguage(`${letters.en}\n\n${letters.fr}`), { language: null, confidence: 0, undecided: 'mixed' });
  });

  it('reads a long text without spaces in linear time', () => {
    const started = performance.now();
    assert.equal(detectLanguage(letters.zh.replace(/\s/g, '').repeat(2000)).language, 'zh');
    assert.equal(detectLanguage('a'.repeat(200_000)).language, null);
    assert.ok(performance.now() - started < 2000);
  });

  it('names the language of most of a letter that quotes another', () => {
    const quoting = `${letters.en}\n\n${letters.en.replaceAll('Question 1', 'Question 2')}\n\n${letters.en}\n\n« ${letters.fr.slice(0, 120)} »`;
    assert.equal(detectLanguage(quoting).language, 'en');
  });
});
