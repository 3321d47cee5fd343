/*
** sima.c — the `sima` program: dispatches to one subcommand per file.
**
**   sima COMMAND [options] FILE...|-
**   sima --help | sima help COMMAND | sima --version
*/
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define CLI_COMMAND(id, name)                                                  \
  extern const char cmd_##id##_summary[], cmd_##id##_help[];
#include "commands.h"
#undef CLI_COMMAND

const cli_command cli_commands[] = {
#define CLI_COMMAND(id, name)                                                  \
  {name, cmd_##id, cmd_##id##_summary, cmd_##id##_help},
#include "commands.h"
#undef CLI_COMMAND
    {NULL, NULL, NULL, NULL}};

const cli_command *cli_find(const char *name) {
  for (const cli_command *c = cli_commands; c->name; c++)
    if (strcmp(c->name, name) == 0)
      return c;
  return NULL;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "sima %s: ", cmd);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry 'sima help %s'.\n", cmd);
  return EXIT_USAGE;
}

static void main_help(FILE *out) {
  fprintf(out,
          "sima %s — political event data from news text\n\n"
          "usage: sima COMMAND [options] FILE...|-\n\n"
          "commands:\n",
          SIMA_VERSION);
  for (const cli_command *c = cli_commands; c->name; c++)
    fprintf(out, "  %-12s %s\n", c->name, c->summary);
  fprintf(out, "\n  sima help COMMAND   details of one command\n"
               "  sima --version      print the version\n\n"
               "environment: SIMA_PARSER=dense|sparse picks the dependency "
               "parser\n(default dense, which reads models/dparser.bin; "
               "also `--parser`)\n\n"
               "exit codes: 0 ok, 1 some input rejected, 2 usage error\n");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    main_help(stderr);
    return EXIT_USAGE;
  }
  const char *a = argv[1];
  if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
    main_help(stdout);
    return EXIT_OK;
  }
  if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
    printf("sima %s\n", SIMA_VERSION);
    return EXIT_OK;
  }
  if (!strcmp(a, "help")) {
    if (argc < 3) {
      main_help(stdout);
      return EXIT_OK;
    }
    const cli_command *c = cli_find(argv[2]);
    if (!c) {
      fprintf(stderr, "sima: no command '%s'; see 'sima --help'\n", argv[2]);
      return EXIT_USAGE;
    }
    printf("%s", c->help);
    return EXIT_OK;
  }
  const cli_command *c = cli_find(a);
  if (!c) {
    fprintf(stderr, "sima: no command '%s'; see 'sima --help'\n", a);
    return EXIT_USAGE;
  }
  for (int i = 2; i < argc; i++)
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      printf("%s", c->help);
      return EXIT_OK;
    }
  return c->run(argc - 1, argv + 1);
}
