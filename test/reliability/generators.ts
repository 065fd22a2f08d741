// Seeded generators of hostile input: manifests (valid and broken YAML, wrong types, huge values,
// unicode, deep nesting, anchors and aliases, billion laughs) and provider answers (random JSON
// shapes, huge strings, wrong types, bodies that are not JSON). No dependencies: a seed replays.
import { stringify } from 'yaml';
import { manifestSchema } from '../../src/manifest/schema.js';
import { schemaKeys } from '../schema-keys.js';
import { int, pick, type Random } from './helpers.js';

// Every key the schema knows, and two values that look like keys.
const MANIFEST_KEYS = [...schemaKeys(manifestSchema).keys(), 'gpt-image-2', '1K'];

const WEIRD_TEXT = [
  '',
  ' ',
  '~',
  'null',
  'NaN',
  '.inf',
  '-.inf',
  '0x0',
  '0o17',
  '1e400',
  '-0',
  '3840x2160',
  '10x10',
  'auto',
  'gpt-image-2',
  'gemini-3-pro-image',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\x.png',
  '\\\\server\\share\\x.png',
  'https://example.com/a.png',
  'file:///etc/passwd',
  '${brand}',
  '${',
  '${nope}',
  '@octocat <script>alert(1)</script> | `x` #1',
  '\u0000',
  '\u202eevil',
  '\ufeff',
  '\u200b',
  'é',
  '🙂🙂🙂',
  '\ud800',
  '&a',
  '*a',
  '!!binary',
  '%YAML',
  '- - -',
  ': :',
  '{',
  '[',
  '"',
  "'",
  '#',
];

/** A random scalar: numbers at every edge, booleans, null, text of every kind and size. */
export function randomScalar(random: Random): unknown {
  switch (int(random, 0, 7)) {
    case 0:
      return pick(random, [0, 1, -1, 2, 16, 1.5, 2 ** 53 + 1, 1e308, -1e308, 4096, 655360]);
    case 1:
      return random() < 0.5;
    case 2:
      return null;
    case 3:
      return pick(random, WEIRD_TEXT);
    case 4:
      return randomText(random, int(random, 1, 40));
    case 5:
      return pick(random, ['x', 'é', '🙂', '\u0000', 'ab ']).repeat(int(random, 1_000, 200_000));
    case 6:
      return `${int(random, 0, 5000)}x${int(random, 0, 5000)}`;
    default:
      return pick(random, MANIFEST_KEYS);
  }
}

export function randomText(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const roll = random();
    text +=
      roll < 0.6
        ? String.fromCharCode(int(random, 32, 126))
        : roll < 0.8
          ? String.fromCodePoint(int(random, 0xa0, 0x2fff))
          : roll < 0.9
            ? pick(random, ['\n', '\t', '\r', '\u0000', '\u2028', '\ufeff'])
            : String.fromCodePoint(int(random, 0x1f300, 0x1faff));
  }
  return text;
}

/** A random value of bounded depth: scalars, lists and maps whose keys look like the manifest's. */
export function randomValue(random: Random, depth = 3): unknown {
  const roll = random();
  if (depth <= 0 || roll < 0.5) return randomScalar(random);
  if (roll < 0.75) {
    return Array.from({ length: int(random, 0, 4) }, () => randomValue(random, depth - 1));
  }
  const map: Record<string, unknown> = {};
  for (let i = int(random, 0, 4); i > 0; i--) {
    map[random() < 0.7 ? pick(random, MANIFEST_KEYS) : randomText(random, int(random, 1, 12))] =
      randomValue(random, depth - 1);
  }
  return map;
}

/** A valid manifest, as data. */
export function validManifest(random: Random): Record<string, unknown> {
  return {
    version: 1,
    budget: {
      'max-credits': int(random, 0, 500),
      'on-over-budget': pick(random, ['fail', 'partial']),
    },
    defaults: {
      model: 'gpt-image-2',
      fallback: ['gemini-3-pro-image'],
      quality: pick(random, ['low', 'medium', 'high', 'auto']),
      size: pick(random, ['1024x1024', '1536x1024', 'auto']),
      format: pick(random, ['png', 'webp', 'jpeg']),
      'out-dir': 'assets/generated',
    },
    vars: { brand: 'Acme' },
    assets: Array.from({ length: int(random, 1, 4) }, (_, i) => ({
      id: `asset-${i}`,
      prompt: 'A ${brand} picture',
      ...(random() < 0.3 ? { size: '2048x1152' } : {}),
      ...(random() < 0.3 ? { renditions: [{ out: `web/r-${i}.png`, size: '600x315' }] } : {}),
    })),
  };
}

/** Sets a random place of `data` (a map or list somewhere inside) to `value`, or deletes it. */
function mutateData(random: Random, data: unknown): void {
  let node = data;
  for (let depth = 0; depth < 4; depth++) {
    const children =
      node && typeof node === 'object' ? Object.keys(node as Record<string, unknown>) : [];
    const next = children.length > 0 ? pick(random, children) : undefined;
    const child = next === undefined ? undefined : (node as Record<string, unknown>)[next];
    if (next === undefined || !child || typeof child !== 'object' || random() < 0.35) {
      const target = node as Record<string, unknown>;
      if (!target || typeof target !== 'object') return;
      const key = next === undefined || random() < 0.3 ? pick(random, MANIFEST_KEYS) : next;
      if (random() < 0.2) delete target[key];
      else target[key] = randomValue(random, 2);
      return;
    }
    node = child;
  }
}

const BREAKERS = [
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\t',
  '  ',
  '&a ',
  '*a',
  '*nope',
  '!!str ',
  '!custom ',
  '? ',
  '|',
  '>',
  '%',
  '@',
  '`',
  '#',
  '\u0000',
  '\ufeff',
  '\n',
  '\n  - ',
  '<<: *a\n',
  '---\n',
];

/** Text-level damage: random insertions, deletions, duplicated or re-indented lines. */
function damageText(random: Random, text: string): string {
  let result = text;
  for (let i = int(random, 1, 4); i > 0; i--) {
    const at = int(random, 0, result.length);
    const roll = random();
    if (roll < 0.5) {
      result = result.slice(0, at) + pick(random, BREAKERS) + result.slice(at);
    } else if (roll < 0.7) {
      result = result.slice(0, at) + result.slice(at + int(random, 1, 20));
    } else {
      const lines = result.split('\n');
      const line = int(random, 0, lines.length - 1);
      if (roll < 0.85) lines.splice(line, 0, lines[line]!);
      else lines[line] = ' '.repeat(int(random, 0, 7)) + lines[line]!.trimStart();
      result = lines.join('\n');
    }
  }
  return result;
}

export function billionLaughs(levels: number, width: number): string {
  const lines = ['version: 1', 'l0: &l0 "lol"'];
  for (let level = 1; level <= levels; level++) {
    lines.push(
      `l${level}: &l${level} [${Array(width)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  lines.push(`assets: *l${levels}`);
  return `${lines.join('\n')}\n`;
}

export function deepNesting(random: Random, depth: number): string {
  const open = pick(random, ['[', '{a: ', '- ']);
  if (open === '- ') {
    const lines = Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}-`);
    return `version: 1\nassets:\n${lines.join('\n')} x\n`;
  }
  const close = open === '[' ? ']' : '}';
  const balanced = random() < 0.7;
  return `version: 1\nassets: ${open.repeat(depth)}1${balanced ? close.repeat(depth) : ''}\n`;
}

/** Anchors and aliases, used well and badly. */
export function anchorsAndAliases(random: Random): string {
  return pick(random, [
    'version: 1\ndefaults: &d {quality: high}\nassets:\n  - id: a\n    prompt: p\n    quality: *d\n',
    'version: 1\nassets:\n  - &one {id: a, prompt: p}\n  - *one\n',
    'version: 1\nassets: &self [*self]\n',
    'version: 1\nassets:\n  - id: a\n    prompt: *later\nlater: &later x\n',
    'version: 1\nvars: &v {a: *v}\nassets: []\n',
    'version: 1\nbase: &b {prompt: p}\nassets:\n  - <<: *b\n    id: a\n',
    'version: 1\nx: &a 1\nx2: &a 2\nassets: [*a]\n',
    'version: 1\n? &k [a]\n: 1\nassets: []\n',
  ]);
}

/** One generated manifest text, valid or broken in one of many ways. */
export function generatedManifest(random: Random): { kind: string; text: string } {
  const roll = random();
  if (roll < 0.15) return { kind: 'valid', text: stringify(validManifest(random)) };
  if (roll < 0.45) {
    const data = validManifest(random);
    for (let i = int(random, 1, 3); i > 0; i--) mutateData(random, data);
    return { kind: 'wrong types and values', text: stringify(data) };
  }
  if (roll < 0.75) {
    return { kind: 'broken YAML', text: damageText(random, stringify(validManifest(random))) };
  }
  if (roll < 0.82) return { kind: 'random document', text: stringify(randomValue(random, 4)) };
  if (roll < 0.88) {
    return { kind: 'deep nesting', text: deepNesting(random, int(random, 50, 5_000)) };
  }
  if (roll < 0.94) return { kind: 'anchors and aliases', text: anchorsAndAliases(random) };
  if (roll < 0.97) {
    return { kind: 'billion laughs', text: billionLaughs(int(random, 4, 9), int(random, 5, 10)) };
  }
  return { kind: 'random text', text: randomText(random, int(random, 0, 400)) };
}

/** A random JSON value for a provider's answer, shaped like one often enough to go deep. */
export function generatedAnswer(random: Random, imageUrl: string): unknown {
  const likely: (() => unknown)[] = [
    () => ({ data: randomValue(random, 2) }),
    () => ({ data: [{ url: randomAnswerValue(random, imageUrl) }] }),
    () => ({ data: { url: randomAnswerValue(random, imageUrl) } }),
    () => ({ data: [{ b64_json: randomAnswerValue(random, imageUrl) }] }),
    () => ({
      code: randomScalar(random),
      message: randomScalar(random),
      data: randomValue(random, 2),
    }),
    () => ({ error: randomValue(random, 2) }),
    () => ({
      error: {
        message: randomScalar(random),
        code: randomScalar(random),
        type: randomScalar(random),
      },
    }),
    () => ({
      id: randomScalar(random),
      status: pick(random, ['queued', 'completed', 'failed', 7, null]),
    }),
    () => ({ id: 'task_1', status: 'completed', result: randomValue(random, 3) }),
    () => ({ id: 'task_1', status: 'failed', error: randomValue(random, 2) }),
    () => randomValue(random, 4),
  ];
  return pick(random, likely)();
}

function randomAnswerValue(random: Random, imageUrl: string): unknown {
  return random() < 0.5
    ? pick(random, [
        imageUrl,
        `${imageUrl}?n=${int(random, 0, 9)}`,
        'file:///etc/passwd',
        'ftp://x/y.png',
        'http://[::1',
        '//no-scheme/x.png',
        'aGVsbG8=',
        '!!!not base64!!!',
        '',
        [imageUrl, 3],
      ])
    : randomScalar(random);
}
