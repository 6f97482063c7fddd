// Object writes, reads and deletes (protocol reference §5.1). Metadata rows in storage.objects are
// read and written as the caller's role through asRole, so the RLS policies on storage.objects decide,
// as in Storage; the service role bypasses RLS. Bytes live in the FileStore.
import { asRole, type Database, type RequestIdentity, type RequestInfo, type TransactionSql } from "../db.ts";
import { errors, fromDatabaseError, StorageError } from "./errors.ts";
import type { FileStore, StagedFile } from "./files.ts";
import { readUpload } from "./upload_body.ts";

/** Storage's default global upload limit (FILE_SIZE_LIMIT) is 50 MB. */
export const GLOBAL_FILE_SIZE_LIMIT = 50 * 1024 * 1024;

export interface StorageDeps {
    db: Database;
    files: FileStore;
    jwtSecret: string;
}

export interface BucketRow {
    id: string;
    public: boolean;
    file_size_limit: number | null;
    allowed_mime_types: string[] | null;
}

export interface ObjectRow {
    id: string;
    bucket_id: string;
    name: string;
    owner: string | null;
    owner_id: string | null;
    version: string | null;
    metadata: Record<string, unknown> | null;
    user_metadata: Record<string, unknown> | null;
    created_at: Date | null;
    updated_at: Date | null;
    last_accessed_at: Date | null;
}

const OBJECT_COLUMNS =
    "id, bucket_id, name, owner, owner_id, version, metadata, user_metadata, created_at, updated_at, last_accessed_at";

/** Storage's key rule (isValidKey): printable characters, no empty or dot-only path segments. */
export function validateKey(name: string): void {
    if (name === "" || name.length > 1024) throw errors.invalidKey(name);
    if (!/^[\w\/!\-.*'() &$@=;:+,?]+$/u.test(name)) throw errors.invalidKey(name);
    if (name.startsWith("/") || name.split("/").some((segment) => segment === "." || segment === "..")) {
        throw errors.invalidKey(name);
    }
}

export async function findBucket(deps: StorageDeps, bucket: string): Promise<BucketRow> {
    const rows = await deps.db.admin<BucketRow[]>`
        select id, public, file_size_limit, allowed_mime_types from storage.buckets where id = ${bucket}`;
    if (rows.length === 0) throw errors.noSuchBucket();
    return rows[0];
}

function mimeAllowed(allowed: string[] | null, mime: string): boolean {
    if (!allowed || allowed.length === 0) return true;
    const base = mime.split(";")[0].trim().toLowerCase();
    return allowed.some((pattern) => {
        const wanted = pattern.toLowerCase();
        if (wanted.endsWith("/*")) return base.startsWith(wanted.slice(0, -1));
        return base === wanted;
    });
}

function ownerOf(identity: RequestIdentity): { owner: string | null; ownerId: string | null } {
    const sub = typeof identity.claims.sub === "string" ? identity.claims.sub : null;
    const isUuid = sub !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sub);
    return { owner: isUuid ? sub : null, ownerId: sub };
}

function jsonOrNull(tx: TransactionSql, value: unknown) {
    return value === null || value === undefined ? null : tx.json(value as never);
}

async function allowDelete(tx: TransactionSql): Promise<void> {
    // Storage migration 0055 blocks direct deletes unless this GUC is set; Storage itself sets it.
    await tx`select set_config('storage.allow_delete_query', 'true', true)`;
}

export interface WriteResult {
    id: string;
    key: string;
}

/**
 * Creates (POST, optionally upserting) or replaces (PUT) an object. The bytes are staged first, the row
 * is written as the caller, the staged file moves into place before the commit; on failure nothing
 * stays behind. The previous version's bytes are removed after the commit.
 */
export async function writeObject(
    deps: StorageDeps,
    req: Request,
    identity: RequestIdentity,
    request: RequestInfo,
    bucketId: string,
    name: string,
    mode: { kind: "create"; upsert: boolean } | { kind: "update" },
): Promise<WriteResult> {
    validateKey(name);
    const bucket = await findBucket(deps, bucketId);
    const limit = Math.min(bucket.file_size_limit ?? GLOBAL_FILE_SIZE_LIMIT, GLOBAL_FILE_SIZE_LIMIT);
    const body = await readUpload(req, limit);
    if (!mimeAllowed(bucket.allowed_mime_types, body.contentType)) throw errors.invalidMime(body.contentType);
    const staged: StagedFile = await deps.files.stage(body.bytes);
    const version = crypto.randomUUID();
    const now = new Date();
    const metadata = {
        eTag: staged.eTag,
        size: staged.size,
        mimetype: body.contentType,
        cacheControl: body.cacheControl,
        lastModified: now.toISOString(),
        contentLength: staged.size,
        httpStatusCode: 200,
    };
    const { owner, ownerId } = ownerOf(identity);
    let placed = false;
    try {
        const result = await asRole(deps.db.api, identity, request, async (tx) => {
            let id: string;
            let oldVersion: string | null = null;
            if (mode.kind === "create" && !mode.upsert) {
                id = crypto.randomUUID();
                // No RETURNING: an INSERT-only policy must be enough to upload (Storage's rule).
                await tx`insert into storage.objects (id, bucket_id, name, owner, owner_id, metadata, user_metadata, version)
                         values (${id}, ${bucketId}, ${name}, ${owner}, ${ownerId}, ${tx.json(metadata)},
                                 ${jsonOrNull(tx, body.userMetadata)}, ${version})`;
            } else if (mode.kind === "create") {
                const rows = await tx<{ id: string; old_version: string | null }[]>`
                    with old as (select version from storage.objects where bucket_id = ${bucketId} and name = ${name})
                    insert into storage.objects (bucket_id, name, owner, owner_id, metadata, user_metadata, version)
                    values (${bucketId}, ${name}, ${owner}, ${ownerId}, ${tx.json(metadata)},
                            ${jsonOrNull(tx, body.userMetadata)}, ${version})
                    on conflict (bucket_id, name) do update
                       set owner = excluded.owner, owner_id = excluded.owner_id, metadata = excluded.metadata,
                           user_metadata = excluded.user_metadata, version = excluded.version,
                           updated_at = now(), last_accessed_at = now()
                    returning id, (select version from old) as old_version`;
                id = rows[0].id;
                oldVersion = rows[0].old_version;
            } else {
                const rows = await tx<{ id: string; old_version: string | null }[]>`
                    with old as (select id, version from storage.objects where bucket_id = ${bucketId} and name = ${name})
                    update storage.objects o
                       set owner = ${owner}, owner_id = ${ownerId}, metadata = ${tx.json(metadata)},
                           user_metadata = ${jsonOrNull(tx, body.userMetadata)},
                           version = ${version}, updated_at = now(), last_accessed_at = now()
                      from old where o.id = old.id
                    returning o.id, old.version as old_version`;
                if (rows.length === 0) throw errors.noSuchKey();
                id = rows[0].id;
                oldVersion = rows[0].old_version;
            }
            await deps.files.place(staged, bucketId, version);
            placed = true;
            return { id, oldVersion };
        });
        if (result.oldVersion && result.oldVersion !== version) await deps.files.remove(bucketId, result.oldVersion);
        return { id: result.id, key: `${bucketId}/${name}` };
    } catch (error) {
        await deps.files.discard(placed ? deps.files.pathOf(bucketId, version) : staged.tempPath);
        throw fromDatabaseError(error);
    }
}

/** Reads the row as the caller (RLS) — null when missing or not visible. */
export async function readObjectRow(
    deps: StorageDeps,
    identity: RequestIdentity | null,
    request: RequestInfo,
    bucketId: string,
    name: string,
): Promise<ObjectRow | null> {
    try {
        if (identity === null) {
            const rows = await deps.db.admin.unsafe<ObjectRow[]>(
                `select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`,
                [bucketId, name],
            );
            return rows[0] ?? null;
        }
        return await asRole(deps.db.api, identity, request, async (tx) => {
            const rows = await tx.unsafe<ObjectRow[]>(
                `select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`,
                [bucketId, name],
            );
            return rows[0] ?? null;
        }, { readOnly: true });
    } catch (error) {
        throw fromDatabaseError(error);
    }
}

function parseRange(header: string | null, size: number): { start: number; end: number } | null | "invalid" {
    if (!header) return null;
    const match = header.match(/^bytes=(\d*)-(\d*)$/);
    if (!match || (match[1] === "" && match[2] === "")) return "invalid";
    let start: number;
    let end: number;
    if (match[1] === "") {
        const suffix = Number(match[2]);
        start = Math.max(0, size - suffix);
        end = size - 1;
    } else {
        start = Number(match[1]);
        end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
    }
    if (start > end || start >= size) return "invalid";
    return { start, end };
}

/** Streams an object's bytes with Storage's headers; supports `?download=` and a single Range. */
export async function objectResponse(
    deps: StorageDeps,
    req: Request,
    row: ObjectRow,
    cors: Record<string, string>,
): Promise<Response> {
    const opened = await deps.files.open(row.bucket_id, row.version ?? row.id);
    if (!opened) throw errors.noSuchKey();
    const metadata = row.metadata ?? {};
    const headers: Record<string, string> = {
        ...cors,
        "Content-Type": String(metadata.mimetype ?? "application/octet-stream"),
        "Cache-Control": String(metadata.cacheControl ?? "no-cache"),
        "Accept-Ranges": "bytes",
    };
    if (metadata.eTag) headers["ETag"] = String(metadata.eTag);
    if (row.updated_at) headers["Last-Modified"] = new Date(row.updated_at).toUTCString();
    const download = new URL(req.url).searchParams.get("download");
    if (download !== null) {
        const fileName = download !== "" ? download : row.name.split("/").pop() ?? row.name;
        headers["Content-Disposition"] = `attachment; filename="${fileName.replaceAll('"', "")}"`;
    }
    const range = parseRange(req.headers.get("range"), opened.size);
    if (range === "invalid") {
        opened.file.close();
        return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${opened.size}` } });
    }
    if (req.method === "HEAD") {
        opened.file.close();
        headers["Content-Length"] = String(opened.size);
        return new Response(null, { status: 200, headers });
    }
    if (range) {
        const length = range.end - range.start + 1;
        const buffer = new Uint8Array(length);
        await opened.file.seek(range.start, Deno.SeekMode.Start);
        let read = 0;
        while (read < length) {
            const count = await opened.file.read(buffer.subarray(read));
            if (count === null) break;
            read += count;
        }
        opened.file.close();
        headers["Content-Length"] = String(read);
        headers["Content-Range"] = `bytes ${range.start}-${range.start + read - 1}/${opened.size}`;
        return new Response(buffer.subarray(0, read), { status: 206, headers });
    }
    headers["Content-Length"] = String(opened.size);
    return new Response(opened.file.readable, { status: 200, headers });
}

/** Object info as Storage's /object/info answers it (storage-js camel-cases the keys). */
export function objectInfo(row: ObjectRow): Record<string, unknown> {
    const metadata = row.metadata ?? {};
    return {
        id: row.id,
        name: row.name,
        version: row.version,
        bucket_id: row.bucket_id,
        size: metadata.size ?? null,
        content_type: metadata.mimetype ?? null,
        cache_control: metadata.cacheControl ?? null,
        etag: metadata.eTag ?? null,
        metadata: row.user_metadata,
        last_modified: row.updated_at,
        created_at: row.created_at,
    };
}

/** Deletes objects as the caller; bytes go after the commit. Returns the deleted rows. */
export async function deleteObjects(
    deps: StorageDeps,
    identity: RequestIdentity,
    request: RequestInfo,
    bucketId: string,
    names: string[],
): Promise<ObjectRow[]> {
    let rows: ObjectRow[];
    try {
        rows = await asRole(deps.db.api, identity, request, async (tx) => {
            await allowDelete(tx);
            return await tx.unsafe<ObjectRow[]>(
                `delete from storage.objects where bucket_id = $1 and name = any($2::text[]) returning ${OBJECT_COLUMNS}`,
                [bucketId, names],
            );
        });
    } catch (error) {
        throw fromDatabaseError(error);
    }
    for (const row of rows) await deps.files.remove(row.bucket_id, row.version ?? row.id);
    return rows;
}

/** Moves an object (rename, maybe to another bucket) as the caller: the UPDATE policy decides. */
export async function moveObject(
    deps: StorageDeps,
    identity: RequestIdentity,
    request: RequestInfo,
    from: { bucket: string; name: string },
    to: { bucket: string; name: string },
): Promise<void> {
    validateKey(to.name);
    await findBucket(deps, to.bucket);
    let moved: string | null = null;
    try {
        moved = await asRole(deps.db.api, identity, request, async (tx) => {
            const rows = await tx<{ id: string; version: string | null }[]>`
                update storage.objects set bucket_id = ${to.bucket}, name = ${to.name}, updated_at = now()
                 where bucket_id = ${from.bucket} and name = ${from.name}
                returning id, version`;
            if (rows.length === 0) throw errors.noSuchKey();
            if (from.bucket === to.bucket) return null;
            const version = rows[0].version ?? rows[0].id;
            await deps.files.copy(from.bucket, version, to.bucket, version);
            return version;
        });
    } catch (error) {
        throw fromDatabaseError(error);
    }
    // Across buckets the bytes were copied before the commit; the source copy goes after it.
    if (moved) await deps.files.remove(from.bucket, moved);
}

/** Copies an object as the caller (SELECT on the source, INSERT on the destination). */
export async function copyObject(
    deps: StorageDeps,
    identity: RequestIdentity,
    request: RequestInfo,
    from: { bucket: string; name: string },
    to: { bucket: string; name: string },
): Promise<WriteResult> {
    validateKey(to.name);
    await findBucket(deps, to.bucket);
    const version = crypto.randomUUID();
    const { owner, ownerId } = ownerOf(identity);
    let copied = false;
    try {
        const id = await asRole(deps.db.api, identity, request, async (tx) => {
            const source = await tx<
                { version: string | null; id: string; metadata: unknown; user_metadata: unknown }[]
            >`
                select id, version, metadata, user_metadata from storage.objects
                 where bucket_id = ${from.bucket} and name = ${from.name}`;
            if (source.length === 0) throw errors.noSuchKey();
            const id = crypto.randomUUID();
            await tx`insert into storage.objects (id, bucket_id, name, owner, owner_id, metadata, user_metadata, version)
                     values (${id}, ${to.bucket}, ${to.name}, ${owner}, ${ownerId},
                             ${jsonOrNull(tx, source[0].metadata)}, ${
                jsonOrNull(tx, source[0].user_metadata)
            }, ${version})`;
            await deps.files.copy(from.bucket, source[0].version ?? source[0].id, to.bucket, version);
            copied = true;
            return id;
        });
        return { id, key: `${to.bucket}/${to.name}` };
    } catch (error) {
        if (copied) await deps.files.remove(to.bucket, version);
        throw fromDatabaseError(error);
    }
}

export function isStorageError(error: unknown): error is StorageError {
    return error instanceof StorageError;
}
