// Bucket routes (protocol reference §5.1): list, get, create, update, delete, empty — as the caller's
// role, so without policies on storage.buckets only the service role manages buckets, as on Supabase.
import { asRole, type RequestIdentity, type RequestInfo } from "../db.ts";
import { errors, fromDatabaseError, StorageError } from "./errors.ts";
import { deleteObjects, type StorageDeps } from "./objects.ts";

const BUCKET_COLUMNS = "id, name, owner, owner_id, public, file_size_limit, allowed_mime_types, created_at, updated_at";

/** file_size_limit as a number of bytes or a string with a unit ("20MB", "1GB", "512KB"). */
function parseSizeLimit(value: unknown): number | null {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value);
    const match = String(value).trim().match(/^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i);
    if (!match) throw errors.invalidRequest(`invalid file_size_limit ${String(value)}`);
    const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? "b").toLowerCase() as "b"];
    return Math.floor(Number(match[1]) * factor);
}

function record(body: unknown): Record<string, unknown> {
    return typeof body === "object" && body !== null ? body as Record<string, unknown> : {};
}

export async function listBuckets(deps: StorageDeps, identity: RequestIdentity, request: RequestInfo) {
    return await asRole(deps.db.api, identity, request, async (tx) => {
        return await tx.unsafe(`select ${BUCKET_COLUMNS} from storage.buckets order by name`);
    }, { readOnly: true }).catch((error) => {
        throw fromDatabaseError(error);
    });
}

export async function getBucket(deps: StorageDeps, identity: RequestIdentity, request: RequestInfo, id: string) {
    const rows = await asRole(deps.db.api, identity, request, async (tx) => {
        return await tx.unsafe(`select ${BUCKET_COLUMNS} from storage.buckets where id = $1`, [id]);
    }, { readOnly: true }).catch((error) => {
        throw fromDatabaseError(error);
    });
    if (rows.length === 0) throw errors.noSuchBucket();
    return rows[0];
}

export async function createBucket(deps: StorageDeps, identity: RequestIdentity, request: RequestInfo, body: unknown) {
    const input = record(body);
    const name = typeof input.name === "string" ? input.name : typeof input.id === "string" ? input.id : "";
    if (!/^[\w!\-.*'() &$@=;:+,?]+$/.test(name)) throw errors.invalidRequest("Bucket name invalid");
    const id = typeof input.id === "string" && input.id !== "" ? input.id : name;
    const sub = typeof identity.claims.sub === "string" ? identity.claims.sub : null;
    const mimeTypes = Array.isArray(input.allowed_mime_types) ? input.allowed_mime_types.map(String) : null;
    await asRole(deps.db.api, identity, request, async (tx) => {
        await tx`insert into storage.buckets (id, name, owner_id, public, file_size_limit, allowed_mime_types)
                 values (${id}, ${name}, ${sub}, ${input.public === true}, ${parseSizeLimit(input.file_size_limit)},
                         ${mimeTypes})`;
    }).catch((error) => {
        if (error instanceof StorageError) throw error;
        if ((error as { code?: string }).code === "23505") {
            throw new StorageError(409, "BucketAlreadyExists", "The resource already exists");
        }
        throw fromDatabaseError(error);
    });
    return { name };
}

export async function updateBucket(
    deps: StorageDeps,
    identity: RequestIdentity,
    request: RequestInfo,
    id: string,
    body: unknown,
) {
    const input = record(body);
    const rows = await asRole(deps.db.api, identity, request, async (tx) => {
        const current = await tx<
            { public: boolean; file_size_limit: number | null; allowed_mime_types: string[] | null }[]
        >`
            select public, file_size_limit, allowed_mime_types from storage.buckets where id = ${id}`;
        if (current.length === 0) return [];
        const next = {
            public: typeof input.public === "boolean" ? input.public : current[0].public,
            limit: "file_size_limit" in input ? parseSizeLimit(input.file_size_limit) : current[0].file_size_limit,
            mimes: "allowed_mime_types" in input
                ? (Array.isArray(input.allowed_mime_types) ? input.allowed_mime_types.map(String) : null)
                : current[0].allowed_mime_types,
        };
        return await tx`update storage.buckets
                           set public = ${next.public}, file_size_limit = ${next.limit},
                               allowed_mime_types = ${next.mimes}, updated_at = now()
                         where id = ${id} returning id`;
    }).catch((error) => {
        throw fromDatabaseError(error);
    });
    if (rows.length === 0) throw errors.noSuchBucket();
    return { message: "Successfully updated" };
}

export async function emptyBucket(deps: StorageDeps, identity: RequestIdentity, request: RequestInfo, id: string) {
    await getBucket(deps, identity, request, id);
    const names = await asRole(deps.db.api, identity, request, async (tx) => {
        return await tx<{ name: string }[]>`select name from storage.objects where bucket_id = ${id}`;
    }, { readOnly: true }).catch((error) => {
        throw fromDatabaseError(error);
    });
    if (names.length > 0) await deleteObjects(deps, identity, request, id, names.map((row) => row.name));
    return { message: "Successfully emptied" };
}

export async function deleteBucket(deps: StorageDeps, identity: RequestIdentity, request: RequestInfo, id: string) {
    const deleted = await asRole(deps.db.api, identity, request, async (tx) => {
        const objects = await tx`select 1 from storage.objects where bucket_id = ${id} limit 1`;
        if (objects.length > 0) {
            throw new StorageError(409, "InvalidRequest", "The bucket you tried to delete is not empty");
        }
        await tx`select set_config('storage.allow_delete_query', 'true', true)`;
        return await tx`delete from storage.buckets where id = ${id} returning id`;
    }).catch((error) => {
        throw fromDatabaseError(error);
    });
    if (deleted.length === 0) throw errors.noSuchBucket();
    return { message: "Successfully deleted" };
}
