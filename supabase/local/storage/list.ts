// POST /object/list/{bucket}: one folder level under `prefix`, as storage.search() answers it — files
// with their row, sub-folders as entries whose id/timestamps/metadata are null. Runs as the caller, so
// only objects the SELECT policies allow are listed (and only their folders appear).
import { asRole, type RequestIdentity, type RequestInfo } from "../db.ts";
import { errors, fromDatabaseError } from "./errors.ts";
import { findBucket, type StorageDeps } from "./objects.ts";

const SORT_COLUMNS = new Set(["name", "updated_at", "created_at", "last_accessed_at"]);

export interface ListOptions {
    prefix: string;
    limit: number;
    offset: number;
    sortColumn: string;
    sortOrder: "asc" | "desc";
    search: string;
}

function escapeLike(text: string): string {
    return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export function parseListBody(body: unknown): ListOptions {
    const input = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof input.prefix !== "string") throw errors.missing("prefix");
    const sortBy = (typeof input.sortBy === "object" && input.sortBy !== null ? input.sortBy : {}) as Record<
        string,
        unknown
    >;
    const sortColumn = typeof sortBy.column === "string" && SORT_COLUMNS.has(sortBy.column) ? sortBy.column : "name";
    const limit = Number(input.limit ?? 100);
    const offset = Number(input.offset ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) {
        throw errors.invalidRequest("limit must be a positive integer and offset a non-negative integer");
    }
    let prefix = input.prefix;
    if (prefix !== "" && !prefix.endsWith("/")) prefix += "/";
    return {
        prefix,
        limit,
        offset,
        sortColumn,
        sortOrder: String(sortBy.order ?? "asc").toLowerCase() === "desc" ? "desc" : "asc",
        search: typeof input.search === "string" ? input.search : "",
    };
}

export async function listObjects(
    deps: StorageDeps,
    identity: RequestIdentity,
    request: RequestInfo,
    bucketId: string,
    options: ListOptions,
): Promise<Record<string, unknown>[]> {
    await findBucket(deps, bucketId);
    const order = `${options.sortColumn === "name" ? 'name collate "C"' : options.sortColumn} ${options.sortOrder}`;
    const text = `
        with scoped as (
            select substr(name, $3 + 1) as rest, id, updated_at, created_at, last_accessed_at, metadata
              from storage.objects
             where bucket_id = $1 and left(name, $3) = $2 and substr(name, $3 + 1) ilike $4
        ), entries as (
            select split_part(rest, '/', 1) as name, null::uuid as id, null::timestamptz as updated_at,
                   null::timestamptz as created_at, null::timestamptz as last_accessed_at, null::jsonb as metadata
              from scoped where strpos(rest, '/') > 0
             group by split_part(rest, '/', 1)
            union all
            select rest, id, updated_at, created_at, last_accessed_at, metadata
              from scoped where strpos(rest, '/') = 0
        )
        select name, id, updated_at, created_at, last_accessed_at, metadata
          from entries order by ${order}, name collate "C" limit $5 offset $6`;
    try {
        return await asRole(deps.db.api, identity, request, async (tx) => {
            return await tx.unsafe<Record<string, unknown>[]>(text, [
                bucketId,
                options.prefix,
                options.prefix.length,
                `${escapeLike(options.search)}%`,
                options.limit,
                options.offset,
            ]);
        }, { readOnly: true });
    } catch (error) {
        throw fromDatabaseError(error);
    }
}
