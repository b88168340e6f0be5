namespace NewsIngest.Storage.Sqlite;

/// <summary>
/// The numbered, forward-only schema migrations. Migration <c>n</c> takes a store from <c>user_version = n - 1</c>
/// to <c>n</c>; a released migration is never edited, only followed by a new one.
/// </summary>
public static class Migrations
{
    /// <summary>Marks a database as ours (<c>PRAGMA application_id</c>): "NIng".</summary>
    public const int ApplicationId = 0x4E496E67;

    public static IReadOnlyList<string> All { get; } =
    [
        // 1: articles, files, runs, full-text index.
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            title TEXT,
            published TEXT,
            date_source TEXT NOT NULL DEFAULT 'none',
            authors TEXT NOT NULL DEFAULT '[]',
            source TEXT,
            dateline TEXT,
            body TEXT NOT NULL,
            word_count INTEGER NOT NULL DEFAULT 0,
            language TEXT,
            duplicate_of INTEGER REFERENCES articles(id),
            duplicate_kind TEXT,
            similarity REAL,
            boilerplate TEXT NOT NULL DEFAULT '[]',
            warnings TEXT NOT NULL DEFAULT '[]',
            exact_key TEXT,
            created_run INTEGER,
            updated_run INTEGER
        );
        CREATE UNIQUE INDEX articles_path ON articles(path);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime TEXT NOT NULL,
            sha256 TEXT,
            status TEXT NOT NULL,
            error TEXT,
            article_id INTEGER REFERENCES articles(id),
            run_id INTEGER
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            options TEXT NOT NULL DEFAULT '{}',
            version TEXT NOT NULL,
            files_seen INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        """,

        // 2: what duplicate detection needs to persist across runs: candidate keys (one covering b-tree, so a
        // look-up reads the lowest ids of a key without touching a table), confirmed pairs (clusters are their
        // connected components), MinHash signatures, and the one-line reason of each duplicate link.
        """
        CREATE TABLE dedup_keys (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE dedup_pairs (
            a INTEGER NOT NULL,
            b INTEGER NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX dedup_pairs_b ON dedup_pairs(b);
        CREATE TABLE dedup_signatures (
            article_id INTEGER PRIMARY KEY,
            signature BLOB NOT NULL
        );
        ALTER TABLE articles ADD COLUMN duplicate_reason TEXT;
        """,

        // 3: a covering index for search filters. The article row keeps its body before these columns, so reading
        // published or source from the row walks the body's overflow pages for every match.
        """
        CREATE INDEX articles_filter ON articles(id, published, source, duplicate_of);
        """,

        // 4: articles whose duplicate keys a running ingest holds in memory. The keys are written in large sorted
        // runs, not batch by batch; a run killed before writing them leaves its articles listed here, and the next
        // run recomputes their keys from the stored bodies.
        """
        CREATE TABLE dedup_unkeyed (article_id INTEGER PRIMARY KEY);
        """,

        // 5: which source won each field (a JSON object, '{}' for rows parsed before it was recorded) and the
        // declared modification date of web pages.
        """
        ALTER TABLE articles ADD COLUMN provenance TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE articles ADD COLUMN modified TEXT;
        """,

        // 6: duplicate keys are made with anchors twice as far apart (DedupOptions.AnchorSpacing 32, was 16). Stored
        // keys of the old spacing would no longer meet the new ones: they are dropped and every article is listed for
        // key recovery, which the next ingest runs before it reads any file.
        """
        DELETE FROM dedup_keys;
        INSERT OR IGNORE INTO dedup_unkeyed (article_id) SELECT id FROM articles;
        """,

        // 7: pages out of web archives: the URL a page was fetched from and when (a WARC record's target URI and
        // WARC-Date), with an index so 'show URL' finds it; and the WARC records each run passed over.
        """
        ALTER TABLE articles ADD COLUMN url TEXT;
        ALTER TABLE articles ADD COLUMN fetched TEXT;
        CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
        ALTER TABLE runs ADD COLUMN passed_over INTEGER NOT NULL DEFAULT 0;
        """,
    ];

    public static int Latest => All.Count;

}
