import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SuggestionKind } from './redaction.ts';
import { suggestFieldRedactions, suggestRedactions, type SuggestOptions } from './suggest-redactions.ts';

/** What was found, as [kind, passage] pairs in text order, checking that every offset quotes the original. */
function found(text: string, options: SuggestOptions = {}): Array<[SuggestionKind, string]> {
  return suggestRedactions(text, options).map((s) => {
    assert.equal(text.slice(s.start, s.end), s.text, 'offsets are UTF-16 indices into the original');
    return [s.kind, s.text];
  });
}

const passages = (text: string, options?: SuggestOptions) => found(text, options).map(([, passage]) => passage);

describe('suggestions in English prose', () => {
  const text = 'On 12 March 2024, our colleague Amina Diallo was detained in Dakar after speaking at a side event. '
    + 'Her lawyer, Mr. Ousmane Sarr, can be reached at o.sarr@lawfirm.sn or +221 77 123 45 67. Dr Jane O’Connor documented '
    + 'the injuries. Please write to the family at 14 Elm Road, Manchester M14 5TQ, or P.O. Box 2210. Amina Diallo’s '
    + 'passport no. A12345678 was confiscated. Donations: IBAN GB82 WEST 1234 5698 7654 32. Call her brother on (212) 555-0100.';

  it('flags names, contact details, addresses and identity numbers, and nothing else', () => {
    assert.deepEqual(found(text, { languages: ['en'] }), [
      ['person-name', 'Amina Diallo'],
      ['person-name', 'Ousmane Sarr'],
      ['email', 'o.sarr@lawfirm.sn'],
      ['phone', '+221 77 123 45 67'],
      ['person-name', 'Jane O’Connor'],
      ['postal-address', '14 Elm Road, Manchester M14 5TQ'],
      ['postal-address', 'P.O. Box 2210'],
      ['person-name', 'Amina Diallo'],
      ['identity-number', 'A12345678'],
      ['identity-number', 'GB82 WEST 1234 5698 7654 32'],
      ['phone', '(212) 555-0100'],
    ]);
  });

  it('reads US and UK addresses, social security numbers and international formats', () => {
    assert.deepEqual(passages('Write to 1600 Pennsylvania Avenue NW, Washington, DC 20500 or 221B Baker Street, London NW1 6XE.'), [
      '1600 Pennsylvania Avenue NW, Washington, DC 20500', '221B Baker Street, London NW1 6XE',
    ]);
    assert.deepEqual(found('Her SSN is 123-45-6789; phone 020 7946 0958 or +44 20 7946 0958, fax 0041 22 917 90 00.', { languages: ['en'] }), [
      ['identity-number', '123-45-6789'], ['phone', '020 7946 0958'], ['phone', '+44 20 7946 0958'], ['phone', '0041 22 917 90 00'],
    ]);
  });

  it('flags none of the organisations, countries, bodies, dates, figures, references and UN addresses of a typical input', () => {
    const clean = 'Amnesty International, Human Rights Watch and the International Service for Human Rights (ISHR) submitted '
      + 'joint input HRC56-2024-0042 on 15 February 2024 to the Special Rapporteur on human rights and international solidarity. '
      + 'See https://www.ohchr.org/en/calls-for-input/2024/call-inputs-international-solidarity and ohchr.org/en/hr-bodies/hrc/56, '
      + 'document A/HRC/56/45, paragraphs 12-15, and resolution 17/4 (A/HRC/RES/17/4) of the Human Rights Council. Mr. President, '
      + 'between 2019 and 2023, 1 234 567 people in Kenya, the United Kingdom and Côte d’Ivoire were affected (15/02/2024, 2024-02-15, '
      + '15.02.2024, 2023-2024); funding rose by 12.5% to USD 4,500,000 under Sustainable Development Goal 16 and the 2030 Agenda. '
      + 'An organisation named Front Line Defenders and a network called Solidarity Now, a so-called Foreign Agents Law and the '
      + 'Palais des Nations, CH-1211 Geneva 10, were named in ISBN 978-92-1-154246-8 and ECOSOC resolution 1996/31.';
    assert.deepEqual(found(clean, { languages: ['en', 'fr', 'es'] }), []);
  });

  it('leaves titles and functions that are not names', () => {
    assert.deepEqual(passages('Madam Chair, Mr President, Ms Special Rapporteur, Dr Smith.', { languages: ['en'] }), ['Smith']);
    assert.deepEqual(passages('The Independent Expert, Ms. Cecilia M. Bailliet, will report.', { languages: ['en'] }), ['Cecilia M. Bailliet']);
  });
});

describe('suggestions in French prose', () => {
  const text = 'Le 5 juin 2023, notre collègue Fatou Ndiaye a été arrêtée à Abidjan. Son avocat, Me Kouassi Yao, est joignable au '
    + '07 08 09 10 11 ou par courriel : kouassi.yao@avocats.ci. Mme Aïcha Koné héberge une femme dénommée Awa Traoré au '
    + '25 rue du Commerce, 69002 Lyon. M. Dupont, de la Ligue des droits de l’homme, l’a confirmé. Numéro de passeport : '
    + '20AB12345. Tél. : +33 6 12 34 56 78. Écrire à B.P. 1234, 01000 Bourg-en-Bresse.';

  it('flags names after a civilité or a relation, contact details, addresses and identity numbers', () => {
    assert.deepEqual(found(text, { languages: ['fr'] }), [
      ['person-name', 'Fatou Ndiaye'],
      ['person-name', 'Kouassi Yao'],
      ['phone', '07 08 09 10 11'],
      ['email', 'kouassi.yao@avocats.ci'],
      ['person-name', 'Aïcha Koné'],
      ['person-name', 'Awa Traoré'],
      ['postal-address', '25 rue du Commerce, 69002 Lyon'],
      ['person-name', 'Dupont'],
      ['identity-number', '20AB12345'],
      ['phone', '+33 6 12 34 56 78'],
      ['postal-address', 'B.P. 1234, 01000 Bourg-en-Bresse'],
    ]);
  });

  it('reads street names with particles, bis numbers, Paris postcodes and the NIR (checked)', () => {
    assert.deepEqual(passages('Au 3 bis avenue Victor Hugo, puis 12 rue de la Paix 75002 Paris et 8 rue du Faubourg Saint-Honoré.', { languages: ['fr'] }), [
      '3 bis avenue Victor Hugo', '12 rue de la Paix 75002 Paris', '8 rue du Faubourg Saint-Honoré',
    ]);
    assert.deepEqual(passages('NIR 2 84 12 75 123 456 87, pas 2 84 12 75 123 456 88.', { languages: ['fr'] }), ['2 84 12 75 123 456 87']);
    assert.deepEqual(passages('Mon frère, 06.12.34.56.78, a reçu 0612345678.', { languages: ['fr'] }), ['06.12.34.56.78', '0612345678']);
  });

  it('flags none of the bodies, organisations, countries, dates and references of a typical input', () => {
    const clean = 'Le Conseil des droits de l’homme a adopté la résolution 56/12 le 12 juillet 2024. La Fédération internationale '
      + 'pour les droits humains (FIDH) et le Réseau ouest-africain des défenseurs des droits humains ont soumis la contribution '
      + 'HRC56-2024-0042. En 2023, 12 500 000 personnes au Burkina Faso, en République démocratique du Congo et au Sénégal étaient '
      + 'concernées (01.01.2020 12:00). M. le Président, Mme la Rapporteuse spéciale, merci. Un collectif dénommé Tournons la Page '
      + 'milite à Lomé. Voir https://www.ohchr.org/fr/hr-bodies/hrc/regular-sessions/session56/list-reports et le point 3 de l’ordre du jour.';
    assert.deepEqual(found(clean, { languages: ['fr'] }), []);
  });
});

describe('suggestions in Spanish prose', () => {
  const text = 'El 3 de mayo de 2024, nuestro compañero Luis Alberto Quispe Mamani fue detenido en Cusco. Su abogada, la Dra. Carmen '
    + 'Rojas, atiende en el Jirón Lampa 1045, Lima, teléfono (01) 426-7890, móvil +51 987 654 321. Escríbanos a defensores '
    + '[arroba] redperu [punto] org. La Sra. María José Fernández vive en la Calle de Alcalá 45, 28014 Madrid; su NIE es X1234567L '
    + 'y el DNI de su hijo 12345678Z. CURP: GODE561231HDFRRN09. RUT 12.345.678-5. Apartado de correos 1234.';

  it('flags names after a tratamiento or a relation, contact details, addresses and checked identity numbers', () => {
    assert.deepEqual(found(text, { languages: ['es'] }), [
      ['person-name', 'Luis Alberto Quispe Mamani'],
      ['person-name', 'Carmen Rojas'],
      ['postal-address', 'Jirón Lampa 1045'],
      ['phone', '(01) 426-7890'],
      ['phone', '+51 987 654 321'],
      ['email', 'defensores [arroba] redperu [punto] org'],
      ['person-name', 'María José Fernández'],
      ['postal-address', 'Calle de Alcalá 45, 28014 Madrid'],
      ['identity-number', 'X1234567L'],
      ['identity-number', '12345678Z'],
      ['identity-number', 'GODE561231HDFRRN09'],
      ['identity-number', '12.345.678-5'],
      ['postal-address', 'Apartado de correos 1234'],
    ]);
  });

  it('checks the DNI letter and the RUT digit, and reads Latin American streets', () => {
    assert.deepEqual(passages('12345678Z y 12345678A; 12.345.678-5 y 12.345.678-4.', { languages: ['es'] }), ['12345678Z', '12.345.678-5']);
    assert.deepEqual(passages('Oficina en la Carrera 7 # 32-16 y en C/ Mayor, 5, 3º B.', { languages: ['es'] }), ['Carrera 7 # 32-16', 'C/ Mayor, 5, 3º B']);
    assert.deepEqual(passages('Su hermana Ana Pérez y García vive en Lima.', { languages: ['es'] }), ['Ana Pérez y García']);
  });

  it('flags none of the bodies, organisations, countries, dates, paragraphs and places of a typical input', () => {
    const clean = 'El Consejo de Derechos Humanos, en su resolución 35/3, y la Relatora Especial sobre los derechos humanos y la '
      + 'solidaridad internacional. La Coordinadora Nacional de Derechos Humanos del Perú y la Red Latinoamericana y Caribeña '
      + 'presentaron la contribución HRC56-2024-0042 el 15/02/2024. Entre 2019 y 2023, 1.234.567 personas en México, Colombia y '
      + 'la República Bolivariana de Venezuela. Sra. Presidenta del Consejo: una organización llamada Nuestra Voz, en el llamado '
      + 'Plan Colombia, según el apartado 2 del artículo 19, marchó a la Plaza de Mayo en 2024 y a la Plaza de Armas 2023.';
    assert.deepEqual(found(clean, { languages: ['es'] }), []);
  });
});

describe('suggestions in Arabic, Chinese and Russian', () => {
  it('reads Arabic-Indic and Persian digits as digits, and quotes them as written', () => {
    const text = 'للتواصل: هاتف ٠٥٠١٢٣٤٥٦٧ أو +٩٦٦ ٥٠ ١٢٣ ٤٥٦٧ أو ۰۹۱۲ ۳۴۵ ۶۷۸۹، البريد الإلكتروني sara.ahmed@example.org، رقم الهوية: ١٠٢٣٤٥٦٧٨٩';
    assert.deepEqual(found(text, { languages: ['ar'] }), [
      ['phone', '٠٥٠١٢٣٤٥٦٧'], ['phone', '+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧'], ['phone', '۰۹۱۲ ۳۴۵ ۶۷۸۹'], ['email', 'sara.ahmed@example.org'],
      ['identity-number', '١٠٢٣٤٥٦٧٨٩'],
    ]);
    assert.deepEqual(found('في عام ٢٠٢٤ اعتمد مجلس حقوق الإنسان القرار ٥٦/١٢ في الدورة ٥٦.', { languages: ['ar'] }), []);
  });

  it('reads Chinese labels, mobiles, full-width digits and the resident identity number (checked)', () => {
    const text = '联系电话：+86 10 6532 1234，手机13800138000（微信同号），座机：０１０－１２３４５６７８，邮箱 li.ming@example.cn，'
      + '身份证号码：11010519491231002X，护照号码E12345678。';
    assert.deepEqual(found(text, { languages: ['zh'] }), [
      ['phone', '+86 10 6532 1234'], ['phone', '13800138000'], ['phone', '０１０－１２３４５６７８'], ['email', 'li.ming@example.cn'],
      ['identity-number', '11010519491231002X'], ['identity-number', 'E12345678'],
    ]);
    assert.deepEqual(passages('编号11010519491231002X与11010519491231002Y。', { languages: ['zh'] }), ['11010519491231002X']);
    assert.deepEqual(found('2024年2月15日，人权理事会第56届会议通过了第56/12号决议（HRC56-2024-0042）。', { languages: ['zh'] }), []);
  });

  it('reads Russian labels (inflected too), national phone formats, passport series and SNILS (checked)', () => {
    const text = 'Контакты г-на Ивана Петрова: тел. 8 (916) 123-45-67, e-mail: ivan.petrov@example.ru. Паспорт серии 45 06 № 123456 '
      + 'выдан 12.03.2015. ИНН 500100732259. СНИЛС 112-233-445 95. Г-жа Анна Смирнова, телефону +7 495 123-45-67.';
    assert.deepEqual(found(text, { languages: ['ru'] }), [
      ['phone', '8 (916) 123-45-67'], ['email', 'ivan.petrov@example.ru'], ['identity-number', '45 06 № 123456'],
      ['identity-number', '500100732259'], ['identity-number', '112-233-445 95'], ['phone', '+7 495 123-45-67'],
    ]);
    assert.deepEqual(passages('Присутствовал г-н Иван Петров.', { languages: ['ru'] }), ['Иван Петров']);
    assert.deepEqual(found('В 2023 году Совет по правам человека принял резолюцию 52/3 (A/HRC/RES/52/3).', { languages: ['ru'] }), []);
  });
});

describe('phone numbers, not years, dates or references', () => {
  for (const text of ['2024', '15/02/2024', '2023-2024', '1990–2024', 'HRC56-2024-0042', 'A/HRC/56/45', '1 234 567', '01.01.2020 12',
    'tel. 2024', 'WhatsApp 2023-2024', 'page 0123', 'v2.0123456789', '+5%', 'Tel Aviv, 61 234']) {
    it(`leaves "${text}"`, () => assert.deepEqual(found(text), []));
  }
  it('finds phones written every usual way', () => {
    for (const phone of ['01 23 45 67 89', '0612345678', '020 7946 0958', '+33 (0)1 23 45 67 89', '+33123456789', '0041 22 917 90 00', '+1-212-555-0100']) {
      assert.deepEqual(found(`Call ${phone}.`), [['phone', phone]], phone);
    }
  });
});

describe('names staff know and the languages read', () => {
  it('finds known names whatever their case and spacing, and Chinese names inside words', () => {
    assert.deepEqual(passages('MARIA  LOPEZ wrote; maria lopez agreed; Marial Opez did not.', { knownNames: ['Maria Lopez'] }), ['MARIA  LOPEZ', 'maria lopez']);
    assert.deepEqual(passages('我们的成员王芳表示', { knownNames: ['王芳'] }), ['王芳']);
    assert.deepEqual(passages('A and B', { knownNames: ['A', ' '] }), [], 'one-character names are not looked for');
  });

  it('looks again for a name found after a title, in the same text and across fields', () => {
    assert.deepEqual(passages('Ms Maria Lopez spoke. Later Maria Lopez was arrested.'), ['Maria Lopez', 'Maria Lopez']);
    const fields = [{ key: 'a', label: 'A', text: 'Ms Maria Lopez spoke.' }, { key: 'b', label: 'B', text: 'Maria Lopez was arrested.' }];
    const suggestions = suggestFieldRedactions(fields, { languages: ['en'] });
    assert.deepEqual(suggestions.map((s) => [s.fieldKey, s.text]), [['a', 'Maria Lopez'], ['b', 'Maria Lopez']]);
  });

  it('applies each language’s titles and formats only when the call accepts it (all languages when none is given)', () => {
    assert.deepEqual(passages('Me Dupont et Sra. Rojas', { languages: ['en'] }), []);
    assert.deepEqual(passages('Me Dupont et Sra. Rojas', { languages: ['fr', 'es'] }), ['Dupont', 'Rojas']);
    assert.deepEqual(passages('Me Dupont et Sra. Rojas'), ['Dupont', 'Rojas']);
    assert.deepEqual(passages('(212) 555-0100', { languages: ['fr'] }), []);
  });

  it('merges overlapping suggestions into one', () => {
    const suggestions = suggestRedactions('Contact Ms Maria Lopez today.', { knownNames: ['Lopez today'] });
    assert.deepEqual(suggestions.map((s) => [s.kind, s.text]), [['person-name', 'Maria Lopez today']]);
  });
});

describe('offsets and robustness', () => {
  it('counts UTF-16 code units, as JavaScript strings do', () => {
    const text = '😀👍🏽 écrire à a.b@example.org';
    const [suggestion] = suggestRedactions(text);
    assert.equal(suggestion?.start, 16, 'three emoji of two code units each: 16, where code points would count 13');
    assert.equal(suggestion?.end, text.length);
  });

  it('gives ids that stay the same while the text does, and change with it', () => {
    const fields = [{ key: 'q1:main/text', label: 'Q1', text: 'Write to a@example.org.' }];
    const first = suggestFieldRedactions(fields);
    assert.deepEqual(suggestFieldRedactions(fields).map((s) => s.id), first.map((s) => s.id));
    assert.match(first[0]!.id, /^s-[0-9a-f]{8}-9-22-[0-9a-f]{8}$/);
    const changed = suggestFieldRedactions([{ ...fields[0]!, text: 'Write to b@example.org.' }]);
    assert.notEqual(changed[0]!.id, first[0]!.id);
  });

  it('stays fast on long and hostile texts', () => {
    const hostile = [
      '1 '.repeat(20_000), `${'a'.repeat(50_000)}@`, `Mr ${'Aa '.repeat(10_000)}`, `${'+1'.repeat(10_000)}`,
      `tel ${'1-'.repeat(10_000)}`, `12 rue ${'de la '.repeat(5_000)}`, `a@${'b-'.repeat(20_000)}`, `passport ${'A '.repeat(10_000)}`,
    ];
    const started = performance.now();
    for (const text of hostile) suggestRedactions(text);
    assert.ok(performance.now() - started < 3_000, `took ${Math.round(performance.now() - started)} ms`);
  });
});
