// /storage/v1: object and bucket routes of the Supabase Storage API (protocol reference §5), metadata in
// storage.objects under the caller's RLS, bytes under <stateDir>/storage.
import type { ServerContext, Service } from "../context.ts";
import type { RequestIdentity } from "../db.ts";
import { corsHeaders, empty, json } from "../http.ts";
import { createBucket, deleteBucket, emptyBucket, getBucket, listBuckets, updateBucket } from "./buckets.ts";
import { errorResponse, errors, StorageError } from "./errors.ts";
import { FileStore } from "./files.ts";
import { callerIdentity, requestInfo } from "./identity.ts";
import { listObjects, parseListBody } from "./list.ts";
import {
    copyObject,
    deleteObjects,
    findBucket,
    moveObject,
    objectInfo,
    objectResponse,
    readObjectRow,
    type StorageDeps,
    writeObject,
} from "./objects.ts";
import { parseExpiresIn, signObjectUrl, signUploadToken, verifySignedToken } from "./signing.ts";

interface Target {
    bucket: string;
    name: string;
}

/** "<bucket>/<path…>" → bucket and object name (percent-decoded); name may be empty. */
function splitTarget(rest: string): Target {
    const slash = rest.indexOf("/");
    const bucket = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
    const name = slash < 0 ? "" : decodeURIComponent(rest.slice(slash + 1));
    if (bucket === "") throw errors.missing("bucket");
    return { bucket, name };
}

function requireName(target: Target): Target {
    if (target.name === "") throw errors.missing("object name");
    return target;
}

async function jsonBody(req: Request): Promise<Record<string, unknown>> {
    try {
        const body = await req.json();
        return typeof body === "object" && body !== null ? body : {};
    } catch {
        throw errors.invalidRequest("Body must be JSON");
    }
}

export function createStorageService(ctx: ServerContext): Service {
    const deps: StorageDeps = {
        db: ctx.db,
        files: new FileStore(ctx.config.stateDir),
        jwtSecret: ctx.config.jwtSecret,
    };
    const secret = ctx.config.jwtSecret;

    async function route(req: Request, path: string): Promise<Response | null> {
        const method = req.method;
        const info = requestInfo(req, `/storage/v1${path}`);
        const caller = (): Promise<RequestIdentity> => callerIdentity(req, secret);

        // Buckets -------------------------------------------------------------------------------
        if (path === "/bucket" || path === "/bucket/") {
            if (method === "GET") return json(await listBuckets(deps, await caller(), info));
            if (method === "POST") return json(await createBucket(deps, await caller(), info, await jsonBody(req)));
            return null;
        }
        const emptyMatch = path.match(/^\/bucket\/([^/]+)\/empty$/);
        if (emptyMatch && method === "POST") {
            return json(await emptyBucket(deps, await caller(), info, decodeURIComponent(emptyMatch[1])));
        }
        const bucketMatch = path.match(/^\/bucket\/([^/]+)$/);
        if (bucketMatch) {
            const id = decodeURIComponent(bucketMatch[1]);
            if (method === "GET") return json(await getBucket(deps, await caller(), info, id));
            if (method === "PUT") return json(await updateBucket(deps, await caller(), info, id, await jsonBody(req)));
            if (method === "DELETE") return json(await deleteBucket(deps, await caller(), info, id));
            return null;
        }
        if (!path.startsWith("/object/")) return null;
        const rest = path.slice("/object/".length);

        // Listing, move, copy ----------------------------------------------------------------------
        if (rest.startsWith("list/") && method === "POST") {
            const { bucket } = splitTarget(rest.slice("list/".length));
            const options = parseListBody(await jsonBody(req));
            return json(await listObjects(deps, await caller(), info, bucket, options));
        }
        if ((rest === "move" || rest === "copy") && method === "POST") {
            const body = await jsonBody(req);
            const bucket = String(body.bucketId ?? "");
            const source = String(body.sourceKey ?? "");
            const destination = String(body.destinationKey ?? "");
            if (!bucket || !source || !destination) throw errors.missing("bucketId, sourceKey, destinationKey");
            const from = { bucket, name: source };
            const to = {
                bucket: typeof body.destinationBucket === "string" ? body.destinationBucket : bucket,
                name: destination,
            };
            if (rest === "move") {
                await moveObject(deps, await caller(), info, from, to);
                return json({ message: "Successfully moved" });
            }
            const copied = await copyObject(deps, await caller(), info, from, to);
            return json({ Id: copied.id, Key: copied.key });
        }

        // Signed URLs -------------------------------------------------------------------------------
        if (rest.startsWith("upload/sign/")) {
            const target = requireName(splitTarget(rest.slice("upload/sign/".length)));
            if (method === "POST") {
                const identity = await caller();
                await findBucket(deps, target.bucket);
                const sub = typeof identity.claims.sub === "string" ? identity.claims.sub : null;
                const token = await signUploadToken(
                    secret,
                    target.bucket,
                    target.name,
                    sub,
                    req.headers.get("x-upsert") === "true",
                );
                return json({ url: `/object/upload/sign/${target.bucket}/${target.name}?token=${token}`, token });
            }
            if (method === "PUT") {
                const claims = await verifySignedToken(
                    secret,
                    new URL(req.url).searchParams.get("token"),
                    target.bucket,
                    target.name,
                );
                // The upload runs with the service role, owned by whoever created the signed URL.
                const identity: RequestIdentity = {
                    role: "service_role",
                    claims: { role: "service_role", sub: typeof claims.owner === "string" ? claims.owner : undefined },
                };
                const written = await writeObject(deps, req, identity, info, target.bucket, target.name, {
                    kind: "create",
                    upsert: claims.upsert === true,
                });
                return json({ Id: written.id, Key: written.key });
            }
            return null;
        }
        if (rest.startsWith("sign/")) {
            const target = splitTarget(rest.slice("sign/".length));
            if (method === "GET" || method === "HEAD") {
                requireName(target);
                await verifySignedToken(secret, new URL(req.url).searchParams.get("token"), target.bucket, target.name);
                const row = await readObjectRow(deps, null, info, target.bucket, target.name);
                if (!row) throw errors.noSuchKey();
                return await objectResponse(deps, req, row, corsHeaders);
            }
            if (method !== "POST") return null;
            const body = await jsonBody(req);
            const expiresIn = parseExpiresIn(body.expiresIn);
            const identity = await caller();
            if (target.name === "") {
                if (!Array.isArray(body.paths)) throw errors.missing("paths");
                await findBucket(deps, target.bucket);
                const results = [];
                for (const item of body.paths) {
                    const name = String(item);
                    const row = await readObjectRow(deps, identity, info, target.bucket, name);
                    results.push(
                        row
                            ? {
                                error: null,
                                path: name,
                                signedURL: await signObjectUrl(secret, target.bucket, name, expiresIn),
                            }
                            : {
                                error: "Either the object does not exist or you do not have access to it",
                                path: name,
                                signedURL: null,
                            },
                    );
                }
                return json(results);
            }
            await findBucket(deps, target.bucket);
            const row = await readObjectRow(deps, identity, info, target.bucket, target.name);
            if (!row) throw errors.noSuchKey();
            return json({ signedURL: await signObjectUrl(secret, target.bucket, target.name, expiresIn) });
        }

        // Downloads and info --------------------------------------------------------------------------
        const publicRoute = rest.startsWith("public/") || rest.startsWith("info/public/");
        const infoRoute = rest.startsWith("info/");
        if (publicRoute || rest.startsWith("authenticated/") || infoRoute) {
            if (method !== "GET" && method !== "HEAD") return null;
            const stripped = rest.replace(/^info\//, "").replace(/^(public|authenticated)\//, "");
            const target = requireName(splitTarget(stripped));
            const bucket = await findBucket(deps, target.bucket);
            let row;
            if (publicRoute) {
                if (!bucket.public) throw errors.noSuchBucket();
                row = await readObjectRow(deps, null, info, target.bucket, target.name);
            } else {
                row = await readObjectRow(deps, await caller(), info, target.bucket, target.name);
            }
            if (!row) throw errors.noSuchKey();
            if (infoRoute) return json(objectInfo(row));
            return await objectResponse(deps, req, row, corsHeaders);
        }

        // Plain object routes ---------------------------------------------------------------------
        const target = splitTarget(rest);
        if (target.name === "") {
            if (method !== "DELETE") return null;
            const body = await jsonBody(req);
            if (!Array.isArray(body.prefixes)) throw errors.missing("prefixes");
            await findBucket(deps, target.bucket);
            return json(await deleteObjects(deps, await caller(), info, target.bucket, body.prefixes.map(String)));
        }
        switch (method) {
            case "POST": {
                const upsert = req.headers.get("x-upsert") === "true";
                const written = await writeObject(deps, req, await caller(), info, target.bucket, target.name, {
                    kind: "create",
                    upsert,
                });
                return json({ Id: written.id, Key: written.key });
            }
            case "PUT": {
                const written = await writeObject(deps, req, await caller(), info, target.bucket, target.name, {
                    kind: "update",
                });
                return json({ Id: written.id, Key: written.key });
            }
            case "GET":
            case "HEAD": {
                await findBucket(deps, target.bucket);
                const row = await readObjectRow(deps, await caller(), info, target.bucket, target.name);
                if (!row) throw errors.noSuchKey();
                return await objectResponse(deps, req, row, corsHeaders);
            }
            case "DELETE": {
                await findBucket(deps, target.bucket);
                const deleted = await deleteObjects(deps, await caller(), info, target.bucket, [target.name]);
                if (deleted.length === 0) throw errors.noSuchKey();
                return json({ message: "Successfully deleted" });
            }
        }
        return null;
    }

    return {
        prefix: "/storage/v1",
        async handle(req: Request, path: string): Promise<Response | null> {
            if (req.method === "OPTIONS") return empty(204);
            try {
                return await route(req, path);
            } catch (error) {
                if (error instanceof StorageError) return errorResponse(error);
                if (error instanceof URIError) return errorResponse(errors.invalidRequest("malformed path"));
                console.error(`storage ${req.method} ${path}:`, error);
                return errorResponse(new StorageError(500, "InternalError", "Internal Server Error"));
            }
        },
    };
}
