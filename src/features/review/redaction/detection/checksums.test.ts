import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validChileanRut, validChineseResidentId, validFrenchNir, validIban, validRussianSnils, validSpanishId } from './checksums.ts';

describe('check digits', () => {
  const cases: Array<[string, (value: string) => boolean, string[], string[]]> = [
    ['IBAN', validIban, ['GB82 WEST 1234 5698 7654 32', 'FR1420041010050500013M02606', 'DE89370400440532013000'], ['GB82 WEST 1234 5698 7654 33', 'XX00', 'GB82WEST']],
    ['DNI and NIE', validSpanishId, ['12345678Z', '12345678-Z', 'X1234567L', 'Y1234567X'], ['12345678A', 'X12345678L', '1234567Z']],
    ['NIR', validFrenchNir, ['2 84 12 75 123 456 87', '185057800608491', '1 85 05 2A 006 084 35'], ['2 84 12 75 123 456 88', '3 84 12 75 123 456 87']],
    ['resident identity number', validChineseResidentId, ['11010519491231002X', '11010519491231002x'], ['11010519491231002Y', '1101051949123100']],
    ['RUT', validChileanRut, ['12.345.678-5', '12345678-5', '7.654.321-6'], ['12.345.678-4', '123-5']],
    ['SNILS', validRussianSnils, ['112-233-445 95'], ['112-233-445 96', '112-233-445']],
  ];
  for (const [name, check, valid, invalid] of cases) {
    it(`accepts a valid ${name} and refuses a wrong one`, () => {
      for (const value of valid) assert.ok(check(value), `${value} is valid`);
      for (const value of invalid) assert.ok(!check(value), `${value} is not valid`);
    });
  }
});
