-- KB content gaps, part one: every knowledge-base search is logged (query, normalised query, number of results,
-- who searched and in which role), so admins and agents can see what people look for and do not find.
-- search_kb keeps its signature and result columns; it becomes VOLATILE (it writes the log; supabase-js calls
-- rpc() with POST) and SECURITY DEFINER so that it can write a table no API role may insert into. As definer it
-- applies the kb_articles read policies itself: anon and customers find published public articles, agents and
-- admins (and the service role, which bypasses RLS) also drafts and internal ones; archived and deleted
-- articles are never found. In a read-only transaction (an HTTP GET on the RPC) it searches without logging.
-- Inside a security-definer function current_user is the owner, but the "role" setting still names the API
-- role the request runs as (anon, authenticated, service_role; 'none' for a direct database session).

create table public.kb_search_log (
    id bigint generated always as identity primary key,
    query text not null check (length(query) between 1 and 500),
    normalized_query text not null,
    results_count integer not null check (results_count >= 0),
    searched_by uuid references public.profiles (id) on delete set null,
    role text not null,
    created_at timestamptz not null default now()
);

comment on table public.kb_search_log is
    'One row per knowledge-base search (written by search_kb only); read by admins, summarised by kb_content_gaps.';

create index kb_search_log_created_at_idx on public.kb_search_log (created_at);
create index kb_search_log_zero_results_idx on public.kb_search_log (normalized_query, created_at)
    where results_count = 0;

alter table public.kb_search_log enable row level security;
revoke all on public.kb_search_log from anon, authenticated;
grant select on public.kb_search_log to authenticated;

create policy "admins read the kb search log" on public.kb_search_log
    for select to authenticated using ((select public.is_admin()));

-- Lower case, punctuation dropped, whitespace collapsed: "  VPN   won't connect?" and "vpn won t connect"
-- count as one query.
create function public.kb_normalize_query(p_query text) returns text
    language sql immutable
    set search_path = ''
as $$
    select btrim(regexp_replace(regexp_replace(lower(coalesce(p_query, '')), '[^[:alnum:]]+', ' ', 'g'),
                                '\s+', ' ', 'g'))
$$;

create or replace function public.search_kb(query text, max_results integer default 10)
    returns table (id uuid, slug text, title text, snippet text, rank real,
                   visibility public.kb_visibility, status public.kb_status, updated_at timestamptz)
    language plpgsql volatile security definer
    set search_path = ''
as $$
#variable_conflict use_column
declare
    v_api_role text := current_setting('role');
    v_agent boolean := public.is_agent() or v_api_role not in ('anon', 'authenticated');
    v_query text := left(btrim(coalesce(search_kb.query, '')), 500);
    v_normalized text;
    v_found integer;
    v_user uuid;
begin
    return query
    with q as (select websearch_to_tsquery('english'::regconfig, v_query) as tsq),
    hits as (
        select a.id, a.slug, a.title, a.body, ts_rank_cd(a.search, q.tsq) as rank,
               a.visibility, a.status, a.updated_at
        from public.kb_articles a, q
        where a.search @@ q.tsq and a.deleted_at is null and a.status <> 'archived'
          and (v_agent or (a.status = 'published' and a.visibility = 'public'))
        order by rank desc, a.updated_at desc
        limit greatest(least(coalesce(search_kb.max_results, 10), 100), 1)
    )
    select h.id, h.slug, h.title,
           ts_headline('english'::regconfig, h.body, q.tsq,
                       'StartSel=<<, StopSel=>>, MaxWords=30, MinWords=10, MaxFragments=2'),
           h.rank, h.visibility, h.status, h.updated_at
    from hits h, q
    order by h.rank desc, h.updated_at desc;
    get diagnostics v_found = row_count;

    if v_query = '' or current_setting('transaction_read_only') = 'on' then
        return;
    end if;
    v_normalized := public.kb_normalize_query(v_query);
    select p.id into v_user from public.profiles p where p.id = (select auth.uid());
    -- Search-as-you-type: a signed-in user's query that extends (or trims) their own query of the last
    -- 10 seconds replaces it, so "v", "vp", "vpn" log one search for "vpn", not three empty ones.
    if v_user is not null then
        update public.kb_search_log l
        set query = v_query, normalized_query = v_normalized, results_count = v_found, created_at = now()
        where l.id = (select r.id from public.kb_search_log r
                      where r.searched_by = v_user and r.created_at > now() - interval '10 seconds'
                        and (starts_with(v_normalized, r.normalized_query)
                             or starts_with(r.normalized_query, v_normalized))
                      order by r.id desc limit 1);
        if found then
            return;
        end if;
    end if;
    insert into public.kb_search_log (query, normalized_query, results_count, searched_by, role)
    values (v_query, v_normalized, v_found, v_user,
            coalesce(public.current_user_role()::text, nullif(v_api_role, 'none'), session_user::text));
end
$$;
