class LocalDbError(RuntimeError):
    """The local Neo4j server could not be managed; the message is one line naming the cause."""
