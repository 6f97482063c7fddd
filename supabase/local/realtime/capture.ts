// Change capture as Supabase Realtime does it: a logical replication slot with the wal2json plugin,
// drained with pg_logical_slot_get_changes (realtime.list_changes) using format-version 2, include-pk,
// include-timestamp, include-type-oids and add-tables = the tables of the `supabase_realtime`
// publication. Logical decoding sees every committed write (psql included) and has no payload limit,
// unlike NOTIFY's 8000 bytes.
//
// The slot is persistent and named per server port (helpdesk_realtime_<port>), so a restarted server
// finds it and does not have to create it again: creating a logical slot waits until every transaction
// running at that moment has ended, which under a long import or test transaction would leave realtime
// deaf for that long after each restart. Changes that piled up while the server was down are drained
// and dropped before anyone subscribes. If the named slot is held by another live session, a temporary
// per-process slot is used instead. Slots of this prefix that are inactive and more than 256 MB behind
// (abandoned by a server on another port) are dropped at start so they cannot retain WAL forever.
import postgres from "postgres";

export interface WalColumn {
    name: string;
    type: string;
    typeoid: number;
    value?: unknown;
}

export interface WalChange {
    action: "I" | "U" | "D";
    timestamp: string;
    schema: string;
    table: string;
    columns?: WalColumn[];
    identity?: WalColumn[];
    pk?: WalColumn[];
}

export interface CaptureOptions {
    databaseUrl: string;
    /** Name of the persistent slot, e.g. helpdesk_realtime_54321. */
    slotName: string;
    /** Receives each drained batch in commit order; the next drain waits for it. */
    onBatch: (changes: WalChange[]) => Promise<void>;
    /** Whether anyone listens: drains run every activeIntervalMs then, else every idleIntervalMs. */
    isActive: () => boolean;
    activeIntervalMs?: number;
    idleIntervalMs?: number;
    log?: (message: string) => void;
}

const SLOT_PREFIX = "helpdesk_realtime";
const ABANDONED_LAG_BYTES = 256 * 1024 * 1024;
/** Stop a drain after the transaction that crosses this many changes (a transaction is never split). */
const MAX_CHANGES_PER_DRAIN = 10000;

export class ChangeCapture {
    slotName: string;
    #sql: postgres.Sql;
    #slotReady = false;
    #closed = false;
    #timer: ReturnType<typeof setTimeout> | undefined;
    #wake: (() => void) | undefined;
    #loop: Promise<void> | undefined;
    #ready: Promise<void>;
    #resolveReady!: () => void;

    constructor(private readonly options: CaptureOptions) {
        this.slotName = options.slotName;
        // One connection, never recycled (idle_timeout/max_lifetime 0), UTC so wal2json prints +00.
        this.#sql = postgres(options.databaseUrl, {
            max: 1,
            idle_timeout: 0,
            max_lifetime: 0,
            prepare: false,
            onnotice: () => {},
            connection: { application_name: "helpdesk_realtime", TimeZone: "UTC" },
        });
        this.#ready = new Promise((resolve) => this.#resolveReady = resolve);
    }

    start(): void {
        this.#loop ??= this.#run();
    }

    /** Resolves once the slot exists: changes committed afterwards are captured. */
    ready(): Promise<void> {
        return this.#ready;
    }

    /** Cuts an idle wait short (a first subscriber arrived). */
    wake(): void {
        this.#wake?.();
    }

    async close(): Promise<void> {
        this.#closed = true;
        this.wake();
        await this.#loop?.catch(() => {});
        // The persistent slot stays for the next start; a temporary one ends with the session.
        await this.#sql.end({ timeout: 2 });
    }

    async #ensureSlot(): Promise<void> {
        if (this.#slotReady) return;
        await this.#sql`select pg_drop_replication_slot(slot_name) from pg_replication_slots
                         where slot_name like ${SLOT_PREFIX + "\\_%"} and slot_name <> ${this.options.slotName}
                           and not active and database = current_database()
                           and pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn) > ${ABANDONED_LAG_BYTES}`;
        const [named] = await this.#sql<{ active: boolean; mine: boolean }[]>`
            select active, active_pid = pg_backend_pid() as mine from pg_replication_slots where slot_name = ${this.options.slotName}`;
        if (!named) {
            await this.#sql`select pg_create_logical_replication_slot(${this.options.slotName}, 'wal2json', false)`;
            this.slotName = this.options.slotName;
        } else if (!named.active || named.mine) {
            this.slotName = this.options.slotName;
        } else {
            // Another live session holds the named slot: use a temporary one of our own.
            this.slotName = `${this.options.slotName}_${Deno.pid}`;
            const [own] = await this.#sql`select 1 from pg_replication_slots where slot_name = ${this.slotName}`;
            if (!own) await this.#sql`select pg_create_logical_replication_slot(${this.slotName}, 'wal2json', true)`;
        }
        this.#slotReady = true;
        this.#resolveReady();
    }

    async #drain(): Promise<WalChange[]> {
        const rows = await this.#sql<{ data: string }[]>`
            select data from pg_logical_slot_get_changes(${this.slotName}, null, ${MAX_CHANGES_PER_DRAIN},
                'format-version', '2',
                'include-pk', '1',
                'include-timestamp', '1',
                'include-type-oids', '1',
                'include-transaction', '0',
                'actions', 'insert,update,delete',
                'add-tables', coalesce(
                    (select string_agg(schemaname || '.' || tablename, ',')
                       from pg_publication_tables where pubname = 'supabase_realtime'),
                    'pg_catalog.helpdesk_no_published_table'))`;
        const changes: WalChange[] = [];
        for (const row of rows) {
            const change = JSON.parse(row.data) as WalChange;
            if (change.action === "I" || change.action === "U" || change.action === "D") changes.push(change);
        }
        return changes;
    }

    #sleep(ms: number): Promise<void> {
        return new Promise((resolve) => {
            this.#wake = () => {
                clearTimeout(this.#timer);
                this.#wake = undefined;
                resolve();
            };
            this.#timer = setTimeout(() => this.#wake?.(), ms);
        });
    }

    async #run(): Promise<void> {
        const active = this.options.activeIntervalMs ?? 25;
        const idle = this.options.idleIntervalMs ?? 500;
        let failures = 0;
        while (!this.#closed) {
            let drained = 0;
            try {
                await this.#ensureSlot();
                if (this.options.isActive()) {
                    const changes = await this.#drain();
                    drained = changes.length;
                    if (changes.length > 0) await this.options.onBatch(changes);
                } else {
                    // Nobody listens: move the slot to the current WAL position without producing output.
                    await this.#sql`select pg_replication_slot_advance(${this.slotName}, pg_current_wal_lsn())`;
                }
                failures = 0;
            } catch (error) {
                if (this.#closed) break;
                failures++;
                // The session may be gone (and a temporary slot with it): check and recreate next round.
                this.#slotReady = false;
                this.options.log?.(`realtime capture: ${error instanceof Error ? error.message : String(error)}`);
            }
            if (this.#closed) break;
            if (drained > 0) continue;
            const delay = failures > 0 ? Math.min(5000, 200 * failures) : this.options.isActive() ? active : idle;
            await this.#sleep(delay);
        }
    }
}
