"""Every SQL statement of the project, in one place; values are always bound parameters, never formatted in."""

SCHEMA_VERSION = "3"  # 2: meta carries data_version and data_date; 3: sources.producer_zh

SCHEMA = """
CREATE TABLE sources (
    source_id  VARCHAR PRIMARY KEY,
    producer   VARCHAR NOT NULL,
    producer_zh VARCHAR NOT NULL CHECK (length(producer_zh) > 0),  -- the producer's Chinese name, for citations
    title      VARCHAR NOT NULL CHECK (length(title) > 0),
    url        VARCHAR NOT NULL CHECK (length(url) > 0),
    licence    VARCHAR NOT NULL CHECK (length(licence) > 0),
    accessed   DATE    NOT NULL,
    via        VARCHAR NOT NULL DEFAULT '',
    authority  TINYINT NOT NULL CHECK (authority BETWEEN 1 AND 5)
);
CREATE TABLE countries (
    iso3        VARCHAR PRIMARY KEY CHECK (regexp_full_match(iso3, '[A-Z][A-Z0-9_]{1,9}')),
    name_en     VARCHAR NOT NULL,
    name_zh     VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('country', 'aggregate')),
    asean_since INTEGER CHECK (asean_since BETWEEN 1967 AND 2100),
    groups      VARCHAR NOT NULL DEFAULT '',
    source_id   VARCHAR NOT NULL REFERENCES sources (source_id)
);
CREATE TABLE indicators (
    code             VARCHAR PRIMARY KEY,
    name_en          VARCHAR NOT NULL,
    name_zh          VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    topic            VARCHAR NOT NULL CHECK (topic IN ('access', 'coverage', 'divide', 'economy', 'tariff', 'idi',
                                                       'internet_economy', 'ecommerce')),
    min_value        DOUBLE,
    max_value        DOUBLE,
    higher_is_better BOOLEAN,
    decimals         INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 4),  -- display precision, one per indicator
    series_notes     VARCHAR NOT NULL DEFAULT '',
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value < max_value)
);
CREATE TABLE observations (
    entity    VARCHAR NOT NULL REFERENCES countries (iso3),
    indicator VARCHAR NOT NULL REFERENCES indicators (code),
    year      INTEGER NOT NULL CHECK (year BETWEEN 1960 AND 2100),
    period    VARCHAR NOT NULL DEFAULT '',
    value     DOUBLE  NOT NULL CHECK (isfinite(value)),
    qualifier VARCHAR NOT NULL DEFAULT '=' CHECK (qualifier IN ('=', '>', '<', '~', '<=', '>=')),
    source_id VARCHAR NOT NULL REFERENCES sources (source_id),
    edition   VARCHAR NOT NULL DEFAULT '',
    flag      VARCHAR NOT NULL DEFAULT '' CHECK (flag IN ('', 'experimental', 'disputed', 'carried_forward')),
    note      VARCHAR NOT NULL DEFAULT '',
    quote     VARCHAR NOT NULL DEFAULT '',
    -- one value per source and edition; conflicting sources coexist
    PRIMARY KEY (entity, indicator, year, period, source_id, edition)
);
CREATE TABLE forecasts (
    forecast_id       VARCHAR PRIMARY KEY,
    entity            VARCHAR NOT NULL,
    indicator         VARCHAR NOT NULL,
    base_year         INTEGER,
    base_value        DOUBLE,
    target_year       INTEGER,
    target_value      DOUBLE,
    rate_pct          DOUBLE,
    multiple          DOUBLE CHECK (multiple IS NULL OR multiple > 0),
    qualifier         VARCHAR NOT NULL DEFAULT '=',
    made_by           VARCHAR NOT NULL,
    made_in           INTEGER,
    edition           VARCHAR NOT NULL,
    source_id         VARCHAR NOT NULL REFERENCES sources (source_id),
    outcome_entity    VARCHAR,
    outcome_indicator VARCHAR,
    quote             VARCHAR NOT NULL,
    note              VARCHAR NOT NULL DEFAULT '',
    CHECK (target_value IS NOT NULL OR rate_pct IS NOT NULL OR multiple IS NOT NULL),
    CHECK (base_year IS NULL OR target_year IS NULL OR target_year > base_year)
);
CREATE TABLE report_figures (
    id           VARCHAR PRIMARY KEY,
    topic        VARCHAR NOT NULL,
    entity       VARCHAR NOT NULL,
    indicator    VARCHAR NOT NULL,
    year         VARCHAR NOT NULL DEFAULT '',
    value        DOUBLE  NOT NULL,
    unit         VARCHAR NOT NULL,
    qualifier    VARCHAR NOT NULL CHECK (qualifier IN ('=', '>', '<', '~', '<=', '>=')),
    quote        VARCHAR NOT NULL CHECK (length(quote) > 0),
    source_cited VARCHAR NOT NULL DEFAULT '',
    notes        VARCHAR NOT NULL DEFAULT '',
    source_id    VARCHAR NOT NULL REFERENCES sources (source_id)
);
CREATE TABLE series_notes (
    note_id   VARCHAR PRIMARY KEY,
    entity    VARCHAR NOT NULL DEFAULT '',
    indicator VARCHAR NOT NULL,
    year_from INTEGER,
    year_to   INTEGER,
    kind      VARCHAR NOT NULL,
    text_en   VARCHAR NOT NULL,
    text_zh   VARCHAR NOT NULL
);
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
"""

# Tables in load order (foreign keys point backwards).
TABLES = ["sources", "countries", "indicators", "observations", "forecasts", "report_figures", "series_notes"]

INSERT_FROM_FRAME = {t: f"INSERT INTO {t} SELECT * FROM frame" for t in TABLES}  # fixed identifiers only
INSERT_META = "INSERT INTO meta VALUES (?, ?)"
READ_META = "SELECT key, value FROM meta"
NEWEST_ACCESS = "SELECT max(accessed) FROM sources"
COUNT_ROWS = {t: f"SELECT count(*) FROM {t}" for t in TABLES}  # fixed identifiers only

# ---------------------------------------------------------------- validation rules (each returns offending rows)
CHECKS = {
    "value outside its indicator's valid range": """
        SELECT o.entity, o.indicator, o.year, o.value, o.source_id
        FROM observations o JOIN indicators i ON i.code = o.indicator
        WHERE (i.min_value IS NOT NULL AND o.value < i.min_value)
           OR (i.max_value IS NOT NULL AND o.value > i.max_value)""",
    "old-method IDI (0-10) value above 10": """
        SELECT entity, indicator, year, value, source_id FROM observations
        WHERE indicator = 'ITU_IDI_OLD' AND (value < 0 OR value > 10)""",
    "new-method IDI (0-100) value that looks like a 0-10 score": """
        SELECT entity, indicator, year, value, source_id FROM observations
        WHERE indicator LIKE 'ITU_IDI_NEW%' AND indicator <> 'ITU_IDI_NEW_RANK' AND value <= 10""",
    "old-method IDI dated after 2017 or new-method IDI before 2023": """
        SELECT entity, indicator, year, value, source_id FROM observations
        WHERE (indicator LIKE 'ITU_IDI_OLD%' AND year > 2017)
           OR (indicator LIKE 'ITU_IDI_NEW%' AND year < 2023)""",
    "report figure from an unknown source": """
        SELECT id, source_id FROM report_figures
        WHERE source_id NOT IN (SELECT source_id FROM sources)""",
    "series note on an unknown indicator": """
        SELECT note_id, indicator FROM series_notes
        WHERE indicator NOT IN (SELECT code FROM indicators)""",
    "series break without the year its new segment starts": """
        SELECT note_id, indicator, kind FROM series_notes
        WHERE kind IN ('series_break', 'definition_change') AND year_from IS NULL""",
    "series note on an unknown country": """
        SELECT note_id, entity FROM series_notes
        WHERE entity <> '' AND entity NOT IN (SELECT iso3 FROM countries)""",
    "source without a licence or location": """
        SELECT source_id FROM sources WHERE trim(licence) = '' OR trim(url) = ''""",
    "share above 100% of population": """
        SELECT entity, indicator, year, value FROM observations
        WHERE indicator IN ('IT.NET.USER.ZS', 'IT_MOB_3GNTWK', 'IT_MOB_4GNTWK') AND value > 100""",
}

COUNTS_PER_SOURCE = """
    SELECT s.producer, o.source_id, count(*) AS n
    FROM observations o JOIN sources s USING (source_id)
    GROUP BY ALL ORDER BY s.producer, n DESC"""

# One value per (entity, indicator, year, period, edition): the most authoritative source wins; disputed values
# never win but still count towards `conflict`. Materialised and sorted at build time so that filters on
# indicator and entity skip most of the table even at World Bank scale.
BEST_OBSERVATIONS = """
CREATE TABLE best_observations AS
SELECT entity, indicator, year, period, value, qualifier, source_id, edition, flag, note, n_sources, conflict,
       authority
FROM (
    SELECT o.*, s.authority,
           count(*) OVER w AS n_sources,
           max(o.value) OVER w <> min(o.value) OVER w AS conflict,
           row_number() OVER (PARTITION BY o.entity, o.indicator, o.year, o.period, o.edition
                              ORDER BY (o.flag = 'disputed'), s.authority, o.source_id) AS rn
    FROM observations o JOIN sources s USING (source_id)
    WINDOW w AS (PARTITION BY o.entity, o.indicator, o.year, o.period, o.edition)
)
WHERE rn = 1 AND flag <> 'disputed'
ORDER BY indicator, entity, year
"""

# ---------------------------------------------------------------------------------------------- read queries
COUNTRIES = "SELECT iso3, name_en, name_zh, kind, asean_since, groups FROM countries ORDER BY kind DESC, iso3"
INDICATORS = """SELECT code, name_en, name_zh, unit, topic, min_value, max_value, higher_is_better, decimals,
                       series_notes
                FROM indicators ORDER BY topic, code"""
SOURCES = "SELECT * FROM sources ORDER BY producer, source_id"
# Indicators with at least one (unflagged) country value: what a map can show.
MAP_INDICATORS = """
SELECT DISTINCT b.indicator, i.topic
FROM best_observations b JOIN countries c ON c.iso3 = b.entity JOIN indicators i ON i.code = b.indicator
WHERE c.kind = 'country' AND b.flag IN ('', 'carried_forward')
ORDER BY i.topic, b.indicator
"""

SERIES = """
SELECT b.entity, b.indicator, b.year, b.period, b.value, b.qualifier, b.source_id, b.edition, b.flag,
       b.n_sources, b.conflict, b.note, b.authority
FROM best_observations b
WHERE b.indicator IN (SELECT unnest($indicators::VARCHAR[]))
  AND b.entity IN (SELECT unnest($entities::VARCHAR[]))
  AND b.year BETWEEN $year_from AND $year_to
  AND ($include_flagged OR b.flag IN ('', 'carried_forward'))
ORDER BY b.indicator, b.entity, b.year, b.edition
"""

ALL_SOURCES_FOR = """
SELECT o.entity, o.indicator, o.year, o.period, o.value, o.qualifier, o.edition, o.flag, o.note, o.quote,
       s.source_id, s.producer, s.title, s.url, s.licence, s.accessed
FROM observations o JOIN sources s USING (source_id)
WHERE o.indicator = $indicator AND o.entity IN (SELECT unnest($entities::VARCHAR[]))
  AND o.year BETWEEN $year_from AND $year_to
ORDER BY o.entity, o.year, s.authority
"""

LATEST = """
SELECT entity, indicator, year, value, qualifier, source_id, edition, flag, authority
FROM best_observations
WHERE indicator = $indicator AND entity IN (SELECT unnest($entities::VARCHAR[])) AND period = ''
  AND year <= $max_year AND authority <= $max_authority
QUALIFY row_number() OVER (PARTITION BY entity ORDER BY year DESC, edition DESC) = 1
ORDER BY entity
"""

RANKS = """
SELECT entity, year, value, source_id,
       rank() OVER (ORDER BY CASE WHEN $higher_is_better THEN -value ELSE value END) AS rank,
       count(*) OVER () AS n_ranked
FROM best_observations
WHERE indicator = $indicator AND year = $year AND period = '' AND entity IN (SELECT unnest($entities::VARCHAR[]))
QUALIFY row_number() OVER (PARTITION BY entity ORDER BY edition DESC) = 1
ORDER BY rank, entity
"""

# Derived group values per year, in one pass. A country counts for ASEAN groups from its accession year
# (Timor-Leste: 2025); each row lists the members with data and the members without.
GROUP_AGGREGATE = """
-- Membership follows accession year by year, or (with $as_of) stays the members of that year in every year, so
-- that a comparison over time compares the same countries at both ends.
WITH members AS (
    SELECT iso3, asean_since FROM countries
    WHERE kind = 'country' AND list_contains(string_split(groups, ';'), $group)
      AND ($as_of IS NULL OR asean_since IS NULL OR asean_since <= $as_of)
),
vals AS (
    SELECT b.entity, b.year, b.value FROM best_observations b JOIN members m ON m.iso3 = b.entity
    WHERE b.indicator = $indicator AND b.period = '' AND b.year BETWEEN $year_from AND $year_to
      AND ($as_of IS NOT NULL OR m.asean_since IS NULL OR m.asean_since <= b.year) AND b.authority <= $max_authority
    QUALIFY row_number() OVER (PARTITION BY b.entity, b.year ORDER BY b.edition DESC) = 1
),
pop AS (
    SELECT b.entity, b.year, b.value AS population FROM best_observations b JOIN members m ON m.iso3 = b.entity
    WHERE b.indicator = 'SP.POP.TOTL' AND b.period = '' AND b.year BETWEEN $year_from AND $year_to
),
per_year AS (
    SELECT v.year,
           avg(v.value) AS simple_mean,
           median(v.value) AS median,
           min(v.value) AS min_value,
           max(v.value) AS max_value,
           -- a weighted mean over only some of the reporting members would quietly change the group
           CASE WHEN count(p.population) = count(*) AND sum(p.population) > 0
                THEN sum(v.value * p.population) / sum(p.population) END AS weighted_mean,
           count(*) AS n_with_data,
           list(v.entity ORDER BY v.entity) AS with_data
    FROM vals v LEFT JOIN pop p USING (entity, year)
    GROUP BY v.year
),
expected AS (
    SELECT y.year, list(m.iso3 ORDER BY m.iso3) AS members
    FROM per_year y JOIN members m ON $as_of IS NOT NULL OR m.asean_since IS NULL OR m.asean_since <= y.year
    GROUP BY y.year
)
SELECT $group AS "group", $indicator AS indicator, y.year, y.simple_mean, y.weighted_mean, y.median,
       y.min_value, y.max_value, y.n_with_data,
       len(e.members) AS n_members,
       array_to_string(e.members, ',') AS members,
       array_to_string(y.with_data, ',') AS members_with_data,
       array_to_string(list_filter(e.members, lambda x: NOT list_contains(y.with_data, x)), ',') AS members_missing,
       TRUE AS derived
FROM per_year y JOIN expected e USING (year)
ORDER BY y.year
"""


NOTES_FOR = """
SELECT note_id, entity, indicator, year_from, year_to, kind, text_en, text_zh FROM series_notes
WHERE indicator IN (SELECT unnest($indicators::VARCHAR[]))
  AND (entity = '' OR entity IN (SELECT unnest($entities::VARCHAR[])))
ORDER BY note_id
"""
ALL_NOTES = "SELECT * FROM series_notes ORDER BY note_id"
# Notes that end a comparable series: a change of basis (series_break) or of what is measured
# (definition_change). year_from is the first year of the new segment (scripts/curate_data.py, NOTES).
SERIES_BREAKS = """
SELECT note_id, entity, indicator, year_from AS year, kind FROM series_notes
WHERE kind IN ('series_break', 'definition_change') AND year_from IS NOT NULL
ORDER BY indicator, entity, year, note_id
"""

REPORT_FIGURES = """
SELECT id, topic, entity, indicator, year, value, unit, qualifier, quote, source_cited, notes, source_id
FROM report_figures WHERE ($topic IS NULL OR topic = $topic) ORDER BY id
"""

FORECASTS = "SELECT * FROM forecasts ORDER BY made_in, edition, entity, indicator, target_year"

COVERAGE = """
SELECT entity, year, count(*) AS n_values
FROM best_observations WHERE indicator = $indicator
GROUP BY entity, year ORDER BY entity, year
"""


# Benchmark only: fill the real schema with a World-Bank-sized synthetic panel. The real indicators and the
# 12 countries come first so that the page queries find their usual codes.
SYNTHETIC_FILL = [
    # Same columns, but without the primary-key and foreign-key indexes: they guard the build from data/ and
    # no page query uses them; at 21 M rows they would take minutes and gigabytes to create.
    "DROP TABLE observations",
    """
CREATE TABLE observations (
    entity VARCHAR, indicator VARCHAR, year INTEGER, period VARCHAR, value DOUBLE, qualifier VARCHAR,
    source_id VARCHAR, edition VARCHAR, flag VARCHAR, note VARCHAR, quote VARCHAR
)
""",
    """
INSERT INTO sources VALUES ('synthetic', 'benchmark', '基准测试', 'synthetic data', 'none', 'none', DATE '2026-01-01', '', 1)
""",
    """
INSERT INTO countries
SELECT CASE WHEN i < 12 THEN ['BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','TLS','VNM','CHN'][i + 1]
            ELSE 'E' || lpad(i::VARCHAR, 4, '0') END,
       'entity', 'entity', 'country', CASE WHEN i < 11 THEN 1967 END,
       CASE WHEN i < 11 THEN 'ASEAN;ASEAN_CHINA' WHEN i = 11 THEN 'ASEAN_CHINA' ELSE '' END, 'synthetic'
FROM range($n_entities) t(i)
""",
    """
INSERT INTO indicators
SELECT CASE WHEN i < 8 THEN ['IT.NET.USER.ZS','IT.NET.BBND.P2','IT.CEL.SETS.P2','SP.POP.TOTL','ITU_IDI_NEW',
                             'ITU_FBB_PCT_GNI','NY.GNP.PCAP.CD','IT.NET.BBND'][i + 1]
            ELSE 'SYN.' || lpad(i::VARCHAR, 5, '0') END,
       'indicator', 'indicator', 'unit', 'access', NULL, NULL, TRUE, 1, ''
FROM range($n_indicators) t(i)
""",
    """
INSERT INTO observations
SELECT c.iso3, ind.code, 1960 + y, '', (hash(c.iso3, ind.code, y) % 10000) / 100.0, '=', 'synthetic', '', '', '', ''
FROM countries c, indicators ind, range($n_years) t(y)
ORDER BY ind.code, c.iso3, y  -- as the build loads data/observations.csv: sorted by indicator
""",
]

OBSERVATION_COUNT = "SELECT count(*) FROM observations"

# ------------------------------------------------------------------- diff of two stores (python -m aseanict diff)
# Both stores attached read-only under fixed names; their paths are bound parameters.
ATTACH_OLD = "ATTACH $path AS old_store (READ_ONLY)"
ATTACH_NEW = "ATTACH $path AS new_store (READ_ONLY)"
DIFF_META = {
    side: f"SELECT key, value FROM {side}.meta WHERE key IN ('data_version', 'data_date')"  # fixed identifiers only
    for side in ("old_store", "new_store")
}
# Also the check that a file is an aseanict store: a DuckDB file without best_observations fails here.
DIFF_COUNT = {side: f"SELECT count(*) FROM {side}.best_observations" for side in ("old_store", "new_store")}
# The values the dashboard shows (best_observations: one per entity, indicator, year, period and edition, from the
# strongest source), so that a refresh that replaces a source reads as values changed, not as removed and added.
DIFF_VALUES = """
SELECT CASE WHEN o.entity IS NULL THEN 'added' WHEN n.entity IS NULL THEN 'removed' ELSE 'changed' END AS change,
       coalesce(n.indicator, o.indicator) AS indicator, coalesce(n.entity, o.entity) AS entity,
       coalesce(n.year, o.year) AS year, coalesce(n.period, o.period) AS period,
       coalesce(n.edition, o.edition) AS edition,
       o.qualifier AS old_qualifier, o.value AS old_value, n.qualifier AS new_qualifier, n.value AS new_value,
       o.source_id AS old_source, n.source_id AS new_source
FROM old_store.best_observations o
FULL OUTER JOIN new_store.best_observations n
  ON o.entity = n.entity AND o.indicator = n.indicator AND o.year = n.year AND o.period = n.period
 AND o.edition = n.edition
WHERE o.value IS DISTINCT FROM n.value OR o.qualifier IS DISTINCT FROM n.qualifier
ORDER BY indicator, entity, year, period, edition
"""
