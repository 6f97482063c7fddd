-- Knowledge base: articles (markdown body, generated full-text search), every saved version (by trigger),
-- and one helpful/unhelpful vote per user per article.

create table public.kb_articles (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title text not null check (length(btrim(title)) between 1 and 300),
    body text not null default '',
    visibility public.kb_visibility not null default 'public',
    status public.kb_status not null default 'draft',
    tags text[] not null default '{}',
    author_id uuid default auth.uid() references public.profiles (id) on delete set null,
    version integer not null default 1,
    published_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    search tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
    ) stored
);

create table public.kb_article_versions (
    id bigint generated always as identity primary key,
    article_id uuid not null references public.kb_articles (id) on delete cascade,
    version integer not null,
    title text not null,
    body text not null,
    edited_by uuid references public.profiles (id) on delete set null,
    created_at timestamptz not null default now(),
    unique (article_id, version)
);

create table public.kb_feedback (
    id uuid primary key default gen_random_uuid(),
    article_id uuid not null references public.kb_articles (id) on delete cascade,
    user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
    helpful boolean not null,
    comment text check (length(comment) <= 2000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (article_id, user_id)
);

create trigger kb_feedback_set_updated_at before update on public.kb_feedback
    for each row execute function public.set_updated_at();
