// Sessions and refresh tokens in auth.sessions / auth.refresh_tokens, and the session JSON GoTrue
// returns from /token and /signup (supabase/auth internal/models/{sessions,refresh_token}.go,
// internal/api/token_refresh.go).
import type { ServerConfig } from "../config.ts";
import type { Sql } from "../db.ts";
import { signJwt } from "../jwt.ts";
import { AuthError } from "./errors.ts";
import { findUserById, isBanned, type Queryable, userJson, type UserRow } from "./users.ts";

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** 12 random alphanumerics, as GoTrue's crypto.SecureAlphanumeric(12) for legacy refresh tokens. */
export function newRefreshToken(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join("");
}

interface SessionRow {
    id: string;
    user_id: string;
    created_at: Date;
    not_after: Date | null;
    aal: string | null;
}

interface RefreshTokenRow {
    id: string;
    token: string;
    user_id: string;
    revoked: boolean;
    parent: string | null;
    session_id: string | null;
    updated_at: Date;
}

export interface RequestMeta {
    userAgent: string | null;
    ip: string | null;
}

async function insertRefreshToken(sql: Queryable, userId: string, sessionId: string, parent: string | null) {
    const token = newRefreshToken();
    await sql.unsafe(
        `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
         values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
        [token, userId, parent, sessionId],
    );
    return token;
}

/** Access token claims as GoTrue's AccessTokenClaims (internal/tokens/service.go). */
async function accessToken(config: ServerConfig, user: UserRow, session: SessionRow) {
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + config.jwtExpirySeconds;
    const token = await signJwt({
        iss: `${config.publicUrl}/auth/v1`,
        sub: user.id,
        aud: user.aud ?? "authenticated",
        exp,
        iat,
        email: user.email ?? "",
        phone: user.phone ?? "",
        app_metadata: user.raw_app_meta_data ?? {},
        user_metadata: user.raw_user_meta_data ?? {},
        role: user.role ?? "authenticated",
        aal: session.aal ?? "aal1",
        amr: [{ method: "password", timestamp: Math.floor(session.created_at.getTime() / 1000) }],
        session_id: session.id,
        is_anonymous: user.is_anonymous,
    }, config.jwtSecret);
    return { token, exp };
}

async function sessionJson(
    sql: Queryable,
    config: ServerConfig,
    user: UserRow,
    session: SessionRow,
    refreshToken: string,
) {
    const { token, exp } = await accessToken(config, user, session);
    return {
        access_token: token,
        token_type: "bearer",
        expires_in: config.jwtExpirySeconds,
        expires_at: exp,
        refresh_token: refreshToken,
        user: await userJson(sql, user),
    };
}

/** A new session for a user who just signed in or up: session row, first refresh token, last_sign_in_at. */
export async function startSession(
    sql: Queryable,
    config: ServerConfig,
    userId: string,
    meta: RequestMeta,
): Promise<Record<string, unknown>> {
    const [session] = await sql.unsafe<SessionRow[]>(
        `insert into auth.sessions (id, user_id, created_at, updated_at, aal, refreshed_at, user_agent, ip)
         values (gen_random_uuid(), $1, now(), now(), 'aal1', now() at time zone 'utc', $2, $3::text::inet)
         returning id, user_id, created_at, not_after, aal::text as aal`,
        [userId, meta.userAgent, meta.ip],
    );
    const refreshToken = await insertRefreshToken(sql, userId, session.id, null);
    await sql.unsafe(`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`, [userId]);
    await sql.unsafe(
        `update auth.identities set last_sign_in_at = now() where user_id = $1 and provider = 'email'`,
        [userId],
    );
    const user = await findUserById(sql, userId);
    if (!user) throw new AuthError(500, "unexpected_failure", "user vanished while signing in");
    return await sessionJson(sql, config, user, session, refreshToken);
}

type RefreshOutcome = { ok: true; body: Record<string, unknown> } | { ok: false; error: AuthError };

/**
 * grant_type=refresh_token with rotation (token_refresh.go): an active token is revoked and replaced by
 * a child; the parent of the session's active token returns that active token again (the client lost
 * the previous answer); any other revoked token is accepted only within the reuse interval after its
 * revocation, otherwise the session's token family is revoked and the request fails. The revocation
 * is committed even though the request fails, as GoTrue's NewCommitWithError does.
 */
export async function refreshSession(sql: Sql, config: ServerConfig, token: string): Promise<Record<string, unknown>> {
    const outcome = await sql.begin(async (tx): Promise<RefreshOutcome> => {
        const [row] = await tx.unsafe<RefreshTokenRow[]>(
            `select id::text as id, token, user_id, revoked, parent, session_id, updated_at
               from auth.refresh_tokens where token = $1 for update`,
            [token],
        );
        const fail = (status: number, code: string, message: string): RefreshOutcome => ({
            ok: false,
            error: new AuthError(status, code, message),
        });
        if (!row) return fail(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
        const user = await findUserById(tx, row.user_id);
        if (!user || user.deleted_at) {
            return fail(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
        }
        if (isBanned(user)) return fail(400, "user_banned", "User is banned");
        const [session] = row.session_id
            ? await tx.unsafe<SessionRow[]>(
                `select id, user_id, created_at, not_after, aal::text as aal from auth.sessions where id = $1 for update`,
                [row.session_id],
            )
            : [];
        if (!session) return fail(400, "session_not_found", "Invalid Refresh Token: No Valid Session Found");
        if (session.not_after && session.not_after.getTime() < Date.now()) {
            return fail(400, "session_expired", "Invalid Refresh Token: Session Expired");
        }
        let issued: string | null = null;
        if (row.revoked) {
            const [active] = await tx.unsafe<RefreshTokenRow[]>(
                `select id::text as id, token, user_id, revoked, parent, session_id, updated_at
                   from auth.refresh_tokens where session_id = $1 and revoked = false order by id desc limit 1`,
                [session.id],
            );
            if (active && active.parent === row.token) {
                issued = active.token;
            } else {
                const reuseUntil = row.updated_at.getTime() + config.refreshTokenReuseIntervalSeconds * 1000;
                if (Date.now() > reuseUntil) {
                    await tx.unsafe(
                        `update auth.refresh_tokens set revoked = true, updated_at = now()
                          where session_id = $1 and revoked = false`,
                        [session.id],
                    );
                    return fail(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");
                }
            }
        }
        if (!issued) {
            await tx.unsafe(
                `update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1 and revoked = false`,
                [row.id],
            );
            issued = await insertRefreshToken(tx, user.id, session.id, row.token);
        }
        await tx.unsafe(
            `update auth.sessions set refreshed_at = now() at time zone 'utc', updated_at = now() where id = $1`,
            [session.id],
        );
        return { ok: true, body: await sessionJson(tx, config, user, session, issued) };
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.body;
}

export async function sessionExists(sql: Queryable, sessionId: string): Promise<boolean> {
    const rows = await sql.unsafe(`select 1 from auth.sessions where id = $1`, [sessionId]);
    return rows.length > 0;
}

/** POST /logout scopes: global = every session of the user, local = this one, others = all but this one. */
export async function endSessions(sql: Queryable, userId: string, sessionId: string | null, scope: string) {
    if (scope === "global" || !sessionId) {
        await sql.unsafe(`delete from auth.sessions where user_id = $1`, [userId]);
    } else if (scope === "local") {
        await sql.unsafe(`delete from auth.sessions where id = $1`, [sessionId]);
    } else {
        await sql.unsafe(`delete from auth.sessions where user_id = $1 and id <> $2`, [userId, sessionId]);
    }
    // Legacy tokens without a session would otherwise outlive a global sign-out.
    if (scope === "global") {
        await sql.unsafe(`update auth.refresh_tokens set revoked = true where user_id = $1`, [userId]);
    }
}
