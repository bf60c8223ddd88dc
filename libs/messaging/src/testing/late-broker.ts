import { Server, Socket, createConnection, createServer } from 'node:net';
import { TEST_BROKERS } from './kafka-test-kit';

/**
 * A broker address where nothing answers until `arrive`: a free TCP port, then a relay of
 * each connection to the test broker. The broker's metadata names its own address, so once
 * it answers a client goes on talking to it directly.
 */
export interface LateBroker {
  /** host:port, for KAFKA_BROKERS. */
  address: string;
  arrive(): Promise<void>;
  close(): Promise<void>;
}

export async function lateBroker(): Promise<LateBroker> {
  const port = await freePort();
  const [targetHost, targetPort] = TEST_BROKERS[0].split(':');
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  return {
    address: `127.0.0.1:${port}`,
    arrive: () =>
      new Promise((resolve, reject) => {
        server = createServer((client) => {
          const broker = createConnection({ host: targetHost, port: Number(targetPort) });
          const end = () => [client, broker].forEach((socket) => (socket.destroy(), sockets.delete(socket)));
          for (const socket of [client, broker]) {
            sockets.add(socket);
            socket.on('error', end).on('close', end);
          }
          client.pipe(broker).pipe(client);
        });
        server.once('error', reject).listen(port, '127.0.0.1', () => resolve());
      }),
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        if (!server) return resolve();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on now (the OS hands out another one to the next caller). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
