-- KB images: pictures shown in knowledge-base articles live in the private storage bucket `kb-images`, one folder
-- per article (first folder = the article id). Whoever may read the article may read its images (the kb_articles
-- read policies decide: customers and anon only published public articles); agents and admins upload and delete.
-- An article written offline may not be on the server yet when its images are uploaded, so uploads need only an
-- article-shaped folder, not an existing article.

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('kb-images', 'kb-images', false, 5242880,
        array['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'])
on conflict (id) do nothing;

-- May the caller read the object `p_name` of kb-images? Security invoker: the kb_articles RLS of the caller applies.
create function public.can_read_kb_image(p_name text) returns boolean
    language plpgsql stable
    set search_path = ''
as $$
declare
    v_folder text := split_part(p_name, '/', 1);
begin
    if v_folder !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        return false;
    end if;
    return exists (select 1 from public.kb_articles a where a.id = v_folder::uuid and a.deleted_at is null);
end
$$;

create policy "article readers read kb images" on storage.objects
    for select to anon, authenticated
    using (bucket_id = 'kb-images' and public.can_read_kb_image(name));

create policy "agents upload kb images" on storage.objects
    for insert to authenticated
    with check (bucket_id = 'kb-images' and (select public.is_agent())
                and split_part(name, '/', 1) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');

create policy "agents delete kb images" on storage.objects
    for delete to authenticated
    using (bucket_id = 'kb-images' and (select public.is_agent()));
