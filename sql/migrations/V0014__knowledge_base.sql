-- The knowledge base (知识库, issue 4): articles that say how a known problem shows itself
-- (symptom), why it happens (cause) and how to solve it, for a product line and a range of
-- versions; found by Chinese text, suggested on the ticket form, and linked to the tickets
-- they solved, which counts their uses.
--
-- Knowledge is shared across branches: every logged-in user reads every article; engineers,
-- branch managers and admins write them; account managers read only. The handler says so
-- first (clear errors); the policies below hold it inside PostgreSQL too.

CREATE FUNCTION laoke_actor_writes_knowledge() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('laoke.role', true), '') IN ('admin', 'branch_manager', 'engineer')
$$;

CREATE TABLE kb_articles (
    id               bigserial PRIMARY KEY,
    title            text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 120),
    -- NULL: the article holds for every product line (SQL Server, Windows, tax policy ...).
    product_line_id  bigint REFERENCES product_lines(id),
    -- Free text, since articles name ranges the catalogue may not hold: "U8+ 13.0–16.1".
    versions         text NOT NULL DEFAULT '' CHECK (length(versions) <= 64),
    category_id      bigint REFERENCES ticket_categories(id),
    symptom          text NOT NULL CHECK (length(btrim(symptom)) BETWEEN 1 AND 2000),
    cause            text NOT NULL DEFAULT '' CHECK (length(cause) <= 2000),
    solution         text NOT NULL CHECK (length(btrim(solution)) BETWEEN 1 AND 4000),
    -- Words the text does not contain but people search by (月结 for 月末结账, 狗 for 加密锁).
    keywords         text NOT NULL DEFAULT '' CHECK (length(keywords) <= 200),
    -- engine/KbText: the normalized fields (title first) joined by U+001F, and their keys
    -- (engine/SearchText packing): a search takes the rows holding all of its keys (GIN @>)
    -- and keeps those whose text holds its words (strpos), as for customers.
    search_text      text NOT NULL,
    search_keys      bigint[] NOT NULL,
    -- The keys of the title alone: a search ranks the articles whose title has its words first.
    title_keys       bigint[] NOT NULL DEFAULT '{}',
    -- What a new ticket's subject and description are compared with for suggestions: the
    -- character pairs of title, keywords and symptom (engine/CategorySuggester similarityKeys).
    similarity_keys  bigint[] NOT NULL DEFAULT '{}',
    author_id        bigint REFERENCES users(id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       bigint REFERENCES users(id),
    version          bigint NOT NULL DEFAULT 1,
    archived_at      timestamptz,
    -- Tickets the article was used on (kb_article_uses, kept by its trigger, not by version:
    -- using an article is not editing it and must not conflict with an editor).
    use_count        integer NOT NULL DEFAULT 0 CHECK (use_count >= 0)
);
-- Every search is GIN first; archived articles are few and filtered after.
CREATE INDEX kb_articles_search ON kb_articles USING gin (search_keys);
CREATE INDEX kb_articles_similarity ON kb_articles USING gin (similarity_keys) WHERE archived_at IS NULL;
-- Lists without text, and the suggestion's category and product candidates, most used first.
CREATE INDEX kb_articles_by_use ON kb_articles (use_count DESC, id DESC) WHERE archived_at IS NULL;
CREATE INDEX kb_articles_by_category ON kb_articles (category_id, use_count DESC, id DESC) WHERE archived_at IS NULL;
CREATE INDEX kb_articles_by_product ON kb_articles (product_line_id, use_count DESC, id DESC) WHERE archived_at IS NULL;
-- The suggestion reads the rarest keys of a ticket from pg_stats' most common elements.
ALTER TABLE kb_articles ALTER COLUMN similarity_keys SET STATISTICS 1000;
-- A search reads thousands of rows for a common word (结账 is in a third of a partner's
-- articles) but needs only the short columns, the title keys and the search text of each: the
-- long texts and key arrays go out of line first (EXTERNAL), the title keys and search text
-- stay in the row (MAIN), and rows are kept near 1 KB, so 50,000 articles make a 65 MB table
-- instead of 216 MB, and ranking a common word's 30,000 articles reads no TOAST.
ALTER TABLE kb_articles
    ALTER COLUMN symptom SET STORAGE EXTERNAL,
    ALTER COLUMN cause SET STORAGE EXTERNAL,
    ALTER COLUMN solution SET STORAGE EXTERNAL,
    ALTER COLUMN search_keys SET STORAGE EXTERNAL,
    ALTER COLUMN similarity_keys SET STORAGE EXTERNAL,
    ALTER COLUMN search_text SET STORAGE MAIN,
    ALTER COLUMN title_keys SET STORAGE MAIN;
ALTER TABLE kb_articles SET (toast_tuple_target = 1024);

-- An article used on a ticket (the engineer solved it with the article, or linked it as the
-- answer): once per ticket, whoever links it again. Also the link a ticket lists its articles by.
CREATE TABLE kb_article_uses (
    id          bigserial PRIMARY KEY,
    article_id  bigint NOT NULL REFERENCES kb_articles(id),
    ticket_id   bigint NOT NULL REFERENCES tickets(id),
    user_id     bigint NOT NULL REFERENCES users(id),
    used_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, ticket_id)
);
CREATE INDEX kb_article_uses_by_ticket ON kb_article_uses (ticket_id, used_at, id);

-- SECURITY DEFINER: the count is raised whoever links the article (an account manager who
-- read the solution to the caller may link it but not edit the article).
CREATE FUNCTION kb_article_uses_count() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE kb_articles SET use_count = use_count + 1 WHERE id = NEW.article_id;
    RETURN NULL;
END $$;
CREATE TRIGGER kb_article_uses_count AFTER INSERT ON kb_article_uses
    FOR EACH ROW EXECUTE FUNCTION kb_article_uses_count();

-- Articles: read by all, written by the knowledge writers, never deleted (archived instead).
ALTER TABLE kb_articles ENABLE ROW LEVEL SECURITY;
CREATE POLICY kb_articles_read ON kb_articles FOR SELECT USING (true);
CREATE POLICY kb_articles_insert ON kb_articles FOR INSERT WITH CHECK (laoke_actor_writes_knowledge());
CREATE POLICY kb_articles_update ON kb_articles FOR UPDATE
    USING (laoke_actor_writes_knowledge()) WITH CHECK (laoke_actor_writes_knowledge());
REVOKE DELETE, TRUNCATE ON kb_articles FROM laoke_app;
-- Uses follow their ticket's branch (the ticket must be visible to see or write the link),
-- are written in the linking user's name, and are append-only.
ALTER TABLE kb_article_uses ENABLE ROW LEVEL SECURITY;
CREATE POLICY kb_article_uses_read ON kb_article_uses FOR SELECT
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY kb_article_uses_insert ON kb_article_uses FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id)
                AND user_id = nullif(coalesce(current_setting('laoke.user_id', true), ''), '')::bigint);
REVOKE UPDATE, DELETE, TRUNCATE ON kb_article_uses FROM laoke_app;
