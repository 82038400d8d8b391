/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules_value.c - one key's value, once its lines are complete: joined
 * and parsed (levels, types, kinds, min_files, max_age, enabled,
 * terms_gap) or compiled into pcre2 patterns, with {{vocabularies}}
 * expanded and each `terms` line turned into a name and a title pattern.
 * Every problem is recorded in the compiler with the value's file:line.
 *
 * Ownership: what is parsed or compiled is stored in the kv (its codes
 * until a ruleset adopts them); a vocabulary's alternatives go into the
 * compiler's vocab table, which owns them.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/rules.h"
#include "rules_int.h"

#define RULES_MIN_FILES_MAX     1000
#define RULES_MAX_AGE_DAYS_MAX  (100 * 365)

/* Longest gap a terms_gap may allow: beyond it terms are no phrase. */
#define TERMS_GAP_MAX 200
/* The title region a title variant of `terms` is anchored in. */
#define TERMS_TITLE_REGION "^.{0,60}?"
/* Where a vocabulary is used in a pattern: {{NAME}}. */
#define VOCAB_OPEN "{{"
#define VOCAB_CLOSE "}}"

/*
 * Join the value lines: a space only between two ASCII alphanumerics, so
 * "word" + "word" stays two words while Chinese lines join directly.
 */
static char *
kv_join(const struct kv *kv)
{
	size_t i, total = 1, o = 0, n;
	char *out;

	for (i = 0; i < kv->n_lines; i++)
		total += strlen(kv->lines[i].s) + 1;
	if ((out = malloc(total)) == NULL)
		return NULL;
	for (i = 0; i < kv->n_lines; i++) {
		n = strlen(kv->lines[i].s);
		if (n == 0)
			continue;
		if (o > 0 && rules_is_alnum_ascii((unsigned char)out[o - 1]) &&
		    rules_is_alnum_ascii((unsigned char)kv->lines[i].s[0]))
			out[o++] = ' ';
		memcpy(out + o, kv->lines[i].s, n);
		o += n;
	}
	out[o] = '\0';
	return out;
}

/*
 * Replace every {{NAME}} in src by the vocabulary's alternatives.  NULL
 * and an error recorded when a name is not defined (yet: a vocabulary is
 * defined before it is used, in an earlier file or section).
 */
static char *
expand_vocab(struct rules_compiler *rc, const struct kv *kv,
    const struct vline *vl)
{
	GString *out = g_string_new(NULL);
	const char *s = vl->s, *open, *close, *alts;
	char *name;

	while ((open = strstr(s, VOCAB_OPEN)) != NULL &&
	    (close = strstr(open + 2, VOCAB_CLOSE)) != NULL) {
		g_string_append_len(out, s, open - s);
		name = g_strndup(open + 2, (gsize)(close - open - 2));
		g_strstrip(name);
		alts = g_hash_table_lookup(rc->vocab, name);
		if (alts == NULL) {
			ERR(rc, kv->file, vl->line, "unknown vocabulary '%s' "
			    "in '%s': define [vocab %s] before using it",
			    name, rules_keydefs[kv->key].name, name);
			g_free(name);
			g_string_free(out, TRUE);
			return NULL;
		}
		g_free(name);
		g_string_append(out, alts);
		s = close + 2;
	}
	g_string_append(out, s);
	return g_string_free(out, FALSE);
}

static int
compile_into(struct rules_compiler *rc, struct kv *kv,
    struct rule_patterns *ps, const struct vline *vl);

static int
compile_pattern(struct rules_compiler *rc, struct kv *kv,
    const struct vline *vl)
{
	struct vline ex = { NULL, vl->line };
	int r;

	if ((ex.s = expand_vocab(rc, kv, vl)) == NULL)
		return -EINVAL;
	r = compile_into(rc, kv, &kv->pats, &ex);
	g_free(ex.s);
	return r;
}

/* Compile vl->s (already expanded) and push it onto ps. */
static int
compile_into(struct rules_compiler *rc, struct kv *kv,
    struct rule_patterns *ps, const struct vline *vl)
{
	struct rule_pattern *p;
	pcre2_code *code;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int err, r;

	code = pcre2_compile((PCRE2_SPTR)vl->s, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_CASELESS, &err, &off, NULL);
	if (code == NULL) {
		if (pcre2_get_error_message(err, msg, sizeof(msg)) < 0)
			snprintf((char *)msg, sizeof(msg), "error %d", err);
		ERR(rc, kv->file, vl->line, "bad pattern in '%s': %s at "
		    "offset %zu", rules_keydefs[kv->key].name, (char *)msg,
		    (size_t)off);
		return -EINVAL;
	}
	/*
	 * JIT failure (no JIT on this CPU, no memory) leaves the interpreter.
	 * EVIDENCED_NO_JIT=1 skips the JIT on purpose: its SIMD loads read a
	 * few bytes past the subject inside the same heap block, harmless
	 * but reported by valgrind (pcre2 itself is built without valgrind
	 * support on Debian).
	 */
	if (!rc->no_jit)
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	if ((p = rules_vec_push(&ps->v, &ps->n, sizeof(*p))) == NULL ||
	    (p->source = strdup(vl->s)) == NULL) {
		if (p != NULL)
			ps->n--;
		pcre2_code_free(code);
		rc->oom = true;
		return -ENOMEM;
	}
	p->code = code;
	p->file = kv->file;
	p->line = vl->line;
	/*
	 * A pattern that matches the empty string matches every file: one
	 * stray '|' would show every clause as covered.
	 */
	r = rule_pattern_match(rc->matcher, p, "", 0, NULL, NULL);
	if (r == 1) {
		ERR(rc, kv->file, vl->line, "pattern '%s' in '%s' matches the "
		    "empty string, so it would match everything",
		    vl->s, rules_keydefs[kv->key].name);
		return -EINVAL;
	}
	return 0;
}

/* Split s in place at spaces, tabs and commas; returns the next token. */
static char *
next_token(char **sp)
{
	char *s = *sp, *t;

	while (*s == ',' || rules_is_ws((unsigned char)*s))
		s++;
	if (*s == '\0') {
		*sp = s;
		return NULL;
	}
	t = s;
	while (*s != '\0' && *s != ',' && !rules_is_ws((unsigned char)*s))
		s++;
	if (*s != '\0')
		*s++ = '\0';
	*sp = s;
	return t;
}

static int
parse_levels(struct rules_compiler *rc, struct kv *kv, char *v)
{
	char *tok, *cur = v;
	unsigned mask = 0;
	int ret = 0;

	while ((tok = next_token(&cur)) != NULL) {
		if (tok[0] < '0' + EV_LEVEL_MIN || tok[0] > '0' + EV_LEVEL_MAX ||
		    tok[1] != '\0') {
			ERR(rc, kv->file, kv->line, "bad level '%s' in 'levels': "
			    "expected 1, 2 or 3, separated by spaces or commas",
			    tok);
			ret = -EINVAL;
			continue;
		}
		mask |= EV_LEVEL_BIT(tok[0] - '0');
	}
	if (ret == 0 && mask == 0) {
		ERR(rc, kv->file, kv->line, "empty 'levels': give the applicant "
		    "levels the clause applies to, e.g. '1 2'");
		ret = -EINVAL;
	}
	kv->mask = mask;
	return ret;
}

/* A key whose value is a set of names ("types", "kinds"). */
struct mask_key {
	const char *key, *what;         /* "types", "type" */
	int (*parse)(const char *name, unsigned *bit);
	unsigned reject;                /* a bit the key may not name */
	const char *expected;           /* "a, b or c" */
	const char *list;               /* "a, b, c" */
};

static const struct mask_key types_key = { "types", "type",
	ev_typeclass_parse, EV_TYPE_OTHER,
	"document, spreadsheet, presentation, pdf, text or image",
	"document, spreadsheet, presentation, pdf, text, image" };
static const struct mask_key kinds_key = { "kinds", "kind",
	ev_kind_parse, 0,
	"procedure, plan, record, agreement, inventory or notice",
	"procedure, plan, record, agreement, inventory, notice" };

static int
parse_mask(struct rules_compiler *rc, struct kv *kv, char *v,
    const struct mask_key *mk)
{
	char *tok, *cur = v;
	unsigned mask = 0, bit;
	int ret = 0;

	while ((tok = next_token(&cur)) != NULL) {
		if (mk->parse(tok, &bit) < 0 || (mk->reject != 0 &&
		    bit == mk->reject)) {
			ERR(rc, kv->file, kv->line, "bad %s '%s' in '%s': "
			    "expected %s", mk->what, tok, mk->key,
			    mk->expected);
			ret = -EINVAL;
			continue;
		}
		mask |= bit;
	}
	if (ret == 0 && mask == 0) {
		ERR(rc, kv->file, kv->line, "empty '%s': give one or more of "
		    "%s", mk->key, mk->list);
		ret = -EINVAL;
	}
	kv->mask = mask;
	return ret;
}

/*
 * The terms of one `terms` line: "监控 … 分析 … 报告" (or "..." between
 * them).  A new NULL-terminated vector (g_strfreev), NULL when a term is
 * empty or there are fewer than two (one term is a `name`).
 */
static char **
split_terms(const char *line)
{
	GPtrArray *a = g_ptr_array_new_with_free_func(g_free);
	const char *s = line, *sep, *e1, *e2;
	char *t;
	bool ok = true;

	for (;;) {
		e1 = strstr(s, "\u2026");
		e2 = strstr(s, "...");
		sep = e1 == NULL ? e2 : e2 == NULL ? e1 : e1 < e2 ? e1 : e2;
		t = g_strstrip(g_strndup(s, sep != NULL ? (gsize)(sep - s) :
		    strlen(s)));
		if (t[0] == '\0')
			ok = false;
		g_ptr_array_add(a, t);
		if (sep == NULL)
			break;
		s = sep + (sep == e1 ? strlen("\u2026") : 3);
	}
	if (!ok || a->len < 2) {
		g_ptr_array_free(a, TRUE);
		return NULL;
	}
	g_ptr_array_add(a, NULL);
	return (char **)g_ptr_array_free(a, FALSE);
}

/* Digits only, no sign, no overflow beyond max. */
static int
parse_uint(const char *s, const char **endp, unsigned long max,
    unsigned long *out)
{
	unsigned long v = 0;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return -EINVAL;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (unsigned long)(*p - '0');
		if (v > max)
			return -ERANGE;
	}
	*endp = p;
	*out = v;
	return 0;
}

static int
parse_min_files(struct rules_compiler *rc, struct kv *kv, const char *v)
{
	unsigned long n;
	const char *end;

	if (parse_uint(v, &end, RULES_MIN_FILES_MAX, &n) < 0 || *end != '\0' ||
	    n < 1) {
		ERR(rc, kv->file, kv->line, "bad min_files '%s': expected a "
		    "number from 1 to %d", v, RULES_MIN_FILES_MAX);
		return -EINVAL;
	}
	kv->num = (unsigned)n;
	return 0;
}

static int
parse_max_age(struct rules_compiler *rc, struct kv *kv, const char *v)
{
	unsigned long n, mult;
	const char *end;

	if (parse_uint(v, &end, RULES_MAX_AGE_DAYS_MAX, &n) < 0 || n < 1)
		goto bad;
	switch (*end) {
	case 'd':
		mult = 1;
		break;
	case 'w':
		mult = 7;
		break;
	case 'm':
		mult = 30;
		break;
	case 'y':
		mult = 365;
		break;
	default:
		goto bad;
	}
	if (end[1] != '\0' || n * mult > RULES_MAX_AGE_DAYS_MAX)
		goto bad;
	kv->age = (long)(n * mult) * 86400L;
	return 0;
bad:
	ERR(rc, kv->file, kv->line, "bad max_age '%s': expected a positive "
	    "number and a unit d, w, m (30 days) or y (365 days), e.g. '1y', "
	    "at most 100 years", v);
	return -EINVAL;
}

/* enabled, chapters: yes or no. */
static int
parse_yes_no(struct rules_compiler *rc, struct kv *kv, const char *v)
{
	if (strcmp(v, "yes") == 0 || strcmp(v, "true") == 0) {
		kv->enabled = true;
		return 0;
	}
	if (strcmp(v, "no") == 0 || strcmp(v, "false") == 0) {
		kv->enabled = false;
		return 0;
	}
	ERR(rc, kv->file, kv->line, "bad %s '%s': expected yes or no",
	    rules_keydefs[kv->key].name, v);
	return -EINVAL;
}

/* Does a terms line hold two or more terms?  Says why not. */
static bool
terms_ok(struct rules_compiler *rc, const struct kv *kv,
    const struct vline *l)
{
	char **terms = split_terms(l->s);

	if (terms == NULL) {
		ERR(rc, kv->file, l->line, "bad terms '%s': give two or more "
		    "terms separated by '…' or '...'", l->s);
		return false;
	}
	g_strfreev(terms);
	return true;
}

/* The key's lines are complete: parse and validate its value. */
void
rules_kv_finalize(struct rules_compiler *rc, struct kv *kv,
    enum rules_layer layer)
{
	const struct keydef *kd = &rules_keydefs[kv->key];
	size_t i, n_nonempty = 0;
	int bad = 0;
	char *v = NULL;

	/* Still "present", so no follow-up "has no 'text'" error. */
	if (kv->broken) {
		kv->ok = false;
		return;
	}
	if (kd->kind == KK_TERMS || kd->kind == KK_PATTERN) {
		for (i = 0; i < kv->n_lines; i++) {
			if (kv->lines[i].s[0] == '\0')
				continue;
			n_nonempty++;
			if (kd->kind == KK_PATTERN) {
				if (compile_pattern(rc, kv, &kv->lines[i]) < 0)
					bad = 1;
			} else if (!terms_ok(rc, kv, &kv->lines[i])) {
				/* Compiled per item once its terms_gap is
				 * known (merge); only checked here. */
				bad = 1;
			}
		}
		/* In a drop-in, "key =" clears the pack's patterns. */
		if (n_nonempty == 0 && (layer == RULES_LAYER_PACK ||
		    kv->append)) {
			ERR(rc, kv->file, kv->line, "empty value for '%s%s'",
			    kv->append ? "+" : "", kd->name);
			bad = 1;
		}
		kv->ok = !bad;
		return;
	}
	if ((v = kv_join(kv)) == NULL) {
		rc->oom = true;
		return;
	}
	switch (kv->key) {
	case K_TEXT:
	case K_LABEL:
		if (v[0] == '\0') {
			ERR(rc, kv->file, kv->line, "empty value for '%s'",
			    kd->name);
			bad = 1;
		}
		break;
	case K_LEVELS:
		bad = parse_levels(rc, kv, v) < 0;
		break;
	case K_TYPES:
		bad = parse_mask(rc, kv, v, &types_key) < 0;
		break;
	case K_MIN_FILES:
		bad = parse_min_files(rc, kv, v) < 0;
		break;
	case K_MAX_AGE:
		bad = parse_max_age(rc, kv, v) < 0;
		break;
	case K_ENABLED:
	case K_CHAPTERS:
		bad = parse_yes_no(rc, kv, v) < 0;
		break;
	case K_KINDS:
		bad = parse_mask(rc, kv, v, &kinds_key) < 0;
		break;
	case K_TERMS_GAP: {
		const char *end = v;
		unsigned long n = 0;

		if (parse_uint(v, &end, TERMS_GAP_MAX, &n) < 0 ||
		    *end != '\0') {
			ERR(rc, kv->file, kv->line, "bad terms_gap '%s': "
			    "expected characters between two terms, 0-%d", v,
			    TERMS_GAP_MAX);
			bad = 1;
		}
		kv->num = (unsigned)n;
		break;
	}
	default:
		break;
	}
	if (kd->kind == KK_TEXT) {
		kv->text = v;
		v = NULL;
	}
	free(v);
	kv->ok = !bad;
}

/* A vocabulary's words are complete: "(?:w1|w2|...)" under its name. */
void
rules_vocab_define(struct rules_compiler *rc, const struct section *sec,
    const struct kv *kv)
{
	GString *alts;
	size_t i;

	if (!kv->ok || kv->pats.n == 0 ||
	    g_hash_table_contains(rc->vocab, sec->item_id))
		return;
	alts = g_string_new("(?:");
	for (i = 0; i < kv->pats.n; i++) {
		if (i > 0)
			g_string_append_c(alts, '|');
		g_string_append(alts, kv->pats.v[i].source);
	}
	g_string_append_c(alts, ')');
	g_hash_table_insert(rc->vocab, g_strdup(sec->item_id),
	    g_string_free(alts, FALSE));
}

/*
 * One `terms` line as two patterns: the path variant, whose gaps stay
 * inside one path component, and the title variant, anchored in the
 * title region like the pack's title patterns.  Terms are regex
 * fragments and may use {{vocabularies}}.
 */
int
rules_compile_terms_line(struct rules_compiler *rc, struct kv *kv,
    const struct vline *vl, unsigned gap)
{
	GString *name_re = g_string_new(NULL), *title_re;
	char **terms = split_terms(vl->s), *t;
	struct vline one = { NULL, vl->line };
	int ret = 0;
	size_t i;

	title_re = g_string_new(TERMS_TITLE_REGION);
	for (i = 0; terms != NULL && terms[i] != NULL; i++) {
		one.s = terms[i];
		if ((t = expand_vocab(rc, kv, &one)) == NULL) {
			ret = -EINVAL;
			goto out;
		}
		if (i > 0) {
			g_string_append_printf(name_re, "[^/]{0,%u}?", gap);
			g_string_append_printf(title_re, ".{0,%u}?", gap);
		}
		g_string_append_printf(name_re, "(?:%s)", t);
		g_string_append_printf(title_re, "(?:%s)", t);
		g_free(t);
	}
	one.s = name_re->str;
	if (compile_into(rc, kv, &kv->pats, &one) < 0) {
		ret = -EINVAL;
		goto out;
	}
	one.s = title_re->str;
	ret = compile_into(rc, kv, &kv->tpats, &one);
out:
	g_strfreev(terms);
	g_string_free(name_re, TRUE);
	g_string_free(title_re, TRUE);
	return ret;
}
