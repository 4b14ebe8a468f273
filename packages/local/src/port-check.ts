import { connect, createServer } from "node:net";
import { StartupError } from "./startup-error";

/** A port one of the local services will listen on, and the variable that sets it. */
export interface ServicePort {
  port: number;
  service: string;
  variable: string;
  /** How to choose another port with that variable. */
  hint: string;
}

function bindError(port: number): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (e) => resolve(e));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(null)));
  });
}

/** macOS lets 127.0.0.1 be bound beside a listener on the wildcard address: a connection tells. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Refuses to start, naming the service and its variable, when a port is taken or given to two
 * services. Checked before anything is spawned: a DynamoDB Local that cannot bind its port would
 * otherwise pass its readiness probe against whatever holds the port, another instance's database.
 */
export async function assertPortsFree(ports: ServicePort[]): Promise<void> {
  const fixed = ports.filter((p) => p.port !== 0); // 0: the OS picks a free one
  for (const [i, a] of fixed.entries()) {
    const b = fixed.slice(i + 1).find((other) => other.port === a.port);
    if (b)
      throw new StartupError(
        `Could not start: ${a.variable} and ${b.variable} both give port ${a.port}; give ${a.service} and ${b.service} a port each.`,
      );
  }
  for (const p of fixed) {
    const error = await bindError(p.port);
    if (error?.code === "EACCES")
      throw new StartupError(
        `Could not start: port ${p.port} (${p.service}, ${p.variable}) needs privileges this user lacks; ${p.hint} above 1023.`,
      );
    if (error || (await answers(p.port)))
      throw new StartupError(
        `Could not start: port ${p.port} (${p.service}, ${p.variable}) is already in use by another program; ${p.hint}.`,
      );
  }
}
