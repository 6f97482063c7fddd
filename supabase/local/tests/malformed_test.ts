// Raw HTTP with malformed and hostile input: every answer is a clear PostgREST- or GoTrue-style error,
// the server keeps serving, and nothing is written. Injection attempts target every parameter that
// reaches SQL (identifiers are checked against the schema cache and quoted; values are bound).
import { signJwt } from "../jwt.ts";
import { assert, assertEquals, JWT_SECRET, raw, SERVICE_KEY, withAdminSql } from "./helpers.ts";

const table = `mf_${crypto.randomUUID().slice(0, 8)}`;
const service = { apikey: SERVICE_KEY, Authorization: `Bearer ${SERVICE_KEY}` };

async function rowCount(): Promise<number> {
    return await withAdminSql(async (sql) => {
        const rows = await sql.unsafe(`select count(*)::int as n from public.${table}`);
        return rows[0].n as number;
    });
}

async function serverAlive(): Promise<void> {
    const health = await raw("/auth/v1/health");
    assertEquals(health.status, 200, "server still answers");
}

interface Expectation {
    path: string;
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    status: number;
    code?: string;
}

async function expectError(e: Expectation): Promise<void> {
    const response = await raw(e.path, {
        method: e.method ?? "GET",
        body: e.body,
        headers: { ...service, "Content-Type": "application/json", ...(e.headers ?? {}) },
    });
    const label = `${e.method ?? "GET"} ${e.path} ${e.body?.slice(0, 60) ?? ""}`;
    assertEquals(response.status, e.status, `${label}: status (${response.text.slice(0, 200)})`);
    if (e.code) {
        const body = response.json() as Record<string, unknown>;
        assertEquals(body.code, e.code, `${label}: code`);
        assert("message" in body && "details" in body && "hint" in body, `${label}: PostgREST error shape`);
    }
}

Deno.test("malformed and hostile REST requests get PostgREST errors, write nothing, and the server stays up", async (t) => {
    await withAdminSql((sql) =>
        sql.unsafe(`create table public.${table} (id int primary key, name text not null, meta jsonb);
                    alter table public.${table} enable row level security;
                    insert into public.${table} values (1, 'one', '{"a": 1}'), (2, 'two', null);`)
    );
    const before = 2;
    const base = `/rest/v1/${table}`;
    try {
        await t.step("bad JSON bodies", async () => {
            await expectError({
                path: base,
                method: "POST",
                body: '{"id": 3, "name": ',
                status: 400,
                code: "PGRST102",
            });
            await expectError({ path: base, method: "POST", body: "", status: 400, code: "PGRST102" });
            await expectError({ path: base, method: "POST", body: "42", status: 400, code: "PGRST102" });
            await expectError({
                path: base,
                method: "POST",
                body: '[{"id":3,"name":"a"},{"id":4}]',
                status: 400,
                code: "PGRST102",
            });
            await expectError({
                path: `${base}?id=eq.1`,
                method: "PATCH",
                body: "[1,2]",
                status: 400,
                code: "PGRST102",
            });
            await expectError({
                path: base,
                method: "POST",
                body: '{"id": "x", "name": "y"}',
                status: 400,
                code: "22P02",
            });
            await expectError({
                path: "/rest/v1/rpc/nothing_here",
                method: "POST",
                body: "{oops",
                status: 400,
                code: "PGRST102",
            });
        });

        await t.step("unknown tables, columns, functions and schemas", async () => {
            await expectError({ path: "/rest/v1/no_such_table", status: 404, code: "PGRST205" });
            await expectError({ path: `${base}?select=nope`, status: 400, code: "42703" });
            await expectError({ path: `${base}?nope=eq.1`, status: 400, code: "42703" });
            await expectError({ path: `${base}?order=nope`, status: 400, code: "42703" });
            await expectError({
                path: base,
                method: "POST",
                body: '{"id": 5, "nope": 1}',
                status: 400,
                code: "PGRST204",
            });
            await expectError({
                path: `${base}?id=eq.1`,
                method: "PATCH",
                body: '{"nope": 1}',
                status: 400,
                code: "PGRST204",
            });
            await expectError({
                path: "/rest/v1/rpc/no_such_function",
                method: "POST",
                body: "{}",
                status: 404,
                code: "PGRST202",
            });
            await expectError({ path: base, headers: { "Accept-Profile": "auth" }, status: 406, code: "PGRST106" });
            await expectError({ path: base, headers: { Accept: "application/xml" }, status: 406, code: "PGRST107" });
            await expectError({ path: `${base}/extra/segments`, status: 404, code: "PGRST125" });
        });

        await t.step("injection attempts in every parameter", async () => {
            const drop = encodeURIComponent(`; drop table public.${table}; --`);
            await expectError({ path: `${base}?select=id,name)${drop}`, status: 400, code: "PGRST100" });
            await expectError({
                path: `${base}?select=${encodeURIComponent(`"name""${drop}"`)}`,
                status: 400,
                code: "42703",
            });
            await expectError({ path: `${base}?select=name::text${drop}`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?name${drop}=eq.1`, status: 400 });
            await expectError({ path: `${base}?name=eqq.1`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?name=fts(english${drop}).x`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?name=is.${drop}`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?order=name${drop}`, status: 400 });
            await expectError({ path: `${base}?order=name.sideways`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?limit=1${drop}`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?offset=-1`, status: 400, code: "PGRST100" });
            await expectError({ path: `${base}?or=(id.eq.1${drop}`, status: 400, code: "PGRST100" });
            await expectError({
                path: `${base}?select=${encodeURIComponent("x:rel!inner(id))")}`,
                status: 400,
                code: "PGRST100",
            });
            await expectError({
                path: `${base}?on_conflict=id${drop}`,
                method: "POST",
                headers: { Prefer: "resolution=merge-duplicates" },
                body: '{"id": 1, "name": "x"}',
                status: 400,
            });
            await expectError({
                path: `${base}?columns=id,"x""y"`,
                method: "POST",
                body: '{"id":9}',
                status: 400,
                code: "PGRST204",
            });
            await expectError({
                path: base,
                method: "POST",
                body: JSON.stringify({ id: 9, [`name"); drop table public.${table}; --`]: "x" }),
                status: 400,
                code: "PGRST204",
            });
            await expectError({ path: `/rest/v1/${table}${drop}`, status: 404, code: "PGRST205" });
            await expectError({
                path: `/rest/v1/rpc/now${drop}`,
                method: "POST",
                body: "{}",
                status: 404,
                code: "PGRST202",
            });
            // Values are bound parameters: hostile text is only a value that matches nothing.
            const value = await raw(`${base}?name=eq.${drop}&select=id`, { headers: service });
            assertEquals([value.status, value.json()], [200, []], "a hostile value matches no row");
            const inList = await raw(`${base}?id=in.(1,${encodeURIComponent('"2); drop table x; --"')})&select=id`, {
                headers: service,
            });
            assertEquals(inList.status, 400, "a hostile list item is an invalid integer, not SQL");
            const jsonKey = await raw(`${base}?select=v:meta->>${encodeURIComponent(`a'${drop}`)}&id=eq.1`, {
                headers: service,
            });
            assertEquals([jsonKey.status, jsonKey.json()], [200, [{ v: null }]], "a hostile JSON key is a value");
            const like = await raw(`${base}?name=like.${encodeURIComponent("%' or '1'='1")}&select=id`, {
                headers: service,
            });
            assertEquals([like.status, like.json()], [200, []], "a hostile pattern matches nothing");
        });

        await t.step("ranges and preferences that make no sense", async () => {
            await expectError({ path: base, headers: { Range: "5-2" }, status: 416, code: "PGRST103" });
            const ignored = await raw(`${base}?select=id&order=id`, {
                headers: { ...service, Prefer: "count=everything, return=sideways, x", Range: "bananas" },
            });
            assertEquals(
                [ignored.status, ignored.json()],
                [200, [{ id: 1 }, { id: 2 }]],
                "unknown preferences are ignored",
            );
        });

        await t.step("bad, expired and unsigned tokens are 401", async () => {
            await expectError({
                path: base,
                headers: { Authorization: "Bearer not-a-jwt" },
                status: 401,
                code: "PGRST301",
            });
            const expired = await signJwt(
                { role: "service_role", exp: Math.floor(Date.now() / 1000) - 60 },
                JWT_SECRET,
            );
            await expectError({
                path: base,
                headers: { Authorization: `Bearer ${expired}` },
                status: 401,
                code: "PGRST303",
            });
            const otherKey = await signJwt({ role: "service_role" }, "another-secret-another-secret-another-secret");
            await expectError({
                path: base,
                headers: { Authorization: `Bearer ${otherKey}` },
                status: 401,
                code: "PGRST301",
            });
            await expectError({
                path: base,
                headers: { Authorization: "Basic Zm9vOmJhcg==" },
                status: 401,
                code: "PGRST301",
            });
            const noRole = await signJwt({ role: "postgres", exp: Math.floor(Date.now() / 1000) + 60 }, JWT_SECRET);
            const asPostgres = await raw(base, { headers: { apikey: SERVICE_KEY, Authorization: `Bearer ${noRole}` } });
            assert(
                asPostgres.status === 401 || asPostgres.status === 403,
                `a role the authenticator cannot take: ${asPostgres.status}`,
            );
        });

        await t.step("oversized bodies are refused before parsing", async () => {
            const huge = JSON.stringify([{ id: 100, name: "x".repeat(9 * 1024 * 1024) }]);
            await expectError({ path: base, method: "POST", body: huge, status: 413, code: "PGRST102" });
            const auth = await raw("/auth/v1/signup", { method: "POST", body: "x".repeat(2 * 1024 * 1024) });
            assertEquals(auth.status, 413, "auth body limit");
        });

        await t.step("malformed auth requests get GoTrue errors", async () => {
            const headers = { "X-Supabase-Api-Version": "2024-01-01" };
            const badJson = await raw("/auth/v1/signup", { method: "POST", body: "{nope", headers });
            assertEquals([badJson.status, (badJson.json() as { code: string }).code], [400, "bad_json"]);
            const notObject = await raw("/auth/v1/token?grant_type=password", { method: "POST", body: "[]", headers });
            assertEquals([notObject.status, (notObject.json() as { code: string }).code], [400, "bad_json"]);
            const badEmail = await raw("/auth/v1/signup", {
                method: "POST",
                body: JSON.stringify({ email: "'; drop table auth.users; --", password: "secret123" }),
                headers,
            });
            assertEquals([badEmail.status, (badEmail.json() as { code: string }).code], [400, "validation_failed"]);
            const wrongType = await raw("/auth/v1/token?grant_type=password", {
                method: "POST",
                body: JSON.stringify({ email: ["a"], password: 1 }),
                headers,
            });
            assertEquals(wrongType.status, 400, "typed fields");
            const badUser = await raw("/auth/v1/user", { headers: { ...headers, Authorization: "Bearer x.y.z" } });
            assertEquals([badUser.status, (badUser.json() as { code: string }).code], [403, "bad_jwt"]);
            const adminId = await raw("/auth/v1/admin/users/not-a-uuid", { headers: { ...headers, ...service } });
            assertEquals([adminId.status, (adminId.json() as { code: string }).code], [404, "validation_failed"]);
        });

        await serverAlive();
        assertEquals(await rowCount(), before, "nothing was written");
    } finally {
        await withAdminSql((sql) => sql.unsafe(`drop table if exists public.${table}`));
    }
});
