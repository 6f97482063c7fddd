// /storage/v1 against the running local server, with the official supabase-js client. Access is decided by
// the project's RLS policies on storage.objects (attachments bucket: ticket participants read, the
// ticket's people upload under `<ticket id>/…`, agents and uploaders delete).
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { DEFAULT_JWT_SECRET } from "../config.ts";
import { apiKeys, signJwt } from "../jwt.ts";

const URL_BASE = Deno.env.get("SUPABASE_URL") ?? "http://127.0.0.1:54321";
const SECRET = Deno.env.get("SUPABASE_JWT_SECRET") ?? DEFAULT_JWT_SECRET;
const DEFAULT_KEYS = await apiKeys(SECRET);
const ANON_KEY = Deno.env.get("SUPABASE_ANON_KEY") ?? DEFAULT_KEYS.anon;
const SERVICE_KEY = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ?? DEFAULT_KEYS.serviceRole;
const DATABASE_URL = Deno.env.get("DATABASE_URL") ?? "postgresql://postgres:postgres@127.0.0.1:54322/postgres";
const BUCKET = "attachments";

function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

function assertEquals(actual: unknown, expected: unknown, message = "values differ"): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

interface ApiError {
    message: string;
    status?: number;
    statusCode?: string;
}

function assertError(error: unknown, status: number, message: string): void {
    const apiError = error as ApiError | null;
    assert(apiError, `${message}: expected an error with status ${status}, got success`);
    assertEquals(apiError.status, status, `${message} (${apiError.message})`);
    assertEquals(apiError.statusCode, String(status), `${message}: statusCode is a string`);
}

const admin = postgres(DATABASE_URL, { max: 2, onnotice: () => {} });
const service = createClient(URL_BASE, SERVICE_KEY, { auth: { persistSession: false, autoRefreshToken: false } });

interface TestUser {
    id: string;
    client: SupabaseClient;
}

async function signUp(role: "customer" | "agent" = "customer"): Promise<TestUser> {
    const client = createClient(URL_BASE, ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false } });
    const email = `st-${crypto.randomUUID().slice(0, 12)}@example.com`;
    const { data, error } = await client.auth.signUp({ email, password: "helpdesk-test-pass" });
    assert(!error && data.session && data.user, `sign-up failed: ${error?.message}`);
    if (role === "agent") await admin`update public.profiles set role = 'agent' where id = ${data.user.id}`;
    return { id: data.user.id, client };
}

async function ticketOf(user: TestUser): Promise<string> {
    const [row] = await admin<{ id: string }[]>`
        insert into public.tickets (title, requester_id) values ('Storage test', ${user.id}) returning id`;
    return row.id;
}

const options = { sanitizeOps: false, sanitizeResources: false };

Deno.test(
    "storage: a customer uploads and downloads under own ticket; another customer is denied",
    options,
    async () => {
        const [owner, stranger, agent] = await Promise.all([signUp(), signUp(), signUp("agent")]);
        const ticket = await ticketOf(owner);
        const path = `${ticket}/notes/screen shot.txt`;
        const files = owner.client.storage.from(BUCKET);

        const uploaded = await files.upload(path, "first version", { contentType: "text/plain" });
        assert(!uploaded.error, `upload: ${uploaded.error?.message}`);
        assertEquals(uploaded.data?.fullPath, `${BUCKET}/${path}`);
        const [row] = await admin<{ owner: string; metadata: { size: number; mimetype: string } }[]>`
        select owner, metadata from storage.objects where bucket_id = ${BUCKET} and name = ${path}`;
        assertEquals(row.owner, owner.id, "metadata row owned by the uploader");
        assertEquals(row.metadata.size, 13);
        assertEquals(row.metadata.mimetype, "text/plain");

        const downloaded = await files.download(path);
        assertEquals(await downloaded.data?.text(), "first version");
        const forAgent = await agent.client.storage.from(BUCKET).download(path);
        assertEquals(await forAgent.data?.text(), "first version", "agents read every ticket's files");

        const binary = new Uint8Array([0, 1, 2, 250, 251, 252]);
        const multipart = await files.upload(
            `${ticket}/raw.bin`,
            new Blob([binary], { type: "application/octet-stream" }),
        );
        assert(!multipart.error, `multipart upload: ${multipart.error?.message}`);
        const back = await files.download(`${ticket}/raw.bin`);
        assertEquals([...new Uint8Array(await back.data!.arrayBuffer())], [...binary], "binary bytes intact");

        const listed = await files.list(ticket);
        assertEquals(listed.data?.map((entry) => [entry.name, entry.id === null]), [["notes", true], [
            "raw.bin",
            false,
        ]]);
        const inFolder = await files.list(`${ticket}/notes`, { search: "screen" });
        assertEquals(inFolder.data?.map((entry) => entry.name), ["screen shot.txt"]);

        const theirs = stranger.client.storage.from(BUCKET);
        assertError((await theirs.download(path)).error, 404, "stranger download");
        assertError((await theirs.upload(`${ticket}/intruder.txt`, "x")).error, 403, "stranger upload");
        assertEquals((await theirs.list(ticket)).data, [], "stranger lists nothing");
        assertError((await theirs.createSignedUrl(path, 60)).error, 404, "stranger cannot sign");
        const removed = await theirs.remove([path]);
        assertEquals(removed.data, [], "stranger deletes nothing");
        assert((await files.exists(path)).data, "object survives the stranger's delete");
    },
);

Deno.test(
    "storage: duplicates conflict, upsert follows the policies, the service role replaces, delete removes",
    options,
    async () => {
        const owner = await signUp();
        const ticket = await ticketOf(owner);
        const path = `${ticket}/report.txt`;
        const files = owner.client.storage.from(BUCKET);
        assert(!(await files.upload(path, "v1")).error, "first upload");

        assertError((await files.upload(path, "v2")).error, 409, "duplicate without x-upsert");
        // No UPDATE policy on the attachments bucket: an upsert over an existing object is refused.
        assertError((await files.upload(path, "v2", { upsert: true })).error, 403, "customer upsert");
        assertEquals(await (await files.download(path)).data?.text(), "v1", "refused writes change nothing");

        const replaced = await service.storage.from(BUCKET).upload(path, "v3 from the service", { upsert: true });
        assert(!replaced.error, `service upsert: ${replaced.error?.message}`);
        assertEquals(await (await files.download(path)).data?.text(), "v3 from the service");
        const updated = await service.storage.from(BUCKET).update(path, "v4");
        assert(!updated.error, `service update: ${updated.error?.message}`);
        assertEquals(await (await files.download(path)).data?.text(), "v4");

        // Delete policy: uploaders delete their own objects, agents any.
        const mine = `${ticket}/mine.txt`;
        assert(!(await files.upload(mine, "mine")).error, "second upload");
        const removed = await files.remove([mine]);
        assertEquals(removed.data?.map((entry) => entry.name), [mine], "uploader deletes own file");
        assertError((await files.download(mine)).error, 404, "deleted object");
        const agent = await signUp("agent");
        const byAgent = await agent.client.storage.from(BUCKET).remove([path]);
        assertEquals(byAgent.data?.map((entry) => entry.name), [path], "agent deletes the service's file");
        assertError((await files.download(path)).error, 404, "deleted object");
        const [{ count }] = await admin<{ count: number }[]>`
        select count(*)::int as count from storage.objects where bucket_id = ${BUCKET} and name = ${path}`;
        assertEquals(count, 0, "metadata row gone");
    },
);

Deno.test(
    "storage: signed URLs work without credentials, reject tampering and expiry, serve ranges",
    options,
    async () => {
        const owner = await signUp();
        const ticket = await ticketOf(owner);
        const path = `${ticket}/signed.txt`;
        const files = owner.client.storage.from(BUCKET);
        assert(!(await files.upload(path, "0123456789")).error, "upload");

        const signed = await files.createSignedUrl(path, 60);
        assert(signed.data, `sign: ${signed.error?.message}`);
        const fetched = await fetch(signed.data.signedUrl);
        assertEquals(fetched.status, 200);
        assertEquals(await fetched.text(), "0123456789");

        const ranged = await fetch(signed.data.signedUrl, { headers: { Range: "bytes=2-5" } });
        assertEquals(ranged.status, 206);
        assertEquals(ranged.headers.get("content-range"), "bytes 2-5/10");
        assertEquals(await ranged.text(), "2345");

        const token = new URL(signed.data.signedUrl).searchParams.get("token")!;
        const tampered = await fetch(`${URL_BASE}/storage/v1/object/sign/${BUCKET}/${ticket}/other.txt?token=${token}`);
        assertEquals(tampered.status, 400, "token bound to its path");
        await tampered.body?.cancel();
        const expiredToken = await signJwt(
            { url: `${BUCKET}/${path}`, exp: Math.floor(Date.now() / 1000) - 5 },
            SECRET,
        );
        const expired = await fetch(`${URL_BASE}/storage/v1/object/sign/${BUCKET}/${path}?token=${expiredToken}`);
        assertEquals(expired.status, 400, "expired token");
        assertEquals((await expired.json()).statusCode, "400");

        const many = await files.createSignedUrls([path, `${ticket}/missing.txt`], 60);
        assertEquals(many.data?.map((entry) => [entry.path, entry.signedUrl !== null, entry.error !== null]), [
            [path, true, false],
            [`${ticket}/missing.txt`, false, true],
        ]);
    },
);

Deno.test(
    "storage: bucket size limit gives 413, public buckets serve anonymously, private ones do not",
    options,
    async () => {
        const bucket = `test-${crypto.randomUUID().slice(0, 8)}`;
        const created = await service.storage.createBucket(bucket, { public: true, fileSizeLimit: 1024 });
        assert(!created.error, `create bucket: ${created.error?.message}`);
        try {
            const files = service.storage.from(bucket);
            assertError((await files.upload("big.bin", new Uint8Array(2048))).error, 413, "over the bucket limit");
            assert(!(await files.upload("small.txt", "public bytes")).error, "small upload");
            const publicUrl = files.getPublicUrl("small.txt").data.publicUrl;
            const anonymous = await fetch(publicUrl);
            assertEquals(anonymous.status, 200);
            assertEquals(await anonymous.text(), "public bytes");

            const privateUrl = `${URL_BASE}/storage/v1/object/public/${BUCKET}/anything.txt`;
            const refused = await fetch(privateUrl);
            assertEquals(refused.status, 404, "private bucket has no public URLs");
            await refused.body?.cancel();

            const user = await signUp();
            assertError(
                (await user.client.storage.createBucket(`mine-${bucket}`)).error,
                403,
                "customers create no buckets",
            );
        } finally {
            await service.storage.emptyBucket(bucket);
            await service.storage.deleteBucket(bucket);
        }
    },
);

Deno.test({
    name: "storage tests: close the database pool",
    ...options,
    fn: async () => {
        await admin.end();
    },
});
