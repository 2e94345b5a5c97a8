"""Storage: the only package that knows SQLModel, SQLAlchemy and SQL."""
