/* commands.h — every subcommand, one line each, in `sima --help` order.
** CLI_COMMAND(ident, "name") expands to a declaration (cli.h) or a table
** row (sima.c).  cli/cmd_IDENT.c defines cmd_IDENT(), cmd_IDENT_summary[]
** and cmd_IDENT_help[]. */
CLI_COMMAND(tokenize, "tokenize")
CLI_COMMAND(sentences, "sentences")
