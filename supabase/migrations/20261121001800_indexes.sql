-- Indexes for the policies, the common client filters (queues by status/assignee/team, keyset sync pages
-- on (updated_at, id)), full-text search, the reports and every foreign key.

-- profiles
create index profiles_role_idx on public.profiles (role) where is_active;
create index profiles_updated_at_id_idx on public.profiles (updated_at, id);

-- tickets
create index tickets_requester_id_idx on public.tickets (requester_id, updated_at desc);
create index tickets_assignee_status_idx on public.tickets (assignee_id, status);
create index tickets_assignee_assigned_at_idx on public.tickets (assignee_id, assigned_at);
create index tickets_team_status_idx on public.tickets (team_id, status);
create index tickets_status_priority_idx on public.tickets (status, priority);
create index tickets_updated_at_id_idx on public.tickets (updated_at, id);
create index tickets_created_at_idx on public.tickets (created_at);
create index tickets_solved_at_idx on public.tickets (solved_at) where solved_at is not null;
create index tickets_sla_policy_id_idx on public.tickets (sla_policy_id);
create index tickets_search_idx on public.tickets using gin (search);
create index tickets_tags_idx on public.tickets using gin (tags);

-- ticket_messages
create index ticket_messages_ticket_created_idx on public.ticket_messages (ticket_id, created_at);
create index ticket_messages_author_id_idx on public.ticket_messages (author_id);
create index ticket_messages_updated_at_id_idx on public.ticket_messages (updated_at, id);

-- attachments
create index attachments_ticket_id_idx on public.attachments (ticket_id);
create index attachments_message_id_idx on public.attachments (message_id);
create index attachments_uploader_id_idx on public.attachments (uploader_id);
create index attachments_updated_at_id_idx on public.attachments (updated_at, id);

-- ticket_events
create index ticket_events_ticket_created_idx on public.ticket_events (ticket_id, created_at);
create index ticket_events_actor_id_idx on public.ticket_events (actor_id);

-- knowledge base
create index kb_articles_status_visibility_idx on public.kb_articles (status, visibility);
create index kb_articles_author_id_idx on public.kb_articles (author_id);
create index kb_articles_updated_at_id_idx on public.kb_articles (updated_at, id);
create index kb_articles_search_idx on public.kb_articles using gin (search);
create index kb_articles_tags_idx on public.kb_articles using gin (tags);
create index kb_article_versions_edited_by_idx on public.kb_article_versions (edited_by);
create index kb_feedback_user_id_idx on public.kb_feedback (user_id);

-- macros, teams
create index macros_team_id_idx on public.macros (team_id);
create index macros_created_by_idx on public.macros (created_by);
create index macros_updated_at_id_idx on public.macros (updated_at, id);
