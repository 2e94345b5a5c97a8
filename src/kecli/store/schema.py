"""The schema revision this kecli builds, without importing SQLAlchemy (the fast paths
that read SQLite with the standard library check it before they trust a database)."""

#: The newest Alembic revision; a test keeps it equal to the migrations' head.
SCHEMA_HEAD = "0014"
