// The bootstrap pull done with the official @supabase/supabase-js client, for the ratio in BENCHMARKS.md:
// the same tables, the same column lists (src/store/MirrorSchema.cpp), the same keyset pages
// (order updated_at, id; `or=(at.gt.X,and(at.eq.X,id.gt.K))` after the first page; src/sync/TablePuller.cpp)
// and the same page size as `sync_bench`, as the same signed-in user, one page after the other. It only
// fetches and parses the JSON (the C++ client also writes every row into SQLite).
//
//   eval "$(tests/bench/sync_bench_stack.sh env)"   # or SUPABASE_URL / SUPABASE_ANON_KEY of any server
//   deno run --allow-all tests/bench/bootstrap_js.ts [--email agent@example.com] [--password helpdesk-demo]
//        [--page-size 1000] [--bounded]
// --bounded adds `at=gte.X` to the `or` keyset, as the C++ puller does since 2026-11-22 (without it PostgreSQL
// cannot start the index scan at the cursor and every page scans from the table's start).
import { createClient } from "@supabase/supabase-js";

function arg(name: string, fallback: string): string {
    const i = Deno.args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < Deno.args.length ? Deno.args[i + 1] : fallback;
}

const url = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54341";
const anonKey = Deno.env.get("SUPABASE_ANON_KEY") ?? "";
const email = arg("email", "agent@example.com");
const password = arg("password", "helpdesk-demo");
const pageSize = Number(arg("page-size", "1000"));
const bounded = Deno.args.includes("--bounded");

interface Table {
    name: string;
    columns: string;
    at: string;
    key: string | null; // null: pulled whole (composite key)
}

const tables: Table[] = [
    {
        name: "profiles",
        columns: "id,email,full_name,role,avatar_url,timezone,is_active,created_at,updated_at",
        at: "updated_at",
        key: "id",
    },
    { name: "teams", columns: "id,name,description,created_at,updated_at", at: "updated_at", key: "id" },
    { name: "team_members", columns: "team_id,user_id,created_at,updated_at", at: "updated_at", key: null },
    {
        name: "sla_policies",
        columns:
            "id,name,priority,first_response_minutes,resolution_minutes,business_hours,time_zone,is_active,created_at,updated_at",
        at: "updated_at",
        key: "id",
    },
    {
        name: "macros",
        columns: "id,title,body,actions,team_id,is_active,created_by,created_at,updated_at,deleted_at",
        at: "updated_at",
        key: "id",
    },
    {
        name: "tickets",
        columns:
            "id,number,title,description,status,priority,channel,tags,custom_fields,requester_id,assignee_id,team_id," +
            "sla_policy_id,first_response_due_at,resolution_due_at,first_responded_at,solved_at,closed_at,sla_paused_at," +
            "sla_paused_minutes,assigned_at,csat_score,version,created_at,updated_at,deleted_at",
        at: "updated_at",
        key: "id",
    },
    {
        name: "ticket_messages",
        columns: "id,ticket_id,author_id,body,is_internal,source,version,created_at,updated_at,deleted_at",
        at: "updated_at",
        key: "id",
    },
    {
        name: "attachments",
        columns:
            "id,ticket_id,message_id,bucket_id,storage_path,file_name,size_bytes,content_type,uploader_id,created_at," +
            "updated_at,deleted_at",
        at: "updated_at",
        key: "id",
    },
    {
        name: "kb_articles",
        columns:
            "id,slug,title,body,visibility,status,tags,author_id,version,published_at,created_at,updated_at,deleted_at",
        at: "updated_at",
        key: "id",
    },
    {
        name: "kb_article_versions",
        columns: "id,article_id,version,title,body,edited_by,created_at",
        at: "created_at",
        key: "id",
    },
];

const supabase = createClient(url, anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
const { error: signInError } = await supabase.auth.signInWithPassword({ email, password });
if (signInError) throw signInError;

const started = performance.now();
let rows = 0;
for (const table of tables) {
    let cursor: { at: string; key: string | number } | null = null;
    for (;;) {
        let query = supabase.from(table.name).select(table.columns);
        if (table.key === null) {
            query = query.limit(100000);
        } else {
            if (cursor) {
                if (bounded) query = query.gte(table.at, cursor.at);
                query = query.or(
                    `${table.at}.gt.${cursor.at},and(${table.at}.eq.${cursor.at},${table.key}.gt.${cursor.key})`,
                );
            }
            query = query.order(table.at).order(table.key).limit(pageSize);
        }
        const { data, error } = await query;
        if (error) throw new Error(`${table.name}: ${error.message}`);
        const page = data as unknown as Record<string, string | number>[];
        rows += page.length;
        if (table.key === null || page.length < pageSize) break;
        const last = page[page.length - 1];
        cursor = { at: String(last[table.at]), key: last[table.key] };
    }
}
const secs = (performance.now() - started) / 1000;
console.log(
    `supabase-js bootstrap: ${rows} rows in ${secs.toFixed(1)} s = ${
        (rows / secs).toFixed(0)
    } rows/s (page size ${pageSize}${bounded ? ", bounded keyset" : ""})`,
);
