// Finding the Redis and PostgreSQL the scale-out tests run against. Locally they are optional:
// the tests skip, saying why. In CI `.ci/run` starts both and sets TRACEREADY_SERVICES=1, and then
// an unreachable service fails the tests instead of hiding them.
import IORedis from 'ioredis';
import pg from 'pg';

export type TestService = {
  /** The service's URL, from the environment or the default of `.ci/services.sh`. */
  url: string;
  /** Why the tests skip; null when they run. */
  skipReason: string | null;
};

const isRequired = process.env['TRACEREADY_SERVICES'] === '1';

async function reachRedis(url: string): Promise<void> {
  const client = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  // ioredis reports the socket's error as an event, then rejects with "Connection is closed".
  const socketErrors: Error[] = [];
  client.on('error', (error: Error) => socketErrors.push(error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw socketErrors[0] ?? error;
  } finally {
    client.disconnect();
  }
}

async function reachPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function find(
  name: string,
  envVar: string,
  fallback: string,
  reach: (url: string) => Promise<void>,
): Promise<TestService> {
  const url = process.env[envVar] ?? fallback;
  try {
    await reach(url);
    return { url, skipReason: null };
  } catch (error) {
    const reason = `${name} is not reachable at ${url} (${error instanceof Error ? error.message : String(error)})`;
    // Required: run the tests anyway, so they fail on the connection with this reason.
    if (isRequired) return { url, skipReason: null };
    const skipReason = `${reason}. Start it with \`source .ci/services.sh && start_test_services\` or set ${envVar}; TRACEREADY_SERVICES=1 turns this skip into a failure.`;
    console.warn(`SKIPPED scale-out tests: ${skipReason}`);
    return { url, skipReason };
  }
}

/** The Redis of the scale-out tests (`TRACEREADY_TEST_REDIS`, default redis://127.0.0.1:6379). */
export function testRedis(): Promise<TestService> {
  return find('Redis', 'TRACEREADY_TEST_REDIS', 'redis://127.0.0.1:6379', reachRedis);
}

/** The PostgreSQL of the scale-out tests (`TRACEREADY_TEST_POSTGRES`, default: `.ci/services.sh`'s). */
export function testPostgres(): Promise<TestService> {
  return find(
    'PostgreSQL',
    'TRACEREADY_TEST_POSTGRES',
    'postgres://postgres@127.0.0.1:55432/traceready_test',
    reachPostgres,
  );
}
