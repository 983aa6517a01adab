import { openSqliteDatabase } from '../../src/storage/database.js';
import { makeTempDir } from '../helpers/tempDir.js';
import { describeInquiryStore } from './inquiryStoreSuite.js';

describeInquiryStore('a SQLite file', async () => {
  const tmp = await makeTempDir();
  return { open: () => openSqliteDatabase(tmp.dir), cleanup: () => tmp.remove() };
});
