// Settings of the local server: environment (set by scripts/local-stack) and supabase/config.toml.

export interface FunctionConfig {
    verifyJwt: boolean;
}

export interface ServerConfig {
    port: number;
    hostname: string;
    databaseUrl: string;
    jwtSecret: string;
    jwtExpirySeconds: number;
    refreshTokenReuseIntervalSeconds: number;
    minimumPasswordLength: number;
    /** PostgREST db-max-rows ([api] max_rows): no response carries more rows. */
    maxRows: number;
    /** Folder for state that is not in Postgres (storage object bytes). */
    stateDir: string;
    /** Repository root: functions are served from <root>/supabase/functions/<name>/index.ts. */
    root: string;
    functions: Record<string, FunctionConfig>;
    /** Base URL clients use, e.g. http://127.0.0.1:54321. */
    publicUrl: string;
}

/** The Supabase CLI's well-known local JWT secret; local tokens are meaningful on this machine only. */
export const DEFAULT_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";

/** Reads the `[functions.<name>]` tables of config.toml: only `verify_jwt` matters here. */
export function parseFunctionsConfig(toml: string): Record<string, FunctionConfig> {
    const result: Record<string, FunctionConfig> = {};
    let current: string | null = null;
    for (const rawLine of toml.split("\n")) {
        const line = rawLine.replace(/#.*$/, "").trim();
        const section = line.match(/^\[functions\.([A-Za-z0-9_-]+)\]$/);
        if (section) {
            current = section[1];
            result[current] = { verifyJwt: true };
            continue;
        }
        if (line.startsWith("[")) {
            current = null;
            continue;
        }
        const setting = line.match(/^verify_jwt\s*=\s*(true|false)$/);
        if (current && setting) result[current].verifyJwt = setting[1] === "true";
    }
    return result;
}

function readNumberSetting(toml: string, key: string, fallback: number): number {
    const match = toml.match(new RegExp(`^\\s*${key}\\s*=\\s*(\\d+)`, "m"));
    return match ? Number(match[1]) : fallback;
}

export function loadConfig(): ServerConfig {
    const root = Deno.env.get("HELPDESK_ROOT") ?? new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
    let toml = "";
    try {
        toml = Deno.readTextFileSync(`${root}/supabase/config.toml`);
    } catch {
        // No config.toml: defaults apply.
    }
    const port = Number(Deno.env.get("HELPDESK_API_PORT") ?? "54321");
    const hostname = "127.0.0.1";
    return {
        port,
        hostname,
        databaseUrl: Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres",
        jwtSecret: Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET,
        jwtExpirySeconds: readNumberSetting(toml, "jwt_expiry", 3600),
        refreshTokenReuseIntervalSeconds: readNumberSetting(toml, "refresh_token_reuse_interval", 10),
        minimumPasswordLength: readNumberSetting(toml, "minimum_password_length", 6),
        maxRows: readNumberSetting(toml, "max_rows", 1000),
        stateDir: Deno.env.get("HELPDESK_STATE_DIR") ?? `${root}/.local`,
        root,
        functions: parseFunctionsConfig(toml),
        publicUrl: `http://${hostname}:${port}`,
    };
}
