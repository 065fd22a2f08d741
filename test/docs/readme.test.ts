// The README's tables of inputs and outputs are rendered from action.yml by
// scripts/readme-inputs.ts (npm run readme); this fails when someone forgot to run it.
import { describe, expect, it } from 'vitest';
import {
  inputsTable,
  outputsTable,
  parseActionMetadata,
  renderReadme,
} from '../../scripts/readme-inputs.js';
import { read } from './helpers.js';

const readme = read('README.md');
const actionYml = read('action.yml');

describe('README.md', () => {
  it('starts with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(firstBlock).toBe(
      'npm ci && npm run demo   # the main job on examples/assets.yml: offline provider, no key, no network\n' +
        'npm test                 # every test: lint, types, dist is current, unit, integration and end-to-end\n',
    );
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## '));
  });

  it('has the tables of inputs and outputs that action.yml renders (run `npm run readme`)', () => {
    expect(renderReadme(readme, actionYml)).toBe(readme);
  });

  it('lists every input and output of action.yml, with its default', () => {
    const metadata = parseActionMetadata(actionYml);
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(readme).toContain(`| \`${name}\``);
      if (input.default) expect(inputsTable(metadata)).toContain(`\`${input.default}\``);
    }
    for (const name of Object.keys(metadata.outputs)) {
      expect(outputsTable(metadata)).toContain(`| \`${name}\``);
    }
  });

  it('renders a table cell safely', () => {
    const table = inputsTable(
      parseActionMetadata(
        'inputs:\n  x:\n    description: "a | b\\nc"\n    default: "1"\n  y:\n    required: true\n',
      ),
    );
    expect(table).toContain('a \\| b c');
    expect(table).toMatch(/\| `y` +\| required +\|/);
  });

  it('needs both pairs of markers', () => {
    expect(() => renderReadme('# no markers\n', actionYml)).toThrow(/inputs:start/);
  });
});
