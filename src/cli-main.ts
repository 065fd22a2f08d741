// The entry of dist/cli.js (the `asset-forge` command): the CLI runs here.
import { runAsProcess } from './cli.js';

runAsProcess();
