// auth.users and auth.identities as GoTrue reads and writes them, and the user JSON it returns
// (models.User JSON tags: encrypted_password and *_token columns are never serialized).
import type { Sql, TransactionSql } from "../db.ts";

/** A pool or a transaction: both run queries. */
export type Queryable = Sql | TransactionSql;

export interface UserRow {
    id: string;
    aud: string | null;
    role: string | null;
    email: string | null;
    phone: string | null;
    email_confirmed_at: Date | null;
    phone_confirmed_at: Date | null;
    confirmed_at: Date | null;
    confirmation_sent_at: Date | null;
    last_sign_in_at: Date | null;
    raw_app_meta_data: Record<string, unknown> | null;
    raw_user_meta_data: Record<string, unknown> | null;
    created_at: Date | null;
    updated_at: Date | null;
    banned_until: Date | null;
    deleted_at: Date | null;
    is_anonymous: boolean;
}

interface IdentityRow {
    id: string;
    provider_id: string;
    user_id: string;
    identity_data: Record<string, unknown>;
    provider: string;
    last_sign_in_at: Date | null;
    created_at: Date | null;
    updated_at: Date | null;
    email: string | null;
}

export const USER_COLUMNS = [
    "id",
    "aud",
    "role",
    "email",
    "phone",
    "email_confirmed_at",
    "phone_confirmed_at",
    "confirmed_at",
    "confirmation_sent_at",
    "last_sign_in_at",
    "raw_app_meta_data",
    "raw_user_meta_data",
    "created_at",
    "updated_at",
    "banned_until",
    "deleted_at",
    "is_anonymous",
];

/** A user id or email never reaches SQL text: only these fixed column names do. */
const userColumnList = USER_COLUMNS.join(", ");

export async function findUserById(sql: Queryable, id: string): Promise<UserRow | null> {
    const rows = await sql.unsafe<UserRow[]>(`select ${userColumnList} from auth.users where id = $1`, [id]);
    return rows[0] ?? null;
}

export async function findUserByEmail(sql: Queryable, email: string): Promise<UserRow | null> {
    const rows = await sql.unsafe<UserRow[]>(
        `select ${userColumnList} from auth.users where lower(email) = lower($1) and is_sso_user = false`,
        [email],
    );
    return rows[0] ?? null;
}

/** The user whose email and password match, or null (bcrypt check done by pgcrypto, as GoTrue's hash). */
export async function findUserByPassword(sql: Queryable, email: string, password: string): Promise<UserRow | null> {
    const rows = await sql.unsafe<UserRow[]>(
        `select ${userColumnList} from auth.users
          where lower(email) = lower($1) and is_sso_user = false and deleted_at is null
            and case when coalesce(encrypted_password, '') like '$2%'
                     then encrypted_password = extensions.crypt($2, encrypted_password) else false end`,
        [email, password],
    );
    return rows[0] ?? null;
}

export async function passwordMatches(sql: Queryable, userId: string, password: string): Promise<boolean> {
    const rows = await sql.unsafe<{ ok: boolean }[]>(
        `select case when coalesce(encrypted_password, '') like '$2%'
                     then encrypted_password = extensions.crypt($2, encrypted_password) else false end as ok
           from auth.users where id = $1`,
        [userId, password],
    );
    return rows[0]?.ok === true;
}

export function isBanned(user: UserRow): boolean {
    return user.banned_until !== null && user.banned_until.getTime() > Date.now();
}

async function identitiesOf(sql: Queryable, userId: string): Promise<IdentityRow[]> {
    return await sql.unsafe<IdentityRow[]>(
        `select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, email
           from auth.identities where user_id = $1 order by created_at`,
        [userId],
    );
}

function time(value: Date | null): string | undefined {
    return value ? value.toISOString() : undefined;
}

/** The user JSON GoTrue returns (omitempty fields left out when unset). */
export async function userJson(sql: Queryable, user: UserRow): Promise<Record<string, unknown>> {
    const identities = await identitiesOf(sql, user.id);
    const body: Record<string, unknown> = {
        id: user.id,
        aud: user.aud ?? "",
        role: user.role ?? "",
        email: user.email ?? "",
        email_confirmed_at: time(user.email_confirmed_at),
        phone: user.phone ?? "",
        phone_confirmed_at: time(user.phone_confirmed_at),
        confirmation_sent_at: time(user.confirmation_sent_at),
        confirmed_at: time(user.confirmed_at),
        last_sign_in_at: time(user.last_sign_in_at),
        app_metadata: user.raw_app_meta_data ?? {},
        user_metadata: user.raw_user_meta_data ?? {},
        identities: identities.map((identity) => ({
            identity_id: identity.id,
            id: identity.provider_id,
            user_id: identity.user_id,
            identity_data: identity.identity_data,
            provider: identity.provider,
            last_sign_in_at: time(identity.last_sign_in_at),
            created_at: time(identity.created_at),
            updated_at: time(identity.updated_at),
            email: identity.email ?? undefined,
        })),
        created_at: time(user.created_at),
        updated_at: time(user.updated_at),
        banned_until: time(user.banned_until),
        deleted_at: time(user.deleted_at),
        is_anonymous: user.is_anonymous,
    };
    return body;
}

export interface NewUser {
    id?: string;
    email: string;
    password?: string;
    emailConfirmed: boolean;
    userMetadata: Record<string, unknown>;
    appMetadata: Record<string, unknown>;
    role?: string;
}

/**
 * Inserts the user and its email identity, as GoTrue's signup and admin create do. Runs on the admin
 * connection, so triggers on auth.users (on_auth_user_created) fire as on Supabase.
 */
export async function insertUser(sql: Queryable, user: NewUser): Promise<UserRow> {
    const id = user.id ?? crypto.randomUUID();
    const email = user.email.toLowerCase();
    const identityData = {
        sub: id,
        email,
        email_verified: user.emailConfirmed,
        phone_verified: false,
    };
    // GoTrue copies the identity's claims into user_metadata on signup (observed on Supabase).
    const userMetadata = { ...user.userMetadata, ...identityData };
    const appMetadata = { provider: "email", providers: ["email"], ...user.appMetadata };
    const rows = await sql.unsafe<UserRow[]>(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                                 raw_app_meta_data, raw_user_meta_data, created_at, updated_at, is_sso_user,
                                 is_anonymous, confirmation_token, recovery_token, email_change_token_new,
                                 email_change)
         values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', $2, $3,
                 case when $4::text is null then null else extensions.crypt($4::text, extensions.gen_salt('bf', 10)) end,
                 case when $5::boolean then now() end, $6::text::jsonb, $7::text::jsonb, now(), now(), false, false, '', '', '', '')
         returning ${userColumnList}`,
        [
            id,
            user.role ?? "authenticated",
            email,
            user.password ?? null,
            user.emailConfirmed,
            JSON.stringify(appMetadata),
            JSON.stringify(userMetadata),
        ],
    );
    await sql.unsafe(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
         values ($1::text, $2::uuid, $3::text::jsonb, 'email', now(), now(), now())`,
        [id, id, JSON.stringify(identityData)],
    );
    return rows[0];
}

export interface UserChanges {
    email?: string;
    password?: string;
    emailConfirmed?: boolean;
    /** Merged into user_metadata; a null value removes the key (GoTrue UpdateUserMetaData). */
    userMetadata?: Record<string, unknown>;
    appMetadata?: Record<string, unknown>;
    role?: string;
    bannedUntil?: Date | null;
}

function mergeMetadata(base: Record<string, unknown> | null, changes: Record<string, unknown>) {
    const result: Record<string, unknown> = { ...(base ?? {}) };
    for (const [key, value] of Object.entries(changes)) {
        if (value === null) delete result[key];
        else result[key] = value;
    }
    return result;
}

export async function updateUser(sql: Queryable, user: UserRow, changes: UserChanges): Promise<UserRow> {
    const userMetadata = changes.userMetadata
        ? mergeMetadata(user.raw_user_meta_data, changes.userMetadata)
        : user.raw_user_meta_data;
    const appMetadata = changes.appMetadata
        ? mergeMetadata(user.raw_app_meta_data, changes.appMetadata)
        : user.raw_app_meta_data;
    const rows = await sql.unsafe<UserRow[]>(
        `update auth.users set
            email = coalesce($2, email),
            encrypted_password = case when $3::text is null then encrypted_password
                                      else extensions.crypt($3::text, extensions.gen_salt('bf', 10)) end,
            email_confirmed_at = case when $4::boolean is null then email_confirmed_at
                                      when $4::boolean then coalesce(email_confirmed_at, now()) else null end,
            raw_user_meta_data = $5::text::jsonb,
            raw_app_meta_data = $6::text::jsonb,
            role = coalesce($7, role),
            banned_until = case when $8::boolean then $9::timestamptz else banned_until end,
            updated_at = now()
          where id = $1
          returning ${userColumnList}`,
        [
            user.id,
            changes.email?.toLowerCase() ?? null,
            changes.password ?? null,
            changes.emailConfirmed ?? null,
            JSON.stringify(userMetadata ?? {}),
            JSON.stringify(appMetadata ?? {}),
            changes.role ?? null,
            changes.bannedUntil !== undefined,
            changes.bannedUntil ?? null,
        ],
    );
    if (changes.email) {
        await sql.unsafe(
            `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text),
                    updated_at = now()
              where user_id = $1 and provider = 'email'`,
            [user.id, changes.email.toLowerCase()],
        );
    }
    return rows[0];
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(email: string): boolean {
    return email.length <= 255 && EMAIL_PATTERN.test(email);
}
