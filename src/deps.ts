// What routes and use cases need from the outside world, passed in so tests can supply their own.
import type { Config } from './config.ts';
import type { Db, Engine } from './db/database.ts';
import type { PublicPageCache } from './http/page-cache.ts';
import type { Clock } from './platform/clock.ts';
import type { Mailer } from './platform/mail.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  engine: Engine;
  mailer: Mailer;
  clock: Clock;
  publicPages: PublicPageCache;
}
