import { MessagingDatabase, MessagingDatabaseConfig } from './messaging-database';
import { openPostgresMessagingDatabase } from './postgres-messaging-database';
import { openSqliteMessagingDatabase } from './sqlite-messaging-database';

export function openMessagingDatabase(config: MessagingDatabaseConfig): MessagingDatabase {
  return config.kind === 'sqlite'
    ? openSqliteMessagingDatabase(config.path)
    : openPostgresMessagingDatabase(config.connectionString);
}
