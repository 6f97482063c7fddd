// Storage API error bodies (protocol reference §5.2): `{"statusCode":"404","code":"NoSuchKey",
// "error":"NoSuchKey","message":"Object not found"}` — statusCode is a string; storage-js reads the
// message from `message` and the code from `statusCode`/`code`.
import { json } from "../http.ts";

export class StorageError extends Error {
    constructor(readonly status: number, readonly code: string, message: string) {
        super(message);
    }
}

export const errors = {
    noSuchBucket: () => new StorageError(404, "NoSuchBucket", "Bucket not found"),
    noSuchKey: () => new StorageError(404, "NoSuchKey", "Object not found"),
    alreadyExists: () => new StorageError(409, "KeyAlreadyExists", "The resource already exists"),
    accessDenied: (message = "new row violates row-level security policy") =>
        new StorageError(403, "AccessDenied", message),
    invalidJwt: (message: string) => new StorageError(400, "InvalidJWT", message),
    tooLarge: () => new StorageError(413, "EntityTooLarge", "The object exceeded the maximum allowed size"),
    invalidMime: (mime: string) => new StorageError(415, "InvalidMimeType", `mime type ${mime} is not supported`),
    invalidKey: (key: string) => new StorageError(400, "InvalidKey", `Invalid key: ${key}`),
    missing: (what: string) => new StorageError(400, "MissingParameter", `Missing parameter: ${what}`),
    invalidRequest: (message: string) => new StorageError(400, "InvalidRequest", message),
    invalidSignature: () => new StorageError(400, "InvalidSignature", "The url do not match the signature"),
};

interface PgLikeError {
    code?: string;
    message?: string;
}

/** Maps a database error raised while working as the caller's role. */
export function fromDatabaseError(error: unknown): StorageError {
    if (error instanceof StorageError) return error;
    const pg = error as PgLikeError;
    switch (pg?.code) {
        case "42501":
            return errors.accessDenied(pg.message);
        case "23505":
            return errors.alreadyExists();
        case "23503":
            return errors.noSuchBucket();
        case "22P02":
        case "22023":
            return errors.invalidRequest(pg.message ?? "invalid input");
    }
    return new StorageError(500, "InternalError", "Internal Server Error");
}

export function errorResponse(error: StorageError): Response {
    return json(
        { statusCode: String(error.status), code: error.code, error: error.code, message: error.message },
        error.status,
    );
}
