// How organisations work across borders (networks, platforms), what limits their access, and the laws that help or
// hinder them: questions 1, 3, 4 and 5 of the HRC56 call.
import { defineCode } from './define-code.ts';

export const networkCodes = [
  defineCode('network-cross-border-local', 'network-kind', ['Cross-border local networks', 'Réseaux locaux transfrontaliers', 'Redes locales transfronterizas'],
    'cross-border network; cross-border local; across the border; border communities; both sides of the border',
    'réseau transfrontalier; réseaux transfrontaliers; transfrontalier; transfrontalière; de part et d’autre de la frontière',
    'red transfronteriza; redes transfronterizas; transfronteriza; transfronterizo; ambos lados de la frontera; comunidades fronterizas'),
  defineCode('network-transnational', 'network-kind', ['Transnational networks', 'Réseaux transnationaux', 'Redes transnacionales'],
    'transnational network; transnational networks; transnational; diaspora network',
    'réseau transnational; réseaux transnationaux; transnational; transnationale; réseau de la diaspora',
    'red transnacional; redes transnacionales; transnacional; red de la diáspora'),
  defineCode('network-international', 'network-kind', ['International networks', 'Réseaux internationaux', 'Redes internacionales'],
    'international network; international networks; international coalition; global network; international alliance; international federation',
    'réseau international; réseaux internationaux; coalition internationale; réseau mondial; fédération internationale; alliance internationale',
    'red internacional; redes internacionales; coalición internacional; red mundial; alianza internacional; federación internacional'),
  defineCode('network-regional', 'network-kind', ['Regional networks', 'Réseaux régionaux', 'Redes regionales'],
    'regional network; regional networks; regional alliance; regional coalition; regional platform',
    'réseau régional; réseaux régionaux; coalition régionale; alliance régionale; plateforme régionale',
    'red regional; redes regionales; alianza regional; coalición regional; plataforma regional'),
];

export const platformCodes = [
  defineCode('platform-social-media', 'platform', ['Social networks', 'Réseaux sociaux', 'Redes sociales'],
    'social media; social networks; Facebook; Instagram; Twitter; TikTok; YouTube; LinkedIn; Meta; Bluesky; Mastodon',
    'réseaux sociaux; médias sociaux; Facebook; Instagram; Twitter; TikTok; YouTube; LinkedIn; Meta',
    'redes sociales; Facebook; Instagram; Twitter; TikTok; YouTube; LinkedIn'),
  defineCode('platform-messaging', 'platform', ['Messaging apps', 'Messageries', 'Aplicaciones de mensajería'],
    'WhatsApp; Signal; Telegram; messaging apps; messaging app; encrypted messaging',
    'WhatsApp; Signal; Telegram; messagerie; messageries; messagerie chiffrée',
    'WhatsApp; Signal; Telegram; mensajería; aplicaciones de mensajería; mensajería cifrada'),
  defineCode('platform-website', 'platform', ['Websites and blogs', 'Sites internet et blogs', 'Sitios web y blogs'],
    'website; websites; web page; blog; online portal',
    'site internet; site web; sites internet; notre site; blog; portail en ligne',
    'página web; sitio web; páginas web; blog; portal en línea; nuestra web'),
  defineCode('platform-radio', 'platform', ['Radio', 'Radio', 'Radio'],
    'radio; community radio; radio station; radio programme; podcast',
    'radio; radio communautaire; émission de radio; radios communautaires; podcast',
    'radio; radio comunitaria; radios comunitarias; emisora; programa de radio; pódcast; podcast'),
  defineCode('platform-press-tv', 'platform', ['Press and television', 'Presse et télévision', 'Prensa y televisión'],
    'newspaper; newspapers; television; TV; press releases; magazine; print media',
    'journal; journaux; télévision; presse écrite; communiqués de presse; magazine',
    'periódico; periódicos; televisión; prensa escrita; comunicados de prensa; revista'),
  defineCode('platform-video-calls', 'platform', ['Video calls and online meetings', 'Visioconférences et réunions en ligne', 'Videollamadas y reuniones en línea'],
    'Zoom; video conferencing; videoconference; online meetings; online meeting; webinars; webinar; Microsoft Teams; Jitsi',
    'Zoom; visioconférence; visioconférences; réunions en ligne; réunion en ligne; webinaires; webinaire; Teams',
    'Zoom; videoconferencia; videollamadas; reuniones virtuales; reuniones en línea; seminarios web; Teams'),
  defineCode('platform-email', 'platform', ['Email and newsletters', 'Courriel et lettres d’information', 'Correo electrónico y boletines'],
    'email; e-mail; newsletter; newsletters; mailing list',
    'courriel; courriels; e-mail; lettre d’information; infolettre; liste de diffusion',
    'correo electrónico; correos electrónicos; boletín; boletines; lista de correo'),
];

export const accessCodes = [
  defineCode('access-connectivity', 'access-limit', ['Cost and quality of connection', 'Coût et qualité de la connexion', 'Costo y calidad de la conexión'],
    'no internet; poor connectivity; connectivity; internet access; expensive data; cost of data; unstable connection; digital divide; electricity cuts',
    'connexion instable; connexion; accès à internet; coût des données; fracture numérique; coupures d’électricité; pas d’internet',
    'acceso a internet; conectividad; conexión inestable; datos móviles; brecha digital; cortes de luz; sin internet'),
  defineCode('access-content-removal', 'access-limit', ['Content removed and accounts suspended by platforms', 'Contenus supprimés et comptes suspendus par les plateformes', 'Contenidos eliminados y cuentas suspendidas por las plataformas'],
    'accounts suspended; account suspended; posts removed; content removed; takedown; takedowns; shadow banning; shadowbanned; deplatformed; content moderation',
    'comptes suspendus; compte suspendu; contenus supprimés; supprimer les contenus; publications supprimées; shadowban; modération des contenus; retrait de contenus',
    'cuentas suspendidas; cuenta suspendida; contenidos eliminados; publicaciones eliminadas; censurar contenidos; shadowban; moderación de contenidos; retiro de contenidos'),
  defineCode('access-internet-shutdown', 'access-limit', ['Internet shutdowns', 'Coupures d’internet', 'Apagones de internet'],
    'internet shutdown; internet shutdowns; shut down the internet; shut down mobile internet; internet blackout; internet was cut',
    'coupure d’internet; coupures d’internet; coupé internet; coupure du réseau; internet coupé',
    'apagón de internet; apagones de internet; cortaron el internet; corte de internet; cortes de internet'),
];

export const lawCodes = [
  defineCode('law-facilitating', 'law-policy', ['Laws and policies that facilitate solidarity', 'Lois et politiques qui facilitent la solidarité', 'Leyes y políticas que facilitan la solidaridad'],
    'tax exemption; tax exemptions; tax deductible; facilitates; enabling environment; law guarantees; public funding for; development cooperation law; volunteer programme',
    'exonération fiscale; défiscalisation; déduction fiscale; facilite; facilitent; environnement favorable; la loi garantit; volontariat international; coopération décentralisée',
    'exención de impuestos; deducir de impuestos; deducción fiscal; facilita; facilitan; entorno propicio; la ley garantiza; ley de cooperación; voluntariado internacional'),
  defineCode('law-restrictive', 'law-policy', ['Laws and policies that restrict solidarity', 'Lois et politiques qui restreignent la solidarité', 'Leyes y políticas que restringen la solidaridad'],
    'NGO law; foreign agents law; law on foreign agents; foreign funding restrictions; counter-terrorism law; anti-terrorism laws; cybercrime law; criminalising; criminalised; restrictive law; restrictive laws; penal code; national security law',
    'loi sur les associations; loi sur les agents étrangers; lois antiterroristes; loi antiterroriste; loi sur la cybercriminalité; criminaliser; criminalisé; code pénal; loi restrictive; restrictions au financement étranger',
    'ley de agentes extranjeros; ley de ONG; leyes antiterroristas; ley antiterrorista; ley de ciberdelitos; criminalizar; criminalización; código penal; ley restrictiva; restricciones al financiamiento extranjero; seguridad nacional'),
];
