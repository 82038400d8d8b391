/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules_int.h - the contract between the parts of the rule compiler:
 * rules_parser.c (rule files -> sections of key occurrences),
 * rules_value.c (one key's value -> parsed value, compiled patterns),
 * rules_compiler.c (the compiler object and its diagnostics, the merge of
 * the layers, the cross-file checks, building the ruleset) and rules.c
 * (the ruleset).  Internal: not installed, not for callers, who see
 * include/evidenced/rules.h only.
 *
 * Ownership: the compiler owns its sections, each section its kvs, each
 * kv its value lines, text and (until a ruleset adopts them) its pcre2
 * codes.  The compiler owns the file names until finish() moves them into
 * the ruleset, so every `file` pointer lives as long as either does.
 */
#ifndef EVIDENCED_RULES_INT_H
#define EVIDENCED_RULES_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "evidenced/rules.h"

/* ------------------------------------------------------------------ */
/* Keys and sections                                                   */

enum sec_kind {
	SEC_DEFAULTS = 1u << 0,
	SEC_IGNORE = 1u << 1,
	SEC_CLAUSE = 1u << 2,
	SEC_ITEM = 1u << 3,
	SEC_VOCAB = 1u << 4,    /* [vocab NAME]: shared alternatives */
};

enum key_kind {
	KK_PATTERN,     /* every line is one pattern; '+key' appends */
	KK_TEXT,        /* lines are joined */
	KK_VALUE,       /* lines are joined, then parsed */
	KK_TERMS,       /* every line is "a … b … c", compiled per item */
};

enum key_id {
	K_PHASE, K_TEXT, K_PROOF, K_LEVELS, K_NOTE, K_ENABLED,
	K_LABEL, K_NAME, K_TITLE, K_CONTENT_ALL, K_CONTENT_ANY, K_EXCLUDE,
	K_TYPES, K_MIN_FILES, K_MAX_AGE, K_PATH,
	K_KINDS, K_TERMS, K_TERMS_GAP, K_WORDS, K_CHAPTERS, K_ROWS, K_NAME_ANY,
	K__COUNT
};

struct keydef {
	const char *name;
	enum key_kind kind;
	unsigned secs;
};

/* Every key: its name, how its lines make a value, where it may stand
 * (rules_parser.c). */
extern const struct keydef rules_keydefs[K__COUNT];

/* One physical value line. */
struct vline {
	char *s;
	int line;
};

/* One occurrence of a key in a section, with its parsed value. */
struct kv {
	enum key_id key;
	bool append;            /* written as '+key' */
	bool ok;                /* value parsed without error */
	bool adopted;           /* pattern codes now owned by a ruleset */
	bool broken;            /* its key line was rejected (too long ...) */
	const char *file;       /* owned by the compiler, later the ruleset */
	int line;
	struct vline *lines;
	size_t n_lines;
	struct rule_patterns pats;      /* KK_PATTERN; codes owned here */
	struct rule_patterns tpats;     /* KK_TERMS: the title variants */
	char *text;                     /* KK_TEXT */
	unsigned mask;                  /* levels, types */
	unsigned num;                   /* min_files */
	long age;                       /* max_age, seconds */
	bool enabled;           /* enabled, chapters */
};

struct section {
	enum sec_kind kind;
	enum rules_layer layer;
	char *clause_id;
	char *item_id;          /* SEC_VOCAB: the vocabulary's name */
	const char *file;
	int line;
	struct kv **kvs;
	size_t n_kvs;
};

struct strvec {
	char **v;
	size_t n;
};

struct rules_compiler {
	struct strvec errors;
	struct strvec warnings;
	char **files;           /* moved into the ruleset by finish() */
	size_t n_files;
	struct section **secs;
	size_t n_secs;
	/* "kind/layer/clause/item" -> first such section (owns the keys):
	 * duplicate checks in O(1), not a walk over every section. */
	GHashTable *sec_index;
	bool finished;
	bool oom;
	struct rule_matcher *matcher;   /* for checks at compile time */
	bool no_jit;                    /* $EVIDENCED_NO_JIT, read once */
	/* vocabulary name -> "(?:a|b|c)" (both owned), defined so far */
	GHashTable *vocab;
};

struct ruleset_priv {
	pcre2_code **codes;     /* every compiled pattern, shared by items */
	size_t n_codes;
	/* The [ignore] patterns' literals: every file and directory is
	 * asked, and almost none holds one.  NULL: none, or
	 * EVIDENCED_NO_PREFILTER. */
	struct prefilter *ignore_pf;
};

/* 1 when p matches subject; a failing pattern counts as no match (0),
 * said in the log (rules_matcher.c). */
int rules_match_or_warn(struct rule_matcher *m, const struct rule_pattern *p,
    const char *subject, size_t len);

/* ------------------------------------------------------------------ */
/* Shared helpers                                                      */

/* rules_compiler.c: grow a vector by one zeroed element (NULL: ENOMEM). */
void *rules_vec_push(void *vp, size_t *n, size_t sz);
/* rules_compiler.c: record a diagnostic "file:line: message" in sv; sets
 * rc->oom when it cannot.  Use ERR() and WARN(). */
void rules_diag_add(struct rules_compiler *rc, struct strvec *sv,
    const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
#define ERR(rc, file, line, ...) \
	rules_diag_add((rc), &(rc)->errors, (file), (line), __VA_ARGS__)
#define WARN(rc, file, line, ...) \
	rules_diag_add((rc), &(rc)->warnings, (file), (line), __VA_ARGS__)
/* rules_compiler.c: free a section with its kvs. */
void rules_section_free(struct section *s);
/* rules.c: free the sources of ps, and its codes when free_codes. */
void rules_patterns_free(struct rule_patterns *ps, bool free_codes);

/* rules_parser.c: inih's isspace() in the C locale; ASCII [0-9A-Za-z];
 * digits only (a clause id in the form's numbering). */
bool rules_is_ws(int c);
bool rules_is_alnum_ascii(int c);
bool rules_is_numeric_id(const char *s);

/* rules_value.c: the key's lines are complete: parse and validate its
 * value (patterns are compiled, except `terms`; errors are recorded). */
void rules_kv_finalize(struct rules_compiler *rc, struct kv *kv,
    enum rules_layer layer);
/* rules_value.c: a [vocab NAME]'s words are complete: define NAME. */
void rules_vocab_define(struct rules_compiler *rc, const struct section *sec,
    const struct kv *kv);
/* rules_value.c: compile one `terms` line of kv with this gap into a name
 * pattern (kv->pats) and a title pattern (kv->tpats); 0 or -errno. */
int rules_compile_terms_line(struct rules_compiler *rc, struct kv *kv,
    const struct vline *vl, unsigned gap);

#endif
