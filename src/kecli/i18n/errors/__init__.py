"""The words of kecli's errors: messages and hints, one module per area, as
``kecli.errors.Template`` pairs (bokmål, English) with named ``{placeholders}`` that the
raising error fills when it is shown; ``{field}`` and ``{f[name]}`` name a field as the
presenter calls it (a flag at the command line, a column in an import file)."""
