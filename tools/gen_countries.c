/*
** gen_countries.c — the country list from Debian's iso-codes, for the
** actor dictionary data/dict/countries.txt.
**
**   gen_countries [--iso FILE]                  print a skeleton block
**                                               "AAA | name | official name"
**                                               for every ISO 3166-1 country
**   gen_countries [--iso FILE] --check DICT     check that DICT has a block
**                                               for every ISO alpha-3 code
**                                               (plus KSV, PSE, TWN); exit 1
**                                               naming the missing ones
**
** countries.txt is written by hand (demonyms, capitals and seats of power
** are not in iso-codes); this tool seeds new blocks and keeps the file
** complete (test/cli/actors.sh runs --check).  FILE defaults to
** /usr/share/iso-codes/json/iso_3166-1.json.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ISO_DEFAULT "/usr/share/iso-codes/json/iso_3166-1.json"

/* Codes that CAMEO uses besides ISO 3166-1 and that the file must have. */
static const char *const extra_codes[] = {"KSV", "PSE", "TWN", NULL};

/* Whether `code` starts a header line ("CODE |") of the dictionary text. */
static int has_block(const char *text, const char *code) {
  size_t n = strlen(code);
  for (const char *p = text; p && *p;) {
    if (!strncmp(p, code, n) && (p[n] == ' ' || p[n] == '|' || p[n] == '\n'))
      return 1;
    p = strchr(p, '\n');
    if (p)
      p++;
  }
  return 0;
}

static char *read_all(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf)
    buf[n] = '\0';
  return buf;
}

int main(int argc, char **argv) {
  const char *iso = ISO_DEFAULT, *check = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--iso") && i + 1 < argc)
      iso = argv[++i];
    else if (!strcmp(argv[i], "--check") && i + 1 < argc)
      check = argv[++i];
    else {
      fprintf(stderr, "usage: gen_countries [--iso FILE] [--check DICT]\n");
      return 2;
    }
  }
  json_error_t je;
  json_t *root = json_load_file(iso, 0, &je);
  json_t *list = root ? json_object_get(root, "3166-1") : NULL;
  if (!json_is_array(list)) {
    fprintf(stderr, "gen_countries: %s:%d: %s\n", iso, je.line,
            root ? "no \"3166-1\" array" : je.text);
    json_decref(root);
    return 1;
  }
  char *dict = NULL;
  if (check && !(dict = read_all(check))) {
    fprintf(stderr, "gen_countries: cannot read %s\n", check);
    json_decref(root);
    return 1;
  }
  size_t i, nmissing = 0, n = 0;
  json_t *c;
  json_array_foreach(list, i, c) {
    const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
    const char *name = json_string_value(json_object_get(c, "name"));
    const char *off = json_string_value(json_object_get(c, "official_name"));
    const char *common = json_string_value(json_object_get(c, "common_name"));
    if (!a3 || !name)
      continue;
    n++;
    if (check) {
      if (!has_block(dict, a3)) {
        printf("missing %s %s\n", a3, name);
        nmissing++;
      }
      continue;
    }
    printf("%s | %s", a3, common ? common : name);
    if (common && strcmp(common, name))
      printf(" | %s", name);
    if (off && strcmp(off, name))
      printf(" | %s", off);
    printf("\n");
  }
  for (size_t k = 0; check && extra_codes[k]; k++)
    if (!has_block(dict, extra_codes[k])) {
      printf("missing %s\n", extra_codes[k]);
      nmissing++;
    }
  if (check)
    printf("%zu ISO countries, %zu missing from %s\n", n, nmissing, check);
  free(dict);
  json_decref(root);
  return nmissing ? 1 : 0;
}
