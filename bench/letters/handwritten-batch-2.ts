// Batch 2 of the hand-written letters, written after the fixes batch 1 prompted and not tuned on: quoted questions
// in an email reply, "1.-" numbering, the writer's own topic titles, Roman-numbered sections, a reference back to an
// earlier answer. See handwritten.ts for the markers.
import { firstBatch, markedLetter, type HandwrittenLetter } from './handwritten.ts';

const secondBatch: HandwrittenLetter[] = [
  markedLetter('hand-en-3', 2, 'en', true, 'NHRI, answers 5, 7 and 10 only, quoted copies, bullets, a cross-reference', `{{g}}KENYA NATIONAL COMMISSION ON HUMAN RIGHTS
CVS Plaza, Kasuku Road, Nairobi

Ref: KNCHR/IE/2024/07

The Independent Expert on human rights and international solidarity
Palais des Nations, Geneva

Dear Independent Expert,

The Commission has the honour to respond to your call for inputs. We focus on questions 5, 7 and 10, which
relate most closely to our mandate.

{{h:5}}5. “Please share information on any laws, policies or other measures in your country that restricts
international solidarity engagements across borders. Has your organization experienced cases of
reprisals/penalization … on account of pursing international solidarity expressions?”

{{a:5}}The Commission has documented the following measures:
  • the Public Benefit Organisations Act, 2013, whose commencement was delayed for ten years;
  • directives by the NGO Coordination Board requiring approval of foreign-funded projects;
  • the Computer Misuse and Cybercrimes Act, 2018, used against bloggers who campaign with regional partners.
In 2023 the Commission received 14 complaints of intimidation of human rights defenders after regional meetings.

{{h:7}}7. “To what extent does your organization enjoy the right to communicate international solidarity across
borders …?”

{{a:7}}Civil society in Kenya generally communicates freely across borders. However, LGBTQ organisations continue
to face obstacles to registration despite the 2023 Supreme Court judgment, and refugees in Dadaab and Kakuma
cannot travel to take part in regional forums. As noted under question 5, online campaigners have been charged
under the cybercrimes law.

{{h:10}}10. “Recommendations to the Independent Expert …”

{{a:10}}The Commission recommends that the Independent Expert:
(a) encourage States to adopt laws that guarantee access to foreign funding;
(b) engage national human rights institutions in the follow-up of her report.

{{g}}Yours faithfully,

Esther Otieno
Commissioner
Kenya National Commission on Human Rights
`),
  markedLetter('hand-en-4', 2, 'en', false, "the writer's own topic titles, not the questions' words", `{{g}}Dear Ms Bailliet,

I am a lecturer and an activist and I would like to share some observations from my work in India.

{{h:1}}Networks
{{a:1}}I coordinate a small network of teachers in Maharashtra and Gujarat who exchange materials with colleagues
in Nepal and Bangladesh.

{{h:6}}Funding
{{a:6}}We have no funding. Once a university in Norway paid for two of us to attend a conference.

{{h:5}}Threats
{{a:5}}The Foreign Contribution (Regulation) Act makes it impossible for us to receive even small amounts from
abroad, and two colleagues were questioned after a webinar with partners in Pakistan.

{{g}}Best wishes,
Priya Raman
`),
  markedLetter('hand-fr-3', 2, 'fr', true, 'email reply quoting the questions with ">", answers under each', `{{g}}Bonjour,

Voici nos réponses, directement sous vos questions.

{{h:1}}> 1) Votre organisation a-t-elle exprimé des questions de solidarité internationale par le biais de réseaux
> de solidarité locaux transfrontaliers, transnationaux, internationaux ou régionaux ?

{{a:1}}Oui, au sein de la Plateforme des ONG du Sahel et du réseau Tournons la page.

{{h:2}}> 2) Dans quelle mesure et de quelle manière vos actions de solidarité internationale intègrent-elles des
> perspectives et une participation diverses ou intersectionnelles ?

{{a:2}}Nos comités locaux sont présidés par des femmes dans la moitié des cas. Nous travaillons aussi avec des
associations de personnes handicapées.

{{h:6}}> 6) Une forme d’assistance (par exemple un financement ou une aide juridique) est-elle mise à la disposition
> de votre organisation ?

{{a:6}}Non. Nous dépendons des cotisations de nos membres.

{{g}}Cordialement,
Kossi Agbeko
`),
  markedLetter('hand-fr-4', 2, 'fr', true, 'DOCX: "Question 3 :" then the question, "Réponse :", 7 a)/7 b), page footers', `{{g}}Ligue ivoirienne des droits de l’homme (LIDHO)
Abidjan, Côte d’Ivoire

Contribution à l’appel de l’Experte indépendante

{{h:3}}Question 3 :
Quels médias, plateformes numériques ou autres plateformes utilisez-vous ? Votre accès à ces plateformes est-il
limité ?
Réponse : {{a:3}}Facebook, WhatsApp et une émission hebdomadaire sur une radio de proximité. L’accès est limité
dans le nord du pays, où la couverture est faible.

{{h:4}}Question 4 :
Veuillez communiquer des informations sur toute loi, politique ou autre type d’initiative dans votre pays qui
facilite les expressions de solidarité internationale au-delà des frontières.
Réponse : {{a:4}}la loi de 1960 sur les associations est libérale ; elle ne limite pas les partenariats avec
l’étranger.

{{g}}Page 1 sur 2
{{h:7}}
Question 7 :
{{a:7}}
{{h:7}}7 a) {{a:7}}Nos membres communiquent librement avec leurs partenaires de la sous-région.
{{h:7}}7 b) {{a:7}}Les membres étrangers de la Ligue sont parfois interpellés lors des contrôles d’identité.

{{g}}Page 2 sur 2

Awa Koné
Secrétaire générale
`),
  markedLetter('hand-es-3', 2, 'es', true, '"1.-" numbering, copied questions, a list in answer 2', `{{g}}Estimada Experta Independiente:

Colectivo de Mujeres Migrantes presenta las siguientes respuestas.

{{h:1}}1.- ¿Ha expresado su organización cuestiones de solidaridad internacional a través de redes de solidaridad
locales transfronterizas, transnacionales, internacionales o regionales?
{{a:1}}Sí, con la Red Regional de Organizaciones Civiles para las Migraciones.

{{h:2}}2.- ¿En qué medida y de qué manera sus acciones de solidaridad internacional incluyen perspectivas y una
participación diversas o interseccionales?
{{a:2}}Trabajamos con tres grupos:
1.- mujeres indígenas de Chiapas;
2.- jóvenes deportados desde Estados Unidos;
3.- personas trans migrantes.

{{h:3}}3.- ¿Qué medios de comunicación, plataformas digitales u otras plataformas utilizan? ¿Tienen un acceso
limitado a estas plataformas?
{{a:3}}Facebook y radios comunitarias. En la frontera sur el acceso es muy limitado.

{{g}}Saludos cordiales,
Lucía Hernández
Coordinadora, Colectivo de Mujeres Migrantes
Ciudad de México, México
`),
  markedLetter('hand-es-4', 2, 'es', true, 'Roman-numbered sections around "Pregunta N" headings, an annex after the signature', `{{g}}Defensoría del Pueblo del Ecuador
Quito, Ecuador

I. INTRODUCCIÓN

La Defensoría del Pueblo, institución nacional de derechos humanos del Ecuador, presenta este aporte.

II. RESPUESTAS AL CUESTIONARIO

{{h:4}}Pregunta 4
{{a:4}}La Constitución de 2008 reconoce el principio de ciudadanía universal y la libre movilidad humana.

{{h:5}}Pregunta 5
{{a:5}}No existen leyes que restrinjan expresamente la solidaridad transfronteriza. Sin embargo, en 2023 la
Defensoría registró 6 casos de defensoras que fueron hostigadas tras participar en redes regionales:
1. dos casos en la frontera norte;
2. cuatro casos en Quito.

{{h:9}}Pregunta 9
{{a:9}}Facilitar la participación de las instituciones nacionales en los períodos de sesiones del Consejo.

{{g}}III. CONCLUSIÓN

Quedamos a su disposición.

Atentamente,

Carmen Salazar
Directora de Asuntos Internacionales
Defensoría del Pueblo del Ecuador
`),
];

export const handwrittenLetters: HandwrittenLetter[] = [...firstBatch, ...secondBatch];
