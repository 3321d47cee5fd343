/*
** cmd_verbs.c — `sima verbs`: loads verb-pattern dictionaries
** (docs/verbs.md) and reports on them: pattern and set counts, duplicate
** and conflicting patterns, and with --check-coverage every CAMEO code of
** data/cameo/cameo.txt that no pattern codes.
*/
#include "cli.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char cmd_verbs_summary[] = "check and count verb-pattern dictionaries";
const char cmd_verbs_help[] =
    "usage: sima verbs [--check-coverage] [--report] [--lenient] [--codes]\n"
    "                  [--cameo FILE] [FILE...]\n"
    "\n"
    "Loads the verb-pattern files (default: data/dict/verbs/*.txt) with the\n"
    "CAMEO table (default: data/cameo/cameo.txt) and prints pattern, set and\n"
    "load-time counts.  A malformed line is an error naming file:line.\n"
    "\n"
    "  --check-coverage  list every CAMEO code with no pattern; exit 1 if any\n"
    "                    (a two-digit root counts as covered by its own\n"
    "                    patterns or by those of its \"not specified\" code)\n"
    "  --codes           print every code with its number of patterns\n"
    "  --report          print duplicate and conflicting patterns\n"
    "  --lenient         warn about malformed lines and skip them\n"
    "  --cameo FILE      another CAMEO table\n"
    "\n"
    "Exit: 0 ok, 1 a file failed to load or a code is uncovered, 2 usage.\n";

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Patterns for `code`; a root ("04") also counts those of "040". */
static size_t coverage(const sima_verbs *v, const char *code) {
  size_t n = sima_verbs_code_count(v, code);
  if (strlen(code) == 2) {
    char x0[4] = {code[0], code[1], '0', 0};
    n += sima_verbs_code_count(v, x0);
  }
  return n;
}

int cmd_verbs(int argc, char **argv) {
  int check = 0, report = 0, lenient = 0, codes = 0;
  const char *cameo_path = NULL;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  size_t nfiles = 0;
  glob_t g;
  int globbed = 0, rc = EXIT_OK;
  if (!files)
    return EXIT_REJECTED;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--check-coverage"))
      check = 1;
    else if (!strcmp(argv[i], "--report"))
      report = 1;
    else if (!strcmp(argv[i], "--lenient"))
      lenient = 1;
    else if (!strcmp(argv[i], "--codes"))
      codes = 1;
    else if (!strcmp(argv[i], "--cameo") && i + 1 < argc)
      cameo_path = argv[++i];
    else if (argv[i][0] == '-' && argv[i][1]) {
      free(files);
      return cli_usage_error("verbs", "unknown option '%s'", argv[i]);
    } else
      files[nfiles++] = argv[i];
  }
  sima_error err;
  char *cp = strdup(cameo_path ? cameo_path
                               : cli_data_path("data/cameo/cameo.txt"));
  sima_cameo *cameo = cp ? sima_cameo_load(cp, &err) : NULL;
  free(cp);
  if (!cameo) {
    fprintf(stderr, "sima verbs: %s\n", err.msg);
    free(files);
    return EXIT_REJECTED;
  }
  if (nfiles == 0) {
    char *pat = strdup(cli_data_path("data/dict/verbs"));
    char buf[4200];
    snprintf(buf, sizeof buf, "%s/*.txt", pat ? pat : "data/dict/verbs");
    free(pat);
    if (glob(buf, 0, NULL, &g) == 0) {
      globbed = 1;
      const char **nf = realloc(files, (g.gl_pathc + 1) * sizeof *nf);
      if (!nf) {
        rc = EXIT_REJECTED;
        goto out;
      }
      files = nf;
      for (size_t i = 0; i < g.gl_pathc; i++)
        files[nfiles++] = g.gl_pathv[i];
    }
    if (nfiles == 0) {
      fprintf(stderr, "sima verbs: no verb-pattern files in %s\n", buf);
      rc = EXIT_REJECTED;
      goto out;
    }
  }
  double t0 = now_ms();
  sima_verbs *v = sima_verbs_load(files, nfiles, cameo, lenient, NULL, NULL,
                                  &err);
  double t1 = now_ms();
  if (!v) {
    fprintf(stderr, "sima verbs: %s\n", err.msg);
    rc = EXIT_REJECTED;
    goto out;
  }
  sima_verbs_stats st;
  sima_verbs_get_stats(v, &st);
  printf("files %zu\npatterns %zu\nnull %zu\npaired %zu\nsets %zu\n"
         "set_members %zu\nduplicates %zu\nconflicts %zu\nskipped %zu\n"
         "load_ms %.1f\n",
         nfiles, st.npatterns, st.nnull, st.npaired, st.nsets, st.nmembers,
         st.nduplicates, st.nconflicts, st.nskipped, t1 - t0);
  if (report)
    sima_verbs_report(v, stdout);
  size_t ncodes = sima_cameo_count(cameo), missing = 0;
  for (size_t i = 0; i < ncodes; i++) {
    const sima_cameo_code *c = sima_cameo_at(cameo, i);
    size_t n = coverage(v, c->code);
    if (codes)
      printf("code %-4s %5zu  %s\n", c->code, n, c->name);
    if (!n) {
      missing++;
      if (check)
        printf("uncovered %s %s\n", c->code, c->name);
    }
  }
  printf("codes %zu\ncovered %zu\n", ncodes, ncodes - missing);
  if (check && missing)
    rc = EXIT_REJECTED;
  sima_verbs_free(v);
out:
  if (globbed)
    globfree(&g);
  sima_cameo_free(cameo);
  free(files);
  return rc;
}
