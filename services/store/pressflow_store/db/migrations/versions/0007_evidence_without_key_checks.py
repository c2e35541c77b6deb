"""Entity evidence and signatures go with their release (or entity) by trigger, not foreign key.

A foreign key is checked at every row inserted: on PostgreSQL each check locks the parent row
(FOR KEY SHARE), which dirties its page and writes WAL, and the evidence insert's three checks
were 23 of its 25 ms a batch. Releases and entities are never deleted by the store; what their
foreign keys guaranteed, that a release or entity deleted by hand takes its evidence and
signature with it (so no evidence keeps a merge alive), triggers on the parents now keep, at
the cost of the delete alone: statement-level with the deleted rows as a transition table on
PostgreSQL, a row each on SQLite, which has no statement-level triggers. `TRUNCATE` on
PostgreSQL empties the two tables too."""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, column, parent) of the foreign keys this migration drops
_KEYS = (
    ("entity_evidence", "release_pk", "releases"),
    ("entity_evidence", "short_pk", "entities"),
    ("entity_evidence", "long_pk", "entities"),
    ("release_signatures", "release_pk", "releases"),
)

# OR REPLACE: a database emptied by dropping its tables (the tests, the bench) keeps its functions
_POSTGRES = [
    """CREATE OR REPLACE FUNCTION releases_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM entity_evidence e USING gone g WHERE e.release_pk = g.id;
    DELETE FROM release_signatures s USING gone g WHERE s.release_pk = g.id;
    RETURN NULL;
END $$""",
    """CREATE OR REPLACE FUNCTION entities_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM entity_evidence e USING gone g WHERE e.short_pk = g.id;
    DELETE FROM entity_evidence e USING gone g WHERE e.long_pk = g.id;
    RETURN NULL;
END $$""",
    """CREATE OR REPLACE FUNCTION releases_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE entity_evidence, release_signatures;
    RETURN NULL;
END $$""",
    """CREATE OR REPLACE FUNCTION entities_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE entity_evidence;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER trg_releases_gone AFTER DELETE ON releases REFERENCING OLD TABLE AS gone"
    " FOR EACH STATEMENT EXECUTE FUNCTION releases_gone()",
    "CREATE TRIGGER trg_entities_gone AFTER DELETE ON entities REFERENCING OLD TABLE AS gone"
    " FOR EACH STATEMENT EXECUTE FUNCTION entities_gone()",
    "CREATE TRIGGER trg_releases_emptied AFTER TRUNCATE ON releases"
    " FOR EACH STATEMENT EXECUTE FUNCTION releases_emptied()",
    "CREATE TRIGGER trg_entities_emptied AFTER TRUNCATE ON entities"
    " FOR EACH STATEMENT EXECUTE FUNCTION entities_emptied()",
]
_POSTGRES_DOWN = [
    "DROP TRIGGER trg_releases_gone ON releases",
    "DROP TRIGGER trg_entities_gone ON entities",
    "DROP TRIGGER trg_releases_emptied ON releases",
    "DROP TRIGGER trg_entities_emptied ON entities",
    "DROP FUNCTION releases_gone()",
    "DROP FUNCTION entities_gone()",
    "DROP FUNCTION releases_emptied()",
    "DROP FUNCTION entities_emptied()",
]

_SQLITE = [
    """CREATE TRIGGER trg_releases_gone AFTER DELETE ON releases FOR EACH ROW BEGIN
    DELETE FROM entity_evidence WHERE release_pk = OLD.id;
    DELETE FROM release_signatures WHERE release_pk = OLD.id;
END""",
    """CREATE TRIGGER trg_entities_gone AFTER DELETE ON entities FOR EACH ROW BEGIN
    DELETE FROM entity_evidence WHERE short_pk = OLD.id;
    DELETE FROM entity_evidence WHERE long_pk = OLD.id;
END""",
]
_SQLITE_DOWN = ["DROP TRIGGER trg_releases_gone", "DROP TRIGGER trg_entities_gone"]


def upgrade() -> None:
    with _kept_numbering():
        for table in ("entity_evidence", "release_signatures"):
            with op.batch_alter_table(table, **_batch_options(table)) as batch:
                for owner, column, _ in _KEYS:
                    if owner == table:
                        batch.drop_constraint(f"fk_{table}_{column}", type_="foreignkey")
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE if sqlite else _POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in _SQLITE_DOWN if sqlite else _POSTGRES_DOWN:
        op.execute(statement)
    with _kept_numbering():
        for table in ("entity_evidence", "release_signatures"):
            with op.batch_alter_table(table, **_batch_options(table)) as batch:
                for owner, column, parent in _KEYS:
                    if owner == table:
                        batch.create_foreign_key(
                            f"fk_{table}_{column}", parent, [column], ["id"], ondelete="CASCADE"
                        )


def _batch_options(table: str) -> dict:
    # SQLite copies the table into a new one: release_signatures keeps AUTOINCREMENT
    return {"table_kwargs": {"sqlite_autoincrement": True}} if table == "release_signatures" else {}


class _kept_numbering:
    """On SQLite, the highest `seq` release_signatures ever gave survives the table's copy (its
    AUTOINCREMENT counter would restart from the highest row left): a number is never given twice."""

    def __enter__(self) -> None:
        conn = op.get_bind()
        self.sqlite = conn.dialect.name == "sqlite"
        if self.sqlite:
            query = sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'release_signatures'")
            self.high = conn.execute(query).scalar()

    def __exit__(self, *exc: object) -> None:
        if self.sqlite and self.high is not None and exc[0] is None:
            conn = op.get_bind()
            query = sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'release_signatures'")
            high = max(self.high, conn.execute(query).scalar() or 0)
            conn.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = 'release_signatures'"))
            conn.execute(
                sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES ('release_signatures', :high)"),
                {"high": high},
            )
