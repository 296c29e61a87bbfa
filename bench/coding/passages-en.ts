// English passages, written before the term lists were tuned. Conventions: platform codes when the organisation
// uses the platform; addressee codes only in recommendations; measure codes when the organisation, its members or
// civil society in its country suffer them.
import type { LabelledPassage } from './labelled-passage.ts';

const en = (id: number, text: string, codes: string[]): LabelledPassage => ({ id: `en-${id}`, language: 'en', text, codes });

export const englishPassages: LabelledPassage[] = [
  en(1, 'Our coalition works with partner organisations across the border in Colombia and Ecuador through a cross-border network of Indigenous communities defending their territories against mining companies.', ['network-cross-border-local', 'theme-indigenous-extractives']),
  en(2, 'We are members of a transnational network of women human rights defenders and coordinate our campaigns in Signal and WhatsApp groups.', ['network-transnational', 'theme-womens-rights', 'platform-messaging']),
  en(3, 'We mainly use Facebook, X and Instagram to share statements, and a community radio station to reach rural areas where there is no internet.', ['platform-social-media', 'platform-radio', 'access-connectivity']),
  en(4, 'Since 2022 our accounts have been repeatedly suspended and our posts on Palestine removed by Meta without explanation.', ['access-content-removal', 'platform-social-media']),
  en(5, 'During the protests the authorities shut down mobile internet for eleven days, and the use of VPNs was criminalised.', ['access-internet-shutdown', 'law-restrictive']),
  en(6, "The 2023 law on foreign agents requires any organisation receiving funds from abroad to register as an 'agent of foreign influence' and to submit quarterly reports.", ['law-restrictive', 'measure-foreign-agent-labelling', 'measure-registration-requirements']),
  en(7, 'Our bank accounts were frozen in March after the Financial Intelligence Unit accused us of terrorist financing, and two donors withdrew their grants.', ['measure-asset-freezing', 'measure-defunding']),
  en(8, 'Our director was stopped at the airport and prevented from travelling to Geneva for the Human Rights Council session; her passport was confiscated.', ['measure-entry-exit-denial']),
  en(9, 'Two of our volunteers were physically assaulted by unidentified men after a solidarity vigil, and one needed hospital treatment.', ['measure-physical-attack']),
  en(10, "We have been labelled 'communist fronts' by the military's task force, and posters in town call our staff terrorists.", ['measure-red-tagging']),
  en(11, 'Members receive threatening phone calls and messages telling them to stop working with international partners or their families will suffer.', ['measure-intimidation']),
  en(12, 'A smear campaign on pro-government media accused us of being paid by foreign powers to destabilise the country, spreading false stories about our finances.', ['measure-disinformation']),
  en(13, "The home addresses and photos of our board members were published online alongside calls to 'visit' them.", ['measure-doxing']),
  en(14, 'We have reasons to believe that our phones were infected with Pegasus spyware; Citizen Lab confirmed the infection of two devices.', ['measure-surveillance']),
  en(15, 'Students who organised a solidarity encampment for Gaza were suspended from university, and several international students had their visas revoked and were deported.', ['measure-education-denial', 'measure-deportation']),
  en(16, 'University administrations have banned student groups from holding events on Palestine and monitored their social media accounts.', ['measure-censorship', 'measure-surveillance']),
  en(17, "The Ministry of Interior ordered the closure of our office and dissolved the association by decree, citing 'threats to national unity'.", ['measure-closure']),
  en(18, 'We are discriminated against because most of our members are Afro-descendant women and migrants without regular status.', ['ground-race', 'ground-gender', 'ground-migrant-status']),
  en(19, 'LGBTI activists in our network face arrest under laws criminalising same-sex relations, which keeps them from travelling to meetings.', ['ground-lgbtq', 'law-restrictive']),
  en(20, 'Members with disabilities cannot take part in our online meetings because the video conferencing tools are not accessible to screen readers.', ['ground-disability', 'platform-video-calls']),
  en(21, 'Our work focuses on climate justice: we support communities displaced by floods and cyclones in the Pacific.', ['theme-climate-disasters']),
  en(22, 'We document attacks on trade unionists and defend the rights of garment workers in export processing zones.', ['theme-workers-rights']),
  en(23, 'During the pandemic we campaigned for a TRIPS waiver and equitable access to COVID-19 vaccines in the Global South.', ['theme-health-vaccines']),
  en(24, 'We recommend that States repeal foreign funding restrictions and guarantee that civil society can receive international donations without prior authorisation.', ['addressee-states', 'law-restrictive']),
  en(25, 'The UN should create a rapid response mechanism for defenders facing reprisals for cooperating with the Human Rights Council.', ['addressee-un', 'measure-reprisal']),
  en(26, 'Technology companies must stop complying with arbitrary takedown requests from governments and should publish transparency reports.', ['addressee-companies', 'access-content-removal']),
  en(27, 'The African Commission and the Inter-American Commission should grant precautionary measures more quickly.', ['addressee-regional-organisations']),
  en(28, 'Our national law on public benefit organisations offers tax exemptions for donations, including to partners abroad, which facilitates cross-border solidarity.', ['law-facilitating']),
  en(29, 'We were fined twice for organising an unauthorised demonstration in solidarity with Sudanese refugees, and our coordinator lost her job.', ['measure-penalty', 'theme-migrants-refugees-minorities']),
  en(30, "The police opened a criminal investigation against our president for 'inciting hatred' after she spoke at a conference in Brussels; the trial is ongoing.", ['measure-investigation', 'measure-criminal-prosecution']),
  en(31, "Our name was placed on a government blacklist of 'undesirable organisations', so partners in the region are afraid to work with us.", ['measure-blacklisting']),
  en(32, 'Online trolls flood our posts with abusive comments, particularly targeting our women staff.', ['measure-harassment', 'ground-gender']),
  en(33, 'We publish our reports on our website and send a monthly newsletter by email to 4,000 subscribers.', ['platform-website', 'platform-email']),
  en(34, 'Housing rights groups from five cities meet twice a year in a regional alliance to oppose forced evictions.', ['theme-housing', 'network-regional']),
  en(35, 'Our newspaper was censored and several articles about the mining conflict were removed under pressure from the authorities.', ['measure-censorship', 'theme-indigenous-extractives', 'platform-press-tv']),
  en(36, 'The new NGO law requires prior approval for every foreign grant and annual audits, with heavy sanctions for late reporting.', ['law-restrictive', 'measure-registration-requirements']),
  en(37, 'Our partners live under military occupation and daily bombardment; we send humanitarian aid and call for a ceasefire.', ['theme-armed-conflict-peace']),
  en(38, 'We are a student association; several of our members were expelled from university for their political views after a solidarity march.', ['measure-education-denial', 'ground-political-opinion']),
  en(39, 'Muslim members of our network are routinely stopped at borders and questioned about their religion.', ['ground-religion', 'measure-entry-exit-denial']),
  en(40, 'Environmental defenders who oppose the dam receive death threats and are followed by unknown vehicles.', ['theme-environment', 'measure-intimidation', 'measure-surveillance']),
];
