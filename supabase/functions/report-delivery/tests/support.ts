/**
 * Set-up for the report-delivery tests: the local server's address and keys (from `scripts/local-stack env`,
 * with the local defaults), fresh users promoted with the postgres connection, a real SMTP server
 * (smtp_sink.py on Debian's python3-aiosmtpd) on a free port, the workspace SMTP settings pointed at it
 * (and put back afterwards), and a small MIME reader for the messages it received.
 */
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";

export const SUPABASE_URL = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
export const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ??
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0";
export const SERVICE_KEY = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ??
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU";
export const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";

export function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

export function assertEquals(actual: unknown, expected: unknown, message = "values differ"): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

export async function withSql<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
    const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
    try {
        return await work(sql);
    } finally {
        await sql.end({ timeout: 5 });
    }
}

export function client(key = ANON_KEY): SupabaseClient {
    return createClient(SUPABASE_URL, key, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
}

export interface TestUser {
    id: string;
    email: string;
    client: SupabaseClient;
}

/** A fresh user with the given role, signed in on its own client. */
export async function freshUser(role: "customer" | "agent" | "admin", name: string): Promise<TestUser> {
    const c = client();
    const email = `reports-${role}-${crypto.randomUUID().slice(0, 12)}@example.com`;
    const { data, error } = await c.auth.signUp({
        email,
        password: `pw-${crypto.randomUUID()}`,
        options: { data: { full_name: name } },
    });
    if (error || !data.user || !data.session) throw error ?? new Error("signup returned no session");
    const id = data.user.id;
    if (role !== "customer") await withSql((sql) => sql`update public.profiles set role = ${role} where id = ${id}`);
    return { id, email, client: c };
}

export async function deleteUsers(...users: TestUser[]): Promise<void> {
    const ids = users.map((u) => u.id);
    await withSql(async (sql) => {
        await sql`delete from public.tickets where requester_id = any(${ids}::uuid[])`;
        await sql`delete from auth.users where id = any(${ids}::uuid[])`;
    });
}

export function freePort(): number {
    const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const port = (listener.addr as Deno.NetAddr).port;
    listener.close();
    return port;
}

export interface ReceivedMail {
    mail_from: string;
    rcpt_tos: string[];
    data: string;
}

/** smtp_sink.py, started on a free port with a fresh folder; stop() ends it and removes the folder. */
export class SmtpSink {
    private constructor(
        readonly port: number,
        private readonly folder: string,
        private readonly process: Deno.ChildProcess,
    ) {}

    static async start(): Promise<SmtpSink> {
        const folder = await Deno.makeTempDir({ prefix: "report-delivery-smtp-" });
        const port = freePort();
        const script = new URL("./smtp_sink.py", import.meta.url).pathname;
        // Debian's python3 has aiosmtpd; a python3 earlier on PATH (pyenv) may not.
        const python = await exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        const process = new Deno.Command(python, {
            args: [script, String(port), folder],
            stdin: "null",
            stdout: "piped",
            stderr: "inherit",
        }).spawn();
        const reader = process.stdout.getReader();
        const { value } = await reader.read();
        reader.releaseLock();
        const line = new TextDecoder().decode(value ?? new Uint8Array());
        if (!line.startsWith("ready")) {
            process.kill("SIGKILL");
            throw new Error(`the SMTP sink did not start (${line || "no output"})`);
        }
        return new SmtpSink(port, folder, process);
    }

    async messages(): Promise<ReceivedMail[]> {
        const names: string[] = [];
        for await (const entry of Deno.readDir(this.folder)) {
            if (entry.name.endsWith(".json")) names.push(entry.name);
        }
        names.sort((a, b) => parseInt(a) - parseInt(b));
        return await Promise.all(
            names.map(async (name) => JSON.parse(await Deno.readTextFile(`${this.folder}/${name}`)) as ReceivedMail),
        );
    }

    async stop(): Promise<void> {
        try {
            this.process.kill("SIGTERM");
        } catch {
            // already gone
        }
        await this.process.stdout.cancel().catch(() => {});
        await this.process.status;
        await Deno.remove(this.folder, { recursive: true }).catch(() => {});
    }
}

async function exists(path: string): Promise<boolean> {
    try {
        await Deno.stat(path);
        return true;
    } catch {
        return false;
    }
}

export interface SmtpRow {
    smtp_host: string | null;
    smtp_port: number;
    smtp_username: string | null;
    smtp_from_address: string | null;
    smtp_tls: string;
}

/** Points the workspace at 127.0.0.1:port (plain SMTP, no login) and answers the settings to restore. */
export async function useSmtp(port: number): Promise<SmtpRow> {
    return await withSql(async (sql) => {
        const [previous] = await sql<SmtpRow[]>`
            select smtp_host, smtp_port, smtp_username, smtp_from_address, smtp_tls from public.workspace_settings`;
        await sql`update public.workspace_settings
                  set smtp_host = '127.0.0.1', smtp_port = ${port}, smtp_username = null, smtp_tls = 'none',
                      smtp_from_address = 'reports@helpdesk.test'`;
        return previous;
    });
}

export async function restoreSmtp(previous: SmtpRow): Promise<void> {
    await withSql((sql) =>
        sql`update public.workspace_settings
            set smtp_host = ${previous.smtp_host}, smtp_port = ${previous.smtp_port},
                smtp_username = ${previous.smtp_username}, smtp_from_address = ${previous.smtp_from_address},
                smtp_tls = ${previous.smtp_tls}`
    );
}

export interface MimePart {
    headers: Record<string, string>;
    body: string;
}

function splitHeaders(text: string): MimePart {
    const end = text.indexOf("\r\n\r\n");
    const head = end < 0 ? text : text.slice(0, end);
    const body = end < 0 ? "" : text.slice(end + 4);
    const headers: Record<string, string> = {};
    for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
        const colon = line.indexOf(":");
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body };
}

/** The top-level headers and the parts of a multipart message (one level, as nodemailer writes it). */
export function parseMime(raw: string): { headers: Record<string, string>; parts: MimePart[] } {
    const top = splitHeaders(raw);
    const boundary = top.headers["content-type"]?.match(/boundary="?([^";]+)"?/)?.[1];
    if (!boundary) return { headers: top.headers, parts: [top] };
    const parts = top.body.split(`--${boundary}`).slice(1)
        .filter((chunk) => !chunk.startsWith("--"))
        .map((chunk) => splitHeaders(chunk.replace(/^\r\n/, "").replace(/\r\n$/, "")));
    return { headers: top.headers, parts };
}

export function decodePart(part: MimePart): Uint8Array {
    if ((part.headers["content-transfer-encoding"] ?? "").toLowerCase() === "base64") {
        const binary = atob(part.body.replace(/\s+/g, ""));
        return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    return new TextEncoder().encode(part.body);
}

/** Decodes an RFC 2047 header value (=?UTF-8?B?..?= / =?UTF-8?Q?..?= words) as nodemailer writes them. */
export function decodeHeader(value: string): string {
    return value.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) => {
        if (kind.toUpperCase() === "B") {
            return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
        }
        const bytes = text.replace(/_/g, " ").replace(
            /=([0-9A-F]{2})/gi,
            (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)),
        );
        return new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
    });
}

/** Waits (polling a folder the sink writes to, up to `ms`) until `count` messages arrived. */
export async function waitForMessages(sink: SmtpSink, count: number, ms = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + ms;
    let messages = await sink.messages();
    while (messages.length < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        messages = await sink.messages();
    }
    return messages;
}
