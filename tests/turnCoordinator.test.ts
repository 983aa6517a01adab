import { LocalTurnCoordinator } from '../src/turnCoordinator.js';
import { describeTurnCoordinator } from './turnCoordinatorSuite.js';

describeTurnCoordinator('one process (SQLite mode)', async () => {
  const local = new LocalTurnCoordinator();
  return { a: local, b: local, cleanup: async () => {} };
});
