// The public datasets the evaluations in test/datasets read: ../shared/datasets beside the clone (the steering
// repo's shared folder; CI always lays it there). `npm test` never reads them; `npm run test:datasets` does.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of all datasets: `<repo>/../shared/datasets`. */
export const SHARED_DATASETS = path.resolve(repo, '..', 'shared', 'datasets');

/** The path of `file` in dataset `name`; throws a message saying what is missing and what to do. */
export function datasetFile(name: string, file: string, root = SHARED_DATASETS): string {
  if (!existsSync(root)) {
    throw new Error(
      `npm run test:datasets needs the shared datasets at ${root} (../shared/datasets beside this ` +
        "clone), and that folder is missing. Clone the repo beside the steering repo's shared/ folder (CI " +
        'does), or run `npm test`, which needs only the repo.',
    );
  }
  const found = path.join(root, name, file);
  if (!existsSync(found)) throw new Error(`dataset file ${found} is missing (is ${root} complete?)`);
  return found;
}
