// After Ctrl-C: the command that continues buys exactly what is left, never the finished again.
import { describe, expect, it } from 'vitest';
import { continueCommand, remainingAfter } from '../../src/cli/continue-advice.js';
import type { PlannedAsset } from '../../src/plan.js';

const item = (id: string, change: PlannedAsset['change'], selected = true) =>
  ({ asset: { id }, change, selected }) as PlannedAsset;

describe('continue advice', () => {
  const items = [
    item('a', 'forced'),
    item('b', 'forced'),
    item('c', 'new'),
    item('d', 'forced'),
    item('e', 'unchanged', false),
  ];

  it('forces only the forced assets that were not generated; new ones need no force', () => {
    const remaining = remainingAfter(items, new Set(['a']));
    expect(remaining).toEqual({ ids: ['b', 'c', 'd'], forced: ['b', 'd'] });
    expect(continueCommand({ manifest: 'assets.yml', provider: 'nanobanana' }, remaining)).toBe(
      'asset-forge generate assets.yml --force b,d',
    );
  });

  it('drops --force when no forced asset is left, keeps the other flags, quotes for the shell', () => {
    const remaining = remainingAfter(items, new Set(['a', 'b', 'd']));
    expect(
      continueCommand(
        { manifest: 'my assets.yml', provider: 'pixapi', only: 'c', concurrency: 2, budget: 40 },
        remaining,
      ),
    ).toBe(
      "asset-forge generate 'my assets.yml' --provider pixapi --concurrency 2 --budget 40 --only c",
    );
  });
});
