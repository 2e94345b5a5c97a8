"""Drawing view objects for people (Rich) and writing them for scripts."""
