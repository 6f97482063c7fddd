// requireAuthentication and requireAdmin of GoTrue (internal/api/auth.go): a Bearer JWT that verifies,
// whose `sub` is an existing user and whose `session_id` (when present) is an existing session.
import type { ServerContext } from "../context.ts";
import { bearerToken } from "../http.ts";
import { type Claims, verifyJwt } from "../jwt.ts";
import { AuthError, errors } from "./errors.ts";
import { sessionExists } from "./sessions.ts";
import { findUserById, isBanned, type UserRow } from "./users.ts";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
    return UUID_PATTERN.test(value);
}

export async function requireClaims(ctx: ServerContext, req: Request): Promise<Claims> {
    const token = bearerToken(req);
    if (!token) throw errors.noAuthorization();
    const result = await verifyJwt(token, ctx.config.jwtSecret);
    if (!result.ok) {
        throw errors.badJwt(
            result.reason === "expired" ? "token has invalid claims: token is expired" : result.message,
        );
    }
    return result.claims;
}

export interface Authenticated {
    claims: Claims;
    user: UserRow;
    sessionId: string | null;
}

export async function requireUser(ctx: ServerContext, req: Request): Promise<Authenticated> {
    const claims = await requireClaims(ctx, req);
    const sub = claims.sub;
    if (typeof sub !== "string" || sub === "") throw new AuthError(403, "bad_jwt", "invalid claim: missing sub claim");
    if (!isUuid(sub)) throw new AuthError(400, "bad_jwt", "invalid claim: sub claim must be a UUID");
    const user = await findUserById(ctx.db.admin, sub);
    if (!user || user.deleted_at) throw errors.userNotFound(403);
    const sessionId = typeof claims.session_id === "string" && claims.session_id !== "" ? claims.session_id : null;
    if (sessionId && (!isUuid(sessionId) || !(await sessionExists(ctx.db.admin, sessionId)))) {
        throw errors.sessionNotFound();
    }
    if (isBanned(user)) throw errors.userBanned(403);
    return { claims, user, sessionId };
}

const ADMIN_ROLES = new Set(["service_role", "supabase_admin"]);

export async function requireAdmin(ctx: ServerContext, req: Request): Promise<Claims> {
    const claims = await requireClaims(ctx, req);
    if (typeof claims.role !== "string" || !ADMIN_ROLES.has(claims.role)) throw errors.notAdmin();
    return claims;
}
