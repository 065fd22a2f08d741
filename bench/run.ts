// `npm run bench`: every scenario of bench/scenarios.ts in a process of its own, one after
// another (they would skew each other's timings), then one table of the figures as ratios to
// their ideal or target. `--json` also prints the raw figures. About 2.5 minutes on 2 cores, and
// about 2 more for the credit scenarios (bench/credit.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { SCENARIO_NAMES } from './scenarios.js';

const REPO = resolve(import.meta.dirname, '..');
type Figures = Record<string, number | string>;

function runScenario(name: string): Figures {
  const temp = mkdtempSync(join(tmpdir(), `forge-bench-${name}-`));
  const started = performance.now();
  try {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'bench', 'scenarios.ts'), name],
      // Its own TMPDIR: download folders and leftovers of other runs are not its business.
      { cwd: REPO, env: { ...process.env, TMPDIR: temp }, encoding: 'utf8', maxBuffer: 2 ** 26 },
    );
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !last.startsWith('{')) {
      throw new Error(
        `scenario ${name} failed (${child.status}):\n${child.stdout}\n${child.stderr}`,
      );
    }
    process.stderr.write(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return JSON.parse(last) as Figures;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const names = wanted.length > 0 ? wanted : SCENARIO_NAMES;
const started = performance.now();
process.stderr.write(`asset-forge bench: ${names.length} scenarios\n`);
const figures = Object.fromEntries(names.map((name) => [name, runScenario(name)]));
const total = (performance.now() - started) / 1000;

const n = (value: number | string | undefined) => Number(value);
const ms = (value: number | string | undefined) => `${n(value).toFixed(0)} ms`;
const x = (value: number) => `${value.toFixed(3)}x`;
const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
interface Row {
  figure: string;
  measured: string;
  ratio: string;
  target: string;
  ok: string;
}
const rows: Row[] = [];
const row = (figure: string, measured: string, ratio: string, target: string, ok?: boolean) =>
  rows.push({ figure, measured, ratio, target, ok: ok === undefined ? '' : ok ? 'yes' : 'NO' });

const sched = figures.scheduling;
if (sched) {
  const ideal = n(sched.idealMs);
  row(
    `Scheduling N=${sched.n} C=${sched.concurrency} L=${sched.latencyMs} ms: engine / ceil(N/C)xL`,
    `${ms(sched.engineMs)} vs ${ms(ideal)}`,
    x(n(sched.engineMs) / ideal),
    '<= 1.03x',
    n(sched.engineMs) / ideal <= 1.03,
  );
  row(
    '  same API calls from a bare HTTP loop (the floor of this setup) / ideal',
    ms(sched.apiFloorMs),
    x(n(sched.apiFloorMs) / ideal),
    'reference',
  );
  row(
    '  bare loop, the same traffic as the engine (images fetched beside the next call) / ideal',
    ms(sched.trafficFloorMs),
    x(n(sched.trafficFloorMs) / ideal),
    'reference',
  );
  row(
    '  bare loop that downloads each image inside its slot / ideal',
    ms(sched.floorMs),
    x(n(sched.floorMs) / ideal),
    'reference',
  );
  row(
    '  engine / bare loop with the same traffic (engine overhead alone)',
    '',
    x(n(sched.engineMs) / n(sched.trafficFloorMs)),
    '<= 1.03x',
    n(sched.engineMs) / n(sched.trafficFloorMs) <= 1.03,
  );
  row(
    '  CPU per asset (user + system, all threads): engine / bare loop with the same traffic',
    `${(n(sched.engineCpuMs) / n(sched.n)).toFixed(1)} ms vs ${(n(sched.trafficFloorCpuMs) / n(sched.n)).toFixed(1)} ms`,
    x(n(sched.engineCpuMs) / n(sched.trafficFloorCpuMs)),
    'reported',
  );
  row('  requests sent; most in flight at once', `${sched.requests}; ${sched.maxInFlight}`, '', '');
}
const seq = figures.sequential;
if (seq) {
  row(
    `Sequential (C=1) N=${seq.n}: engine / NxL`,
    `${ms(seq.engineMs)} vs ${ms(seq.idealMs)}`,
    x(n(seq.engineMs) / n(seq.idealMs)),
    'reference',
  );
  if (sched) {
    row(
      `  sequential / C=${sched.concurrency} (speed-up)`,
      '',
      x(n(seq.engineMs) / n(sched.engineMs)),
      `about ${sched.concurrency}x`,
    );
  }
}
const wide = figures['scheduling-16'];
if (wide) {
  row(
    `Scheduling C=${wide.concurrency}: engine / ceil(N/C)xL; engine / bare loop, same traffic`,
    `${ms(wide.engineMs)} vs ${ms(wide.idealMs)}`,
    `${x(n(wide.engineMs) / n(wide.idealMs))}; ${x(n(wide.engineMs) / n(wide.trafficFloorMs))}`,
    'growth',
  );
}
const limit = figures['rate-limit'];
if (limit) {
  row(
    `Rate limit ${limit.perSecond}/s (burst ${limit.burst}), N=${limit.n} C=${limit.concurrency}: engine / what the limit allows`,
    `${ms(limit.engineMs)} vs ${ms(limit.idealMs)}`,
    x(n(limit.engineMs) / n(limit.idealMs)),
    '<= 1.10x',
    n(limit.engineMs) / n(limit.idealMs) <= 1.1,
  );
  row(
    '  429s after the first / N',
    `${limit.wastedAfterFirst} of ${limit.n} (${limit.limited} 429s, ${limit.generated} generated, ${limit.failed} failed)`,
    pct(n(limit.wastedAfterFirst) / n(limit.n)),
    '<= 5%',
    n(limit.wastedAfterFirst) / n(limit.n) <= 0.05 && n(limit.failed) === 0,
  );
}
for (const key of ['incremental-250', 'incremental-1000']) {
  const inc = figures[key];
  if (!inc) continue;
  const target = key === 'incremental-1000';
  row(
    `Incremental, nothing changed, ${inc.n} assets (${n(inc.mbHashed).toFixed(0)} MB hashed): engine time; requests`,
    `${ms(inc.engineMs)} (plan ${ms(inc.planMs)}); ${inc.requests} requests`,
    target
      ? x(n(inc.engineMs) / 300)
      : `${((1000 * n(inc.engineMs)) / n(inc.n)).toFixed(0)} us/asset`,
    target ? '<= 1x of 300 ms, 0 requests' : 'growth',
    target ? n(inc.engineMs) <= 300 && n(inc.requests) === 0 : undefined,
  );
}
for (const key of ['plan-2500', 'plan-10000']) {
  const plan = figures[key];
  if (!plan) continue;
  const target = key === 'plan-10000';
  row(
    `Plan of ${plan.n} new assets (${n(plan.manifestKb).toFixed(0)} KB manifest): engine time`,
    ms(plan.engineMs),
    target
      ? x(n(plan.engineMs) / 1000)
      : `${((1000 * n(plan.engineMs)) / n(plan.n)).toFixed(0)} us/asset`,
    target ? '<= 1x of 1 s' : 'growth',
    target ? n(plan.engineMs) <= 1000 : undefined,
  );
}
for (const [key, answer] of [
  ['memory', 'URL'],
  ['memory-b64', 'b64_json'],
] as const) {
  const memory = figures[key];
  if (!memory) continue;
  row(
    `Memory: ${memory.n} assets 3840x2160 via Gemini 4K (${answer} answers) + resize + 2 renditions, C=${memory.concurrency}: peak RSS`,
    `${n(memory.peakMb).toFixed(0)} MB (CLI at rest ${n(memory.baselineMb).toFixed(0)} MB; ${memory.generated} by Gemini, ${ms(memory.engineMs)})`,
    x(n(memory.peakMb) / 400),
    '<= 1x of 400 MB',
    n(memory.peakMb) <= 400,
  );
}
const startup = figures.startup;
if (startup) {
  row(
    'Start-up: node24 dist/index.js, plan mode, examples/assets.yml (median)',
    `${ms(startup.actionMs)} (bare node ${ms(startup.bareNodeMs)})`,
    x(n(startup.actionMs) / 500),
    '<= 1x of 500 ms',
    n(startup.actionMs) <= 500 && startup.planned === 'true',
  );
  row(
    '  bundle: dist/index.js + the chunks it loads',
    `${n(startup.bundleMb).toFixed(2)} MB in ${startup.bundleFiles} files (index.js ${n(startup.indexMb).toFixed(2)} MB)`,
    '',
    'reported',
  );
}
const images = figures.images;
if (images) {
  row(
    'Image step: Gemini 4K PNG to exact 3840x2160 PNG (verify+decode+resize+encode)',
    ms(images.geminiToExactMs),
    '',
    'see the table below',
  );
}

const credit = (f: Figures) =>
  `${f.billed} billed / ${f.needed} needed (${f.locked} locked), ${f.lostByProvider} lost by the provider${f.wasted ? `; not used: ${f.wasted}` : ''}`;
const healthy = figures['credit-healthy'];
if (healthy) {
  row(
    'Credits: healthy run, 40 assets C=4: billed / needed',
    credit(healthy),
    x(n(healthy.efficiency)),
    '1.000x',
    n(healthy.efficiency) === 1,
  );
}
const chaos = figures['credit-chaos'];
if (chaos) {
  row(
    `Credits: chaos, each fault at p=${chaos.probability} on a fallback chain, re-run until all locked: billed / needed; (billed - lost by the provider) / needed`,
    '',
    '',
    '<= 1.02x (the second)',
  );
  for (const fault of JSON.parse(String(chaos.faults)) as Figures[]) {
    row(
      `  ${fault.fault} (${fault.runs} run${n(fault.runs) === 1 ? '' : 's'})`,
      credit(fault),
      `${x(n(fault.efficiency))}; ${x(n(fault.engineEfficiency))}`,
      '<= 1.02x',
      n(fault.engineEfficiency) <= 1.02,
    );
  }
}
for (const [key, answers] of [
  ['credit-kill', 'nanobanana, the image in the answer'],
  ['credit-kill-async', 'pixapi async tasks'],
] as const) {
  const killed = figures[key];
  if (!killed) continue;
  row(
    `Credits: CLI killed (SIGKILL) ${killed.kills} times, then run to the end (${answers}): billed / needed`,
    `${credit(killed)}; ${killed.inFlightAtKills} in flight at a kill`,
    x(n(killed.efficiency)),
    '<= 1.02x',
    n(killed.efficiency) <= 1.02,
  );
  row(
    '  (billed - answers in flight at a kill) / needed: a delivered image bought again',
    '',
    x(n(killed.withoutInFlight)),
    '1.000x',
    n(killed.withoutInFlight) === 1,
  );
}
const cancelled = figures['credit-cancel'];
if (cancelled) {
  row(
    'Credits: CLI cancelled (SIGINT) half-way, then run again: billed / needed',
    `${credit(cancelled)}; ${cancelled.lockedAtCancel} locked at the cancel`,
    x(n(cancelled.efficiency)),
    '<= 1.02x',
    n(cancelled.efficiency) <= 1.02,
  );
}
const together = figures['credit-together'];
if (together) {
  row(
    `Credits: two CLI runs started together on one workspace (${together.runs} runs in all): billed / needed`,
    `${credit(together)}; ${together.stoppedBeforeSpending} stopped before spending`,
    x(n(together.efficiency)),
    '<= 1.02x',
    n(together.efficiency) <= 1.02,
  );
}

console.log(
  `\nasset-forge bench: Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB; ${total.toFixed(0)} s\n`,
);
const widths = (['figure', 'measured', 'ratio', 'target', 'ok'] as const).map((key) =>
  Math.max(key.length, ...rows.map((r) => r[key].length)),
);
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['figure', 'measured', 'ratio', 'target', 'ok']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line([r.figure, r.measured, r.ratio, r.target, r.ok]));
if (images) console.log(`\nbench/images.ts:\n${String(images.table).trim()}`);
if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
