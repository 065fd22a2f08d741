// The fake gateway in a process of its own, so that its work (answering, serving PNG bytes)
// does not share the engine's event loop and the timings are the engine's. The parent starts
// it with `startRemoteGateway(options)`, reads its request log with `stats()` and its bill with
// `bill()`, and closes it.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Charge, GatewayOptions, RecordedRequest, Step } from '../test/fakes/gateway.js';

export interface GatewayStats {
  /** Generate/edit requests received, and how many of them were answered 429. */
  requests: number;
  limited: number;
  maxInFlight: number;
  /** Received times (ms since the epoch) of the generate/edit requests. */
  receivedAt: number[];
}

/** One billed output (gw.bill), with the step its request took. */
export interface BilledCharge extends Omit<Charge, 'request'> {
  step: Step;
  prompt: string;
}

export interface RemoteBill {
  credits: number;
  charges: BilledCharge[];
}

export interface RemoteGateway {
  url: string;
  stats(): Promise<GatewayStats>;
  bill(): Promise<RemoteBill>;
  /** Forgets the requests so far (a warm-up's). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

type Message = { url: string } | { stats: GatewayStats } | { bill: RemoteBill } | { reset: true };

/** `scripts`: steps per model (gw.script), given before the first request. */
export async function startRemoteGateway(
  options: GatewayOptions,
  scripts: [model: string, steps: Step[]][] = [],
): Promise<RemoteGateway> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['child'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // One listener pair per question, removed with its answer: the bench may ask thousands.
  const next = () =>
    new Promise<Message>((resolve, reject) => {
      const exited = (code: number | null) =>
        reject(new Error(`the gateway process exited (${code})`));
      child.once('exit', exited);
      child.once('message', (message) => {
        child.off('exit', exited);
        resolve(message as Message);
      });
    });
  child.send({ start: options, scripts });
  const started = await next();
  if (!('url' in started)) throw new Error('the gateway process did not start');
  return {
    url: started.url,
    async stats() {
      child.send({ stats: true });
      const answer = await next();
      if (!('stats' in answer)) throw new Error('no stats from the gateway process');
      return answer.stats;
    },
    async bill() {
      child.send({ bill: true });
      const answer = await next();
      if (!('bill' in answer)) throw new Error('no bill from the gateway process');
      return answer.bill;
    },
    async reset() {
      child.send({ reset: true });
      await next();
    },
    async close() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ close: true });
      await exited;
    },
  };
}

if (process.argv[2] === 'child' && process.send) {
  const { startGateway } = await import('../test/fakes/gateway.js');
  const isImageCall = (r: RecordedRequest) => r.kind === 'generate' || r.kind === 'edit';
  let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
  process.on('message', async (message: Record<string, unknown>) => {
    if (message.start) {
      gateway = await startGateway(message.start as GatewayOptions);
      for (const [model, steps] of message.scripts as [string, Step[]][]) {
        gateway.script(model, steps);
      }
      process.send?.({ url: gateway.url });
    } else if (message.stats && gateway) {
      const calls = gateway.requests.filter(isImageCall);
      const limited = calls.filter(
        (r) => typeof r.step === 'object' && 'status' in r.step && r.step.status === 429,
      ).length;
      process.send?.({
        stats: {
          requests: calls.length,
          limited,
          maxInFlight: gateway.maxInFlight,
          receivedAt: calls.map((r) => r.receivedAt),
        },
      });
    } else if (message.bill && gateway) {
      const { credits, charges } = gateway.bill;
      const requests = gateway.requests;
      const billed = charges.map(({ request, ...charge }) => ({
        ...charge,
        step: requests[request]!.step!,
        prompt: String(requests[request]!.body?.prompt),
      }));
      process.send?.({ bill: { credits, charges: billed } });
    } else if (message.reset && gateway) {
      gateway.reset();
      process.send?.({ reset: true });
    } else if (message.close) {
      await gateway?.close();
      process.exit(0);
    }
  });
}
