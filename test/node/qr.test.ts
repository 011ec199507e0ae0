import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createQrSvg, qrMaxBytes, qrQuietZone, type QrSvg } from '../../src/print/qr.js';
import { qrSideMm } from '../../src/print/qr-template.js';

/** The dark modules the path paints, read back as a matrix (the path is only `M x y h w v1 h-w z` runs). */
function paintedMatrix(qr: QrSvg): boolean[][] {
  const matrix = Array.from({ length: qr.size }, () => Array<boolean>(qr.size).fill(false));
  const runs = [...qr.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  assert.equal(runs.map((r) => r[0]).join(''), qr.path, 'the path holds nothing but runs');
  for (const [, x, y, width, back] of runs) {
    assert.equal(width, back, 'each run closes on itself');
    const row = matrix[Number(y)];
    assert.ok(row, `row ${y} inside the symbol`);
    for (let col = Number(x); col < Number(x) + Number(width); col++) {
      assert.ok(col < qr.size, `column ${col} inside the symbol`);
      assert.equal(row[col], false, 'runs do not overlap');
      row[col] = true;
    }
  }
  return matrix;
}

/** A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre. */
function assertFinderAt(matrix: boolean[][], top: number, left: number): void {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      assert.equal(matrix[top + r]?.[left + c], ring !== 2, `finder module ${r},${c} at ${top},${left}`);
    }
  }
}

/** Version from the symbol size: 21 modules for version 1, 4 more for each version. */
function versionOf(qr: QrSvg): number {
  return (qr.size - 2 * qrQuietZone - 17) / 4;
}

const longUrl = `https://www.example.cz/socialni-sluzby/?${'ssc-q=pe%C4%8Dovatelsk%C3%A1&'.repeat(60)}`.slice(0, 1500);

const cases: Array<{ name: string; text: string; version: number }> = [
  { name: 'a short link fits version 2', text: 'https://example.cz/', version: 2 },
  {
    name: 'a typical filtered view with Czech characters percent-encoded',
    text: 'https://www.example.cz/socialni-sluzby?ssc-q=pe%C4%8Dovatelsk%C3%A1&ssc-obec=542989&ssc-druh=4',
    version: 6,
  },
  { name: 'raw Czech characters count as their UTF-8 bytes', text: 'https://example.cz/?q=řůžďťň', version: 3 },
  { name: 'a 1,500-character link picks a large version by itself', text: longUrl, version: 32 },
];

for (const c of cases) {
  test(`createQrSvg: ${c.name}`, () => {
    const qr = createQrSvg(c.text);
    assert.ok(qr);
    assert.equal(versionOf(qr), c.version);
    const matrix = paintedMatrix(qr);
    const last = qr.size - qrQuietZone - 7;
    assertFinderAt(matrix, qrQuietZone, qrQuietZone);
    assertFinderAt(matrix, qrQuietZone, last);
    assertFinderAt(matrix, last, qrQuietZone);
    for (let i = 0; i < qr.size; i++) {
      for (let q = 0; q < qrQuietZone; q++) {
        for (const [row, col] of [[q, i], [qr.size - 1 - q, i], [i, q], [i, qr.size - 1 - q]] as const) {
          assert.equal(matrix[row]?.[col], false, `quiet zone module ${row},${col} is light`);
        }
      }
    }
  });
}

test('createQrSvg: the longest text that fits and the first that does not', () => {
  const fits = createQrSvg('a'.repeat(qrMaxBytes));
  assert.ok(fits);
  assert.equal(versionOf(fits), 40);
  assert.equal(createQrSvg('a'.repeat(qrMaxBytes + 1)), undefined);
  // "ř" is two bytes in UTF-8: half as many fit.
  assert.equal(createQrSvg('ř'.repeat(Math.floor(qrMaxBytes / 2) + 1)), undefined);
});

test('createQrSvg: different links give different codes, the same link the same code', () => {
  const a = createQrSvg('https://example.cz/?ssc-obec=542989');
  const b = createQrSvg('https://example.cz/?ssc-obec=545058');
  assert.ok(a && b);
  assert.equal(a.size, b.size);
  assert.notEqual(a.path, b.path);
  assert.deepEqual(createQrSvg('https://example.cz/?ssc-obec=542989'), a);
});

const sides: Array<[number, number]> = [
  [29, 24],
  [57, 28.5],
  [101, 50.5],
  [185, 60],
];
for (const [size, expected] of sides) {
  test(`qrSideMm for ${size} modules is ${expected} mm`, () => {
    assert.equal(qrSideMm({ size, path: '' }), expected);
  });
}
