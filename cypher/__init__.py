"""Every Cypher statement Entente runs, as named `.cypher` files; see `cypher.registry`."""
