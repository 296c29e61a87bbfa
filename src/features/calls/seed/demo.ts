// A call anyone can answer to try the whole journey (answer, save, attach, review, send, receipt) without
// writing to a real report. Its deadline is always four months after the platform was first started.
import { instantToZonedTime, zonedTimeToInstant } from '../time-zone.ts';
import { chooseMany, countryList, file, longText, textQuestion, tr, yesNo, type SeedCall } from './builders.ts';
import { mandate } from './hrc56.ts';

const attachmentLabel = tr(
  'Attach your submission letter or supporting documents (PDF, DOCX or ODT)',
  'Joignez votre lettre de contribution ou des documents justificatifs (PDF, DOCX ou ODT)',
  'Adjunte su carta de contribución o documentos de apoyo (PDF, DOCX u ODT)',
);

export function demoCall(now: Date): SeedCall {
  const zone = 'Europe/Zurich';
  const deadlineDay = instantToZonedTime(new Date(now.getTime() + 120 * 24 * 3600_000).toISOString(), zone).date;
  return {
    call: {
      slug: 'demo-call-for-inputs',
      referenceCode: 'DEMO',
      mandate,
      title: tr(
        'Demonstration call: try answering a call for inputs',
        'Appel de démonstration : essayez de répondre à un appel à contributions',
        'Convocatoria de demostración: pruebe a responder a una convocatoria de contribuciones',
      ),
      summary: tr(
        'A demonstration call where anyone can try the whole journey: answer online, save a draft, attach a document, send it and receive a receipt. Nothing sent here is used in a report.',
        'Un appel de démonstration où chacun peut essayer tout le parcours : répondre en ligne, enregistrer un brouillon, joindre un document, l’envoyer et recevoir un accusé de réception. Rien de ce qui est envoyé ici n’est utilisé dans un rapport.',
        'Una convocatoria de demostración en la que cualquiera puede probar todo el recorrido: responder en línea, guardar un borrador, adjuntar un documento, enviarlo y recibir un acuse de recibo. Nada de lo que se envíe aquí se utiliza en un informe.',
      ),
      body: tr(
        'This is not a real call for inputs. It uses questions like those of the mandate’s calls so that organisations, States and individuals can see how answering works before a real call opens.\n\nPlease do not send confidential or sensitive information here.',
        'Ceci n’est pas un véritable appel à contributions. Il reprend des questions semblables à celles des appels du mandat afin que les organisations, les États et les particuliers puissent voir comment répondre avant l’ouverture d’un véritable appel.\n\nMerci de ne pas envoyer ici d’informations confidentielles ou sensibles.',
        'Esta no es una convocatoria real. Utiliza preguntas similares a las de las convocatorias del mandato para que las organizaciones, los Estados y las personas puedan ver cómo se responde antes de que se abra una convocatoria real.\n\nLe rogamos que no envíe aquí información confidencial o delicada.',
      ),
      report: tr('No report: demonstration only', 'Aucun rapport : démonstration uniquement', 'Ningún informe: solo demostración'),
      publicationPolicy: tr(
        'Demonstration inputs are not used in any report. They may be shown on this platform as examples, only as your publication choice allows.',
        'Les contributions de démonstration ne sont utilisées dans aucun rapport. Elles peuvent être présentées sur cette plateforme à titre d’exemple, uniquement dans la mesure permise par votre choix de publication.',
        'Las contribuciones de demostración no se utilizan en ningún informe. Pueden mostrarse en esta plataforma como ejemplo, solo en la medida en que lo permita su elección de publicación.',
      ),
      opensOn: now.toISOString().slice(0, 10),
      deadlineAt: zonedTimeToInstant(deadlineDay, '23:59', zone),
      timeZone: zone,
      languages: ['en', 'fr', 'es'],
      contactEmail: 'hrc-ie-solidarity@un.org',
      emailSubject: 'Demonstration submission',
      latePolicy: 'accept',
      status: 'open',
    },
    questionnaires: [
      {
        stakeholderTypes: ['civil-society', 'academia', 'individual', 'nhri'],
        title: tr(
          'Questions for civil society organisations and other stakeholders',
          'Questions pour les organisations de la société civile et les autres parties prenantes',
          'Preguntas para las organizaciones de la sociedad civil y otras partes interesadas',
        ),
        intro: tr(
          'Answer as many questions as you wish. Only the fourth question is required.',
          'Répondez à autant de questions que vous le souhaitez. Seule la quatrième question est obligatoire.',
          'Responda a tantas preguntas como desee. Solo la cuarta pregunta es obligatoria.',
        ),
        questions: [
          {
            number: '1',
            text: tr(
              'Through which kinds of network does your organisation express international solidarity?',
              'Par quels types de réseaux votre organisation exprime-t-elle la solidarité internationale ?',
              '¿A través de qué tipos de redes expresa su organización la solidaridad internacional?',
            ),
            parts: [chooseMany('networks', tr('Kinds of network', 'Types de réseaux', 'Tipos de redes'), [
              ['cross-border-local', 'Cross-border local networks', 'Réseaux locaux transfrontaliers', 'Redes locales transfronterizas'],
              ['transnational', 'Transnational networks', 'Réseaux transnationaux', 'Redes transnacionales'],
              ['international', 'International networks', 'Réseaux internationaux', 'Redes internacionales'],
              ['regional', 'Regional networks', 'Réseaux régionaux', 'Redes regionales'],
            ], { allowOther: true, details: tr('Please describe the networks', 'Veuillez décrire les réseaux', 'Sírvase describir las redes') })],
          },
          {
            number: '2',
            text: tr('In which countries does your organisation work?', 'Dans quels pays votre organisation travaille-t-elle ?', '¿En qué países trabaja su organización?'),
            parts: [countryList('countries', tr('Countries', 'Pays', 'Países'))],
          },
          {
            number: '3',
            text: tr(
              'Has your organisation experienced reprisals on account of its international solidarity work?',
              'Votre organisation a-t-elle subi des représailles en raison de son action de solidarité internationale ?',
              '¿Ha sufrido su organización represalias por su labor de solidaridad internacional?',
            ),
            parts: [yesNo('reprisals-experienced', tr('Reprisals experienced', 'Représailles subies', 'Represalias sufridas'), {
              details: tr('Please describe what happened', 'Veuillez décrire ce qui s’est passé', 'Sírvase describir lo ocurrido'),
            })],
          },
          textQuestion('4', tr(
            'What would help civil society express international solidarity across borders?',
            'Qu’est-ce qui aiderait la société civile à exprimer la solidarité internationale au-delà des frontières ?',
            '¿Qué ayudaría a la sociedad civil a expresar la solidaridad internacional a través de las fronteras?',
          ), { required: true }),
          { number: '5', text: attachmentLabel, parts: [file('documents', tr('Documents', 'Documents', 'Documentos'))] },
        ],
      },
      {
        stakeholderTypes: ['state', 'intergovernmental'],
        title: tr('Questions for States', 'Questions pour les États', 'Preguntas para los Estados'),
        intro: tr('', '', ''),
        questions: [
          textQuestion('1', tr(
            'Which laws, policies or initiatives in your country facilitate international solidarity across borders?',
            'Quelles lois, politiques ou initiatives de votre pays facilitent la solidarité internationale au-delà des frontières ?',
            '¿Qué leyes, políticas o iniciativas de su país facilitan la solidaridad internacional a través de las fronteras?',
          ), { required: true }),
          {
            number: '2',
            text: tr(
              'Does your State support civil society engagement with the United Nations?',
              'Votre État soutient-il la collaboration de la société civile avec l’Organisation des Nations Unies ?',
              '¿Apoya su Estado la colaboración de la sociedad civil con las Naciones Unidas?',
            ),
            parts: [
              yesNo('supports', tr('Support provided', 'Soutien apporté', 'Apoyo prestado'), {
                details: tr('Please describe the support', 'Veuillez décrire ce soutien', 'Sírvase describir el apoyo'),
              }),
              longText('measures', tr('Further measures you could take', 'Autres mesures que vous pourriez prendre', 'Otras medidas que podrían adoptar')),
            ],
          },
          { number: '3', text: attachmentLabel, parts: [file('documents', tr('Documents', 'Documents', 'Documentos'))] },
        ],
      },
    ],
  };
}
