import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessSubmitter, type SubmitterEvidence } from './guess-submitter.ts';

const lines = (...text: string[]) => text.join('\n');
const guess = (evidence: Partial<SubmitterEvidence>) => guessSubmitter({ fromName: '', fromAddress: '', subject: '', text: '', ...evidence });

const answers = lines('Dear Madam,', '', '1. We work with partners in Peru, Chile and Kenya.', '2. Women lead our campaigns.', '');

describe('guessSubmitter', () => {
  it('reads the organisation in the signature, after the signer’s name and title', () => {
    const g = guess({
      fromName: 'María Quispe', fromAddress: 'mquispe@redandina.org.bo',
      text: lines(answers, 'Atentamente,', '', 'María Quispe', 'Directora Ejecutiva, Red Andina de Solidaridad', 'La Paz, Bolivia'),
    });
    assert.equal(g.organisation, 'Red Andina de Solidaridad');
    assert.equal(g.stakeholderType, 'civil-society');
    assert.deepEqual(g.countries, ['BO']);
    assert.deepEqual(g.reasons, ['signature', 'organisation-name', 'country-tld']);
  });

  it('reads the letterhead when the signature names no organisation', () => {
    const g = guess({
      fromName: 'Julien Moreau', fromAddress: 'contact@csm.fr',
      text: lines('Collectif Solidarité Migrants', '12 rue des Capucins, Lyon', '', 'Madame,', '', '1. Oui.', '', 'Cordialement,', 'Julien Moreau'),
    });
    assert.equal(g.organisation, 'Collectif Solidarité Migrants');
    assert.equal(g.stakeholderType, 'civil-society');
    assert.deepEqual(g.countries, ['FR']);
    assert.ok(g.reasons.includes('letterhead'));
  });

  it('falls back on the From name, then on the sender’s own domain, never on a webmail one', () => {
    assert.equal(guess({ fromName: 'Lucía (Colectivo de Mujeres Migrantes)', fromAddress: 'cmm@gmail.com', text: answers }).organisation, 'Colectivo de Mujeres Migrantes');
    const byDomain = guess({ fromName: 'Amir Haddad', fromAddress: 'amir@mwforum.org.uk', text: answers });
    assert.equal(byDomain.organisation, 'mwforum.org.uk');
    assert.deepEqual(byDomain.reasons, ['sender-domain', 'country-tld']);
    assert.deepEqual(byDomain.countries, ['GB']);
    const webmail = guess({ fromName: 'Priya Raman', fromAddress: 'priya.raman@gmail.com', text: lines(answers, 'Best wishes,', 'Priya Raman') });
    assert.equal(webmail.organisation, null);
    assert.equal(webmail.stakeholderType, 'individual');
    assert.deepEqual(webmail.countries, []);
  });

  it('knows States by their mission or ministry and by government domains', () => {
    const mission = guess({ fromAddress: 'onu@minrel.gob.cl', text: lines('Permanent Mission of Chile to the United Nations Office at Geneva', '', 'Dear Madam,', '', '1. The law…') });
    assert.equal(mission.stakeholderType, 'state');
    assert.equal(mission.organisation, 'Permanent Mission of Chile to the United Nations Office at Geneva');
    assert.deepEqual(mission.countries, ['CL']);
    const ministry = guess({ fromAddress: 'dih@diplomatie.gouv.fr', text: answers });
    assert.equal(ministry.stakeholderType, 'state');
    assert.ok(ministry.reasons.includes('government-domain'));
  });

  it('knows universities, NHRIs and UN agencies, the organisation’s name before its domain', () => {
    const university = guess({ fromAddress: 'thandi@up.ac.za', text: lines(answers, 'Sincerely,', 'Thandi Nkosi', 'Centre for Human Rights, University of Pretoria') });
    assert.equal(university.stakeholderType, 'academia');
    assert.deepEqual(university.countries, ['ZA']);
    assert.equal(guess({ fromAddress: 'x@unal.edu.co', text: answers }).stakeholderType, 'academia');
    const defensoria = guess({ fromAddress: 'csalazar@dpe.gob.ec', text: lines(answers, 'Atentamente,', 'Carmen Salazar', 'Defensoría del Pueblo del Ecuador') });
    assert.equal(defensoria.stakeholderType, 'nhri');
    assert.equal(guess({ text: lines(answers, 'Cordialement,', 'Kossi Agbeko', 'Commission nationale des droits de l’homme du Togo') }).stakeholderType, 'nhri');
    assert.equal(guess({ fromAddress: 'ana@unicef.org', text: answers }).stakeholderType, 'intergovernmental');
    assert.equal(guess({ fromName: 'ONU Mujeres', fromAddress: 'info@example.net', text: answers }).stakeholderType, 'intergovernmental');
  });

  it('names the countries of the letterhead and signature, not those the answers mention', () => {
    const g = guess({ fromAddress: 'lidho@lidho.org', text: lines(answers, 'Cordialement,', 'Awa Koné', 'Ligue ivoirienne des droits de l’homme', 'Abidjan, Côte d’Ivoire') });
    assert.deepEqual(g.countries, ['CI']);
    assert.ok(g.reasons.includes('country-named'));
    assert.ok(!g.reasons.includes('country-tld'), '.org is no country');
  });

  it('reads "US" only in capitals and skips the signer’s name, however much it sounds like a country', () => {
    assert.deepEqual(guess({ text: lines(answers, 'Regards,', 'Jordan Chad', 'Rights Watch Network', 'Washington, US') }).countries, ['US']);
    assert.deepEqual(guess({ text: lines(answers, 'Regards,', 'Ana', 'Write to us at the Rights Network') }).countries, []);
  });

  it('does not take the call’s subject repeated at the top for the sender', () => {
    const g = guess({ fromAddress: 'someone@yahoo.com', text: lines('Submission to 56th HRC report – Civil society and international solidarity', '', 'Dear Madam,', '', 'I am writing in my personal capacity.') });
    assert.equal(g.organisation, null);
    assert.equal(g.stakeholderType, 'individual');
  });

  it('reads "on behalf of" in the opening paragraph', () => {
    const g = guess({ fromAddress: 'someone@gmail.com', text: lines('Dear Madam,', '', 'On behalf of the Solidarity Bridge Initiative, we submit these answers.', '', '1. Yes.') });
    assert.equal(g.organisation, 'Solidarity Bridge Initiative');
    assert.deepEqual(g.reasons, ['on-behalf-of', 'organisation-name']);
  });
});
