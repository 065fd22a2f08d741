// The entry of dist/index.js: the action runs here.
import { run } from './main.js';

await run();
