// The caller of a Storage request: the JWT in `Authorization: Bearer` (else the `apikey` header),
// verified with the project's JWT secret; its `role` claim becomes the database role, as Storage's
// db scope does (request.jwt.claims, role, request.jwt.claim.sub …; see db.ts asRole).
import type { RequestIdentity } from "../db.ts";
import { bearerToken } from "../http.ts";
import { verifyJwt } from "../jwt.ts";
import { errors } from "./errors.ts";

export async function callerIdentity(req: Request, secret: string): Promise<RequestIdentity> {
    const token = bearerToken(req) ?? req.headers.get("apikey");
    if (!token) throw errors.invalidJwt("No authorization token was found");
    const result = await verifyJwt(token, secret);
    if (!result.ok) throw errors.invalidJwt(result.reason === "expired" ? "jwt expired" : result.message);
    const role = typeof result.claims.role === "string" ? result.claims.role : "anon";
    return { role, claims: result.claims };
}

export function requestInfo(req: Request, path: string) {
    const headers: Record<string, string> = {};
    req.headers.forEach((value, name) => {
        if (name !== "authorization" && name !== "apikey") headers[name] = value;
    });
    return { method: req.method, path, headers };
}
