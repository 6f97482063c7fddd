// What every service module of the local server receives.
import type { ServerConfig } from "./config.ts";
import type { Database } from "./db.ts";

export interface ServerContext {
    config: ServerConfig;
    db: Database;
    keys: { anon: string; serviceRole: string };
}

/**
 * A service mounted under a prefix (e.g. "/rest/v1"). `path` is the request path with the prefix
 * removed (always starting with "/"). Return null to let the router answer 404.
 */
export type ServiceHandler = (req: Request, path: string, info: Deno.ServeHandlerInfo) => Promise<Response | null>;

export interface Service {
    prefix: string;
    handle: ServiceHandler;
    /** Called on shutdown (close sockets, stop pollers). */
    close?: () => Promise<void>;
}
