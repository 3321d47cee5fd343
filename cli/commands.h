/* commands.h — every subcommand, one line each, in `sima --help` order.
** CLI_COMMAND(ident, "name") expands to a declaration (cli.h) or a table
** row (sima.c).  cli/cmd_IDENT.c defines cmd_IDENT(), cmd_IDENT_summary[]
** and cmd_IDENT_help[]. */
CLI_COMMAND(code, "code")
CLI_COMMAND(ingest, "ingest")
CLI_COMMAND(query, "query")
CLI_COMMAND(trend, "trend")
CLI_COMMAND(alerts, "alerts")
CLI_COMMAND(tokenize, "tokenize")
CLI_COMMAND(sentences, "sentences")
CLI_COMMAND(parse, "parse")
CLI_COMMAND(actors, "actors")
CLI_COMMAND(verbs, "verbs")
CLI_COMMAND(validate, "validate")
CLI_COMMAND(test_spec, "test-spec")
CLI_COMMAND(eval, "eval")
CLI_COMMAND(eval_split, "eval-split")
CLI_COMMAND(eval_conllu, "eval-conllu")
