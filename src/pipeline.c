/*
** pipeline.c — ties the stages together: loads the immutable resources once
** (models, CAMEO table, verb patterns, actor dictionaries) and runs
** tokenize -> split -> parse -> actors -> code on a document.
**
** A pipeline is read-only after sima_pipeline_new, so any number of threads
** may call sima_pipeline_run on different documents at once.
*/
#include "arena.h"
#include "coder_int.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>

struct sima_pipeline {
  sima_pipeline_opts opts;
  sima_model *model;
  sima_cameo *cameo;
  sima_verbs *verbs;
  sima_dict *dict;
};

/* Joins dir and rel into a malloc'ed path. */
static char *join(const char *dir, const char *rel) {
  size_t n = strlen(dir) + strlen(rel) + 2;
  char *p = malloc(n);
  if (p)
    snprintf(p, n, "%s/%s", dir, rel);
  return p;
}

static int is_verb_file(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  return strstr(base, "verb") != NULL ||
         strstr(path, "/verbs/") != NULL;
}

/* Collects paths into a growable array of malloc'ed strings. */
typedef struct paths {
  char **v;
  size_t n, cap;
} paths;

static int paths_add(paths *p, char *s) {
  if (!s)
    return -1;
  if (p->n == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 16;
    char **nv = realloc(p->v, cap * sizeof *nv);
    if (!nv) {
      free(s);
      return -1;
    }
    p->v = nv;
    p->cap = cap;
  }
  p->v[p->n++] = s;
  return 0;
}

static void paths_free(paths *p) {
  for (size_t i = 0; i < p->n; i++)
    free(p->v[i]);
  free(p->v);
}

sima_pipeline *sima_pipeline_new(const sima_pipeline_opts *opts,
                                 sima_error *err) {
  sima_pipeline *p = calloc(1, sizeof *p);
  paths verbs = {0}, dicts = {0};
  char *path = NULL;
  if (!p) {
    sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
    return NULL;
  }
  if (opts)
    p->opts = *opts;
  const char *dir = p->opts.data_dir ? p->opts.data_dir : ".";

  path = join(dir, "models");
  if (!path)
    goto nomem;
  if (!(p->model = sima_model_load(path, err)))
    goto fail;
  free(path);
  path = join(dir, "data/cameo/cameo.txt");
  if (!path)
    goto nomem;
  if (!(p->cameo = sima_cameo_load(path, err)))
    goto fail;
  free(path);
  path = NULL;

  /* verb patterns: the shipped set, sorted, then --dict verb files */
  char *pattern = join(dir, "data/dict/verbs/*.txt");
  glob_t g;
  int grc = pattern ? glob(pattern, 0, NULL, &g) : GLOB_NOSPACE;
  free(pattern);
  if (grc == 0) {
    for (size_t i = 0; i < g.gl_pathc; i++)
      if (paths_add(&verbs, strdup(g.gl_pathv[i])) != 0) {
        globfree(&g);
        goto nomem;
      }
    globfree(&g);
  } else if (grc == GLOB_ABORTED) {
    sima_error_set(err, SIMA_ERR_IO, "%s/data/dict/verbs/: cannot be read",
                   dir);
    goto fail;
  } else if (grc != GLOB_NOMATCH) {
    goto nomem;
  }
  for (size_t i = 0; sima_dict_default_file(i); i++)
    if (paths_add(&dicts, join(dir, sima_dict_default_file(i))) != 0)
      goto nomem;
  size_t ndefault = dicts.n; /* skipped when legacy actor files replace them */
  /* --dict files: sima's own formats add to the shipped set; PETRARCH/
  ** TABARI files (docs/compat.md) replace it, since a legacy dictionary
  ** set is meant to be used as a whole. */
  const char *legacy_verbs = NULL;
  paths legacy = {0};
  for (size_t i = 0; i < p->opts.ndicts; i++) {
    const char *f = p->opts.dicts[i];
    if (sima_petr_is_legacy(f)) {
      sima_petr_kind k = sima_petr_kind_of(f);
      if (k == SIMA_PETR_VERBS) {
        if (legacy_verbs) {
          sima_error_set(err, SIMA_ERR_USAGE,
                         "%s: only one PETRARCH/TABARI verb file at a time "
                         "(already %s)",
                         f, legacy_verbs);
          paths_free(&legacy);
          goto fail;
        }
        legacy_verbs = f;
      } else if (k == SIMA_PETR_ACTORS || k == SIMA_PETR_AGENTS) {
        if (paths_add(&legacy, strdup(f)) != 0) {
          paths_free(&legacy);
          goto nomem;
        }
      } else {
        sima_error_set(err, SIMA_ERR_USAGE,
                       "%s: a PETRARCH %s file; sima code reads verb, actor "
                       "and agent files (sima validate reads the others)",
                       f, k == SIMA_PETR_DISCARDS ? "discards" : "issues");
        paths_free(&legacy);
        goto fail;
      }
      continue;
    }
    if (paths_add(is_verb_file(f) ? &verbs : &dicts, strdup(f)) != 0) {
      paths_free(&legacy);
      goto nomem;
    }
  }
  if (legacy_verbs) {
    p->verbs = sima_petr_verbs_load(legacy_verbs, p->cameo, p->opts.lenient,
                                    p->opts.warn, p->opts.warn_ud, NULL, err);
  } else if (verbs.n == 0) {
    sima_error_set(err, SIMA_ERR_NOTFOUND,
                   "%s/data/dict/verbs/: no verb-pattern files", dir);
  } else {
    p->verbs = sima_verbs_load((const char *const *)verbs.v, verbs.n,
                               p->cameo, p->opts.lenient, p->opts.warn,
                               p->opts.warn_ud, err);
  }
  if (!p->verbs) {
    paths_free(&legacy);
    goto fail;
  }
  sima_dict_opts dopts = {p->opts.lenient, p->opts.warn, p->opts.warn_ud};
  p->dict = sima_dict_new(&dopts, err);
  if (!p->dict) {
    paths_free(&legacy);
    goto fail;
  }
  for (size_t i = 0; i < legacy.n; i++)
    if (sima_petr_dict_add_file(p->dict, legacy.v[i], NULL, err) != SIMA_OK) {
      paths_free(&legacy);
      goto fail;
    }
  for (size_t i = legacy.n ? ndefault : 0; i < dicts.n; i++)
    if (sima_dict_add_file(p->dict, dicts.v[i], err) != SIMA_OK) {
      paths_free(&legacy);
      goto fail;
    }
  paths_free(&legacy);
  paths_free(&verbs);
  paths_free(&dicts);
  /* The caller's dictionary list need not outlive this call. */
  p->opts.dicts = NULL;
  p->opts.ndicts = 0;
  return p;
nomem:
  sima_error_set(err, SIMA_ERR_NOMEM, "out of memory loading resources");
fail:
  free(path);
  paths_free(&verbs);
  paths_free(&dicts);
  sima_pipeline_free(p);
  return NULL;
}

void sima_pipeline_free(sima_pipeline *p) {
  if (!p)
    return;
  sima_model_free(p->model);
  sima_cameo_free(p->cameo);
  sima_verbs_free(p->verbs);
  sima_dict_free(p->dict);
  free(p);
}

/* Parses the sentences of a tagged document with its actors found that can
** yield an event (sima_code_candidates); *wantp gets that set and *lidsp
** the lemma ids looked up on the way (coder_code_candidates; arena), for
** the coder to code the same sentences only, or NULL without sentences. */
static sima_status parse_candidates(const sima_pipeline *p, sima_doc *doc,
                                    const unsigned char **wantp,
                                    const uint32_t **lidsp, sima_error *err) {
  *wantp = NULL;
  *lidsp = NULL;
  if (doc->nsents == 0)
    return SIMA_OK; /* the coder codes sentences only */
  unsigned char *want = sima_arena_alloc(doc->arena, doc->nsents);
  uint32_t *lids =
      sima_arena_alloc(doc->arena, (doc->ntokens ? doc->ntokens : 1) *
                                       sizeof *lids);
  if (!want || !lids)
    return sima_error_set(err, SIMA_ERR_NOMEM, "out of memory");
  sima_code_opts o = {p->opts.allow_single_actor, 0};
  coder_code_candidates(p->verbs, &o, doc, want, lids);
  *wantp = want;
  *lidsp = lids;
  return sima_parse_tagged(p->model, doc, want, err);
}

sima_status sima_pipeline_run(const sima_pipeline *p, sima_doc *doc,
                              unsigned stages, sima_error *err) {
  sima_status st = SIMA_OK;
  /* Each stage needs the ones before it. */
  if (stages & SIMA_STAGE_CODE)
    stages |= SIMA_STAGE_ACTORS;
  if (stages & SIMA_STAGE_ACTORS)
    stages |= SIMA_STAGE_PARSE;
  if (stages & SIMA_STAGE_PARSE)
    stages |= SIMA_STAGE_SPLIT;
  if (stages & SIMA_STAGE_SPLIT)
    stages |= SIMA_STAGE_TOKENIZE;
  unsigned todo = stages & ~doc->stages_done;
  /* the sentences parse_candidates parsed, which the coder then codes
  ** (sima_code_candidates' set, computed once: the parser changes no tag,
  ** lemma or mention it reads), and the lemma ids it looked up, or NULL:
  ** the coder computes them */
  const unsigned char *want = NULL;
  const uint32_t *lids = NULL;
  if ((todo & SIMA_STAGE_TOKENIZE) && (st = sima_tokenize(doc, err)) != SIMA_OK)
    return st;
  if ((todo & SIMA_STAGE_SPLIT) && (st = sima_split(doc, err)) != SIMA_OK)
    return st;
  if ((todo & SIMA_STAGE_PARSE) && (todo & SIMA_STAGE_CODE)) {
    /* the coder needs actors and a trigger word in a sentence to code
    ** anything there, and the actor recognizer needs tags and lemmas
    ** only: parse only the sentences that have both */
    if ((st = sima_tag_doc(p->model, doc, err)) != SIMA_OK ||
        (st = sima_actors_find(p->dict, doc, err)) != SIMA_OK ||
        (st = parse_candidates(p, doc, &want, &lids, err)) != SIMA_OK)
      return st;
    todo &= ~(unsigned)SIMA_STAGE_ACTORS;
  } else if ((todo & SIMA_STAGE_PARSE) &&
             (st = sima_parse_doc(p->model, doc, err)) != SIMA_OK) {
    return st;
  }
  if ((todo & SIMA_STAGE_ACTORS) &&
      (st = sima_actors_find(p->dict, doc, err)) != SIMA_OK)
    return st;
  if (todo & SIMA_STAGE_CODE) {
    sima_code_opts o = {p->opts.allow_single_actor, p->opts.why_not};
    if ((st = coder_code_doc(p->verbs, p->cameo, &o, doc, want, lids, 0,
                             err)) != SIMA_OK)
      return st;
    if ((st = sima_dates_resolve(doc, err)) != SIMA_OK ||
        (st = sima_actors_redate(p->dict, doc, err)) != SIMA_OK ||
        (st = sima_events_mark_duplicates(doc, err)) != SIMA_OK)
      return st;
  }
  doc->stages_done |= stages;
  return SIMA_OK;
}
