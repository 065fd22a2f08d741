// The outputs of SPEC §7: every one is set on every run, whatever the mode and however it ended.
import * as core from '@actions/core';

export interface Outputs {
  'credits-estimated': number;
  'credits-spent': number;
  'over-budget': boolean;
  generated: string[];
  skipped: string[];
  failed: string[];
  files: string[];
  plan: string;
  'commit-sha': string;
  'pull-request-url': string;
  'pull-request-number': string;
  'pull-request-operation': 'created' | 'updated' | 'closed' | 'none';
  'artifact-id': string;
  'artifact-url': string;
  'comment-url': string;
}

export function emptyOutputs(): Outputs {
  return {
    'credits-estimated': 0,
    'credits-spent': 0,
    'over-budget': false,
    generated: [],
    skipped: [],
    failed: [],
    files: [],
    plan: '',
    'commit-sha': '',
    'pull-request-url': '',
    'pull-request-number': '',
    'pull-request-operation': 'none',
    'artifact-id': '',
    'artifact-url': '',
    'comment-url': '',
  };
}

/** Strings as they are; numbers, booleans and id lists as JSON. */
export function writeOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
}
