// The labelled set: letters answering the HRC56 questionnaire in English, French and Spanish, written the many ways
// real letters are (numbering styles, copied questions, titles, answers on the heading's line, sub-parts, lists
// inside answers, a subset of questions, hard line breaks from PDF extraction, no numbering at all), each passage
// labelled with the question it answers. Deterministic: the same seed gives the same letters.
import type { Questionnaire } from '../../src/features/calls/index.ts';
import type { LanguageBank, Sender } from './bank.ts';
import { english } from './bank-en.ts';
import { french } from './bank-fr.ts';
import { spanish } from './bank-es.ts';
import { LetterBuilder, seededRandom, wrapLines, type LabelledPassage } from './letter-builder.ts';

export interface LabelledLetter {
  id: string;
  language: LanguageBank['language'];
  /** Whether the letter numbers its answers; the others are matched by the questions' wording only. */
  numbered: boolean;
  /** How it was written, to read a failure: "Q{n} same-line wrapped:80 subset lists". */
  description: string;
  text: string;
  passages: LabelledPassage[];
  email: { fromName: string; fromAddress: string; subject: string };
  sender: Sender;
  /** Whether the letter asks not to be published. */
  asksNotToPublish: boolean;
  /** The sender's country where the letterhead, signature or address says it, else none. */
  statedCountries: string[];
}

export const banks: readonly LanguageBank[] = [english, french, spanish];

const numberedEchoes = ['none', 'inline', 'same-line', 'next-line', 'first-sentence', 'other-language', 'title', 'label'] as const;
const unnumberedEchoes = ['full', 'first-sentence', 'upper', 'bold', 'other-language', 'label', 'no-accents', 'split-sentences'] as const;
type Echo = (typeof numberedEchoes)[number] | (typeof unnumberedEchoes)[number];

export function generateLetters(questionnaire: Questionnaire, perLanguage = 24, seed = 56): LabelledLetter[] {
  return banks.flatMap((bank, b) => Array.from({ length: perLanguage }, (_, i) => writeLetter(questionnaire, bank, i, b, seededRandom(seed * 1000 + b * 100 + i))));
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function writeLetter(questionnaire: Questionnaire, bank: LanguageBank, index: number, bankIndex: number, random: Random): LabelledLetter {
  const numbered = index % 4 !== 3;
  const sender = bank.senders[index % bank.senders.length]!;
  const style = bank.headingStyles[index % bank.headingStyles.length]!;
  // Each language sees every way of heading an answer, the unnumbered ones shifted so that all of them occur.
  const echo: Echo = numbered
    ? numberedEchoes[Math.floor(index / 2) % numberedEchoes.length]!
    : unnumberedEchoes[(Math.floor(index / 4) + bankIndex * 3) % unnumberedEchoes.length]!;
  const compact = random() < 0.3; // single line breaks between paragraphs, as many emails have
  const paragraphBreak = compact ? '\n' : '\n\n';
  const withLists = random() < 0.5;
  const subset = random() < 0.4;
  const asksNotToPublish = index % 7 === 2;
  const trap = index % 7 === 5;
  const letter = new LetterBuilder();

  const stated = { country: false };
  writeOpening(letter, bank, sender, random, asksNotToPublish, trap, stated);
  // A preamble listing its points the way the letter numbers its answers.
  const pointsStyle = /^\{n\}[.)]$/.test(style) ? style : '{n}.';
  if (index % 8 === 6) letter.general(bank.preamblePoints.map((p, k) => (k === 0 ? p : `${pointsStyle.replace('{n}', String(k))} ${p}.`)).join('\n')).space('\n\n');
  const chosen = questionnaire.questions.filter(() => !subset || random() < 0.6);
  const questions = chosen.length >= 3 ? chosen : questionnaire.questions;
  for (const [position, question] of questions.entries()) {
    const q = questionnaire.questions.indexOf(question);
    const subParts = numbered && (q === 2 || q === 4) && random() < 0.4;
    const heading = numbered ? style.replace('{n}', subParts ? subPartLabel(question.number, 0, index) : question.number) : '';
    const ownSentences = splitSentences(question.text[bank.language]!);
    if (echo === 'split-sentences' && ownSentences.length > 1) {
      // Each sentence of the question copied before its own answer.
      for (const [k, sentence] of ownSentences.entries()) {
        if (k > 0) letter.space(paragraphBreak);
        letter.heading(sentence, question.id).space('\n');
        letter.answer(sentences(bank.answers[q]!, 2, random, k * 2), question.id);
      }
    } else {
      writeHeading(letter, bank, questionnaire, q, heading, echo, random, paragraphBreak);
      writeAnswer(letter, bank, q, question.id, random, paragraphBreak, withLists && random() < 0.4, style);
    }
    if (subParts) {
      letter.space(paragraphBreak).heading(`${subPartLabel(question.number, 1, index)} `, question.id);
      letter.answer(sentences(bank.answers[q]!, 2, random, 3), question.id);
    }
    letter.space(position === questions.length - 1 ? '\n\n' : paragraphBreak + (compact ? '' : random() < 0.3 ? '\n' : ''));
  }
  writeClosing(letter, bank, sender, random, asksNotToPublish, stated);
  const tld = sender.address.split('.').at(-1)!.toUpperCase();

  const built = letter.build();
  const width = random() < 0.4 ? 70 + Math.floor(random() * 25) : 0;
  const text = width ? wrapLines(built.text, width) : built.text;
  const fromName = pick(random, [sender.person, sender.person, sender.organisation ?? sender.person, `${sender.person} (${sender.organisation ?? 'personal'})`]);
  return {
    id: `${bank.language}-${String(index + 1).padStart(2, '0')}`,
    language: bank.language,
    numbered,
    description: [numbered ? style : 'unnumbered', echo, width ? `wrapped:${width}` : '', compact ? 'compact' : '', subset ? 'subset' : '', withLists ? 'lists' : ''].filter(Boolean).join(' '),
    text,
    passages: built.passages,
    email: { fromName, fromAddress: sender.address, subject: pick(random, bank.subjects) },
    sender,
    asksNotToPublish,
    statedCountries: stated.country || tld === sender.country || (tld === 'UK' && sender.country === 'GB') ? [sender.country] : [],
  };
}

const subPartForms = [(n: string, k: number) => `${n}(${'ab'[k]})`, (n: string, k: number) => `${n} ${'ab'[k]})`, (n: string, k: number) => `${n}.${k + 1}`];
function subPartLabel(number: string, k: number, index: number): string {
  return subPartForms[index % subPartForms.length]!(number, k);
}

function fill(template: string, sender: Sender): string {
  return template.replace('{org}', sender.organisation ?? sender.person).replace('{country}', sender.countryName);
}

function writeOpening(letter: LetterBuilder, bank: LanguageBank, sender: Sender, random: Random, refuse: boolean, trap: boolean, stated: { country: boolean }): void {
  if (refuse && random() < 0.3) letter.general(`${bank.refusals[3]}\n\n`);
  if (sender.organisation && random() < 0.7) {
    letter.general(`${sender.organisation}\n${sender.city}, ${sender.countryName}\n\n`);
    stated.country = true;
  }
  if (random() < 0.5) letter.general(`${pick(random, bank.dates)}\n\n`);
  letter.general(`${pick(random, bank.greetings)}\n\n`);
  const preamble = sender.organisation ? [bank.preambles[0]!, pick(random, bank.preambles.slice(1, 4))] : [bank.preambles[4]!];
  if (random() < 0.4) preamble.pop();
  if (refuse) preamble.push(pick(random, bank.refusals.slice(0, 3)));
  if (trap) preamble.push(pick(random, bank.notRefusals));
  letter.general(preamble.map((p) => fill(p, sender)).join(random() < 0.5 ? '\n\n' : ' ')).space('\n\n');
}

function questionText(questionnaire: Questionnaire, q: number, language: string, echo: Echo): string {
  const text = questionnaire.questions[q]!.text;
  if (echo === 'other-language') return language === 'en' ? text.fr! : text.en!;
  const own = text[language]!;
  if (echo === 'first-sentence') return splitSentences(own)[0]!;
  if (echo === 'upper') return own.toUpperCase();
  if (echo === 'bold') return `**${own}**`;
  if (echo === 'no-accents') return own.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return own;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[?.])\s+(?=[¿\p{Lu}])/u);
}

function writeHeading(letter: LetterBuilder, bank: LanguageBank, questionnaire: Questionnaire, q: number, heading: string, echo: Echo, random: Random, paragraphBreak: string): void {
  const id = questionnaire.questions[q]!.id;
  const copy = () => questionText(questionnaire, q, bank.language, echo);
  const after = random() < 0.5 ? '\n' : paragraphBreak;
  switch (echo) {
    case 'none': letter.heading(heading, id).space(after); break;
    case 'inline': letter.heading(`${heading} `, id); break;
    case 'title': letter.heading(`${heading} ${bank.titles[q]}`, id).space(after); break;
    case 'next-line': letter.heading(`${heading}\n${copy()}`, id).space(after); break;
    case 'label': letter.heading(`${heading ? `${heading} ` : ''}${copy()}\n${pick(random, bank.answerLabels)} `, id); break;
    default: letter.heading(`${heading ? `${heading} ` : ''}${copy()}`, id).space(after);
  }
}

/** `count` sentences of the bank's answer to a question, starting at a random one. */
function sentences(pool: readonly string[], count: number, random: Random, from = Math.floor(random() * pool.length)): string {
  return Array.from({ length: Math.min(count, pool.length) }, (_, k) => pool[(from + k) % pool.length]).join(' ');
}

function writeAnswer(letter: LetterBuilder, bank: LanguageBank, q: number, id: string, random: Random, paragraphBreak: string, withList: boolean, headingStyle: string): void {
  const pool = bank.answers[q]!;
  letter.answer(sentences(pool, 1 + Math.floor(random() * 3), random, 0), id);
  if (withList) {
    // Half the lists number their items the way the letter numbers its answers: the hard case.
    const itemStyle = random() < 0.5 && /^\{n\}[.)]$/.test(headingStyle) ? headingStyle : pick(random, ['{n}.', '{n})', '   {n}.', 'a)', '-', '•']);
    const items = bank.listItems[q]!.slice(0, 2 + Math.floor(random() * 3));
    letter.space(paragraphBreak).answer(`${pick(random, bank.listIntros)}\n`, id);
    items.forEach((item, k) => {
      const marker = itemStyle.replace('{n}', String(k + 1)).replace('a)', `${'abcd'[k]})`);
      letter.answer(`${marker} ${item}${random() < 0.3 ? `. ${pool[(k + 2) % pool.length]}` : ''}`, id).space('\n');
    });
  }
  if (random() < 0.6) letter.space(paragraphBreak).answer(sentences(pool, 1 + Math.floor(random() * 2), random), id);
}

function writeClosing(letter: LetterBuilder, bank: LanguageBank, sender: Sender, random: Random, refuse: boolean, stated: { country: boolean }): void {
  if (random() < 0.5) letter.general(`${pick(random, bank.thanks)}\n\n`);
  if (refuse && random() < 0.3) letter.general(`${bank.refusals[0]}\n\n`);
  if (random() < 0.85) letter.general(`${pick(random, bank.closings)}\n\n`);
  const signature = [sender.person];
  if (!sender.organisation) signature.push(sender.title);
  else if (random() < 0.5) signature.push(`${sender.title}, ${sender.organisation}`);
  else signature.push(sender.title, sender.organisation);
  if (random() < 0.5) {
    signature.push(`${sender.city}, ${sender.countryName}`);
    stated.country = true;
  }
  if (random() < 0.5) signature.push(sender.address);
  letter.general(`${signature.join('\n')}\n`);
}
