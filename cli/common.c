/*
** common.c — helpers shared by the subcommands: reading flags, the read
** loop with error reporting, data-file lookup, TSV escaping.
*/
#include "cli.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef SIMA_DATADIR
#define SIMA_DATADIR "/usr/local/share/sima"
#endif

int cli_reading_flag(const char *cmd, cli_reading *rd, int argc, char **argv,
                     int *i) {
  const char *a = argv[*i];
  if (!strcmp(a, "--lines")) {
    rd->opts.lines = 1;
    return 1;
  }
  if (!strcmp(a, "--no-title")) {
    rd->opts.no_title = 1;
    return 1;
  }
  if (!strcmp(a, "--date") || !strcmp(a, "--input")) {
    if (*i + 1 >= argc) {
      cli_usage_error(cmd, "%s needs a value", a);
      return -1;
    }
    const char *v = argv[++*i];
    if (a[2] == 'd') {
      if (!sima_date_valid(v, strlen(v))) {
        cli_usage_error(cmd, "--date '%s' is not a date YYYY-MM-DD", v);
        return -1;
      }
      rd->opts.date = v;
    } else if (!strcmp(v, "text")) {
      rd->opts.input = SIMA_INPUT_TEXT;
    } else if (!strcmp(v, "jsonl")) {
      rd->opts.input = SIMA_INPUT_JSONL;
    } else if (!strcmp(v, "conllu")) {
      rd->opts.input = SIMA_INPUT_CONLLU;
    } else if (!strcmp(v, "petrxml")) {
      rd->opts.input = SIMA_INPUT_PETRXML;
    } else if (!strcmp(v, "auto")) {
      rd->opts.input = SIMA_INPUT_AUTO;
    } else {
      cli_usage_error(cmd, "--input '%s': want text, jsonl, petrxml or auto",
                      v);
      return -1;
    }
    return 1;
  }
  return 0;
}

int cli_read_all(const char *cmd, cli_reading *rd, cli_doc_fn fn, void *ud) {
  sima_error err = {0};
  sima_reader *r = sima_reader_new(&rd->opts, &err);
  if (!r) {
    fprintf(stderr, "sima %s: %s\n", cmd, err.msg);
    return EXIT_USAGE;
  }
  static char dash[] = "-";
  static char *stdin_only[] = {dash};
  char **files = rd->nfiles ? rd->files : stdin_only;
  int n = rd->nfiles ? rd->nfiles : 1;
  int rc = EXIT_OK, stop = 0;
  for (int f = 0; f < n && !stop; f++) {
    if (sima_reader_open(r, files[f], &err) != SIMA_OK) {
      fprintf(stderr, "sima %s: %s\n", cmd, err.msg);
      rc = EXIT_REJECTED;
      continue;
    }
    for (;;) {
      sima_doc *doc = NULL;
      sima_status st = sima_reader_next(r, &doc, &err);
      if (st == SIMA_DONE)
        break;
      if (st != SIMA_OK) {
        fprintf(stderr, "sima %s: %s\n", cmd, err.msg);
        rc = EXIT_REJECTED;
        if (st == SIMA_ERR_NOMEM || st == SIMA_ERR_IO)
          break;
        continue;
      }
      int what = fn(ud, doc);
      if (what != CLI_KEEP)
        sima_doc_free(doc);
      if (what == CLI_STOP) {
        stop = 1;
        break;
      }
    }
  }
  sima_reader_free(r);
  return rc;
}

static int exists(const char *p) {
  struct stat sb;
  return stat(p, &sb) == 0;
}

const char *cli_data_path(const char *rel) {
  static char buf[2 * PATH_MAX + 64];
  const char *home = getenv("SIMA_HOME");
  if (home && *home) {
    snprintf(buf, sizeof buf, "%s/%s", home, rel);
    return buf;
  }
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      /* build/sima -> ../  build/san/sima -> ../../ */
      static const char *const ups[] = {"/..", "/../.."};
      for (size_t k = 0; k < 2; k++) {
        snprintf(buf, sizeof buf, "%s%s/%s", exe, ups[k], rel);
        if (exists(buf))
          return buf;
      }
    }
  }
  snprintf(buf, sizeof buf, "%s/%s", SIMA_DATADIR, rel);
  if (exists(buf))
    return buf;
  snprintf(buf, sizeof buf, "%s", rel);
  return buf;
}

double cli_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

void cli_stats_start(cli_stats *s) {
  s->t0 = cli_now();
  s->cpu0 = cpu_seconds();
}

void cli_stats_print(const char *cmd, const cli_stats *s) {
  double dt = cli_now() - s->t0;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  if (dt <= 0)
    dt = 1e-9;
  /* CPU time since cli_stats_start: process start-up and dynamic linking
  ** are not the work being measured */
  double cpu = cpu_seconds() - s->cpu0;
  if (cpu <= 0)
    cpu = 1e-9;
  /* Wall-clock rates, and per-core rates from CPU time (user + system),
  ** which stay meaningful on a loaded machine. */
  fprintf(stderr,
          "stats: cmd=%s docs=%llu bytes=%llu sentences=%llu tokens=%llu "
          "events=%llu seconds=%.4f cpu_seconds=%.4f mb_per_s=%.1f "
          "sentences_per_s=%.0f mb_per_cpu_s=%.1f sentences_per_cpu_s=%.0f "
          "peak_rss_kb=%ld",
          cmd, (unsigned long long)s->docs, (unsigned long long)s->bytes,
          (unsigned long long)s->sentences, (unsigned long long)s->tokens,
          (unsigned long long)s->events, dt, cpu, (double)s->bytes / 1e6 / dt,
          (double)s->sentences / dt, (double)s->bytes / 1e6 / cpu,
          (double)s->sentences / cpu, ru.ru_maxrss);
  if (s->count_parsed)
    fprintf(stderr, " parsed_sentences=%llu", (unsigned long long)s->parsed);
  fputc('\n', stderr);
}

const char *cli_data_dir(void) {
  static char dir[2 * PATH_MAX + 64];
  const char *p = cli_data_path("data/cameo/cameo.txt");
  snprintf(dir, sizeof dir, "%s", p);
  size_t n = strlen(dir), suffix = strlen("data/cameo/cameo.txt");
  if (n >= suffix && strcmp(dir + n - suffix, "data/cameo/cameo.txt") == 0) {
    dir[n - suffix] = '\0';
    if (n - suffix == 0)
      snprintf(dir, sizeof dir, ".");
    else if (dir[n - suffix - 1] == '/')
      dir[n - suffix - 1] = '\0';
  }
  return dir;
}

char *cli_slurp(const char *path, size_t *len) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (n == cap) { /* double: amortised linear time */
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0)
      break;
  }
  int bad = ferror(f);
  if (f != stdin)
    fclose(f);
  if (bad) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

int cli_count_mode(const char *v) {
  if (!strcmp(v, "one-a-day"))
    return SIMA_COUNT_ONE_A_DAY;
  if (!strcmp(v, "reports"))
    return SIMA_COUNT_REPORTS;
  if (!strcmp(v, "all"))
    return SIMA_COUNT_ALL;
  return -1;
}

int cli_parser_flag(const char *cmd, int argc, char **argv, int *i) {
  if (strcmp(argv[*i], "--parser"))
    return 0;
  if (*i + 1 >= argc) {
    cli_usage_error(cmd, "--parser needs dense or sparse");
    return -1;
  }
  const char *v = argv[++*i];
  if (strcmp(v, "dense") && strcmp(v, "sparse")) {
    cli_usage_error(cmd, "--parser '%s': want dense or sparse", v);
    return -1;
  }
  setenv("SIMA_PARSER", v, 1);
  return 1;
}
