// The entry of dist/index.js: the action runs here. The event file is checked first: the
// action's modules load @actions/github, which reads the whole event file as it is imported.
import * as core from '@actions/core';
import { oversizedEventPayload } from './github/event-payload.js';

const oversized = oversizedEventPayload(process.env.GITHUB_EVENT_PATH);
if (oversized) core.setFailed(oversized);
else await (await import('./main.js')).run();
