// The mandate's call for inputs to its report to the 56th session of the Human Rights Council (closed on
// 15 February 2024), as published, so the platform starts with a real call and its ten questions.
import { zonedTimeToInstant } from '../time-zone.ts';
import { textQuestion, tr, type SeedCall, type SeedQuestionnaire } from './builders.ts';
import { hrc56CivilSociety } from './hrc56-civil-society.ts';

export const mandate = tr(
  'Independent Expert on human rights and international solidarity',
  'Experte indépendante sur les droits de l’homme et la solidarité internationale',
  'Experta Independiente sobre los derechos humanos y la solidaridad internacional',
);

const body = tr(
  [
    'The Independent Expert on human rights and international solidarity, Ms. Cecilia M. Bailliet, will dedicate her thematic report to be presented at the 56th session of the Human Rights Council, to the study of participation of civil society organisations pursuing expressions of international solidarity through transnational, international, and regional networks.',
    'In his 2021 report, Our Common Agenda, the UN Secretary General envisioned a 21st century multilateralism built on networks between global and regional institutions, as well as civil society actors, businesses, academia, and others, pursuing a deeper commitment to solidarity. Civil society organizations seek to express international solidarity claims through regional, transnational, international solidarity networks but are increasingly facing challenges. Such expressions have addressed accountability for violations of women\'s rights, the need for assistance in relation to climate change or natural disasters, the call for protection of civilians in armed conflict and peace, demand for equality in worker\'s rights, recognition of indigenous territorial claims infringed by extractive industries, request for equal access to vaccines and medical assistance in health emergencies, and support for the rights of migrants, refugees, and minorities. Increasingly, these expressions of international solidarity are made vulnerable due to restrictions and limitations in law and policy. International solidarity is a fundamental freedom and right as it is related to action, linked to freedom of expression, conscience, association, and assembly in a transnational context. Individuals, communities, and groups are often reliant on equitable access to transnational forms of expression in order to network and participate in international solidarity actions.',
    'The Independent Expert wishes to engage with Member States, international and regional organizations, as well as civil society and relevant stakeholders to provide insights on how to promote and protect the participation of civil society in expressing international solidarity related to human rights, fundamental freedoms, sustainable development, and peace.',
  ].join('\n\n'),
  [
    'L’Experte indépendante sur les droits de l’homme et la solidarité internationale, Mme Cecilia M. Bailliet, consacrera son rapport thématique, qui sera présenté à la 56e session du Conseil des droits de l’homme, à l’étude de la participation des organisations de la société civile qui expriment la solidarité internationale au moyen de réseaux transnationaux, internationaux et régionaux.',
    'Dans son rapport de 2021, Notre Programme commun, le Secrétaire général de l’ONU a imaginé un multilatéralisme du XXIe siècle fondé sur des réseaux reliant les institutions mondiales et régionales ainsi que les acteurs de la société civile, les entreprises, les milieux universitaires et d’autres acteurs, au service d’un engagement plus profond en faveur de la solidarité. Les organisations de la société civile cherchent à exprimer des revendications de solidarité internationale au moyen de réseaux de solidarité régionaux, transnationaux et internationaux, mais se heurtent à des difficultés croissantes. Ces expressions ont porté sur l’obligation de rendre des comptes pour les violations des droits des femmes, le besoin d’assistance face aux changements climatiques ou aux catastrophes naturelles, l’appel à la protection des civils dans les conflits armés et à la paix, l’exigence d’égalité dans les droits des travailleurs, la reconnaissance des revendications territoriales autochtones atteintes par les industries extractives, la demande d’un accès équitable aux vaccins et à l’assistance médicale lors des urgences sanitaires, et le soutien aux droits des migrants, des réfugiés et des minorités. Ces expressions de solidarité internationale sont de plus en plus fragilisées par des restrictions et des limitations juridiques et politiques. La solidarité internationale est une liberté et un droit fondamentaux, car elle relève de l’action et se rattache aux libertés d’expression, de conscience, d’association et de réunion dans un contexte transnational. Les individus, les communautés et les groupes dépendent souvent d’un accès équitable à des formes d’expression transnationales pour se constituer en réseaux et participer à des actions de solidarité internationale.',
    'L’Experte indépendante souhaite dialoguer avec les États Membres, les organisations internationales et régionales, ainsi qu’avec la société civile et les parties prenantes concernées, afin de recueillir leurs analyses sur la manière de promouvoir et de protéger la participation de la société civile à l’expression de la solidarité internationale en lien avec les droits de l’homme, les libertés fondamentales, le développement durable et la paix.',
  ].join('\n\n'),
  [
    'La Experta Independiente sobre los derechos humanos y la solidaridad internacional, Sra. Cecilia M. Bailliet, dedicará su informe temático, que se presentará en el 56.º período de sesiones del Consejo de Derechos Humanos, al estudio de la participación de las organizaciones de la sociedad civil que expresan la solidaridad internacional a través de redes transnacionales, internacionales y regionales.',
    'En su informe de 2021, Nuestra Agenda Común, el Secretario General de las Naciones Unidas concibió un multilateralismo del siglo XXI basado en redes entre instituciones mundiales y regionales, así como actores de la sociedad civil, empresas, el mundo académico y otros, con un compromiso más profundo con la solidaridad. Las organizaciones de la sociedad civil procuran expresar reivindicaciones de solidaridad internacional a través de redes de solidaridad regionales, transnacionales e internacionales, pero se enfrentan a dificultades cada vez mayores. Estas expresiones se han referido a la rendición de cuentas por violaciones de los derechos de las mujeres, la necesidad de asistencia ante el cambio climático o los desastres naturales, el llamamiento a la protección de los civiles en los conflictos armados y a la paz, la exigencia de igualdad en los derechos de los trabajadores, el reconocimiento de reivindicaciones territoriales indígenas vulneradas por las industrias extractivas, la petición de un acceso equitativo a las vacunas y a la asistencia médica en emergencias sanitarias, y el apoyo a los derechos de los migrantes, los refugiados y las minorías. Estas expresiones de solidaridad internacional son cada vez más vulnerables debido a restricciones y limitaciones en la legislación y las políticas. La solidaridad internacional es una libertad y un derecho fundamentales, ya que está relacionada con la acción y vinculada a las libertades de expresión, de conciencia, de asociación y de reunión en un contexto transnacional. Las personas, las comunidades y los grupos dependen a menudo de un acceso equitativo a formas transnacionales de expresión para establecer redes y participar en acciones de solidaridad internacional.',
    'La Experta Independiente desea dialogar con los Estados Miembros, las organizaciones internacionales y regionales, así como con la sociedad civil y las partes interesadas pertinentes, para conocer sus opiniones sobre cómo promover y proteger la participación de la sociedad civil en la expresión de la solidaridad internacional en relación con los derechos humanos, las libertades fundamentales, el desarrollo sostenible y la paz.',
  ].join('\n\n'),
);

const states: SeedQuestionnaire = {
  stakeholderTypes: ['state', 'intergovernmental'],
  title: tr('Questions for States', 'Questions pour les États', 'Preguntas para los Estados'),
  intro: tr(
    'International and regional organisations are welcome to answer these questions as they apply to them.',
    'Les organisations internationales et régionales sont invitées à répondre à ces questions dans la mesure où elles les concernent.',
    'Se invita a las organizaciones internacionales y regionales a responder a estas preguntas en la medida en que les conciernan.',
  ),
  questions: [
    textQuestion('1', tr(
      'Please share information on any laws, policies or other initiatives in your country that facilitate the expression of international solidarity by civil society across borders.',
      'Veuillez communiquer des informations sur toute loi, politique ou autre initiative dans votre pays qui facilite l’expression de la solidarité internationale par la société civile au-delà des frontières.',
      'Sírvase compartir información sobre cualquier ley, política u otra iniciativa en su país que facilite la expresión de la solidaridad internacional por parte de la sociedad civil a través de las fronteras.',
    )),
    textQuestion('2', tr(
      'Please share information on any laws, policies or other measures that restrict the engagement of civil society in international solidarity across borders, and on the safeguards against reprisals.',
      'Veuillez communiquer des informations sur toute loi, politique ou autre mesure qui restreint l’engagement de la société civile dans la solidarité internationale au-delà des frontières, ainsi que sur les garanties contre les représailles.',
      'Sírvase compartir información sobre cualquier ley, política u otra medida que restrinja la participación de la sociedad civil en la solidaridad internacional a través de las fronteras, así como sobre las salvaguardias contra las represalias.',
    )),
    textQuestion('3', tr(
      'Which measures has your State taken, or could it take, to facilitate the engagement of civil society with States, regional and international organisations (including the UN) in expressing international solidarity?',
      'Quelles mesures votre État a-t-il prises, ou pourrait-il prendre, pour faciliter la collaboration de la société civile avec les États et les organisations régionales et internationales (y compris l’ONU) dans l’expression de la solidarité internationale ?',
      '¿Qué medidas ha adoptado o podría adoptar su Estado para facilitar la colaboración de la sociedad civil con los Estados y las organizaciones regionales e internacionales (incluidas las Naciones Unidas) en la expresión de la solidaridad internacional?',
    )),
    textQuestion('4', tr(
      'Recommendations to the Independent Expert on supporting civil society in the expression of international solidarity.',
      'Recommandations à l’Experte indépendante sur le soutien à la société civile dans l’expression de la solidarité internationale.',
      'Recomendaciones a la Experta Independiente sobre el apoyo a la sociedad civil en la expresión de la solidaridad internacional.',
    ), { required: true }),
  ],
};

export const hrc56: SeedCall = {
  call: {
    slug: 'hrc56-civil-society-solidarity',
    referenceCode: 'HRC56',
    mandate,
    title: tr(
      'Civil society and international solidarity networks',
      'Société civile et réseaux de solidarité internationale',
      'Sociedad civil y redes de solidaridad internacional',
    ),
    summary: tr(
      'The Independent Expert invites inputs on the participation of civil society organisations in expressions of international solidarity through transnational, international and regional networks, and on the challenges they face.',
      'L’Experte indépendante sollicite des contributions sur la participation des organisations de la société civile à l’expression de la solidarité internationale au moyen de réseaux transnationaux, internationaux et régionaux, et sur les difficultés qu’elles rencontrent.',
      'La Experta Independiente solicita contribuciones sobre la participación de las organizaciones de la sociedad civil en la expresión de la solidaridad internacional a través de redes transnacionales, internacionales y regionales, y sobre las dificultades a las que se enfrentan.',
    ),
    body,
    report: tr(
      'Thematic report to the 56th session of the Human Rights Council',
      'Rapport thématique à la 56e session du Conseil des droits de l’homme',
      'Informe temático al 56.º período de sesiones del Consejo de Derechos Humanos',
    ),
    publicationPolicy: tr(
      'Submissions received may be published on the mandate webpage on the OHCHR website, unless otherwise indicated in your submission.',
      'Les contributions reçues pourront être publiées sur la page web du mandat sur le site du HCDH, sauf indication contraire dans votre contribution.',
      'Las contribuciones recibidas podrán publicarse en la página web del mandato en el sitio del ACNUDH, salvo que se indique lo contrario en su contribución.',
    ),
    opensOn: '2023-12-01',
    // "by 15 February 2024": the end of that day in Geneva, where the mandate works.
    deadlineAt: zonedTimeToInstant('2024-02-15', '23:59', 'Europe/Zurich'),
    timeZone: 'Europe/Zurich',
    languages: ['en', 'fr', 'es'],
    contactEmail: 'hrc-ie-solidarity@un.org',
    emailSubject: 'Submission to 56th HRC report – Civil society and international solidarity',
    latePolicy: 'refuse',
    status: 'closed',
  },
  questionnaires: [hrc56CivilSociety, states],
};
