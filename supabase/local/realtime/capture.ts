// Change capture as Supabase Realtime does it: a logical replication slot with the wal2json plugin,
// drained with pg_logical_slot_get_changes (realtime.list_changes) using format-version 2, include-pk,
// include-timestamp, include-type-oids and add-tables = the tables of the `supabase_realtime`
// publication. Logical decoding sees every committed write (psql included) and has no payload limit,
// unlike NOTIFY's 8000 bytes.
//
// The slot is temporary and named per process (helpdesk_realtime_<pid>): PostgreSQL drops it when this
// process's session ends, so a crashed server leaves nothing retaining WAL and two servers on one
// database do not steal each other's changes. Stale persistent slots of the same prefix are dropped at
// start. The slot lives on a dedicated connection (a temporary slot belongs to its session); if that
// session is lost or errors, the slot is gone and is created again.
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
    /** Receives each drained batch in commit order; the next drain waits for it. */
    onBatch: (changes: WalChange[]) => Promise<void>;
    /** Whether anyone listens: drains run every activeIntervalMs then, else every idleIntervalMs. */
    isActive: () => boolean;
    activeIntervalMs?: number;
    idleIntervalMs?: number;
    log?: (message: string) => void;
}

const SLOT_PREFIX = "helpdesk_realtime";

export class ChangeCapture {
    readonly slotName = `${SLOT_PREFIX}_${Deno.pid}`;
    #sql: postgres.Sql;
    #slotReady = false;
    #closed = false;
    #timer: ReturnType<typeof setTimeout> | undefined;
    #wake: (() => void) | undefined;
    #loop: Promise<void> | undefined;
    #ready: Promise<void>;
    #resolveReady!: () => void;

    constructor(private readonly options: CaptureOptions) {
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
        try {
            await this.#sql`select pg_drop_replication_slot(${this.slotName})
                             where exists (select 1 from pg_replication_slots where slot_name = ${this.slotName})`;
        } catch {
            // The session ending drops a temporary slot anyway.
        }
        await this.#sql.end({ timeout: 2 });
    }

    async #ensureSlot(): Promise<void> {
        if (this.#slotReady) return;
        await this.#sql`select pg_drop_replication_slot(slot_name) from pg_replication_slots
                         where slot_name like ${SLOT_PREFIX + "%"} and not active and database = current_database()`;
        const existing = await this.#sql`select 1 from pg_replication_slots where slot_name = ${this.slotName}`;
        if (existing.length === 0) {
            await this.#sql`select pg_create_logical_replication_slot(${this.slotName}, 'wal2json', true)`;
        }
        this.#slotReady = true;
        this.#resolveReady();
    }

    async #drain(): Promise<WalChange[]> {
        const rows = await this.#sql<{ data: string }[]>`
            select data from pg_logical_slot_get_changes(${this.slotName}, null, null,
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
                const changes = await this.#drain();
                drained = changes.length;
                failures = 0;
                if (changes.length > 0 && this.options.isActive()) await this.options.onBatch(changes);
            } catch (error) {
                if (this.#closed) break;
                failures++;
                // An error releases (drops) a temporary slot: check and recreate on the next round.
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
