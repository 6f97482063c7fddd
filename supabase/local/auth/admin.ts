// GoTrue's /admin/users endpoints (internal/api/admin.go), service role only.
import type { ServerContext } from "../context.ts";
import { json } from "../http.ts";
import { type JsonObject, optionalBoolean, optionalObject, optionalString, readJsonObject } from "./body.ts";
import { AuthError, errors } from "./errors.ts";
import { isUuid, requireAdmin } from "./guard.ts";
import { checkPassword } from "./handlers.ts";
import {
    findUserByEmail,
    findUserById,
    insertUser,
    isValidEmail,
    updateUser,
    USER_COLUMNS,
    userJson,
    type UserRow,
} from "./users.ts";

/** ban_duration: "none" lifts a ban, otherwise a Go duration such as "24h" or "1h30m". */
function banUntil(duration: string | undefined): Date | null | undefined {
    if (duration === undefined) return undefined;
    if (duration === "none") return null;
    const match = duration.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/);
    if (!match || duration === "") throw errors.validation("invalid format for ban duration");
    const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
    return new Date(Date.now() + seconds * 1000);
}

async function userOr404(ctx: ServerContext, id: string): Promise<UserRow> {
    if (!isUuid(id)) throw new AuthError(404, "validation_failed", "user_id must be an UUID");
    const user = await findUserById(ctx.db.admin, id);
    if (!user) throw errors.userNotFound();
    return user;
}

async function listUsers(ctx: ServerContext, req: Request): Promise<Response> {
    const url = new URL(req.url);
    const page = Math.max(1, Number(url.searchParams.get("page") ?? "1") || 1);
    const perPage = Math.min(1000, Math.max(1, Number(url.searchParams.get("per_page") ?? "50") || 50));
    const [{ total }] = await ctx.db.admin.unsafe<{ total: number }[]>(
        `select count(*)::int as total from auth.users`,
    );
    const rows = await ctx.db.admin.unsafe<UserRow[]>(
        `select ${USER_COLUMNS.join(", ")} from auth.users order by created_at desc, id limit $1 offset $2`,
        [perPage, (page - 1) * perPage],
    );
    const users = [];
    for (const row of rows) users.push(await userJson(ctx.db.admin, row));
    const lastPage = Math.max(1, Math.ceil(total / perPage));
    const base = `${ctx.config.publicUrl}/auth/v1/admin/users`;
    const links = [];
    if (page < lastPage) links.push(`<${base}?page=${page + 1}&per_page=${perPage}>; rel="next"`);
    links.push(`<${base}?page=${lastPage}&per_page=${perPage}>; rel="last"`);
    return json({ users, aud: "authenticated" }, 200, { "X-Total-Count": String(total), Link: links.join(", ") });
}

async function createUser(ctx: ServerContext, body: JsonObject): Promise<Response> {
    const email = optionalString(body, "email")?.trim();
    if (!email) throw errors.validation("Unable to validate email address: invalid format");
    if (!isValidEmail(email)) throw errors.validation("Unable to validate email address: invalid format");
    const password = optionalString(body, "password");
    if (password !== undefined) checkPassword(ctx, password);
    const id = optionalString(body, "id");
    if (id !== undefined && !isUuid(id)) throw errors.validation("id must be an UUID");
    const user = await ctx.db.admin.begin(async (tx) => {
        if (await findUserByEmail(tx, email)) throw errors.emailExists();
        const created = await insertUser(tx, {
            id,
            email,
            password,
            emailConfirmed: optionalBoolean(body, "email_confirm") ?? false,
            userMetadata: optionalObject(body, "user_metadata") ?? {},
            appMetadata: optionalObject(body, "app_metadata") ?? {},
            role: optionalString(body, "role"),
        });
        const bannedUntil = banUntil(optionalString(body, "ban_duration"));
        return bannedUntil === undefined ? created : await updateUser(tx, created, { bannedUntil });
    });
    return json(await userJson(ctx.db.admin, user));
}

async function changeUser(ctx: ServerContext, user: UserRow, body: JsonObject): Promise<Response> {
    const email = optionalString(body, "email")?.trim();
    const password = optionalString(body, "password");
    if (password !== undefined) checkPassword(ctx, password);
    const updated = await ctx.db.admin.begin(async (tx) => {
        if (email !== undefined && email.toLowerCase() !== (user.email ?? "").toLowerCase()) {
            if (!isValidEmail(email)) throw errors.validation("Unable to validate email address: invalid format");
            if (await findUserByEmail(tx, email)) throw errors.emailExists();
        }
        return await updateUser(tx, user, {
            email,
            password,
            emailConfirmed: optionalBoolean(body, "email_confirm"),
            userMetadata: optionalObject(body, "user_metadata"),
            appMetadata: optionalObject(body, "app_metadata"),
            role: optionalString(body, "role"),
            bannedUntil: banUntil(optionalString(body, "ban_duration")),
        });
    });
    return json(await userJson(ctx.db.admin, updated));
}

async function deleteUser(ctx: ServerContext, user: UserRow, body: JsonObject): Promise<Response> {
    if (optionalBoolean(body, "should_soft_delete")) {
        await ctx.db.admin.begin(async (tx) => {
            await tx.unsafe(
                `update auth.users set deleted_at = now(), email = null, phone = null, encrypted_password = '',
                        raw_user_meta_data = '{}', updated_at = now() where id = $1`,
                [user.id],
            );
            await tx.unsafe(`delete from auth.identities where user_id = $1`, [user.id]);
            await tx.unsafe(`delete from auth.sessions where user_id = $1`, [user.id]);
        });
    } else {
        await ctx.db.admin.unsafe(`delete from auth.users where id = $1`, [user.id]);
    }
    return json({});
}

/** Routes below /admin; `rest` is the path after "/admin". */
export async function handleAdmin(ctx: ServerContext, req: Request, rest: string): Promise<Response | null> {
    const users = rest.match(/^\/users\/?$/);
    const one = rest.match(/^\/users\/([^/]+)\/?$/);
    if (!users && !one) return null;
    await requireAdmin(ctx, req);
    if (users) {
        if (req.method === "GET") return await listUsers(ctx, req);
        if (req.method === "POST") return await createUser(ctx, await readJsonObject(req));
        throw new AuthError(405, "method_not_allowed", "Method not allowed");
    }
    const user = await userOr404(ctx, decodeURIComponent(one![1]));
    if (req.method === "GET") return json(await userJson(ctx.db.admin, user));
    if (req.method === "PUT") return await changeUser(ctx, user, await readJsonObject(req));
    if (req.method === "DELETE") return await deleteUser(ctx, user, await readJsonObject(req));
    throw new AuthError(405, "method_not_allowed", "Method not allowed");
}
