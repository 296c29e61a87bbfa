// The ten questions of the HRC56 call for civil society, English verbatim from the published call, with French
// and Spanish translations. Multi-part questions are split where the call asks several things in one.
import { chooseMany, longText, textQuestion, tr, yesNo, type SeedQuestionnaire } from './builders.ts';

const pleaseDescribe = tr('Please describe', 'Veuillez préciser', 'Sírvase describir');

export const hrc56CivilSociety: SeedQuestionnaire = {
  stakeholderTypes: ['civil-society', 'academia', 'individual', 'nhri'],
  title: tr(
    'Questions for civil society organisations and other stakeholders',
    'Questions pour les organisations de la société civile et les autres parties prenantes',
    'Preguntas para las organizaciones de la sociedad civil y otras partes interesadas',
  ),
  intro: tr('', '', ''),
  questions: [
    {
      number: '1',
      text: tr(
        'Has your organization expressed international solidarity issues through cross border local, transnational, international, or regional solidarity networks?',
        'Votre organisation a-t-elle exprimé des questions de solidarité internationale par le biais de réseaux de solidarité locaux transfrontaliers, transnationaux, internationaux ou régionaux ?',
        '¿Ha expresado su organización cuestiones de solidaridad internacional a través de redes de solidaridad locales transfronterizas, transnacionales, internacionales o regionales?',
      ),
      parts: [
        chooseMany('networks', tr('Kinds of network', 'Types de réseaux', 'Tipos de redes'), [
          ['cross-border-local', 'Cross-border local networks', 'Réseaux locaux transfrontaliers', 'Redes locales transfronterizas'],
          ['transnational', 'Transnational networks', 'Réseaux transnationaux', 'Redes transnacionales'],
          ['international', 'International networks', 'Réseaux internationaux', 'Redes internacionales'],
          ['regional', 'Regional networks', 'Réseaux régionaux', 'Redes regionales'],
        ], {
          allowOther: true,
          details: tr(
            'Please describe the networks and the solidarity issues',
            'Veuillez décrire les réseaux et les questions de solidarité concernées',
            'Sírvase describir las redes y las cuestiones de solidaridad',
          ),
        }),
      ],
    },
    textQuestion('2', tr(
      'To what extent and how are your international solidarity actions inclusive of diverse or intersectional perspectives and participation?',
      'Dans quelle mesure et de quelle manière vos actions de solidarité internationale intègrent-elles des perspectives et une participation diverses ou intersectionnelles ?',
      '¿En qué medida y de qué manera sus acciones de solidaridad internacional incluyen perspectivas y una participación diversas o interseccionales?',
    )),
    {
      number: '3',
      text: tr(
        'Which media, digital, or other platforms do you use? Are you limited in access to these platforms?',
        'Quels médias, plateformes numériques ou autres plateformes utilisez-vous ? Votre accès à ces plateformes est-il limité ?',
        '¿Qué medios de comunicación, plataformas digitales u otras plataformas utilizan? ¿Tienen un acceso limitado a estas plataformas?',
      ),
      parts: [
        longText('platforms', tr('Platforms you use', 'Plateformes que vous utilisez', 'Plataformas que utilizan')),
        yesNo('access-limited', tr(
          'Are you limited in access to these platforms?',
          'Votre accès à ces plateformes est-il limité ?',
          '¿Tienen un acceso limitado a estas plataformas?',
        ), {
          details: tr('Please explain how your access is limited', 'Veuillez expliquer en quoi votre accès est limité', 'Sírvase explicar de qué manera está limitado su acceso'),
        }),
      ],
    },
    textQuestion('4', tr(
      'Please share information on any laws, policies, or other type of initiatives in your country that facilitate international solidarity expressions across borders.',
      'Veuillez communiquer des informations sur toute loi, politique ou autre type d’initiative dans votre pays qui facilite les expressions de solidarité internationale au-delà des frontières.',
      'Sírvase compartir información sobre cualquier ley, política u otro tipo de iniciativa en su país que facilite las expresiones de solidaridad internacional a través de las fronteras.',
    )),
    {
      number: '5',
      text: tr(
        'Please share information on any laws, policies or other measures in your country that restricts international solidarity engagements across borders. Has your organization experienced cases of reprisals/penalization (including surveillance, defunding, intimidation, reprisal, closure, prosecution, punishment, restriction of right to leave or enter a country, or subject to an attack) on account of pursing international solidarity expressions?',
        'Veuillez communiquer des informations sur toute loi, politique ou autre mesure dans votre pays qui restreint les engagements de solidarité internationale au-delà des frontières. Votre organisation a-t-elle subi des représailles ou des sanctions (notamment surveillance, suppression de financements, intimidation, représailles, fermeture, poursuites, punition, restriction du droit de quitter un pays ou d’y entrer, ou attaque) en raison de ses expressions de solidarité internationale ?',
        'Sírvase compartir información sobre cualquier ley, política u otra medida en su país que restrinja los compromisos de solidaridad internacional a través de las fronteras. ¿Ha sufrido su organización represalias o penalizaciones (como vigilancia, retirada de financiación, intimidación, represalias, cierre, enjuiciamiento, castigo, restricción del derecho a salir de un país o a entrar en él, o ataques) por ejercer expresiones de solidaridad internacional?',
      ),
      parts: [
        longText('restrictions', tr(
          'Laws, policies or other measures that restrict international solidarity engagements across borders',
          'Lois, politiques ou autres mesures qui restreignent les engagements de solidarité internationale au-delà des frontières',
          'Leyes, políticas u otras medidas que restringen los compromisos de solidaridad internacional a través de las fronteras',
        )),
        yesNo('reprisals-experienced', tr(
          'Has your organisation experienced reprisals or penalisation on account of pursuing international solidarity expressions?',
          'Votre organisation a-t-elle subi des représailles ou des sanctions en raison de ses expressions de solidarité internationale ?',
          '¿Ha sufrido su organización represalias o penalizaciones por ejercer expresiones de solidaridad internacional?',
        )),
        chooseMany('reprisal-kinds', tr('Kinds of reprisal or penalisation', 'Types de représailles ou de sanctions', 'Tipos de represalias o penalizaciones'), [
          ['surveillance', 'Surveillance', 'Surveillance', 'Vigilancia'],
          ['defunding', 'Defunding', 'Suppression de financements', 'Retirada de financiación'],
          ['intimidation', 'Intimidation', 'Intimidation', 'Intimidación'],
          ['reprisal', 'Reprisal', 'Représailles', 'Represalias'],
          ['closure', 'Closure', 'Fermeture', 'Cierre'],
          ['prosecution', 'Prosecution', 'Poursuites', 'Enjuiciamiento'],
          ['punishment', 'Punishment', 'Punition', 'Castigo'],
          ['travel-restriction', 'Restriction of the right to leave or enter a country', 'Restriction du droit de quitter un pays ou d’y entrer', 'Restricción del derecho a salir de un país o a entrar en él'],
          ['attack', 'Attack', 'Attaque', 'Ataque'],
        ], {
          allowOther: true,
          details: tr('Please describe what happened, when and where', 'Veuillez décrire ce qui s’est passé, quand et où', 'Sírvase describir lo ocurrido, cuándo y dónde'),
        }),
      ],
    },
    {
      number: '6',
      text: tr(
        'Is some form of assistance (for example, funding or legal aid) made available to your organization when pursuing international expressions of international solidarity issues?',
        'Une forme d’assistance (par exemple un financement ou une aide juridique) est-elle mise à la disposition de votre organisation lorsqu’elle porte des questions de solidarité internationale au niveau international ?',
        '¿Se pone a disposición de su organización algún tipo de asistencia (por ejemplo, financiación o asistencia jurídica) cuando expresa cuestiones de solidaridad internacional a nivel internacional?',
      ),
      parts: [
        yesNo('assistance', tr(
          'Is assistance made available to your organisation?',
          'Une assistance est-elle mise à la disposition de votre organisation ?',
          '¿Se pone asistencia a disposición de su organización?',
        ), {
          details: tr('What assistance, and from whom?', 'Quelle assistance, et de qui ?', '¿Qué asistencia y de quién?'),
        }),
      ],
    },
    {
      number: '7',
      text: tr(
        'To what extent does your organization enjoy the right to communicate international solidarity across borders for the promotion of human rights, without discrimination of its members on grounds such as ethnicity, race, gender, age, political opinion, nationality, religion, disability, migrant status, LGBTQ status, etc.?',
        'Dans quelle mesure votre organisation jouit-elle du droit de communiquer la solidarité internationale au-delà des frontières pour la promotion des droits de l’homme, sans discrimination de ses membres fondée notamment sur l’origine ethnique, la race, le genre, l’âge, l’opinion politique, la nationalité, la religion, le handicap, le statut de migrant, l’identité LGBTQ, etc. ?',
        '¿En qué medida goza su organización del derecho a comunicar la solidaridad internacional a través de las fronteras para la promoción de los derechos humanos, sin discriminación de sus miembros por motivos como el origen étnico, la raza, el género, la edad, la opinión política, la nacionalidad, la religión, la discapacidad, la condición de migrante, la condición LGBTQ, etc.?',
      ),
      parts: [
        longText('extent', tr('To what extent your organisation enjoys this right', 'Dans quelle mesure votre organisation jouit de ce droit', 'En qué medida su organización goza de este derecho')),
        chooseMany('grounds', tr(
          'Grounds on which your members have faced discrimination',
          'Motifs pour lesquels vos membres ont subi une discrimination',
          'Motivos por los que sus miembros han sufrido discriminación',
        ), [
          ['ethnicity', 'Ethnicity', 'Origine ethnique', 'Origen étnico'],
          ['race', 'Race', 'Race', 'Raza'],
          ['gender', 'Gender', 'Genre', 'Género'],
          ['age', 'Age', 'Âge', 'Edad'],
          ['political-opinion', 'Political opinion', 'Opinion politique', 'Opinión política'],
          ['nationality', 'Nationality', 'Nationalité', 'Nacionalidad'],
          ['religion', 'Religion', 'Religion', 'Religión'],
          ['disability', 'Disability', 'Handicap', 'Discapacidad'],
          ['migrant-status', 'Migrant status', 'Statut de migrant', 'Condición de migrante'],
          ['lgbtq-status', 'LGBTQ status', 'Identité LGBTQ', 'Condición LGBTQ'],
        ], { allowOther: true, details: pleaseDescribe }),
      ],
    },
    textQuestion('8', tr(
      'To what extent are student groups in schools or universities able to engage in international solidarity expressions without penalization or surveillance?',
      'Dans quelle mesure les groupes d’élèves et d’étudiants des écoles ou des universités peuvent-ils s’engager dans des expressions de solidarité internationale sans sanction ni surveillance ?',
      '¿En qué medida pueden los grupos de estudiantes de escuelas o universidades participar en expresiones de solidaridad internacional sin penalización ni vigilancia?',
    )),
    textQuestion('9', tr(
      'Which measures could facilitate your organization to engage more with States, regional, and international organizations (including the UN) to better express international solidarity?',
      'Quelles mesures pourraient aider votre organisation à collaborer davantage avec les États et les organisations régionales et internationales (y compris l’ONU) afin de mieux exprimer la solidarité internationale ?',
      '¿Qué medidas podrían facilitar que su organización colabore más con los Estados y las organizaciones regionales e internacionales (incluidas las Naciones Unidas) para expresar mejor la solidaridad internacional?',
    )),
    {
      number: '10',
      text: tr(
        'Recommendations to the Independent Expert on Human Rights and International Solidarity on supporting civil society in the expression of international solidarity.',
        'Recommandations à l’Experte indépendante sur les droits de l’homme et la solidarité internationale sur le soutien à la société civile dans l’expression de la solidarité internationale.',
        'Recomendaciones a la Experta Independiente sobre los derechos humanos y la solidaridad internacional sobre el apoyo a la sociedad civil en la expresión de la solidaridad internacional.',
      ),
      // The one answer the report cannot do without; everything else may be left blank.
      parts: [longText('recommendations', tr('Your recommendations', 'Vos recommandations', 'Sus recomendaciones'), { required: true })],
    },
  ],
};
