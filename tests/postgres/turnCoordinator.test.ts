import { openPostgresDatabase } from '../../src/storage/database.js';
import { TurnScope } from '../../src/storage/turnScope.js';
import { PostgresTurnCoordinator } from '../../src/turnCoordinator.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { describeTurnCoordinator } from '../turnCoordinatorSuite.js';

// Two instances' coordinators on one database.
describeTurnCoordinator('PostgreSQL, two instances', async () => {
  const target = await createTestDatabase();
  const [one, two] = await Promise.all([openPostgresDatabase(target.url), openPostgresDatabase(target.url)]);
  return {
    a: new PostgresTurnCoordinator(one.turnDb!, new TurnScope()),
    b: new PostgresTurnCoordinator(two.turnDb!, new TurnScope()),
    cleanup: async () => {
      await one.close();
      await two.close();
      await target.drop();
    },
  };
});
