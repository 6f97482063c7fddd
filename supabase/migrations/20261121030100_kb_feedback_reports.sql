-- KB content gaps, part two: what the knowledge base fails at, for agents and admins.
--   kb_content_gaps: the most frequent searches that found nothing (from kb_search_log, which agents cannot
--                    read row by row: security definer, aggregates only);
--   kb_least_helpful: the articles readers vote down most, ranked by the lower bound of the Wilson interval
--                    of the unhelpful share (so 9 of 10 unhelpful outranks 1 of 1).

-- Zero-result searches in [p_from, p_to) (default: the last 30 days), grouped by normalised query, most
-- frequent first. `found_later` says whether the same query has found articles since its last empty search
-- (the gap may already be filled).
create function public.kb_content_gaps(p_from timestamptz default null, p_to timestamptz default null,
                                       p_limit integer default 20)
    returns table (normalized_query text, sample_query text, searches bigint, searchers bigint,
                   first_searched_at timestamptz, last_searched_at timestamptz, found_later boolean)
    language plpgsql stable security definer
    set search_path = ''
as $$
#variable_conflict use_column
declare
    v_to timestamptz := coalesce(p_to, now());
    v_from timestamptz := coalesce(p_from, coalesce(p_to, now()) - interval '30 days');
begin
    if not public.is_agent() then
        raise exception 'only agents and admins see content gaps' using errcode = '42501';
    end if;
    if v_from >= v_to then
        raise exception 'p_from must be before p_to' using errcode = '22023';
    end if;
    return query
    with zero as (
        select l.normalized_query, l.query, l.searched_by, l.role, l.created_at
        from public.kb_search_log l
        where l.results_count = 0 and l.created_at >= v_from and l.created_at < v_to and l.normalized_query <> ''
    ),
    grouped as (
        select z.normalized_query,
               mode() within group (order by z.query) as sample_query,
               count(*) as searches,
               count(distinct coalesce(z.searched_by::text, z.role)) as searchers,
               min(z.created_at) as first_searched_at,
               max(z.created_at) as last_searched_at
        from zero z
        group by z.normalized_query
    )
    select g.normalized_query, g.sample_query, g.searches, g.searchers, g.first_searched_at, g.last_searched_at,
           exists (select 1 from public.kb_search_log l
                   where l.normalized_query = g.normalized_query and l.results_count > 0
                     and l.created_at > g.last_searched_at)
    from grouped g
    order by g.searches desc, g.searchers desc, g.last_searched_at desc, g.normalized_query
    limit greatest(least(coalesce(p_limit, 20), 500), 1);
end
$$;
revoke execute on function public.kb_content_gaps(timestamptz, timestamptz, integer) from public, anon;
grant execute on function public.kb_content_gaps(timestamptz, timestamptz, integer) to authenticated;

-- Articles with at least one unhelpful vote, least helpful first. Security invoker: agents read every
-- article and vote under RLS; everyone else is refused.
create function public.kb_least_helpful(p_limit integer default 20)
    returns table (article_id uuid, slug text, title text, status public.kb_status,
                   visibility public.kb_visibility, helpful bigint, unhelpful bigint, votes bigint,
                   unhelpful_share numeric, score double precision)
    language plpgsql stable
    set search_path = ''
as $$
#variable_conflict use_column
begin
    if not public.is_agent() then
        raise exception 'only agents and admins see article scores' using errcode = '42501';
    end if;
    return query
    with counts as (
        select f.article_id,
               count(*) filter (where f.helpful) as helpful,
               count(*) filter (where not f.helpful) as unhelpful,
               count(*) as votes
        from public.kb_feedback f
        group by f.article_id
    ),
    scored as (
        -- Wilson lower bound (z = 1.96) of the unhelpful share.
        select c.*,
               ((c.unhelpful::float8 / c.votes) + 1.9208 / c.votes
                - 1.96 * sqrt((c.unhelpful::float8 / c.votes) * (1 - c.unhelpful::float8 / c.votes) / c.votes
                              + 0.9604 / (c.votes::float8 * c.votes)))
               / (1 + 3.8416 / c.votes) as score
        from counts c
        where c.unhelpful > 0
    )
    select a.id, a.slug, a.title, a.status, a.visibility, s.helpful, s.unhelpful, s.votes,
           round(s.unhelpful::numeric / s.votes, 4), s.score
    from scored s
    join public.kb_articles a on a.id = s.article_id
    where a.deleted_at is null
    order by s.score desc, s.unhelpful desc, a.updated_at desc, a.id
    limit greatest(least(coalesce(p_limit, 20), 500), 1);
end
$$;
revoke execute on function public.kb_least_helpful(integer) from public, anon;
grant execute on function public.kb_least_helpful(integer) to authenticated;
