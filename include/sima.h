/*
** sima.h — the public interface of libsima, the political event coder.
**
** sima turns news text into event data: who did what to whom, when, where,
** how certainly and on whose word.  The pipeline is
**
**   reader -> normalise -> tokenizer -> sentences -> tagger/lemmatizer ->
**   parser -> actors -> coder -> writers -> store -> aggregation
**
** and every stage appends its arrays to one `sima_doc`.  This header is the
** manual: sections start with "## ".
**
** Ownership, for the whole API, in one sentence: everything reachable from a
** `sima_doc` is owned by it until `sima_doc_free`; spans are byte offsets
** into `doc->text`; loaded models and dictionaries are immutable and may be
** shared read-only between threads; strings returned by `sima_*_to_*`
** functions are the caller's to free with free().
*/
#ifndef SIMA_H
#define SIMA_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SIMA_API __attribute__((visibility("default")))
#else
#define SIMA_API
#endif

#define SIMA_VERSION "0.1.0"

/* ## Status codes
**
** Every fallible call returns a `sima_status`.  Details (file:line, byte
** offsets) go into a caller-supplied `sima_error`, placed last.
*/
typedef enum {
  SIMA_OK = 0,
  SIMA_DONE,         /* a stream has no more items (not an error) */
  SIMA_ERR_NOMEM,    /* allocation failed */
  SIMA_ERR_IO,       /* open/read/write failed */
  SIMA_ERR_FORMAT,   /* malformed input: JSON, dictionary, CoNLL-U, ... */
  SIMA_ERR_CORRUPT,  /* a binary file fails its checks */
  SIMA_ERR_VERSION,  /* a file or database of an unsupported version */
  SIMA_ERR_USAGE,    /* a caller passed invalid arguments */
  SIMA_ERR_NOTFOUND, /* a named thing does not exist */
  SIMA_ERR_DB,       /* the event store failed */
  SIMA_ERR_LIMIT,    /* an input exceeds a documented limit */
  SIMA_NSTATUS       /* ORDER SIMA_STATUS: keep status_text[] in step */
} sima_status;

/* Detail of the last failure.  `msg` is NUL-terminated and says what and
** where ("news.jsonl:12: invalid JSON: ..."). */
typedef struct sima_error {
  sima_status status;
  char msg[768];
} sima_error;

/* Fixed text for a status code; never NULL. */
SIMA_API const char *sima_strerror(sima_status st);

/* Sets err (if not NULL) to st and a printf-style message; returns st. */
SIMA_API sima_status sima_error_set(sima_error *err, sima_status st,
                                    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Warnings (recoverable problems: a replaced invalid byte, a skipped
** dictionary line in lenient mode) go through a callback.  With no callback
** they are written to stderr prefixed by "sima: warning: ". */
typedef void (*sima_warn_fn)(void *ud, const char *msg);

/* ## Memory
**
** All allocation goes through a `sima_mem`.  The default uses malloc; tests
** inject one that fails the Nth allocation.  Functions given NULL use the
** default.
*/
typedef struct sima_mem {
  void *(*calloc)(void *ud, size_t n, size_t size);
  void *(*realloc)(void *ud, void *p, size_t size);
  void (*free)(void *ud, void *p);
  void *ud;
} sima_mem;

SIMA_API const sima_mem *sima_mem_default(void);

/* A per-document bump allocator.  Memory is released in one call. */
typedef struct sima_arena sima_arena;

SIMA_API sima_arena *sima_arena_new(const sima_mem *mem);
/* Returns zeroed, 16-byte aligned memory, or NULL when out of memory
** (the arena then stays failed: see sima_arena_failed). */
SIMA_API void *sima_arena_alloc(sima_arena *a, size_t size);
SIMA_API char *sima_arena_strndup(sima_arena *a, const char *s, size_t len);
SIMA_API int sima_arena_failed(const sima_arena *a);
SIMA_API size_t sima_arena_used(const sima_arena *a);
/* Frees every block but keeps the first for reuse. */
SIMA_API void sima_arena_reset(sima_arena *a);
SIMA_API void sima_arena_free(sima_arena *a);

/* ## Documents
**
** A document is one article.  Its `text` is the title (if any), a blank
** line, then the body; `body_off` says where the body starts.  The text is
** valid UTF-8 in NFC: invalid bytes were replaced by U+FFFD and NUL bytes by
** spaces, with a warning naming the byte offset.  For input that is already
** valid NFC UTF-8 without NUL bytes (nearly all news), offsets into `text`
** equal offsets into the input's text field.
*/
typedef struct sima_token sima_token;
typedef struct sima_sentence sima_sentence;
typedef struct sima_syntax sima_syntax;

typedef enum {
  SIMA_TOK_WORD = 0, /* letters, digits, hyphenated compounds, abbreviations */
  SIMA_TOK_NUMBER,   /* 1,200  3.5  2025  400m  7.6bn  1990s  21st */
  SIMA_TOK_MONEY,    /* a currency sign before a number: the $ of $400m */
  SIMA_TOK_PERCENT,  /* the % of 3.5% */
  SIMA_TOK_PUNCT,    /* . , ; : ! ? ( ) [ ] */
  SIMA_TOK_QUOTE,    /* " ' “ ” ‘ ’ « » */
  SIMA_TOK_DASH,     /* - -- – — */
  SIMA_TOK_ELLIPSIS, /* ... … */
  SIMA_TOK_URL,      /* http://..., www.x.com */
  SIMA_TOK_EMAIL,
  SIMA_TOK_HANDLE,  /* @user */
  SIMA_TOK_HASHTAG, /* #tag */
  SIMA_TOK_SYMBOL,  /* anything else: & + = © ... */
  SIMA_TOK_NKIND    /* ORDER SIMA_TOK: keep tok_kind_names[] in step */
} sima_tok_kind;

enum {
  SIMA_TOKF_SPACE_BEFORE = 1 << 0,   /* whitespace precedes the token */
  SIMA_TOKF_NEWLINE_BEFORE = 1 << 1, /* a line break precedes it */
  SIMA_TOKF_PARA_BEFORE = 1 << 2,    /* a blank line precedes it */
  SIMA_TOKF_CAPITAL = 1 << 3,        /* starts with an upper-case letter */
  SIMA_TOKF_ABBREV = 1 << 4,         /* ends in a full stop that belongs to it */
  SIMA_TOKF_CLITIC = 1 << 5,         /* 's n't 're ... split off a word */
  SIMA_TOKF_JOINED = 1 << 6 /* a compound hyphen, or the part after it:
                               110-mile = 110 -(J) mile(J), as in UD */
};

/* A token is a span of `doc->text`.  `norm` is its matching form: quotes
** and dashes folded to ASCII, otherwise the same characters (case kept).
** It is NUL-terminated and owned by the document. */
struct sima_token {
  uint32_t off;     /* byte offset into doc->text */
  uint32_t len;     /* byte length of the span */
  const char *norm; /* folded form for matching */
  uint32_t nnorm;   /* strlen(norm) */
  uint16_t kind;    /* sima_tok_kind */
  uint16_t flags;   /* SIMA_TOKF_* */
};

typedef enum {
  SIMA_SENT_BODY = 0,
  SIMA_SENT_TITLE,   /* the headline */
  SIMA_SENT_DATELINE /* "BEIJING (Reuters) -" */
} sima_sent_kind;

/* A sentence is a run of tokens; its byte span is derived from them. */
struct sima_sentence {
  uint32_t first; /* index of the first token */
  uint32_t count; /* number of tokens */
  uint32_t kind;  /* sima_sent_kind */
};

typedef struct sima_doc {
  char *id;        /* record id, or "file.txt", "file.txt:17", "-:3" */
  char *date;      /* "YYYY-MM-DD", or NULL when unknown */
  char *source;    /* publisher, or NULL */
  char *url;       /* or NULL */
  char *text;      /* NUL-terminated; see above */
  size_t len;      /* bytes in text, excluding the NUL */
  size_t body_off; /* where the body starts (0 when there is no title) */
  size_t title_len; /* bytes of title at the start of text (0: none) */
  int no_title;     /* take no title from the text, not even a headline
                    ** glued to the body (--no-title; T-HEADLINE) */
  const char *origin; /* file name the document came from ("-" for stdin) */
  uint64_t origin_line; /* 1-based line in the origin, 0 for whole files */

  sima_token *tokens; /* tokenizer output */
  uint32_t ntokens;
  sima_sentence *sents; /* sentence splitter output */
  uint32_t nsents;
  sima_syntax *syn; /* tagger/parser output, one per token, or NULL */
  struct sima_mention *mentions; /* actor recognizer output */
  uint32_t nmentions;
  struct sima_event *events; /* coder output */
  uint32_t nevents;
  sima_syntax *csyn; /* the parse the coder read: syn after the parse
                     ** repairs (RULE C-REPAIR), or NULL before coding */
  uint64_t *repaired; /* per sentence s, four words, repaired[4s] to
                      ** repaired[4s + 3]: the repairs that changed it (bit
                      ** i of word i / 64: repair i in the order of
                      ** src/repair.c), or NULL */

  struct sima_why *why; /* with sima_code_opts.why_not: why each sentence
                        ** that yields no event yields none (sima_why) */
  uint32_t nwhy;

  unsigned stages_done; /* SIMA_STAGE_* bits run by sima_pipeline_run */
  sima_arena *arena; /* owns everything above */
  void *stage[8];    /* private per-stage results (actors, events, ...) */
} sima_doc;

/* Creates a document from text (copied), normalising it as described above.
** `id` and `date` may be NULL.  Warnings name `origin` and the byte offset.
** Returns NULL only when out of memory. */
SIMA_API sima_doc *sima_doc_new(const char *text, size_t len, const char *id,
                                const char *date, sima_warn_fn warn,
                                void *warn_ud);
/* As sima_doc_new, with a title kept separate from the body. */
SIMA_API sima_doc *sima_doc_new_titled(const char *title, size_t title_len,
                                       const char *body, size_t body_len,
                                       const char *id, const char *date,
                                       sima_warn_fn warn, void *warn_ud);
SIMA_API void sima_doc_free(sima_doc *doc);

/* Checks that `s` is a real calendar date written YYYY-MM-DD. */
SIMA_API int sima_date_valid(const char *s, size_t len);

/* ## Text normalisation
**
** Writes into `out` (arena-owned) the valid-UTF-8, NFC form of `in`.
** `*nfixes` gets the number of replaced bytes; `*first_bad` the offset of
** the first one in `in` (or SIZE_MAX).
*/
SIMA_API sima_status sima_normalize(sima_arena *a, const char *in, size_t len,
                                    char **out, size_t *out_len,
                                    size_t *nfixes, size_t *first_bad);

/* Folds typographic quotes/dashes/ellipsis at `s` (one code point) into
** ASCII; returns the replacement (static) and sets *adv to the bytes used,
** or returns NULL if the code point is not folded. */
SIMA_API const char *sima_fold_char(const char *s, size_t len, size_t *adv);

/* ## Reader
**
** Streams documents from files or stdin.  Memory is bounded by the largest
** single document: JSONL and --lines input is read a line at a time.
**
**   sima_reader *r = sima_reader_new(&opts, &err);
**   sima_reader_open(r, "news.jsonl", &err);
**   while ((st = sima_reader_next(r, &doc, &err)) != SIMA_DONE) {
**     if (st != SIMA_OK) { report(err.msg); continue; } // bad record: go on
**     ...; sima_doc_free(doc);
**   }
**   sima_reader_free(r);
*/
typedef enum {
  SIMA_INPUT_AUTO = 0, /* .jsonl/.ndjson -> jsonl, else text */
  SIMA_INPUT_TEXT,     /* one document per file (or per line) */
  SIMA_INPUT_JSONL,    /* {"id","date","title","text","source","url"} */
  SIMA_INPUT_CONLLU,   /* pre-tokenized CoNLL-U: one doc per sentence */
  SIMA_INPUT_PETRXML   /* PETRARCH XML (<Sentences><Sentence id= date=>
                       ** <Text>): one doc per <Sentence>, its id and date;
                       ** chosen by auto for .xml files */
} sima_input;

typedef struct sima_reader_opts {
  sima_input input;
  int lines;            /* text: one document per line */
  const char *date;     /* default document date, or NULL */
  int no_title;         /* text files: never take the first line as title */
  size_t chunk;         /* read size in bytes (0: 64 KiB); tests vary it */
  size_t max_doc_bytes; /* larger documents are rejected (0: 64 MiB) */
  sima_warn_fn warn;
  void *warn_ud;
} sima_reader_opts;

typedef struct sima_reader sima_reader;

SIMA_API sima_reader *sima_reader_new(const sima_reader_opts *opts,
                                      sima_error *err);
/* Opens a file ("-" is stdin).  Fails on a missing file, a directory, or a
** file that looks binary. Closes the previous one. */
SIMA_API sima_status sima_reader_open(sima_reader *r, const char *path,
                                      sima_error *err);
/* Opens an in-memory buffer (not copied: keep it alive), named `name`. */
SIMA_API sima_status sima_reader_open_mem(sima_reader *r, const char *name,
                                          const char *buf, size_t len,
                                          sima_error *err);
/* Returns SIMA_OK with *doc set (the caller frees it), SIMA_DONE at the end
** of the current input, or an error for one bad record (the stream can go
** on: call again). */
SIMA_API sima_status sima_reader_next(sima_reader *r, sima_doc **doc,
                                      sima_error *err);
SIMA_API void sima_reader_free(sima_reader *r);

/* ## Tokenizer
**
** Splits doc->text into tokens (spans into the text, tiling its non-space
** bytes).  Handles news abbreviations and titles (Mr, Gen., Lt. Col.),
** dotted acronyms (U.S.), numbers and money ($400m, £7.6bn), hyphenated
** compounds (Biden-era = Biden -(JOINED) era, as UD EWT splits them), UD
** clitics ('s, n't), URLs, e-mails, handles,
** hashtags, initials, ellipses, dashes and quotes.
*/
SIMA_API sima_status sima_tokenize(sima_doc *doc, sima_error *err);

/* Tokenizes a bare buffer into an arena: for tools that tokenize text that
** is not a document (dictionary phrases).  The tokens go to out and n. */
SIMA_API sima_status sima_tokenize_buf(sima_arena *a, const char *text,
                                       size_t len, sima_token **out,
                                       uint32_t *n);

SIMA_API const char *sima_tok_kind_name(unsigned kind);

/* ## Sentences
**
** Groups tokens into sentences, marking the title and a dateline.  Needs
** sima_tokenize first.
*/
SIMA_API sima_status sima_split(sima_doc *doc, sima_error *err);

/* The byte span [*start, *end) of sentence i. */
SIMA_API void sima_sentence_span(const sima_doc *doc, uint32_t i,
                                 size_t *start, size_t *end);

SIMA_API const char *sima_sent_kind_name(unsigned kind);

/* ## Syntax (tagger, lemmatizer, parser)
**
** One sima_syntax per token, in doc->syn, filled by sima_parse_doc.  Heads
** are token indices into doc->tokens (-1: the sentence root).  Tag and
** relation ids are indices into the tables named by sima_upos_name,
** sima_xpos_name and sima_deprel_name.
*/
struct sima_syntax {
  int32_t head;      /* token index of the head, -1 for the root */
  uint16_t upos;     /* UD universal tag id */
  uint16_t xpos;     /* Penn Treebank tag id */
  uint16_t deprel;   /* UD relation id (with subtype, e.g. nsubj:pass) */
  uint16_t flags;    /* reserved for later stages */
  const char *lemma; /* NUL-terminated, owned by the document */
};

/* Tag and relation ids.  0 means "none/unknown" in every table; the names
** are the UD / Penn Treebank spellings ("PROPN", "PRP$", "nsubj:pass").
** ORDER SIMA_UPOS, SIMA_XPOS, SIMA_DEP: keep the name tables in src/syntax.c
** in step. */
typedef enum {
  SIMA_UPOS_NONE = 0,
  SIMA_UPOS_ADJ, SIMA_UPOS_ADP, SIMA_UPOS_ADV, SIMA_UPOS_AUX,
  SIMA_UPOS_CCONJ, SIMA_UPOS_DET, SIMA_UPOS_INTJ, SIMA_UPOS_NOUN,
  SIMA_UPOS_NUM, SIMA_UPOS_PART, SIMA_UPOS_PRON, SIMA_UPOS_PROPN,
  SIMA_UPOS_PUNCT, SIMA_UPOS_SCONJ, SIMA_UPOS_SYM, SIMA_UPOS_VERB,
  SIMA_UPOS_X,
  SIMA_NUPOS
} sima_upos;

typedef enum {
  SIMA_XPOS_NONE = 0,
  SIMA_XPOS_DOLLAR,  /* $ */
  SIMA_XPOS_LQUOTE,  /* `` */
  SIMA_XPOS_RQUOTE,  /* '' */
  SIMA_XPOS_COMMA,   /* , */
  SIMA_XPOS_LRB,     /* -LRB- */
  SIMA_XPOS_RRB,     /* -RRB- */
  SIMA_XPOS_PERIOD,  /* . */
  SIMA_XPOS_COLON,   /* : */
  SIMA_XPOS_ADD, SIMA_XPOS_AFX, SIMA_XPOS_CC, SIMA_XPOS_CD, SIMA_XPOS_DT,
  SIMA_XPOS_EX, SIMA_XPOS_FW, SIMA_XPOS_GW, SIMA_XPOS_HYPH, SIMA_XPOS_IN,
  SIMA_XPOS_JJ, SIMA_XPOS_JJR, SIMA_XPOS_JJS, SIMA_XPOS_LS, SIMA_XPOS_MD,
  SIMA_XPOS_NFP, SIMA_XPOS_NN, SIMA_XPOS_NNP, SIMA_XPOS_NNPS, SIMA_XPOS_NNS,
  SIMA_XPOS_PDT, SIMA_XPOS_POS, SIMA_XPOS_PRP,
  SIMA_XPOS_PRP_S,   /* PRP$ */
  SIMA_XPOS_RB, SIMA_XPOS_RBR, SIMA_XPOS_RBS, SIMA_XPOS_RP, SIMA_XPOS_SYM,
  SIMA_XPOS_TO, SIMA_XPOS_UH, SIMA_XPOS_VB, SIMA_XPOS_VBD, SIMA_XPOS_VBG,
  SIMA_XPOS_VBN, SIMA_XPOS_VBP, SIMA_XPOS_VBZ, SIMA_XPOS_WDT, SIMA_XPOS_WP,
  SIMA_XPOS_WP_S,    /* WP$ */
  SIMA_XPOS_WRB, SIMA_XPOS_XX,
  SIMA_NXPOS
} sima_xpos;

typedef enum {
  SIMA_DEP_NONE = 0,
  SIMA_DEP_ACL, SIMA_DEP_ACL_RELCL, SIMA_DEP_ADVCL, SIMA_DEP_ADVCL_RELCL,
  SIMA_DEP_ADVMOD, SIMA_DEP_AMOD, SIMA_DEP_APPOS, SIMA_DEP_AUX,
  SIMA_DEP_AUX_PASS, SIMA_DEP_CASE, SIMA_DEP_CC, SIMA_DEP_CC_PRECONJ,
  SIMA_DEP_CCOMP, SIMA_DEP_CLF, SIMA_DEP_COMPOUND, SIMA_DEP_COMPOUND_PRT,
  SIMA_DEP_CONJ, SIMA_DEP_COP, SIMA_DEP_CSUBJ, SIMA_DEP_CSUBJ_OUTER,
  SIMA_DEP_CSUBJ_PASS, SIMA_DEP_DEP, SIMA_DEP_DET, SIMA_DEP_DET_PREDET,
  SIMA_DEP_DISCOURSE, SIMA_DEP_DISLOCATED, SIMA_DEP_EXPL, SIMA_DEP_FIXED,
  SIMA_DEP_FLAT, SIMA_DEP_GOESWITH, SIMA_DEP_IOBJ, SIMA_DEP_LIST,
  SIMA_DEP_MARK, SIMA_DEP_NMOD, SIMA_DEP_NMOD_DESC, SIMA_DEP_NMOD_POSS,
  SIMA_DEP_NMOD_UNMARKED, SIMA_DEP_NSUBJ, SIMA_DEP_NSUBJ_OUTER,
  SIMA_DEP_NSUBJ_PASS, SIMA_DEP_NUMMOD, SIMA_DEP_OBJ, SIMA_DEP_OBL,
  SIMA_DEP_OBL_AGENT, SIMA_DEP_OBL_UNMARKED, SIMA_DEP_ORPHAN,
  SIMA_DEP_PARATAXIS, SIMA_DEP_PUNCT, SIMA_DEP_REPARANDUM, SIMA_DEP_ROOT,
  SIMA_DEP_VOCATIVE, SIMA_DEP_XCOMP,
  /* older UD English subtypes, read from CoNLL-U but not predicted */
  SIMA_DEP_NMOD_TMOD, SIMA_DEP_NMOD_NPMOD, SIMA_DEP_OBL_TMOD,
  SIMA_DEP_OBL_NPMOD, SIMA_DEP_FLAT_FOREIGN, SIMA_DEP_DET_POSS,
  SIMA_DEP_COMPOUND_LVC,
  SIMA_NDEP
} sima_deprel;

/* Names of ids (never NULL: "_" for 0 or out of range). */
SIMA_API const char *sima_upos_name(unsigned id);
SIMA_API const char *sima_xpos_name(unsigned id);
SIMA_API const char *sima_deprel_name(unsigned id);
/* Ids of names (exact spelling); 0 when unknown. */
SIMA_API unsigned sima_upos_id(const char *name, size_t len);
SIMA_API unsigned sima_xpos_id(const char *name, size_t len);
SIMA_API unsigned sima_deprel_id(const char *name, size_t len);
/* The universal part of a relation: SIMA_DEP_NSUBJ for SIMA_DEP_NSUBJ_PASS,
** SIMA_DEP_OBL for SIMA_DEP_OBL_AGENT; the id itself when it has none. */
SIMA_API unsigned sima_deprel_base(unsigned id);

/* The tagger, lemmatizer and parser models, loaded together from a
** directory holding tagger.bin, lemma.bin and parser.bin (`models/`).
** Immutable after loading: one model may serve many threads at once.
**
**   sima_model *m = sima_model_load("models", &err);
**   sima_tokenize(doc, &err); sima_split(doc, &err);
**   sima_parse_doc(m, doc, &err);      // doc->syn[i] for every token
**   if (doc->syn[i].deprel == SIMA_DEP_NSUBJ_PASS) ...
**   sima_model_free(m);
*/
typedef struct sima_model sima_model;

/* Loads and checks (magic, version, checksum, every count against the file
** size) the three model files under `dir`, and the dense parser's
** dparser.bin when it is there.  The parser used is the dense one (then
** dparser.bin must be there) unless the environment says
** SIMA_PARSER=sparse (any value but dense or sparse is SIMA_ERR_USAGE).  Returns NULL and sets
** err on a missing, truncated or corrupt file (SIMA_ERR_IO,
** SIMA_ERR_CORRUPT, SIMA_ERR_VERSION). */
SIMA_API sima_model *sima_model_load(const char *dir, sima_error *err);
SIMA_API void sima_model_free(sima_model *m);

/* Tags, lemmatizes and parses every sentence of doc (needs doc->tokens and
** doc->sents; with no sentences, all tokens form one).  Allocates doc->syn
** (one entry per token) and the lemmas from doc->arena.  Heads never cross
** sentences.  Safe to call from several threads with the same model. */
SIMA_API sima_status sima_parse_doc(const sima_model *m, sima_doc *doc,
                                    sima_error *err);
/* As sima_parse_doc but stops after tagging and lemmatizing (heads are -1,
** relations 0). */
SIMA_API sima_status sima_tag_doc(const sima_model *m, sima_doc *doc,
                                  sima_error *err);
/* Parses the sentences of a document tagged by sima_tag_doc that want
** selects (want[s] != 0 for sentence s; NULL: all of them), giving them
** exactly the heads and relations sima_parse_doc would; the others keep
** heads -1.  The pipeline uses it to parse only the sentences that can
** yield an event (sima_pipeline_run). */
SIMA_API sima_status sima_parse_tagged(const sima_model *m, sima_doc *doc,
                                       const unsigned char *want,
                                       sima_error *err);

/* Writes doc as CoNLL-U (doc->syn may be NULL: tags are then "_"), one
** block per sentence, with `TokenRange=START:END` byte spans and
** `SpaceAfter=No` in MISC and `# sent_id`/`# text` comments. */
SIMA_API void sima_conllu_write(FILE *out, const sima_doc *doc);

/* Reads CoNLL-U text (not copied into doc: the caller keeps `buf`) as one
** document whose text is the FORMs joined by single spaces (none where
** MISC has SpaceAfter=No), one sima_sentence per block, tokens = FORMs.
** Multiword-token lines (1-2) and empty nodes (8.1) are skipped.  With
** `gold` not NULL, *gold receives an arena array of the file's own
** annotations (one sima_syntax per token).  Errors name `name`:line. */
SIMA_API sima_status sima_conllu_read(const char *name, const char *buf,
                                      size_t len, sima_doc **doc,
                                      sima_syntax **gold, sima_error *err);

/* Token-aligned scores of a parse against a gold file, as the CoNLL 2018
** shared task computes them with gold tokenization: every word counts
** (punctuation included); LAS compares the universal part of the relation
** (nsubj:pass counts as nsubj). */
typedef struct sima_conllu_scores {
  uint64_t words, upos, xpos, lemma, uas, las;
} sima_conllu_scores;

/* Adds the counts of pred against gold (same tokens, same order: else
** SIMA_ERR_FORMAT naming the first mismatching token) to *sc. */
SIMA_API sima_status sima_conllu_compare(const sima_doc *gdoc,
                                         const sima_syntax *gold,
                                         const sima_doc *pdoc,
                                         const sima_syntax *pred,
                                         sima_conllu_scores *sc,
                                         sima_error *err);

/* ## Actor dictionaries
**
** Countries, people, organisations (actors with dated CAMEO-style codes)
** and agents (words for sectors), in sima's own plain-text format
** (docs/dictionaries.md), compiled at load into a token trie.  A loaded
** dictionary is immutable and may be shared by threads.
**
**   const char *files[] = {"data/dict/countries.txt", "data/dict/agents.txt"};
**   sima_dict *d = sima_dict_load(files, 2, 0, &err);   // NULL: err.msg
**   sima_tokenize(doc, &err); sima_split(doc, &err);
**   sima_actors_find(d, doc, &err);                     // doc->mentions
**   sima_dict_free(d);
**
** A malformed line is an error "file:line: what is wrong"; with `lenient`
** it is a warning and the entry is skipped.  Duplicates are warnings;
** conflicting entries (one name, two meanings) are errors.
*/
typedef struct sima_dict sima_dict;

typedef struct sima_dict_opts {
  int lenient;       /* warn and skip malformed entries */
  sima_warn_fn warn; /* NULL: warnings go to stderr */
  void *warn_ud;
} sima_dict_opts;

/* The i-th shipped dictionary, relative to the data directory
** ("data/dict/countries.txt"; then agents, orgs, people), or NULL when i
** is past the last. */
SIMA_API const char *sima_dict_default_file(size_t i);
/* The same list as an array, NULL-ended. */
SIMA_API extern const char *const sima_dict_default_files[];

/* An empty dictionary (opts may be NULL); NULL only when out of memory. */
SIMA_API sima_dict *sima_dict_new(const sima_dict_opts *opts,
                                  sima_error *err);
/* Adds the entries of one file / of an in-memory buffer called `name` (a
** name starting with "people" makes its blocks people).  On an error the
** dictionary keeps the entries before the bad line. */
SIMA_API sima_status sima_dict_add_file(sima_dict *d, const char *path,
                                        sima_error *err);
SIMA_API sima_status sima_dict_add_mem(sima_dict *d, const char *name,
                                       const char *buf, size_t len,
                                       sima_error *err);
/* new + add_file for each path; NULL on any error (err says which). */
SIMA_API sima_dict *sima_dict_load(const char *const *paths, size_t n,
                                   int lenient, sima_error *err);
SIMA_API void sima_dict_free(sima_dict *d);

typedef struct sima_dict_stats {
  uint32_t nactors, ncountries, nperiods, nsenses, nagents;
  uint32_t nwords, nnodes; /* distinct folded words; trie nodes */
  uint32_t nwarnings;
  size_t bytes; /* heap held */
} sima_dict_stats;

SIMA_API void sima_dict_stats_get(const sima_dict *d, sima_dict_stats *st);

/* Finds actor mentions in a tokenized (and, ideally, split) document and
** stores them in doc->mentions (arena memory), replacing earlier ones.
** Codes are resolved against doc->date.  With no date, a person takes
** the period a title names ("President Reagan": his presidency), else his
** latest office; other entries the latest open-ended code
** (docs/dictionaries.md).  Uses doc->syn lemmas when present.  Errors:
** NOMEM, USAGE (no tokens were made). */
SIMA_API sima_status sima_actors_find(const sima_dict *d, sima_doc *doc,
                                      sima_error *err);

/* RULE A-EVENT-DATE: after sima_dates_resolve, codes each event's source
** and target that is a dictionary person or group (a mention carrying its
** document-date code as is, or a pronoun resolved to one) at the event's
** own date when a time expression dated it: "in 2007, Talabani praised
** Tony Blair" in an article of 2017 is IRQGOV and GBRGOV, not the former
** officials (ELI) they were in 2017.  No period on that date: unchanged.
** Errors: NOMEM. */
SIMA_API sima_status sima_actors_redate(const sima_dict *d, sima_doc *doc,
                                        sima_error *err);

/* "dict", "composed", "title", "pronoun", "nominal", "uncoded". */
SIMA_API const char *sima_resolution_name(unsigned how);

/* ## Actor mentions
**
** The actor recognizer's output (doc->mentions), in text order.  A
** coordinated phrase ("Russia and China") gives one mention per conjunct.
*/
typedef enum {
  SIMA_RES_DICT = 0,   /* a dictionary phrase matched directly */
  SIMA_RES_COMPOSED,   /* country + agent ("Chinese paratroopers") */
  SIMA_RES_TITLE,      /* title + surname resolved in the article ("Mr Xi") */
  SIMA_RES_PRONOUN,    /* he/she/they resolved to an earlier mention */
  SIMA_RES_NOMINAL,    /* "the Chinese leader", "both sides" */
  SIMA_RES_UNCODED,    /* a named actor no dictionary knows (candidate) */
  SIMA_NRES            /* ORDER SIMA_RES */
} sima_resolution;

typedef struct sima_mention {
  uint32_t first, count; /* token span */
  uint32_t start, end;   /* byte span [start, end) in doc->text */
  const char *code;      /* "CHNGOV"; NULL for uncoded candidates */
  const char *country;   /* "CHN" or "" */
  const char *sector;    /* "GOV" or "" */
  const char *entry;     /* the dictionary entry or rule that matched */
  uint16_t how;          /* sima_resolution */
  uint16_t flags;        /* reserved */
  int32_t antecedent;    /* mention index it was resolved to, or -1 */
  int32_t actor;         /* dictionary actor whose code at the document
                            date the mention carries as is, or -1 */
} sima_mention;

/* ## Events
**
** The coder's output, one per coded event, owned by the document.  The
** JSONL writer (docs/output.md) and the store both read this struct.
*/
typedef enum {
  SIMA_MOOD_ASSERTED = 0,
  SIMA_MOOD_PLANNED,
  SIMA_MOOD_EXPECTED,
  SIMA_MOOD_POSSIBLE,
  SIMA_MOOD_HYPOTHETICAL,
  SIMA_MOOD_REQUESTED,
  SIMA_NMOOD /* ORDER SIMA_MOOD: keep mood_names[] in step */
} sima_mood;

typedef struct sima_actor_ref {
  const char *code;    /* full code, "CHNGOV"; NULL when absent */
  const char *country; /* "CHN", or "" for non-state actors */
  const char *sector;  /* "GOV", "MIL", ... or "" */
  const char *text;    /* the surface text */
  uint32_t start, end; /* byte span [start, end) in doc->text */
} sima_actor_ref;

typedef struct sima_quantity {
  const char *text;   /* "more than $400m" */
  double value;       /* 400e6 */
  const char *unit;   /* "USD", "people", ... */
  uint32_t start, end;
} sima_quantity;

/* Why an event has its mood or its negation: the word that signals it
** ("possible", "not", "if"), its span, and the coding rule that read it
** (an id of docs/rules.md).  rule NULL: none (a plain assertion, no
** negation). */
typedef struct sima_cue {
  const char *text;
  const char *rule;
  uint32_t start, end;
} sima_cue;

typedef struct sima_event {
  uint32_t sentence;        /* 0-based sentence index */
  const char *date;         /* resolved ISO date (or the document's), or NULL */
  sima_actor_ref source;
  sima_actor_ref target;
  char code[8];             /* CAMEO code, "1622" */
  int root;                 /* first two digits: 16 */
  int quad_class;           /* 1..4 */
  double goldstein;
  const char *plover;       /* PLOVER category, "REDUCE" ... or NULL */
  sima_mood mood;
  int negated;
  int has_attribution;
  sima_actor_ref attribution; /* who said so; code may be NULL */
  const char *verb_text, *verb_lemma;
  uint32_t verb_start, verb_end;
  const char *rule;         /* id of the pattern that fired */
  const char *location;     /* place name, or NULL */
  uint32_t loc_start, loc_end;
  const char *loc_country;  /* ISO 3166 alpha-3 of the place when the actor
                               dictionary knows it, or NULL */
  const char *loc_kind;     /* "country" (a country as a whole) or "place"
                               (a town, region or site); NULL: no place */
  sima_quantity *quantities;
  uint32_t nquantities;
  /* for --explain (coder): token indices (-1: none) and the pattern line */
  int32_t verb_tok, source_tok, target_tok;
  const char *pattern;      /* "file:line: V-1622.1 1622 block ...", owned
                               by the sima_verbs that coded the event */
  /* filled by the date resolver (timex.c) when the sentence dates the
  ** event: "this summer", "on Monday", "in 2019"; else date = doc date */
  const char *date_precision; /* "day" "week" "month" "season" "year"
                                 "decade" */
  uint32_t date_start, date_end; /* span of the time expression (0,0: none) */
  /* the rules behind the facets (docs/rules.md): the mood's and the
  ** negation's cue words, and the rules that found the attribution
  ** (C-ATTR ...), the date (D-TIMEX, D-TIMEX-WHEN, D-TIMEX-AHEAD,
  ** D-INTERVAL) and the place (C-LOC, C-LOC-TARGET, C-LOC-SITE,
  ** C-LOC-GOVERNOR, C-LOC-WHERE, C-LOC-ACTOR); NULL where the facet is absent */
  sima_cue mood_cue, neg_cue;
  const char *attr_rule, *date_rule, *loc_rule;
  /* RULE C-DUP-DOC (sima_events_mark_duplicates): the event repeats an
  ** earlier event of its document (duplicate 1), the dup_event-th event
  ** (0-based) of sentence dup_sentence; 0, 0, 0 otherwise */
  int duplicate;
  uint32_t dup_sentence, dup_event;
} sima_event;

SIMA_API const char *sima_mood_name(sima_mood m);

/* ## Coder
**
** The verb-pattern dictionary (docs/verbs.md), the CAMEO table
** (data/cameo/cameo.txt) and the coder that matches patterns on the parse
** (doc->syn) and the actor mentions (doc->mentions), filling doc->events.
** Rule ids and coding rules are catalogued in docs/rules.md.
**
**   sima_cameo *c = sima_cameo_load("data/cameo/cameo.txt", &err);
**   const char *files[] = {"data/dict/verbs/01-05.txt", ...};
**   sima_verbs *v = sima_verbs_load(files, n, c, 0, NULL, NULL, &err);
**   sima_code_opts o = {0};
**   sima_code_doc(v, c, &o, doc, &err);        // doc->events, doc->nevents
**   sima_event_explain(stdout, doc, &doc->events[0]);
**   sima_verbs_free(v); sima_cameo_free(c);
**
** Both tables are immutable once loaded and may be shared by threads.
*/
typedef struct sima_cameo sima_cameo;
typedef struct sima_verbs sima_verbs;

typedef struct sima_cameo_code {
  char code[8];      /* "1622" */
  int root;          /* 16 */
  int quad_class;    /* 1 verbal coop., 2 material coop., 3 verbal
                        conflict, 4 material conflict */
  double goldstein;  /* -10 .. +10 */
  const char *plover; /* PLOVER category ("SANCTION"), or NULL (root 01) */
  const char *name;  /* short description */
} sima_cameo_code;

/* Loads the CAMEO table.  NULL and err set on a missing file
** (SIMA_ERR_IO) or a malformed line (SIMA_ERR_FORMAT, "file:line: ..."). */
SIMA_API sima_cameo *sima_cameo_load(const char *path, sima_error *err);
SIMA_API void sima_cameo_free(sima_cameo *c);
/* The entry of `code` ("0312"), or NULL when the table has no such code. */
SIMA_API const sima_cameo_code *sima_cameo_find(const sima_cameo *c,
                                                const char *code);
/* Entries in file order: i < sima_cameo_count(c). */
SIMA_API size_t sima_cameo_count(const sima_cameo *c);
SIMA_API const sima_cameo_code *sima_cameo_at(const sima_cameo *c, size_t i);

/* Loads and compiles verb-pattern files (docs/verbs.md).  With `cameo`
** non-NULL every code must be in it.  A malformed line is an error naming
** file:line (SIMA_ERR_FORMAT), or with `lenient` a warning (through warn,
** or stderr) and the line is skipped.  Duplicate and conflicting patterns
** are warnings (see sima_verbs_report).  Returns NULL and sets err. */
SIMA_API sima_verbs *sima_verbs_load(const char *const *paths, size_t npaths,
                                     const sima_cameo *cameo, int lenient,
                                     sima_warn_fn warn, void *warn_ud,
                                     sima_error *err);
/* As sima_verbs_load, from one in-memory buffer named `name` (tests, fuzz). */
SIMA_API sima_verbs *sima_verbs_load_mem(const char *name, const char *buf,
                                         size_t len, const sima_cameo *cameo,
                                         int lenient, sima_warn_fn warn,
                                         void *warn_ud, sima_error *err);
SIMA_API void sima_verbs_free(sima_verbs *v);

typedef struct sima_verbs_stats {
  size_t npatterns;   /* pattern lines loaded */
  size_t nnull;       /* of which --- (null code) */
  size_t npaired;     /* of which paired A:B */
  size_t nsets;       /* synonym sets */
  size_t nmembers;    /* set members in all */
  size_t nduplicates; /* same trigger and constraints, same code */
  size_t nconflicts;  /* same trigger and constraints, other code */
  size_t nskipped;    /* malformed lines skipped in lenient mode */
} sima_verbs_stats;

SIMA_API void sima_verbs_get_stats(const sima_verbs *v, sima_verbs_stats *st);
/* Number of patterns whose code (either side of a pair) is `code`. */
SIMA_API size_t sima_verbs_code_count(const sima_verbs *v, const char *code);
/* Writes one line per duplicate or conflict, naming both file:lines. */
SIMA_API void sima_verbs_report(const sima_verbs *v, FILE *out);

typedef struct sima_code_opts {
  int allow_single_actor; /* code events with a source and no target */
  int why_not;            /* record why sentences yield no event (doc->why) */
} sima_code_opts;

/* ## Why-not trace
**
** With sima_code_opts.why_not (`sima code --why-not`), sima_code_doc
** records in doc->why (arena, sentence order) why each sentence it codes
** nothing in yields no event.  A sentence stops at the first stage of the
** pipeline it fails:
**
**   SIMA_WHY_ACTORS   too few coded actors (RULE C-DYAD): no other record
**   SIMA_WHY_TRIGGER  no word heads a pattern that can match there
**                     (sima_code_candidates): no other record
**   SIMA_WHY_PATTERN  a trigger's patterns did not match the parse
**                     (missing "match"), or the pattern that won found
**                     no source or no target (missing "source", "target",
**                     "both"; rule C-DYAD)
**   SIMA_WHY_DROP     a pattern matched and a rule (an id of
**                     docs/rules.md) dropped the event
**
** A sentence of stage PATTERN or DROP may have several records (one per
** trigger and pattern tried), in the order the coder tried them.  Records
** are also kept for sentences that did yield an event elsewhere (another
** trigger): writers print those of uncoded sentences only.  Costs nothing
** when why_not is 0. */
typedef enum {
  SIMA_WHY_ACTORS = 0,
  SIMA_WHY_TRIGGER,
  SIMA_WHY_PATTERN,
  SIMA_WHY_DROP,
  SIMA_NWHY /* ORDER SIMA_WHY: keep why_stage_names[] in step */
} sima_why_stage;

typedef struct sima_why {
  uint32_t sentence;     /* 0-based sentence index */
  sima_why_stage stage;
  const char *rule;      /* docs/rules.md id ("C-DYAD", "C-HABIT-PAST"),
                         ** or NULL (stages TRIGGER, PATTERN with "match") */
  int32_t tok;           /* the trigger token, or -1 */
  const char *pattern;   /* id of the pattern tried ("V-190.18"), or NULL */
  const char *code;      /* its CAMEO code ("" for a --- pattern), or NULL */
  const char *missing;   /* stage PATTERN: "match", "source", "target" or
                         ** "both"; NULL otherwise */
  const char *detail;    /* stage PATTERN with "match": the patterns tried
                         ** and what each lacked ("V-173.2: no obj"), or
                         ** NULL */
} sima_why;

/* The name of a stage in the output ("actors", "trigger", "pattern",
** "drop"); "?" out of range. */
SIMA_API const char *sima_why_stage_name(sima_why_stage s);

/* For `sima code --why-not`: writes one JSON line (docs/output.md) for
** sentence s of doc, which yields no event: its text, its coded actors
** and uncoded candidate mentions with spans, and the records of doc->why
** for s ({"stage":..., "rule":..., ...}).  A line per uncoded sentence,
** written between the event lines in sentence order, accounts for every
** sentence. */
SIMA_API void sima_why_write_json(FILE *out, const sima_doc *doc, uint32_t s);

/* Codes every sentence of doc (needs doc->syn and doc->mentions; a doc
** without doc->syn gets no events).  Events go into doc->events (arena),
** in sentence and then verb order.  SIMA_ERR_NOMEM when the arena fails. */
SIMA_API sima_status sima_code_doc(const sima_verbs *v, const sima_cameo *c,
                                   const sima_code_opts *opts, sima_doc *doc,
                                   sima_error *err);
/* Which sentences of a tagged document with its actors found (sima_tag_doc,
** sima_actors_find) can yield an event, whatever their parse: want[s] = 1
** (want: doc->nsents entries) when sentence s has the actors an event
** needs (two coded mentions, one with allow_single_actor) and a pattern of
** v that can match there: a word of it heads the pattern, and the
** pattern's extra trigger words, case markers and one alternative of each
** named value are words of the sentence (or it has "must"/"should", for
** the coder's demands); 0 otherwise.  The test reads tags and lemmas only
** and is a necessary condition, so the events are those of parsing every
** sentence.  sima_pipeline_run parses only those. */
SIMA_API void sima_code_candidates(const sima_verbs *v,
                                   const sima_code_opts *opts,
                                   const sima_doc *doc, unsigned char *want);

/* For `sima code --explain`: prints the sentence of ev as tokens with their
** index, tags, lemma, head and relation, the dependency edges from the verb
** to the source and target, and the pattern that fired. */
SIMA_API void sima_event_explain(FILE *out, const sima_doc *doc,
                                 const sima_event *ev);

/* ## Pipeline
**
** A pipeline holds the loaded models and dictionaries (immutable, shared by
** threads) and runs the stages on a document.  src/pipeline.c.
**
**   sima_pipeline *p = sima_pipeline_new(&opts, &err);
**   sima_pipeline_run(p, doc, SIMA_STAGE_ALL, &err);   // doc->events
**   for (uint32_t i = 0; i < doc->nevents; i++)
**     sima_event_write_json(stdout, doc, &doc->events[i]);
*/
typedef struct sima_pipeline sima_pipeline;

typedef struct sima_pipeline_opts {
  const char *data_dir;      /* holds models/ and data/; NULL: "." */
  const char *const *dicts;  /* extra dictionary files (--dict), or NULL */
  size_t ndicts;
  int lenient;               /* warn and skip malformed dictionary lines */
  int allow_single_actor;    /* code events with only one actor */
  int why_not;               /* record doc->why (sima_code_opts.why_not) */
  sima_warn_fn warn;
  void *warn_ud;
} sima_pipeline_opts;

enum {
  SIMA_STAGE_TOKENIZE = 1 << 0,
  SIMA_STAGE_SPLIT = 1 << 1,
  SIMA_STAGE_PARSE = 1 << 2,  /* tag, lemmatize, parse */
  SIMA_STAGE_ACTORS = 1 << 3,
  SIMA_STAGE_CODE = 1 << 4,
  SIMA_STAGE_ALL = 0x1f
};

/* Loads models (data_dir/models), the CAMEO table (data/cameo/cameo.txt),
** the verb patterns (data/dict/verbs/\*.txt, sorted) and the actor
** dictionaries (data/dict/), then the files of opts->dicts: in sima's own
** formats, a file whose name contains "verb" adds verb patterns and any
** other adds actors; a PETRARCH/TABARI verb file replaces sima's verb
** patterns, and PETRARCH actor/agent files replace sima's actor
** dictionaries (a legacy set is used as a whole).  NULL and err set
** (naming the file) on any failure. */
SIMA_API sima_pipeline *sima_pipeline_new(const sima_pipeline_opts *opts,
                                          sima_error *err);
/* Runs the requested stages (and those they need) that have not run yet.
** With SIMA_STAGE_CODE in a run that also parses, every sentence is
** tagged and lemmatized, actors are found (they need no heads), and only
** the sentences that can yield an event are parsed (sima_code_candidates:
** two actor mentions, one with allow_single_actor, and a pattern that can
** match), so the events are exactly those of parsing every sentence, at
** 45 % of the parsing on news (InSight Crime: 18,836 of 42,236).  The other sentences keep heads -1; run
** SIMA_STAGE_PARSE first (or sima_parse_doc) for whole-document parses. */
SIMA_API sima_status sima_pipeline_run(const sima_pipeline *p, sima_doc *doc,
                                       unsigned stages, sima_error *err);
SIMA_API void sima_pipeline_free(sima_pipeline *p);

/* ## Dates
**
** Resolves the time expressions of each sentence with events ("on
** Monday", "last week", "this summer", "two days ago", "Jan. 5", "in
** 2019") against doc->date, and sets each event's date, date_precision and
** date span from the expression nearest its verb.  Events with none keep
** the document date.  Run by sima_pipeline_run after the coder; needs
** doc->date (does nothing without it).  src/timex.c.
*/
SIMA_API sima_status sima_dates_resolve(sima_doc *doc, sima_error *err);

/* ## Duplicates within a document
**
** RULE C-DUP-DOC: marks each event of doc that repeats an earlier event
** of the same document (a headline and its lead sentence, an act told
** again in a later paragraph): same source code, target code, CAMEO code,
** mood and negation, and a compatible date (equal, or one of the two
** carries only the document date, no time expression of its own), unless
** the two name different dictionary actors on one side, count the same
** unit with no count in common, or the later one's clause says "again",
** "also", "other" (docs/output.md).  The later event gets duplicate = 1
** and the sentence and index (among that sentence's events) of the first
** event of its group; no event is removed or changed otherwise.  Run by
** sima_pipeline_run after the dates and A-EVENT-DATE (docs/output.md,
** "duplicate_of").  src/dedup.c.  Errors: NOMEM. */
SIMA_API sima_status sima_events_mark_duplicates(sima_doc *doc,
                                                 sima_error *err);
/* 1 when a and b agree on C-DUP-DOC's key without the date: source and
** target codes, CAMEO code, mood and negation.  sima ingest uses it to
** find the event a stored duplicate_of mark points to. */
SIMA_API int sima_events_same_act(const sima_event *a, const sima_event *b);

/* ## Compatibility
**
** Readers of the PETRARCH/TABARI legacy formats (src/petrdict.c,
** src/petrxml.c) and the PETRARCH, GDELT and PLOVER writers
** (src/out_petrarch.c, out_gdelt.c, out_plover.c).  docs/compat.md says
** what maps to what.  Actor and agent files go straight into a sima_dict;
** verb files are rewritten as sima verb patterns (docs/verbs.md, rule ids
** "P-CODE.LINE", LINE being the line of the legacy file) and compiled by
** the ordinary loader, so both run on sima's own parser and matcher.
**
**   sima_dict *d = sima_dict_new(NULL, &err);
**   sima_petr_dict_add_file(d, "Phoenix.Countries.actors.txt", NULL, &err);
**   sima_petr_dict_add_file(d, "Phoenix.agents.txt", NULL, &err);
**   sima_verbs *v = sima_petr_verbs_load("CAMEO.2.0.txt", cameo, 0, NULL,
**                                        NULL, NULL, &err);
**
** As everywhere, a malformed entry is an error naming file:line; in
** lenient mode (the sima_dict's own setting, or `lenient`) it is a warning
** and the entry is skipped.
*/
typedef enum {
  SIMA_PETR_UNKNOWN = 0,
  SIMA_PETR_VERBS,    /* CAMEO.2.0.txt, *verbpatterns*, *.verbs */
  SIMA_PETR_ACTORS,   /* *actors* */
  SIMA_PETR_AGENTS,   /* *agents* */
  SIMA_PETR_DISCARDS, /* *discards* */
  SIMA_PETR_ISSUES    /* *Issue* */
} sima_petr_kind;

/* The kind of a legacy file, from its name; SIMA_PETR_UNKNOWN if none. */
SIMA_API sima_petr_kind sima_petr_kind_of(const char *path);

/* 1 if the file (its first 64 KiB) is in a legacy format rather than
** sima's own: `--- NAME [CODE] ---` blocks, `- ... [CODE]` patterns,
** `+SYNONYM` lines or `[CODE]` brackets, which sima's formats never use;
** 0 otherwise or when it cannot be read.  For `--dict` routing. */
SIMA_API int sima_petr_is_legacy(const char *path);

/* Counts of what a reader saw and did (added to, so several files may
** share one). */
typedef struct sima_petr_stats {
  size_t nentries;    /* actors, agents, verb blocks, discards, issues */
  size_t nnames;      /* actor/agent phrases added; verbs read */
  size_t npatterns;   /* verbs: pattern lines read */
  size_t nsets;       /* synonym sets / !SUBST! sets */
  size_t nemitted;    /* verbs: sima pattern lines written */
  size_t nskipped;    /* entries skipped (lenient) or not translatable */
  size_t ntransforms; /* verbs: `~` transformations (not translated) */
  size_t nnull;       /* actors: [---] periods (names left uncoded) */
} sima_petr_stats;

/* Adds a PETRARCH/TABARI actor file (names, `+` synonyms, codes with
** `<date`, `>date`, `date-date` restrictions) or agent file (`~` suffix
** and prefix codes, `{plural}`, `!SUBST!` sets) to d.  `kind` is
** SIMA_PETR_ACTORS or SIMA_PETR_AGENTS; `st` may be NULL. */
SIMA_API sima_status sima_petr_dict_add_mem(sima_dict *d, sima_petr_kind kind,
                                            const char *name, const char *buf,
                                            size_t len, sima_petr_stats *st,
                                            sima_error *err);
/* As sima_petr_dict_add_mem, the kind taken from the file name. */
SIMA_API sima_status sima_petr_dict_add_file(sima_dict *d, const char *path,
                                             sima_petr_stats *st,
                                             sima_error *err);

/* Translates a PETRARCH2 (CAMEO.2.0.txt) or PETRARCH1/TABARI verb file
** into sima's verb-pattern format.  *out (malloc'ed, NUL-terminated, the
** caller frees it) gets the text.  Lines that cannot be translated are
** errors, or (lenient) warnings and skipped. */
SIMA_API sima_status sima_petr_verbs_translate(const char *name,
                                               const char *buf, size_t len,
                                               int lenient, sima_warn_fn warn,
                                               void *warn_ud, char **out,
                                               size_t *out_len,
                                               sima_petr_stats *st,
                                               sima_error *err);
/* Reads, translates and compiles a legacy verb file (codes checked
** against `cameo` when not NULL).  NULL and err set on failure. */
SIMA_API sima_verbs *sima_petr_verbs_load(const char *path,
                                          const sima_cameo *cameo,
                                          int lenient, sima_warn_fn warn,
                                          void *warn_ud, sima_petr_stats *st,
                                          sima_error *err);

/* Discard lists: a sentence containing a phrase is not coded; a phrase
** written with a leading `+` discards the whole story.  Matching ignores
** case; a phrase is a stem unless it ends in `_`. */
typedef struct sima_petr_discards sima_petr_discards;
enum { SIMA_PETR_KEEP = 0, SIMA_PETR_DISCARD_SENTENCE, SIMA_PETR_DISCARD_STORY };

SIMA_API sima_petr_discards *sima_petr_discards_load_mem(const char *name,
                                                         const char *buf,
                                                         size_t len,
                                                         sima_error *err);
SIMA_API sima_petr_discards *sima_petr_discards_load(const char *path,
                                                     sima_error *err);
/* SIMA_PETR_KEEP, _DISCARD_SENTENCE or _DISCARD_STORY for text. */
SIMA_API int sima_petr_discards_match(const sima_petr_discards *d,
                                      const char *text, size_t len);
SIMA_API void sima_petr_discards_free(sima_petr_discards *d);

/* Checks a PETRARCH issues file (`phrase [CODE]`, `n:`/`v:` expansions,
** `~`/`~~` exclusions, <ISSUE CATEGORY=...> sections), counting entries. */
SIMA_API sima_status sima_petr_issues_check(const char *name, const char *buf,
                                            size_t len, int lenient,
                                            sima_warn_fn warn, void *warn_ud,
                                            sima_petr_stats *st,
                                            sima_error *err);

/* PETRARCH XML input and validation records: <Sentences><Sentence date=
** id= category=><EventCoding .../><Text>...</Text>, the <Environment>
** naming the dictionaries and <Config option= value=> switches.  Read
** leniently: the TABARI-era suite is not well-formed XML (unclosed tags,
** text outside <Text>).  Gold <Parse> trees are ignored except for a
** bracket-balance check. */
typedef struct sima_petr_event {
  const char *source, *target, *code; /* as written; quotes removed; a
                                      ** code ending in '?' ("023?") is an
                                      ** optional event */
} sima_petr_event;

typedef struct sima_petr_record {
  const char *id;
  const char *date;     /* "YYYY-MM-DD", or NULL when absent or invalid */
  const char *category; /* "" when absent */
  const char *text;     /* the sentence, white space collapsed */
  const char *error;    /* expected error ("storydiscard"), or NULL */
  int noevents;         /* <EventCoding noevents="True"> */
  int valid;            /* valid="true" */
  int has_parse;        /* a gold <Parse> (or bare tree) was present;
                        ** a placeholder "(ROOT" alone counts as none */
  int parse_balanced;   /* its brackets balance */
  int require_dyad;     /* <Config> in force for this record (default 1) */
  int new_actor_length; /* <Config> new_actor_length (default 0) */
  int comma[6];         /* <Config> comma_min, comma_max, comma_emin,
                        ** comma_emax, comma_bmin, comma_bmax: PETRARCH1's
                        ** comma-clause lengths (default 2 8 2 8 0 0) */
  uint32_t line;        /* line of <Sentence> */
  sima_petr_event *expect;
  size_t nexpect;
} sima_petr_record;

typedef struct sima_petr_records {
  const char *verbfile, *agentfile, *discardfile, *issuefile; /* or NULL */
  const char **actorfiles;
  size_t nactorfiles;
  sima_petr_record *recs;
  size_t n;
  int comma_config;  /* some <Config> sets a comma_* option: the file is
                     ** PETRARCH1's, whose comma clauses are deleted */
  sima_arena *arena; /* owns everything above */
} sima_petr_records;

/* Parses a PETRARCH XML file (not copied).  Fails only when out of memory
** or when no <Sentence> is found (SIMA_ERR_FORMAT). */
SIMA_API sima_status sima_petr_records_read(const char *name, const char *buf,
                                            size_t len,
                                            sima_petr_records **out,
                                            sima_error *err);
SIMA_API void sima_petr_records_free(sima_petr_records *r);

/* Writers for `sima code --format petrarch|gdelt|plover`, same shape as
** sima_event_write_tsv.  PETRARCH2 event files have no header (its header
** function writes nothing); GDELT 2.0 event-table columns get a header
** line; PLOVER is one JSON object per line (no header). */
SIMA_API void sima_event_write_petrarch_header(FILE *out);
SIMA_API void sima_event_write_petrarch(FILE *out, const sima_doc *doc,
                                        const sima_event *ev);
SIMA_API void sima_event_write_gdelt_header(FILE *out);
SIMA_API void sima_event_write_gdelt(FILE *out, const sima_doc *doc,
                                     const sima_event *ev);
SIMA_API void sima_event_write_plover_header(FILE *out);
SIMA_API void sima_event_write_plover(FILE *out, const sima_doc *doc,
                                      const sima_event *ev);

/* ## Writers
**
** One renderer per file (src/out_*.c).  Each writes one event and a
** newline; the field lists are the contract of docs/output.md.
*/
/* JSON object (the default `sima code` output). */
SIMA_API void sima_event_write_json(FILE *out, const sima_doc *doc,
                                    const sima_event *ev);
/* TSV with PETRARCH-like leading columns; the header is written once. */
SIMA_API void sima_event_write_tsv_header(FILE *out);
SIMA_API void sima_event_write_tsv(FILE *out, const sima_doc *doc,
                                   const sima_event *ev);

/* ## Event store
**
** An embedded SQLite database of coded events (src/store.c; schema, duplicate
** control and migrations in docs/store.md).  Documents are written whole:
** each document's events go in with it in one transaction, several
** documents share a transaction (a batch), and a re-ingested document with
** the same id and content is a no-op while changed content replaces it.
**
**   sima_store *s = sima_store_open("sima.db", NULL, &err);
**   sima_store_ingest_doc(s, doc, &outcome, &err);    // a coded sima_doc
**   sima_store_close(s, &err);                        // commits
**
** Trends count the one-a-day event: mentions with the same date, source,
** target and CAMEO code count once (the Phoenix rule), and an act one
** document repeats (RULE C-DUP-DOC, sima_event.duplicate) counts once, on
** its own date when a repeat carries one; every mention stays queryable
** (sima_trend_opts.count chooses other counts).  Actor patterns: "CHN" matches a full code or a country,
** "CHN*" or "USA?OV" are globs on the full code, "*" matches any actor.
** Dates are "YYYY-MM-DD"; days are counted from 1970-01-01.  A store
** handle is used by one thread at a time; several processes may read one
** database while one writes.
*/
typedef struct sima_store sima_store;

enum {
  SIMA_STORE_READONLY = 1 << 0 /* open for queries only */
};

typedef struct sima_store_opts {
  unsigned flags;      /* SIMA_STORE_* */
  int busy_timeout_ms; /* wait this long for a lock (0: 5000; <0: none) */
  size_t batch_docs;   /* commit after this many documents (0: 20000) */
  size_t batch_events; /* ... or this many events (0: 100000) */
} sima_store_opts;

/* Opens (creating if needed, unless read-only) the database at `path`,
** migrating an older schema forward.  Fails with SIMA_ERR_VERSION for a
** database of a newer schema, SIMA_ERR_DB (message naming the file) when
** it is locked, read-only or not a sima database.  NULL on failure. */
SIMA_API sima_store *sima_store_open(const char *path,
                                     const sima_store_opts *opts,
                                     sima_error *err);
/* Commits the pending batch and closes.  The store is freed even when the
** commit fails (then nothing of the batch is written). NULL is a no-op. */
SIMA_API sima_status sima_store_close(sima_store *s, sima_error *err);
/* Commits the pending batch now. */
SIMA_API sima_status sima_store_commit(sima_store *s, sima_error *err);
/* Rolls back the pending batch and closes. */
SIMA_API void sima_store_abort(sima_store *s);
/* Schema version of this build (PRAGMA user_version). */
SIMA_API int sima_store_schema_version(void);

/* What an ingest call did with a document. */
typedef enum {
  SIMA_INGEST_NEW = 0,  /* a new document id */
  SIMA_INGEST_SAME,     /* same id and content hash: nothing written */
  SIMA_INGEST_REPLACED  /* same id, new content: old rows replaced */
} sima_ingest_outcome;

/* One coded event as read from a JSONL event line (docs/output.md), with
** the document-level fields the line carries.  Strings belong to the arena
** the line was parsed into. */
typedef struct sima_event_rec {
  const char *doc;        /* document id */
  const char *text;       /* the sentence's text */
  const char *doc_date;   /* or NULL */
  const char *source_url; /* or NULL */
  const char *title;      /* or NULL */
  uint32_t nmentions;     /* query results: mentions of its one-a-day event */
  sima_event ev;
} sima_event_rec;

/* Parses one event line into `out`, copying strings into `a`.  Checks
** every field; on failure returns SIMA_ERR_FORMAT with a message naming
** the field ("field \"source.span\": expected [start, end]"), without the
** location: callers prefix file:line. */
SIMA_API sima_status sima_event_parse_json(sima_arena *a, const char *line,
                                           size_t len, sima_event_rec *out,
                                           sima_error *err);
/* Writes `rec` as one event line (the format sima_event_parse_json reads). */
SIMA_API void sima_event_rec_write_json(FILE *out, const sima_event_rec *rec);

/* A fast 64-bit content hash (not cryptographic), continued from h (start
** with 0); the value depends on how the input is split into calls. */
SIMA_API uint64_t sima_hash64(uint64_t h, const void *p, size_t n);

/* Stores a coded document (sima_pipeline_run with SIMA_STAGE_CODE done):
** its row, the sentences that carry events, the events.  *outcome (may be
** NULL) says what happened.  On a database error the whole pending batch
** is rolled back and the store should be closed. */
SIMA_API sima_status sima_store_ingest_doc(sima_store *s, const sima_doc *doc,
                                           sima_ingest_outcome *outcome,
                                           sima_error *err);
/* Stores already-coded events of ONE document (all recs[i].doc equal).
** `hash` identifies the content (sima_hash64 of the event lines). */
SIMA_API sima_status sima_store_ingest_events(sima_store *s,
                                              const sima_event_rec *recs,
                                              size_t n, uint64_t hash,
                                              sima_ingest_outcome *outcome,
                                              sima_error *err);

/* Date helpers: days since 1970-01-01. */
SIMA_API int sima_day_parse(const char *s, size_t len, int32_t *day);
SIMA_API void sima_day_format(int32_t day, char out[11]);

/* Filters of sima_store_query; zero/NULL fields do not filter. */
typedef struct sima_query {
  const char *actor;  /* either side matches the pattern */
  const char *source; /* source pattern */
  const char *target; /* target pattern */
  const char *code;   /* CAMEO code or glob ("16*") */
  int root;           /* 1..20, 0: any */
  int quad;           /* 1..4, 0: any */
  int mood;           /* sima_mood, -1: any */
  int negated;        /* 0 or 1, -1: any */
  const char *from;   /* first date, inclusive */
  const char *to;     /* last date, inclusive */
  const char *text;   /* full-text query on the sentence (FTS5 syntax) */
  size_t limit;       /* 0: no limit */
} sima_query;

/* Called per matching mention, in date order; `rec` is valid during the
** call only.  Return non-zero to stop. */
typedef int (*sima_event_fn)(void *ud, const sima_event_rec *rec);

SIMA_API void sima_query_init(sima_query *q);
SIMA_API sima_status sima_store_query(sima_store *s, const sima_query *q,
                                      sima_event_fn fn, void *ud,
                                      sima_error *err);

/* ## Trends and alerts (src/agg.c)
**
** A series is one value row per period (day, ISO week starting Monday, or
** calendar month) with no gaps.  The conflict/cooperation index is
** (cooperation - conflict) / events, i.e. (q1 + q2 - q3 - q4) / n, in
** [-1, 1]; 0 when the period is empty.
*/
typedef enum { SIMA_BY_DAY = 0, SIMA_BY_WEEK, SIMA_BY_MONTH } sima_period_unit;

typedef struct sima_period {
  int32_t day;   /* first day of the period */
  uint32_t n[5]; /* [0] all events, [1..4] by quad class */
  double gsum;   /* Goldstein sum */
  double gmean;  /* gsum / n[0], 0 when empty */
  double cci;    /* conflict/cooperation index */
  int alert;     /* -1 conflict alert, +1 cooperation alert, 0 none */
} sima_period;

typedef struct sima_series {
  sima_period *p;
  size_t n;
} sima_series;

/* What trends and alerts count (docs/store.md "Counting"). */
typedef enum {
  SIMA_COUNT_ONE_A_DAY = 0, /* one-a-day events: an act (day, source,
                               target, code) once however many reports and
                               repeats tell it (the default) */
  SIMA_COUNT_REPORTS,       /* every report: each document's act once (its
                               repeats, RULE C-DUP-DOC, are not counted) */
  SIMA_COUNT_ALL            /* every mention with a date and a source,
                               not negated, repeats included */
} sima_count_mode;

typedef struct sima_trend_opts {
  const char *src, *tgt; /* actor patterns */
  sima_period_unit by;
  int mood;              /* sima_mood, -1: all moods */
  const char *from, *to; /* NULL: the dyad's own range */
  sima_count_mode count; /* 0: one-a-day events */
} sima_trend_opts;

/* Per-period figures for src->tgt (*fwd) and tgt->src (*back) on one
** shared axis.  Free both with sima_series_free. */
SIMA_API sima_status sima_store_trend(sima_store *s,
                                      const sima_trend_opts *opts,
                                      sima_series *fwd, sima_series *back,
                                      sima_error *err);
SIMA_API void sima_series_free(sima_series *s);

/* Alerts: a rolling z-score of weekly Goldstein sums per country dyad
** (docs/store.md "Alerts").  For week w with sum x, the baseline is the
** `baseline` weeks before w (empty weeks count as 0) with mean m and
** standard deviation sd, and k the mean weekly number of events there;
** z = (x - m) / max(sd, min_sd, 5 sqrt(k)) (the last term is the counting
** noise of a sum of k scores spreading by about 5).  An alert fires
** when |z| >= z and the week has >= min_events events and the baseline
** >= min_baseline events. */
typedef struct sima_alert_opts {
  const char *since;      /* first date examined; NULL: the last 4 whole
                             weeks (a week in progress is left out) */
  const char *src, *tgt;  /* restrict to one dyad (patterns), or NULL */
  int mood;               /* -1: all moods, or SIMA_MOOD_ASSERTED */
  unsigned baseline;      /* weeks (0: 26) */
  double z;               /* threshold (0: 3.5) */
  double min_sd;          /* floor of sd (0: 5.0) */
  unsigned min_events;    /* in the alert week (0: 10) */
  unsigned min_baseline;  /* events in the baseline (0: 10) */
  unsigned nevidence;     /* driving events listed per alert (0: 3) */
  sima_count_mode count;  /* 0: one-a-day events (the aggregate tables);
                             the others scan the mentions */
} sima_alert_opts;

typedef struct sima_alert {
  const char *src, *tgt; /* country (or actor code) keys */
  int32_t week;          /* Monday of the alert week */
  uint32_t count;        /* events in that week */
  double value;          /* Goldstein sum of the week */
  double mean, sd, z;    /* baseline and score */
  sima_event_rec *evidence; /* the most extreme events of the week */
  size_t nevidence;
} sima_alert;

typedef struct sima_alert_list {
  sima_alert *a;
  size_t n;
  unsigned stages_done; /* SIMA_STAGE_* bits run by sima_pipeline_run */
  sima_arena *arena; /* owns everything above */
} sima_alert_list;

SIMA_API sima_status sima_store_alerts(sima_store *s,
                                       const sima_alert_opts *opts,
                                       sima_alert_list *out, sima_error *err);
SIMA_API void sima_alert_list_free(sima_alert_list *l);

/* Runs the alert statistic on one series (any period), setting p[i].alert.
** Returns the number of alerts. */
SIMA_API size_t sima_series_mark_alerts(sima_series *s,
                                        const sima_alert_opts *opts);

/* Draws the dyad's trend (Goldstein sums and event counts, both
** directions, alert marks) to `path`: .svg or .png by extension. */
SIMA_API sima_status sima_plot_trend(const char *path, const char *src,
                                     const char *tgt, sima_period_unit by,
                                     const sima_series *fwd,
                                     const sima_series *back, sima_error *err);

/* ## JSON output helpers
**
** Appends `s` as a JSON string literal (quotes included) to `out`.
*/
SIMA_API void sima_json_write_str(FILE *out, const char *s, size_t len);

/* Writes s as one TSV field: tab, newline, carriage return and backslash
** become \t \n \r \\ (the TSV writers and the CLI's inspection tools). */
SIMA_API void sima_tsv_write_field(FILE *out, const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif /* SIMA_H */
