// Passages written after the term lists were tuned on the other files, and never tuned against: the benchmark
// reports them apart, as the fairer estimate of how suggestions do on inputs nobody has read yet.
import type { LabelledPassage } from './labelled-passage.ts';

const p = (id: string, language: LabelledPassage['language'], text: string, codes: string[]): LabelledPassage => ({ id: `after-${id}`, language, text, codes });

export const passagesWrittenAfterTuning: LabelledPassage[] = [
  p('en-1', 'en', 'Our partners in Nicaragua lost their legal status in 2022 and all their property was confiscated by the State.', ['measure-closure', 'measure-asset-freezing']),
  p('en-2', 'en', 'We communicate with our members through Telegram channels and a weekly podcast, since independent newspapers were closed.', ['platform-messaging', 'platform-radio']),
  p('en-3', 'en', 'The tax authority has audited us four times in two years, always after we submitted information to UN treaty bodies.', ['measure-investigation', 'measure-reprisal']),
  p('en-4', 'en', 'Our spokesperson was deported to her country of origin after speaking at a rally for Palestinian rights.', ['measure-deportation']),
  p('en-5', 'en', 'Young climate activists in our network were arrested and charged under the public order act for blocking a coal terminal.', ['ground-age', 'theme-climate-disasters', 'measure-criminal-prosecution']),
  p('en-6', 'en', 'Women defenders of our network receive sexualised threats online and fake images of them circulate on social media.', ['ground-gender', 'measure-intimidation', 'measure-harassment', 'measure-disinformation']),
  p('en-7', 'en', 'We urge the European Union to keep funding independent civil society and to condition trade agreements on human rights.', ['addressee-regional-organisations']),
  p('en-8', 'en', 'Refugee-led organisations cannot register in the host country, so they cannot open bank accounts or receive grants.', ['theme-migrants-refugees-minorities', 'ground-migrant-status', 'measure-registration-requirements']),
  p('en-9', 'en', 'Our website has been inaccessible inside the country since the regulator ordered providers to block it.', ['measure-platform-blocking', 'platform-website']),
  p('en-10', 'en', 'We recommend that governments stop using counter-terrorism legislation against humanitarian organisations.', ['addressee-states', 'law-restrictive']),
  p('fr-1', 'fr', 'Nos partenaires haïtiens ne peuvent pas obtenir de visa pour participer aux réunions du réseau à Paris.', ['measure-entry-exit-denial']),
  p('fr-2', 'fr', "Un membre de notre bureau a été enlevé et frappé pendant deux jours avant d'être relâché.", ['measure-physical-attack']),
  p('fr-3', 'fr', 'Nous sommes membres de la coalition régionale des défenseurs des droits humains en Afrique de l’Ouest.', ['network-regional']),
  p('fr-4', 'fr', 'Les jeunes de notre mouvement utilisent Instagram et TikTok, mais leurs vidéos sur la Palestine disparaissent sans explication.', ['ground-age', 'platform-social-media', 'access-content-removal']),
  p('fr-5', 'fr', "Le gouvernement a adopté une loi obligeant les ONG à obtenir une autorisation préalable avant tout partenariat avec l'étranger.", ['law-restrictive', 'measure-registration-requirements']),
  p('fr-6', 'fr', 'Depuis notre témoignage devant le Conseil des droits de l’homme, nos locaux sont perquisitionnés régulièrement.', ['measure-investigation', 'measure-reprisal']),
  p('fr-7', 'fr', 'Nous accompagnons les familles expulsées de leurs logements par les projets miniers.', ['theme-housing', 'theme-indigenous-extractives']),
  p('fr-8', 'fr', 'Nos membres chrétiens et musulmans travaillent ensemble, mais les autorités refusent nos activités interconfessionnelles.', ['ground-religion']),
  p('fr-9', 'fr', 'Les entreprises extractives devraient respecter le consentement libre et éclairé des peuples autochtones.', ['addressee-companies', 'theme-indigenous-extractives']),
  p('fr-10', 'fr', "Une campagne de diffamation a présenté notre directrice comme une espionne à la solde d'une puissance étrangère.", ['measure-disinformation', 'measure-foreign-agent-labelling']),
  p('es-1', 'es', 'Nuestra red transnacional de periodistas comparte información sobre la minería ilegal en la Amazonía.', ['network-transnational', 'theme-indigenous-extractives', 'theme-environment']),
  p('es-2', 'es', 'Dos compañeros fueron asesinados tras denunciar la contaminación del río por una empresa minera.', ['measure-physical-attack', 'theme-environment', 'theme-indigenous-extractives']),
  p('es-3', 'es', 'El banco cerró las cuentas de la fundación sin explicación cuando recibimos una donación de Europa.', ['measure-asset-freezing']),
  p('es-4', 'es', 'Las autoridades migratorias nos negaron la salida del país el día del viaje a la sesión de la CIDH.', ['measure-entry-exit-denial']),
  p('es-5', 'es', 'Sufrimos campañas de estigmatización que nos señalan como enemigos de la patria y colaboradores de la guerrilla.', ['measure-red-tagging', 'measure-disinformation']),
  p('es-6', 'es', 'Nos comunicamos por correo electrónico y por videollamadas con nuestras organizaciones aliadas.', ['platform-email', 'platform-video-calls']),
  p('es-7', 'es', 'La nueva ley de ciberdelitos castiga con prisión la difusión de información que el gobierno considere falsa.', ['law-restrictive', 'measure-censorship']),
  p('es-8', 'es', 'Las mujeres indígenas de nuestra organización enfrentan racismo y exclusión por no hablar español.', ['theme-indigenous-extractives', 'ground-ethnicity', 'ground-race', 'ground-gender']),
  p('es-9', 'es', 'Recomendamos a las Naciones Unidas crear un fondo para proteger a las defensoras amenazadas.', ['addressee-un', 'measure-intimidation']),
  p('es-10', 'es', 'Tras el huracán coordinamos la ayuda humanitaria con redes de solidaridad en toda la región.', ['theme-climate-disasters', 'network-regional']),
];
