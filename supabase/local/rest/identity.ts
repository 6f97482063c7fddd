// Who a request runs as, the way PostgREST decides it (docs/references/auth.rst): the role claim of a
// verified Bearer JWT, the anon role without one, 401 for a bad or expired token. The gateway's apikey
// header stands in when no Authorization header is sent (supabase-js always sends both).
import type { RequestIdentity } from "../db.ts";
import { bearerToken } from "../http.ts";
import { verifyJwt } from "../jwt.ts";
import { ApiError } from "./errors.ts";

export interface Caller {
    identity: RequestIdentity;
    /**
     * The request runs as a role other than anon (decides 401 vs 403 for 42501): PostgREST passes
     * `authRole /= anonRole` to its error mapping, so the anon key itself still gets 401.
     */
    authenticated: boolean;
}

export const ANON_ROLE = "anon";

function looksLikeJwt(value: string): boolean {
    return value.split(".").length === 3;
}

export async function resolveCaller(req: Request, secret: string): Promise<Caller> {
    let token = bearerToken(req);
    if (token === null && req.headers.has("authorization")) {
        throw jwtError("PGRST301", "Authorization header is not a Bearer token");
    }
    if (token === null) {
        const apikey = req.headers.get("apikey");
        if (apikey && looksLikeJwt(apikey)) token = apikey;
    }
    if (token === null) return { identity: { role: ANON_ROLE, claims: {} }, authenticated: false };
    const result = await verifyJwt(token, secret);
    if (!result.ok) {
        throw result.reason === "expired" ? jwtError("PGRST303", "JWT expired") : jwtError("PGRST301", result.message);
    }
    const role = typeof result.claims.role === "string" && result.claims.role !== "" ? result.claims.role : ANON_ROLE;
    return { identity: { role, claims: result.claims }, authenticated: role !== ANON_ROLE };
}

function jwtError(code: string, message: string): ApiError {
    return new ApiError(401, code, message, null, null, {
        "WWW-Authenticate": `Bearer error="invalid_token", error_description="${message.replaceAll('"', "'")}"`,
    });
}
