import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instantToZonedTime, isClockTime, isIsoDate, isTimeZone, zonedTimeToInstant } from './time-zone.ts';

describe('zonedTimeToInstant', () => {
  it('turns end of day in Geneva in winter into 22:59 UTC (CET, UTC+1)', () => {
    assert.equal(zonedTimeToInstant('2024-02-15', '23:59', 'Europe/Zurich'), '2024-02-15T22:59:00Z');
  });

  it('uses summer time after the clocks go forward (CEST, UTC+2)', () => {
    assert.equal(zonedTimeToInstant('2024-03-30', '12:00', 'Europe/Zurich'), '2024-03-30T11:00:00Z');
    assert.equal(zonedTimeToInstant('2024-03-31', '12:00', 'Europe/Zurich'), '2024-03-31T10:00:00Z');
  });

  it('moves a time skipped by the spring change forward by the gap', () => {
    assert.equal(zonedTimeToInstant('2024-03-31', '02:30', 'Europe/Zurich'), '2024-03-31T01:30:00Z');
  });

  it('takes the first of a repeated autumn hour', () => {
    assert.equal(zonedTimeToInstant('2024-10-27', '02:30', 'Europe/Zurich'), '2024-10-27T00:30:00Z');
    assert.equal(zonedTimeToInstant('2024-10-27', '03:30', 'Europe/Zurich'), '2024-10-27T02:30:00Z');
  });

  it('handles zones west of UTC, across their own change, and half-hour offsets', () => {
    assert.equal(zonedTimeToInstant('2024-03-09', '23:59', 'America/New_York'), '2024-03-10T04:59:00Z');
    assert.equal(zonedTimeToInstant('2024-03-11', '23:59', 'America/New_York'), '2024-03-12T03:59:00Z');
    assert.equal(zonedTimeToInstant('2024-06-01', '09:00', 'Asia/Kolkata'), '2024-06-01T03:30:00Z');
    assert.equal(zonedTimeToInstant('2024-06-01', '09:00', 'UTC'), '2024-06-01T09:00:00Z');
  });

  it('reads back the same local time it was given', () => {
    for (const [date, time, zone] of [['2024-02-15', '23:59', 'Europe/Zurich'], ['2024-07-01', '00:00', 'America/Santiago'], ['2025-01-01', '18:45', 'Asia/Kathmandu']] as const) {
      assert.deepEqual(instantToZonedTime(zonedTimeToInstant(date, time, zone), zone), { date, time });
    }
  });
});

describe('date and time checks', () => {
  it('accepts real dates, times and zones only', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2023-02-29'));
    assert.ok(!isIsoDate('15/02/2024'));
    assert.ok(isClockTime('23:59'));
    assert.ok(!isClockTime('24:00'));
    assert.ok(isTimeZone('Europe/Zurich'));
    assert.ok(!isTimeZone('Mars/Olympus'));
  });
});
