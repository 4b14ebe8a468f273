import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortsFree, type ServicePort } from "./port-check";

const listening = () =>
  new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
const portOf = (server: Server) => (server.address() as { port: number }).port;
const gateway = (port: number): ServicePort => ({ port, service: "gateway", variable: "PORT", hint: "set PORT to a free port" });
const dynamo = (port: number): ServicePort => ({
  port,
  service: "DynamoDB Local",
  variable: "DYNAMODB_PORT",
  hint: "set DYNAMODB_PORT to a free port",
});

describe("assertPortsFree", () => {
  it("passes free ports, and 0 (the OS picks one)", async () => {
    const server = await listening();
    const free = portOf(server);
    await new Promise((r) => server.close(r));
    await expect(assertPortsFree([gateway(free), dynamo(0)])).resolves.toBeUndefined();
  });

  it("names the service and its variable when a port is taken", async () => {
    const server = await listening();
    try {
      await expect(assertPortsFree([gateway(0), dynamo(portOf(server))])).rejects.toThrow(
        `Could not start: port ${portOf(server)} (DynamoDB Local, DYNAMODB_PORT) is already in use by another program; set DYNAMODB_PORT to a free port.`,
      );
    } finally {
      server.close();
    }
  });

  it("refuses one port given to two services", async () => {
    await expect(assertPortsFree([gateway(4567), dynamo(4567)])).rejects.toThrow(
      "Could not start: PORT and DYNAMODB_PORT both give port 4567; give gateway and DynamoDB Local a port each.",
    );
  });
});
