// package.json's `engines` agrees with every installed package (package-lock.json): npm ci warns
// about none, and the range is the one the dependencies really need, no older, no newer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, engineNeeds, minimumOf } from '../scripts/engines.js';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
};

describe('engines.node', () => {
  const needs = engineNeeds(readFileSync('package-lock.json', 'utf8'));
  const ours = minimumOf(packageJson.engines.node)!;

  it('is no older than what any installed package needs', () => {
    const unmet = needs.filter((need) => compare(need.minimum, ours) > 0);
    expect(unmet.map((need) => `${need.name} needs node ${need.range}`)).toEqual([]);
  });

  it('is what the most demanding package needs (not a stricter guess)', () => {
    expect(ours).toEqual(needs[0]!.minimum);
  });

  it('reads the range forms packages use', () => {
    expect(minimumOf('>=20.18.1')).toEqual([20, 18, 1]);
    expect(minimumOf('^18.17.0 || >=20.5.0')).toEqual([18, 17, 0]);
    expect(minimumOf('>= 20')).toEqual([20, 0, 0]);
    expect(minimumOf('20.x')).toEqual([20, 0, 0]);
    expect(minimumOf('*')).toBeUndefined();
  });
});
