// Letters written by hand, messier than the generated ones: a PDF extraction with page headers and footnotes, an
// informal email, combined answers, an answer given out of order, answers announced inside a sentence, quoted
// questions, the writer's own topic titles. Batch 1 was measured once, then its failures fixed (so it is no longer
// held out); batch 2 was written after those fixes and has not been tuned on. Labels are markers in the text:
// {{g}} general comments, {{h:5}} a heading of question 5, {{a:5}} the answer to question 5; each runs to the next.
import type { LabelledPassage } from './letter-builder.ts';

export interface HandwrittenLetter {
  id: string;
  batch: 1 | 2;
  language: 'en' | 'fr' | 'es';
  numbered: boolean;
  description: string;
  text: string;
  passages: LabelledPassage[];
}

export function markedLetter(id: string, batch: 1 | 2, language: HandwrittenLetter['language'], numbered: boolean, description: string, marked: string): HandwrittenLetter {
  let text = '';
  const passages: LabelledPassage[] = [];
  for (const part of marked.split(/(\{\{[gha](?::\d+)?\}\})/)) {
    const marker = /^\{\{([gha])(?::(\d+))?\}\}$/.exec(part);
    if (marker) {
      passages.push({ kind: marker[1] === 'g' ? 'general' : marker[1] === 'h' ? 'heading' : 'answer', questionId: marker[2] ? `q${marker[2]}` : null, start: text.length, end: text.length });
    } else {
      text += part;
      if (passages.length) passages.at(-1)!.end = text.length;
    }
  }
  return { id, batch, language, numbered, description, text, passages };
}

export const firstBatch: HandwrittenLetter[] = [
  markedLetter('hand-en-1', 1, 'en', true, 'PDF extraction: page headers, footnotes, (a)/(b) lists, 5 (i)/(ii)', `{{g}}SOLIDARITY BRIDGE INITIATIVE
23 Mabini Street, Quezon City, Philippines

15 February 2024

Ms. Cecilia M. Bailliet
Independent Expert on human rights and international solidarity
OHCHR, Geneva

Re: Call for inputs – HRC 56 report

Dear Ms. Bailliet,

Solidarity Bridge Initiative (SBI) welcomes the opportunity to contribute. SBI is a network of 40 community
organisations in Luzon and Mindanao working with partners in Indonesia, Malaysia and Timor-Leste.

{{h:1}}1. {{a:1}}SBI has taken part in three regional networks since 2015:
(a) the Southeast Asian People's Forum, where we co-chair the working group on migrant fishers;
(b) the Asia Pacific Forum on Women, Law and Development;
(c) an informal cross-border network of parishes along the Sulawesi Sea.
Through these networks we raised the situation of stranded seafarers during the pandemic1.

{{h:2}}2. {{a:2}}Half of our board are women and two seats are reserved for indigenous members. Meetings are held
in Tagalog, Cebuano and English, and we pay for the travel of members from the islands.

{{g}}SBI submission – HRC56 Page 1 of 3
{{a:2}}
We are weaker in including young people, who rarely have the time to volunteer.

{{h:3}}3. {{a:3}}Facebook is the main platform for our members; we also use Signal and a community radio in Davao.
Access is limited: mobile data is expensive and several islands have no reliable signal. Our page
was restricted twice in 2023 after mass reports.

{{h:4}}4. {{a:4}}We know of no law that facilitates cross-border solidarity as such. The ASEAN Charter mentions
people-oriented regionalism but has not been translated into national rules.

{{h:5}}5. {{a:5}}(i) Laws: the Anti-Terrorism Act of 2020 allows the designation of organisations without a hearing,
and banks now ask us to justify every transfer from abroad2.
(ii) Reprisals: our coordinator was "red-tagged" on television in 2022 and two members were followed
after a meeting in Jakarta. We reported both cases to the Commission on Human Rights.

{{h:6}}6. {{a:6}}Yes, small grants from two European foundations and pro bono lawyers from a university legal
clinic.

{{g}}SBI submission – HRC56 Page 2 of 3
{{h:7}}
7. {{a:7}}LGBTQ members are harassed online and some Muslim members from Mindanao are questioned at
airports when they travel to meetings.

{{h:9}}9. {{a:9}}Three measures would help:
1. remote participation in Human Rights Council sessions;
2. a simpler ECOSOC accreditation for networks;
3. interpretation in regional languages.

{{h:10}}10. {{a:10}}We recommend that the Independent Expert ask States to end red-tagging and to remove
designation powers that bypass the courts.

{{g}}1 See our 2021 report "Stranded at sea".
2 Bangko Sentral circular No. 1108 (2021).

Yours sincerely,

Jose Santos
Programme Coordinator, Solidarity Bridge Initiative
jsantos@solidaritybridge.ph
`),
  markedLetter('hand-en-2', 1, 'en', true, 'informal email, Q1 - style, an answer out of order', `{{g}}Hi,

Please find below our short input for the report. Sorry it is late!

{{h:1}}Q1 - {{a:1}}yes, through the Global Campaign to Demand Climate Justice and the Africa Climate Network.
{{h:2}}Q2 - {{a:2}}we try: youth and women lead most of our campaigns.
{{h:4}}Q4 - {{a:4}}nothing specific in Kenya's law, but the Constitution protects association.
{{h:3}}Q3 - {{a:3}}WhatsApp and X mostly. Access is limited when the government throttles the internet during protests.
{{h:5}}Q5 - {{a:5}}the Public Benefit Organisations Act is not yet in force and the NGO Board still deregisters groups
that receive foreign money. Two of our members were arrested in 2023 during a climate march.
{{h:10}}Q10 - {{a:10}}protect the right to receive funding from abroad!

{{g}}Thanks,
Grace
--
Grace Wanjiru | Executive Director | Pan-African Network for Climate Justice
Nairobi, Kenya
`),
  markedLetter('hand-fr-1', 1, 'fr', true, 'Réponse à la question, « » copied questions, 1° 2° lists, combined answers 4 and 5', `{{g}}Collectif Solidarité Migrants
12 rue des Capucins, 69001 Lyon (France)

Lyon, le 13 février 2024

Objet : contribution à l’appel de l’Experte indépendante (HRC56)

Madame l’Experte indépendante,

Nous vous prions de trouver ci-dessous les réponses de notre collectif.

{{h:1}}Réponse à la question 1 : « Votre organisation a-t-elle exprimé des questions de solidarité internationale par le biais de réseaux de solidarité locaux transfrontaliers, transnationaux, internationaux ou régionaux ? »

{{a:1}}Oui. Le collectif est membre de deux réseaux :
1° le réseau Migreurop, qui relie des associations des deux rives de la Méditerranée ;
2° la coordination des collectifs alpins, qui accueille les personnes qui franchissent la frontière franco-italienne.

{{h:2}}Réponse à la question 2 : {{a:2}}nos permanences sont tenues par des bénévoles dont un tiers sont eux-mêmes
des personnes exilées. Nous traduisons nos tracts en arabe, en tigrinya et en dari.

{{h:3}}Réponse à la question 3 : {{a:3}}nous utilisons surtout Signal, Facebook et notre site. Nous ne rencontrons pas
de limitation d’accès, sauf pour les personnes hébergées dans des centres sans wifi.

{{h:4}}Réponses aux questions 4 et 5 : {{a:4}}aucune loi ne facilite la solidarité transfrontalière. Au contraire,
l’« aide à l’entrée irrégulière » reste un délit, même si le Conseil constitutionnel a reconnu en 2018 le principe de
fraternité. Plusieurs de nos membres ont été poursuivis pour avoir aidé des personnes à la frontière ; l’un d’eux a
été condamné à une amende avec sursis.

{{h:6}}Réponse à la question 6 : {{a:6}}aucune aide publique. Un cabinet d’avocats nous défend gratuitement.

{{h:10}}Réponse à la question 10 : {{a:10}}nous recommandons à l’Experte indépendante de demander la dépénalisation
de toute aide humanitaire aux personnes migrantes.

{{g}}Nous vous prions d’agréer, Madame, l’expression de nos salutations solidaires.

Julien Moreau, président
Collectif Solidarité Migrants
`),
  markedLetter('hand-fr-2', 1, 'fr', false, 'no numbers, shortened copied questions in bold, a sub-question answered apart', `{{g}}Madame,

Au nom du Réseau sahélien pour la solidarité (RESS), je vous adresse nos réponses au questionnaire.

{{h:1}}**Réseaux de solidarité locaux transfrontaliers, transnationaux, internationaux ou régionaux**
{{a:1}}Le RESS relie des organisations du Sénégal, du Mali, du Niger et du Burkina Faso autour des droits des
éleveurs transhumants et de la justice climatique.

{{h:3}}**Quels médias, plateformes numériques ou autres plateformes utilisez-vous ?**
{{a:3}}Radios communautaires, WhatsApp et Facebook.

{{h:3}}**Votre accès à ces plateformes est-il limité ?**
{{a:3}}Oui : les coupures d’internet au Mali et au Niger nous privent parfois de tout contact pendant des semaines.

{{h:5}}**Lois, politiques ou autres mesures qui restreignent les engagements de solidarité internationale**
{{a:5}}Depuis 2022, les autorités de transition exigent une autorisation préalable pour tout financement étranger.
Deux de nos partenaires ont été suspendus et un coordinateur a été interpellé à Niamey.

{{h:8}}**Groupes d’élèves et d’étudiants**
{{a:8}}Les associations étudiantes qui ont soutenu nos campagnes ont été convoquées par la direction de
l’université de Dakar.

{{h:10}}**Recommandations à l’Experte indépendante**
{{a:10}}Demander aux États du Sahel de lever les restrictions au financement des associations et de garantir la
libre circulation des défenseurs.

{{g}}Veuillez agréer, Madame, l’expression de ma haute considération.

Aminata Diallo
Coordinatrice, Réseau sahélien pour la solidarité
Dakar (Sénégal)
`),
  markedLetter('hand-es-1', 1, 'es', true, 'PREGUNTA n., Pregunta 5 a)/b), lists in late answers, an annex after the signature', `{{g}}Fundación Puentes del Sur
Av. Corrientes 1234, Buenos Aires, Argentina

Buenos Aires, 14 de febrero de 2024

Estimada Experta Independiente:

Tenemos el agrado de remitir la contribución de Fundación Puentes del Sur.

{{h:1}}PREGUNTA 1. ¿Ha expresado su organización cuestiones de solidaridad internacional a través de redes de
solidaridad locales transfronterizas, transnacionales, internacionales o regionales?
{{a:1}}Sí. Integramos la Red Latinoamericana de Migración y la Mesa Trinacional de la Triple Frontera.

{{h:2}}PREGUNTA 2. {{a:2}}Nuestro consejo tiene paridad de género y un cupo para jóvenes migrantes.

{{h:5}}PREGUNTA 5 a) {{a:5}}La ley de 2023 sobre financiamiento de organizaciones exige registrar todo aporte del
exterior mayor a 10 000 dólares.
{{h:5}}PREGUNTA 5 b) {{a:5}}Sí. En 2023 sufrimos una auditoría fiscal inmediatamente después de una campaña regional
y dos integrantes recibieron amenazas.

{{h:9}}PREGUNTA 9. {{a:9}}Proponemos:
1. audiencias regionales con la Experta Independiente;
2. fondos para traducción a lenguas indígenas;
3. participación remota en el Consejo.

{{h:10}}PREGUNTA 10. {{a:10}}Recomendamos:
1. que los Estados deroguen los límites al financiamiento extranjero;
2. que se proteja a quienes cooperan con la ONU.

{{g}}Atentamente,

Martín Gómez
Coordinador de programas
Fundación Puentes del Sur

Anexo: lista de organizaciones de la Red Latinoamericana de Migración (12 miembros).
`),
  markedLetter('hand-es-2', 1, 'es', false, 'answers announced inside sentences ("En relación con la pregunta 3,")', `{{g}}Estimada Sra. Bailliet:

Le escribo a título personal, como investigadora chilena que estudia los movimientos de solidaridad con las
personas migrantes.

{{a:1}}En relación con la pregunta 1, las redes que he estudiado se organizan sobre todo en la frontera norte,
entre Arica y Tacna, y coordinan la acogida de personas venezolanas.

{{a:3}}En cuanto a la pregunta 3, estas redes usan WhatsApp y Facebook; el acceso es limitado en el desierto,
donde no hay señal.

{{a:5}}Sobre la pregunta 5, la ley de migraciones de 2021 castiga a quien facilite el ingreso irregular, y varias
voluntarias fueron interrogadas por la policía.

{{g}}Quedo a su disposición.

Valentina Muñoz
Santiago, Chile
`),
];
