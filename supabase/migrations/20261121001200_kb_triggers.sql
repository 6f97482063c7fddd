-- KB rules: version + 1 and updated_at on every update; published_at stamped when an article is
-- published; a kb_article_versions row (numbered with kb_articles.version) on insert and on every update
-- that changes title or body.

create function public.kb_articles_before_write() returns trigger
    language plpgsql
    set search_path = ''
as $$
begin
    if tg_op = 'INSERT' then
        if public.is_api_caller() then
            new.author_id := (select auth.uid());
            new.version := 1;
            new.created_at := now();
            new.updated_at := now();
            new.published_at := null;
            new.deleted_at := null;
        end if;
        if new.status = 'published' then
            new.published_at := coalesce(new.published_at, new.created_at);
        end if;
        return new;
    end if;
    if public.is_api_caller() then
        new.id := old.id;
        new.author_id := old.author_id;
        new.created_at := old.created_at;
        new.published_at := old.published_at;
    end if;
    new.version := old.version + 1;
    new.updated_at := now();
    if new.status = 'published' and old.status <> 'published' then
        new.published_at := now();
    end if;
    return new;
end
$$;

create trigger kb_articles_before_write before insert or update on public.kb_articles
    for each row execute function public.kb_articles_before_write();

create function public.kb_articles_save_version() returns trigger
    language plpgsql security definer
    set search_path = ''
as $$
declare
    v_editor uuid := coalesce((select auth.uid()), new.author_id);
begin
    if v_editor is not null and not exists (select 1 from public.profiles p where p.id = v_editor) then
        v_editor := null;
    end if;
    insert into public.kb_article_versions (article_id, version, title, body, edited_by, created_at)
    values (new.id, new.version, new.title, new.body, v_editor, new.updated_at);
    return null;
end
$$;

create trigger kb_articles_version_on_insert after insert on public.kb_articles
    for each row execute function public.kb_articles_save_version();

create trigger kb_articles_version_on_update after update on public.kb_articles
    for each row when (old.title is distinct from new.title or old.body is distinct from new.body)
    execute function public.kb_articles_save_version();
