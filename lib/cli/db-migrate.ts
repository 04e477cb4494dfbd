import { readEnv, sqlitePath } from "../env";
import { prepareDatabase } from "../db/prepare";

const file = sqlitePath(readEnv());
await prepareDatabase(file);
console.log(`✓ database ready: ${file}`);
