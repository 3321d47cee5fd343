/*
** cli.h — shared pieces of the sima command-line program.
**
** The CLI is written on include/sima.h only.  Each subcommand lives in
** cli/cmd_NAME.c and is listed once in cli/commands.h.
*/
#ifndef SIMA_CLI_H
#define SIMA_CLI_H

#include "sima.h"

/* Exit codes of every subcommand. */
enum { EXIT_OK = 0, EXIT_REJECTED = 1, EXIT_USAGE = 2 };

typedef struct cli_command {
  const char *name;
  int (*run)(int argc, char **argv); /* argv[0] is the command name */
  const char *summary;               /* one line for `sima --help` */
  const char *help;                  /* full text for `sima help NAME` */
} cli_command;

#define CLI_COMMAND(id, name) int cmd_##id(int argc, char **argv);
#include "commands.h"
#undef CLI_COMMAND

extern const cli_command cli_commands[];
const cli_command *cli_find(const char *name);

/* Prints "sima NAME: msg" to stderr and returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The reading flags shared by every command that reads articles:
**   --input text|jsonl|conllu  --lines  --date YYYY-MM-DD  --title
** cli_reading_flag consumes argv[*i] (and its value) if it is one of them
** and returns 1; 0 if not a reading flag; -1 (after printing) on a bad
** value. */
typedef struct cli_reading {
  sima_reader_opts opts;
  int nfiles;
  char **files; /* points into argv */
} cli_reading;

int cli_reading_flag(const char *cmd, cli_reading *rd, int argc, char **argv,
                     int *i);

/* Called for each document.  Returns CLI_NEXT (0) to go on, CLI_STOP to
** stop reading, or CLI_KEEP when the callback took ownership of `doc` (it
** then frees it itself); otherwise the caller frees doc after the call. */
enum { CLI_NEXT = 0, CLI_STOP = 1, CLI_KEEP = 2 };
typedef int (*cli_doc_fn)(void *ud, sima_doc *doc);

/* Reads every file of rd (stdin when there are none), calling fn per
** document.  Bad records are reported on stderr with file and line and
** reading goes on.  Returns EXIT_OK, or EXIT_REJECTED if any input was
** rejected. */
int cli_read_all(const char *cmd, cli_reading *rd, cli_doc_fn fn, void *ud);

/* `--parser dense|sparse` at argv[*i] (cmd names the command in
** messages): sets SIMA_PARSER for sima_model_load and advances *i.
** Returns 1 when consumed, 0 when argv[*i] is another option, -1 after a
** usage message for a missing or bad value. */
int cli_parser_flag(const char *cmd, int argc, char **argv, int *i);

/* Finds a data file shipped with sima ("models/tagger.bin",
** "data/dict/countries.txt"): under $SIMA_HOME, then next to the binary
** (its ../ and ../../), then the compiled-in SIMA_DATADIR, then ".".
** Returns a static buffer; the path may not exist. */
const char *cli_data_path(const char *rel);
/* The directory that holds models/ and data/ (found as cli_data_path
** finds files); a static buffer. */
const char *cli_data_dir(void);

/* Throughput figures for --stats: wall time from cli_stats_start, peak
** RSS from getrusage. */
typedef struct cli_stats {
  double t0;
  double cpu0; /* CPU seconds already used at start (start-up, linking) */
  uint64_t docs, bytes, sentences, tokens, events;
  int count_parsed; /* also print parsed_sentences= (sima code) */
  uint64_t parsed;  /* sentences given a dependency parse */
} cli_stats;
void cli_stats_start(cli_stats *s);
double cli_now(void); /* monotonic seconds */
/* Prints one line to stderr: "stats: docs=.. bytes=.. sentences=..
** seconds=.. mb_per_s=.. sentences_per_s=.. peak_rss_kb=.." (then
** "parsed_sentences=.." when count_parsed is set). */
void cli_stats_print(const char *cmd, const cli_stats *s);

/* Reads a whole file ("-": stdin) into a malloc'ed buffer (the caller
** frees it) and sets *len; NULL when it cannot be opened or read. */
char *cli_slurp(const char *path, size_t *len);

/* Output formats shared by inspection commands. */
typedef enum { FMT_JSONL = 0, FMT_TSV, FMT_CONLLU, FMT_OTHER } cli_format;

/* `--count` of trend and alerts: "one-a-day" (SIMA_COUNT_ONE_A_DAY),
** "reports" or "all" (docs/store.md "Counting"); -1 for anything else. */
int cli_count_mode(const char *v);

#endif
