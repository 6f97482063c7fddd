// Shared set-up of the local server's deno tests: where the server is, its keys, supabase-js clients
// without background timers, a fresh user per test, the `postgres` connection for set-up and clean-up,
// and the few assertions the suites need.
import { createClient, type Session, type SupabaseClient, type User } from "@supabase/supabase-js";
import postgres from "postgres";
import { DEFAULT_JWT_SECRET } from "../config.ts";
import { apiKeys } from "../jwt.ts";

export const SUPABASE_URL = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
export const JWT_SECRET = Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET;
const defaultKeys = await apiKeys(JWT_SECRET);
export const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ?? defaultKeys.anon;
export const SERVICE_KEY = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ?? defaultKeys.serviceRole;
export const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";
/** Password of the seeded demo users (supabase/seed.sql). */
export const DEMO_PASSWORD = "helpdesk-demo";

export function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

export function assertEquals(actual: unknown, expected: unknown, message = "values differ"): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/** A supabase-js client that keeps its session in memory and runs no refresh timer. */
export function client(key = ANON_KEY): SupabaseClient {
    return createClient(SUPABASE_URL, key, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
}

export function serviceClient(): SupabaseClient {
    return client(SERVICE_KEY);
}

export function randomEmail(prefix: string): string {
    return `${prefix}-${crypto.randomUUID().slice(0, 12)}@example.com`;
}

export interface TestUser {
    client: SupabaseClient;
    user: User;
    session: Session;
    email: string;
    password: string;
}

/** Signs a fresh user up through the API (auto-confirmed locally), signed in on its own client. */
export async function signUp(prefix: string, data: Record<string, unknown> = {}): Promise<TestUser> {
    const c = client();
    const email = randomEmail(prefix);
    const password = `pw-${crypto.randomUUID()}`;
    const { data: result, error } = await c.auth.signUp({ email, password, options: { data } });
    if (error) throw error;
    assert(result.user && result.session, "signup returned no session");
    return { client: c, user: result.user, session: result.session, email, password };
}

/** A seeded demo user (agent@example.com, ...), signed in on its own client. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<TestUser> {
    const c = client();
    const { data, error } = await c.auth.signInWithPassword({ email, password });
    if (error) throw error;
    return { client: c, user: data.user, session: data.session, email, password };
}

/** Runs `work` with a `postgres` (superuser) connection, closed afterwards. */
export async function withAdminSql<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    try {
        return await work(sql);
    } finally {
        await sql.end({ timeout: 5 });
    }
}

/** Removes test users and what they own (tickets reference profiles without cascading). */
export async function deleteUsers(...users: (TestUser | User | string)[]): Promise<void> {
    const ids = users.map((u) => typeof u === "string" ? u : "user" in u ? u.user.id : u.id);
    await withAdminSql(async (sql) => {
        await sql`delete from public.tickets where requester_id = any(${ids}::uuid[])`;
        await sql`delete from auth.users where id = any(${ids}::uuid[])`;
    });
}

/** The claims of a JWT, unverified (tests read what the server issued). */
export function claimsOf(token: string): Record<string, unknown> {
    const payload = token.split(".")[1].replaceAll("-", "+").replaceAll("_", "/");
    return JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, "=")));
}

/** Raw HTTP to the server with the anon key unless headers say otherwise. */
export async function raw(
    path: string,
    init: RequestInit & { headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
    const response = await fetch(`${SUPABASE_URL}${path}`, {
        ...init,
        headers: { apikey: ANON_KEY, ...(init.headers ?? {}) },
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}
