import { localIsoDate } from './ingestArgs';
import { runIngest } from './runIngest';

const io = { stdout: process.stdout, stderr: process.stderr, now: () => performance.now() };
process.exitCode = runIngest(process.argv.slice(2), io, localIsoDate(new Date()));
