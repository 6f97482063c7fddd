// One Deno subprocess per edge function, started on first call and kept running (like the edge
// runtime's warm workers); requests are proxied to it over loopback HTTP with streamed bodies.
import type { ServerConfig } from "../config.ts";

export class BootError extends Error {}

interface Worker {
    process: Deno.ChildProcess;
    port: number;
    exited: Promise<Deno.CommandStatus>;
}

const BOOT_TIMEOUT_MS = 15_000;

function freePort(): number {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const port = (listener.addr as Deno.NetAddr).port;
    listener.close();
    return port;
}

async function accepts(port: number): Promise<boolean> {
    try {
        const connection = await Deno.connect({ hostname: "127.0.0.1", port });
        connection.close();
        return true;
    } catch {
        return false;
    }
}

/** KEY=VALUE lines of supabase/functions/.env (the CLI's function secrets file), if present. */
function readEnvFile(path: string): Record<string, string> {
    const result: Record<string, string> = {};
    let text = "";
    try {
        text = Deno.readTextFileSync(path);
    } catch {
        return result;
    }
    for (const line of text.split("\n")) {
        const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/);
        if (match) result[match[1]] = match[2].replace(/^(['"])(.*)\1$/, "$2");
    }
    return result;
}

export class FunctionRunner {
    private readonly workers = new Map<string, Promise<Worker>>();
    private closed = false;

    constructor(
        private readonly config: ServerConfig,
        private readonly keys: { anon: string; serviceRole: string },
    ) {}

    entryOf(name: string): string {
        return `${this.config.root}/supabase/functions/${name}/index.ts`;
    }

    exists(name: string): boolean {
        try {
            return Deno.statSync(this.entryOf(name)).isFile;
        } catch {
            return false;
        }
    }

    private environment(port: number): Record<string, string> {
        const env: Record<string, string> = {};
        const inherited = ["PATH", "HOME", "TMPDIR", "LANG", "DENO_DIR", "NO_COLOR"];
        for (const [key, value] of Object.entries(Deno.env.toObject())) {
            if (inherited.includes(key) || key.startsWith("AI_") || key.startsWith("HELPDESK_")) env[key] = value;
        }
        Object.assign(env, readEnvFile(`${this.config.root}/supabase/functions/.env`));
        return {
            ...env,
            SUPABASE_URL: this.config.publicUrl,
            SUPABASE_ANON_KEY: this.keys.anon,
            SUPABASE_SERVICE_ROLE_KEY: this.keys.serviceRole,
            SUPABASE_DB_URL: this.config.databaseUrl,
            HELPDESK_FUNCTION_PORT: String(port),
        };
    }

    private async boot(name: string): Promise<Worker> {
        const port = freePort();
        const worker = new URL("./worker.ts", import.meta.url).pathname;
        const args = ["run", "--allow-all", "--quiet", "--no-prompt"];
        const ownConfig = `${this.config.root}/supabase/functions/${name}/deno.json`;
        try {
            Deno.statSync(ownConfig);
            args.push("--config", ownConfig);
        } catch {
            args.push("--config", `${this.config.root}/deno.json`);
        }
        args.push(worker, this.entryOf(name));
        const process = new Deno.Command(Deno.execPath(), {
            args,
            cwd: this.config.root,
            env: this.environment(port),
            clearEnv: true,
            stdin: "null",
            stdout: "inherit",
            stderr: "inherit",
        }).spawn();
        const exited = process.status;
        let done = false;
        exited.then(() => (done = true));
        const deadline = Date.now() + BOOT_TIMEOUT_MS;
        while (Date.now() < deadline) {
            if (done) throw new BootError(`function ${name} exited while starting`);
            if (await accepts(port)) {
                console.log(`functions: ${name} serving on 127.0.0.1:${port} (pid ${process.pid})`);
                return { process, port, exited };
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        process.kill("SIGKILL");
        throw new BootError(`function ${name} did not start listening within ${BOOT_TIMEOUT_MS} ms`);
    }

    /** The running worker of a function, started on first use and again after it exited. */
    worker(name: string): Promise<Worker> {
        if (this.closed) return Promise.reject(new BootError("server is shutting down"));
        let pending = this.workers.get(name);
        if (!pending) {
            pending = this.boot(name);
            this.workers.set(name, pending);
            pending.then(
                (worker) => worker.exited.then(() => this.workers.delete(name)),
                () => this.workers.delete(name),
            );
        }
        return pending;
    }

    async close(): Promise<void> {
        this.closed = true;
        const running = [...this.workers.values()];
        this.workers.clear();
        await Promise.all(running.map(async (pending) => {
            try {
                const worker = await pending;
                worker.process.kill("SIGTERM");
                const timer = setTimeout(() => {
                    try {
                        worker.process.kill("SIGKILL");
                    } catch {
                        // already gone
                    }
                }, 3000);
                await worker.exited;
                clearTimeout(timer);
            } catch {
                // never booted
            }
        }));
    }
}
