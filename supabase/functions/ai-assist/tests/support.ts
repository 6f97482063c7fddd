/**
 * Set-up shared by the handler tests: the local server's address and keys (from `scripts/local-stack env`,
 * with the local defaults), fresh users per test file (promoted with the postgres connection), calls to
 * the function, and clean-up.
 */
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";

export const SUPABASE_URL = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
export const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ??
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0";
export const SERVICE_KEY = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ??
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU";
export const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";

export interface TestUser {
    id: string;
    token: string;
    client: SupabaseClient;
}

export async function withSql<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    try {
        return await work(sql);
    } finally {
        await sql.end({ timeout: 5 });
    }
}

/** A fresh user with the given role, signed in on its own client. */
export async function freshUser(role: "customer" | "agent" | "admin", name: string): Promise<TestUser> {
    const client = createClient(SUPABASE_URL, ANON_KEY, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
    const email = `ai-${role}-${crypto.randomUUID().slice(0, 12)}@example.com`;
    const { data, error } = await client.auth.signUp({
        email,
        password: `pw-${crypto.randomUUID()}`,
        options: { data: { full_name: name } },
    });
    if (error || !data.user || !data.session) throw error ?? new Error("signup returned no session");
    const id = data.user.id;
    if (role !== "customer") await withSql((sql) => sql`update public.profiles set role = ${role} where id = ${id}`);
    return { id, token: data.session.access_token, client };
}

export async function deleteUsers(...users: TestUser[]): Promise<void> {
    const ids = users.map((u) => u.id);
    await withSql(async (sql) => {
        await sql`delete from public.ai_deflections where user_id = any(${ids}::uuid[])`;
        await sql`delete from public.tickets where requester_id = any(${ids}::uuid[])`;
        await sql`delete from auth.users where id = any(${ids}::uuid[])`;
    });
}

export interface Called {
    status: number;
    body: Record<string, unknown>;
    text: string;
}

/** POST to /functions/v1/ai-assist on the local server with a bearer token. */
export async function callFunction(token: string | null, body: unknown): Promise<Called> {
    const headers: Record<string, string> = { apikey: ANON_KEY, "Content-Type": "application/json" };
    if (token) headers["Authorization"] = `Bearer ${token}`;
    const response = await fetch(`${SUPABASE_URL}/functions/v1/ai-assist`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
        parsed = JSON.parse(text);
    } catch {
        // not JSON: the test looks at text
    }
    return { status: response.status, body: parsed, text };
}

/** A token no text in the seed holds, to look for leaks. */
export function uniqueToken(prefix: string): string {
    return `${prefix}${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;
}
