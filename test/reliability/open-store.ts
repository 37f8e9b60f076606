// Opens (creating and migrating) the store named on the command line, as every command does,
// at the moment given (epoch ms): processes started apart open the store together.
import { Store } from '../../src/store/index.js';

const [db, at] = [process.argv[2]!, Number(process.argv[3] ?? 0)];
while (Date.now() < at); // a busy wait: a timer would be late by more than the race lasts
try {
  Store.open(db).close();
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
