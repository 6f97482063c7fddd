/** Settings of the report-delivery function, from the environment the edge runtime provides. */
export interface DeliveryConfig {
    supabaseUrl: string;
    anonKey: string;
    serviceRoleKey: string;
    /** Direct Postgres connection (SUPABASE_DB_URL): schedules, settings, the SMTP password, the RPCs. */
    databaseUrl: string;
    /** At most this many due schedules per call; the next call (a minute later) takes the rest. */
    maxPerRun: number;
}

function required(name: string): string {
    const value = Deno.env.get(name);
    if (!value) throw new Error(`report-delivery: ${name} is not set`);
    return value;
}

export function configFromEnv(): DeliveryConfig {
    return {
        supabaseUrl: required("SUPABASE_URL"),
        anonKey: required("SUPABASE_ANON_KEY"),
        serviceRoleKey: required("SUPABASE_SERVICE_ROLE_KEY"),
        databaseUrl: required("SUPABASE_DB_URL"),
        maxPerRun: Number(Deno.env.get("REPORT_DELIVERY_MAX_PER_RUN") ?? "20"),
    };
}
