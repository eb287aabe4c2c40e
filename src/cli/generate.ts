import { runGenerate } from './runGenerate';

const io = { stdout: process.stdout, stderr: process.stderr, now: () => performance.now() };
process.exitCode = runGenerate(process.argv.slice(2), io);
