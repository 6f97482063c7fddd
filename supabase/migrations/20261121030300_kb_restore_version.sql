-- Restore an old version of a KB article (agents and admins) by writing its title and body as a NEW version:
-- history is never rewritten, the kb_articles trigger bumps the version and records it in kb_article_versions
-- (edited by the caller). Restoring content equal to the current one changes nothing and returns the row.
-- Security invoker: the kb_articles and kb_article_versions RLS applies.
create function public.kb_restore_version(p_article uuid, p_version integer) returns public.kb_articles
    language plpgsql
    set search_path = ''
as $$
declare
    v_old public.kb_article_versions;
    v_article public.kb_articles;
begin
    if not public.is_agent() then
        raise exception 'only agents and admins restore article versions' using errcode = '42501';
    end if;
    select * into v_article from public.kb_articles a where a.id = p_article for update;
    if v_article.id is null then
        raise exception 'article % not found', p_article using errcode = 'P0002';
    end if;
    select * into v_old from public.kb_article_versions v where v.article_id = p_article and v.version = p_version;
    if v_old.id is null then
        raise exception 'article % has no version %', p_article, p_version using errcode = 'P0002';
    end if;
    if v_article.title = v_old.title and v_article.body = v_old.body then
        return v_article;
    end if;
    update public.kb_articles a set title = v_old.title, body = v_old.body
    where a.id = p_article
    returning a.* into v_article;
    return v_article;
end
$$;
revoke execute on function public.kb_restore_version(uuid, integer) from public, anon;
grant execute on function public.kb_restore_version(uuid, integer) to authenticated;
