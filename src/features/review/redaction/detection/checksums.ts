// Check digits of identity and bank numbers. A number that passes its format's check is very unlikely to be
// anything else, so these formats are flagged without a label next to them.

/** ISO 13616 IBAN: move the country and check digits to the end, letters to numbers, the whole mod 97 is 1. */
export function validIban(iban: string): boolean {
  const compact = iban.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const digits = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits and a letter) or NIE (X, Y or Z, 7 digits, a letter): the letter is the number mod 23. */
export function validSpanishId(id: string): boolean {
  const compact = id.replace(/[\s.-]/g, '').toUpperCase();
  const match = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(compact);
  if (!match) return false;
  const [, prefix = '', digits = '', letter] = match;
  if (prefix ? digits.length !== 7 : digits.length !== 8) return false;
  const number = Number(`${prefix ? 'XYZ'.indexOf(prefix) : ''}${digits}`);
  return dniLetters[number % 23] === letter;
}

/** French social security number (NIR): 13 digits (Corsica: 2A/2B) and a key, 97 minus the number mod 97. */
export function validFrenchNir(nir: string): boolean {
  const compact = nir.replace(/\s/g, '').toUpperCase();
  const match = /^([12]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/.exec(compact);
  if (!match) return false;
  const body = match[1]!.replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(match[2]);
}

/** Chinese resident identity card (GB 11643): 17 digits and a check character, ISO 7064 MOD 11-2. */
export function validChineseResidentId(id: string): boolean {
  const compact = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(compact)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(compact[index]), 0);
  return '10X98765432'[sum % 11] === compact[17];
}

/** Chilean RUT/RUN: digits and a check character (0–9 or K), mod 11 with weights 2–7. */
export function validChileanRut(rut: string): boolean {
  const compact = rut.replace(/[.\s]/g, '').toUpperCase();
  const match = /^(\d{7,8})-?([\dK])$/.exec(compact);
  if (!match) return false;
  let sum = 0;
  [...match[1]!].reverse().forEach((digit, index) => { sum += Number(digit) * (2 + (index % 6)); });
  const check = 11 - (sum % 11);
  return (check === 11 ? '0' : check === 10 ? 'K' : String(check)) === match[2];
}

/** Russian SNILS (insurance number): 9 digits and a 2-digit check, the weighted sum mod 101 (100 → 00). */
export function validRussianSnils(snils: string): boolean {
  const compact = snils.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(compact)) return false;
  const sum = [...compact.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const check = sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(compact.slice(9));
}
