/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * rules_compiler.c - the rule compiler (INI rule files -> immutable
 * struct ruleset): the compiler object and its diagnostics, the merge of
 * the pack and site layers, the cross-file checks and building the
 * ruleset.
 *
 * Compilation has two phases.  rules_compiler_add_*() (rules_parser.c)
 * parse each file into sections of key occurrences and validate each
 * value as soon as it is complete (rules_value.c; patterns are compiled
 * then), so errors come out in file order.  rules_compiler_finish()
 * merges the layers (pack first, then site overrides), runs the
 * cross-file checks and builds the ruleset.
 *
 * Ownership: the compiler owns its diagnostics, sections (with their kvs)
 * and file names; finish() moves the file names and the pattern codes
 * into the ruleset, which outlives the compiler.
 */

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/prefilter.h"
#include "evidenced/rules.h"
#include "rules_int.h"

/*
 * Grow *v (of *n elements of size sz) by one zeroed element.  The
 * capacity is implied by *n: the array is reallocated only when *n is 0
 * or a power of two, to twice that, so n pushes cost O(n) copies, not
 * O(n^2) (a 33,000-item rule file has 36,000 sections).  Lowering *n
 * (a key replaced by a drop-in) keeps the capacity, which stays enough.
 */
void *
rules_vec_push(void *vp, size_t *n, size_t sz)
{
	void **v = vp;
	char *nv = *v;

	if (*n == 0 || (*n & (*n - 1)) == 0) {
		if ((nv = reallocarray(*v, *n == 0 ? 1 : *n * 2, sz)) == NULL)
			return NULL;
		*v = nv;
	}
	memset(nv + *n * sz, 0, sz);
	return nv + (*n)++ * sz;
}

/* Record "file:line: message", or "file: message" when line is 0. */
void
rules_diag_add(struct rules_compiler *rc, struct strvec *sv, const char *file,
    int line, const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL, *full = NULL, **slot;
	int r;

	va_start(ap, fmt);
	r = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (r < 0) {
		msg = NULL;
		goto fail;
	}
	if (line > 0)
		r = asprintf(&full, "%s:%d: %s", file, line, msg);
	else
		r = asprintf(&full, "%s: %s", file, msg);
	if (r < 0) {
		full = NULL;
		goto fail;
	}
	if ((slot = rules_vec_push(&sv->v, &sv->n, sizeof(*sv->v))) == NULL)
		goto fail;
	*slot = full;
	free(msg);
	return;
fail:
	rc->oom = true;
	free(msg);
	free(full);
}

static void
kv_free(struct kv *kv)
{
	size_t i;

	if (kv == NULL)
		return;
	for (i = 0; i < kv->n_lines; i++)
		free(kv->lines[i].s);
	free(kv->lines);
	rules_patterns_free(&kv->pats, !kv->adopted);
	rules_patterns_free(&kv->tpats, !kv->adopted);
	free(kv->text);
	free(kv);
}

void
rules_section_free(struct section *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n_kvs; i++)
		kv_free(s->kvs[i]);
	free(s->kvs);
	free(s->clause_id);
	free(s->item_id);
	free(s);
}

static void
strvec_free(struct strvec *sv)
{
	size_t i;

	for (i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	sv->v = NULL;
	sv->n = 0;
}

struct rules_compiler *
rules_compiler_new(void)
{
	struct rules_compiler *rc;
	const char *env;

	if ((rc = calloc(1, sizeof(*rc))) == NULL)
		return NULL;
	if ((rc->matcher = rule_matcher_new()) == NULL) {
		free(rc);
		return NULL;
	}
	rc->sec_index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	rc->vocab = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	env = getenv("EVIDENCED_NO_JIT");
	rc->no_jit = env != NULL && env[0] != '\0' && strcmp(env, "0") != 0;
	return rc;
}

void
rules_compiler_free(struct rules_compiler *rc)
{
	size_t i;

	if (rc == NULL)
		return;
	strvec_free(&rc->errors);
	strvec_free(&rc->warnings);
	for (i = 0; i < rc->n_files; i++)
		free(rc->files[i]);
	free(rc->files);
	for (i = 0; i < rc->n_secs; i++)
		rules_section_free(rc->secs[i]);
	free(rc->secs);
	if (rc->sec_index != NULL)
		g_hash_table_destroy(rc->sec_index);
	if (rc->vocab != NULL)
		g_hash_table_destroy(rc->vocab);
	rule_matcher_free(rc->matcher);
	free(rc);
}

size_t
rules_compiler_error_count(const struct rules_compiler *rc)
{
	return rc != NULL ? rc->errors.n : 0;
}

const char *
rules_compiler_error(const struct rules_compiler *rc, size_t i)
{
	return rc != NULL && i < rc->errors.n ? rc->errors.v[i] : NULL;
}

size_t
rules_compiler_warning_count(const struct rules_compiler *rc)
{
	return rc != NULL ? rc->warnings.n : 0;
}

const char *
rules_compiler_warning(const struct rules_compiler *rc, size_t i)
{
	return rc != NULL && i < rc->warnings.n ? rc->warnings.v[i] : NULL;
}

/* ------------------------------------------------------------------ */
/* Merging and building                                                */

/* The kvs that make up one key's value after the layers are applied. */
struct kvlist {
	struct kv **v;
	size_t n;
};

struct mobj {
	const struct section *first;    /* where it was first defined */
	struct kvlist keys[K__COUNT];
	bool enabled;
	size_t order;
	size_t parent;                  /* items: index of the clause */
	size_t n_items;                 /* clauses: enabled items */
	struct rule_clause *out;        /* clauses: slot in the ruleset */
};

struct merge {
	struct kvlist defaults[K__COUNT];
	struct kvlist ignore;
	struct mobj *clauses;
	size_t n_clauses;
	struct mobj *items;
	size_t n_items;
	/* "clause" and "clause/item" -> index + 1 into clauses, items. */
	GHashTable *clause_index;
	GHashTable *item_index;
};

static void
merge_free(struct merge *m)
{
	size_t i, k;

	for (k = 0; k < K__COUNT; k++)
		free(m->defaults[k].v);
	free(m->ignore.v);
	for (i = 0; i < m->n_clauses; i++)
		for (k = 0; k < K__COUNT; k++)
			free(m->clauses[i].keys[k].v);
	for (i = 0; i < m->n_items; i++)
		for (k = 0; k < K__COUNT; k++)
			free(m->items[i].keys[k].v);
	free(m->clauses);
	free(m->items);
	if (m->clause_index != NULL)
		g_hash_table_destroy(m->clause_index);
	if (m->item_index != NULL)
		g_hash_table_destroy(m->item_index);
}

static int
kvlist_apply(struct kvlist *l, struct kv *kv, bool always_append)
{
	struct kv **slot;

	if (!kv->append && !always_append)
		l->n = 0;
	if ((slot = rules_vec_push(&l->v, &l->n, sizeof(*slot))) == NULL)
		return -ENOMEM;
	*slot = kv;
	return 0;
}

static struct kv *
kvlist_last(const struct kvlist *l)
{
	return l->n > 0 ? l->v[l->n - 1] : NULL;
}

/* The clause (iid NULL) or item merged so far under these ids, or NULL. */
static struct mobj *
merge_find(struct merge *m, const char *cid, const char *iid)
{
	char *key = iid != NULL ? g_strconcat(cid, "/", iid, NULL) :
	    g_strdup(cid);
	size_t at = GPOINTER_TO_SIZE(g_hash_table_lookup(iid != NULL ?
	    m->item_index : m->clause_index, key));

	g_free(key);
	if (at == 0)
		return NULL;
	return iid != NULL ? &m->items[at - 1] : &m->clauses[at - 1];
}

/* A new clause or item, first defined by s; NULL on ENOMEM. */
static struct mobj *
merge_add(struct merge *m, const struct section *s)
{
	bool item = s->kind == SEC_ITEM;
	size_t *n = item ? &m->n_items : &m->n_clauses;
	struct mobj *o;

	if ((o = rules_vec_push(item ? &m->items : &m->clauses, n,
	    sizeof(*o))) == NULL)
		return NULL;
	o->first = s;
	o->order = *n - 1;
	g_hash_table_insert(item ? m->item_index : m->clause_index, item ?
	    g_strconcat(s->clause_id, "/", s->item_id, NULL) :
	    g_strdup(s->clause_id), GSIZE_TO_POINTER(*n));
	return o;
}

static int
merge_sections(struct rules_compiler *rc, struct merge *m)
{
	const struct section *s;
	struct kvlist *keys;
	struct mobj *o;
	size_t i, j;

	m->clause_index = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	m->item_index = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	for (i = 0; i < rc->n_secs; i++) {
		s = rc->secs[i];
		switch (s->kind) {
		case SEC_DEFAULTS:
			keys = m->defaults;
			break;
		case SEC_IGNORE:
			/* Ignores only ever add up: a drop-in must not revive
			 * lock files by replacing the pack's list. */
			for (j = 0; j < s->n_kvs; j++)
				if (kvlist_apply(&m->ignore, s->kvs[j], true) < 0)
					return -ENOMEM;
			continue;
		case SEC_VOCAB:
			/* Used while parsing ({{NAME}}); nothing to merge. */
			continue;
		default:
			o = merge_find(m, s->clause_id, s->kind == SEC_ITEM ?
			    s->item_id : NULL);
			if (o == NULL && (o = merge_add(m, s)) == NULL)
				return -ENOMEM;
			keys = o->keys;
			break;
		}
		for (j = 0; j < s->n_kvs; j++)
			if (kvlist_apply(&keys[s->kvs[j]->key], s->kvs[j],
			    false) < 0)
				return -ENOMEM;
	}
	return 0;
}

static bool
mobj_enabled(const struct mobj *o)
{
	const struct kv *kv = kvlist_last(&o->keys[K_ENABLED]);

	return kv == NULL || !kv->ok || kv->enabled;
}

/* Patterns of a key; a kv that failed to parse counts as "something". */
static bool
kvlist_has_patterns(const struct kvlist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!l->v[i]->ok || l->v[i]->pats.n > 0)
			return true;
	return false;
}

/* Compile an item's `terms` with its terms_gap (item, defaults, 12). */
static void
compile_item_terms(struct rules_compiler *rc, struct mobj *it,
    const struct merge *m)
{
	const struct kv *g = kvlist_last(&it->keys[K_TERMS_GAP]);
	unsigned gap = RULES_TERMS_GAP_DEFAULT;
	struct kv *kv;
	size_t i, j;

	if (g == NULL)
		g = kvlist_last(&m->defaults[K_TERMS_GAP]);
	if (g != NULL && g->ok)
		gap = g->num;
	for (i = 0; i < it->keys[K_TERMS].n; i++) {
		kv = it->keys[K_TERMS].v[i];
		if (!kv->ok || kv->pats.n > 0)
			continue;
		for (j = 0; j < kv->n_lines; j++)
			if (kv->lines[j].s[0] != '\0' &&
			    rules_compile_terms_line(rc, kv, &kv->lines[j],
			    gap) < 0)
				kv->ok = false;
	}
}

static void
merge_check(struct rules_compiler *rc, struct merge *m)
{
	struct mobj *c, *it;
	const struct section *f;
	size_t i;

	for (i = 0; i < m->n_clauses; i++) {
		c = &m->clauses[i];
		c->enabled = mobj_enabled(c);
		if (!c->enabled)
			continue;
		f = c->first;
		if (c->keys[K_TEXT].n == 0)
			ERR(rc, f->file, f->line, "clause %s has no 'text'",
			    f->clause_id);
		if (c->keys[K_LEVELS].n == 0)
			ERR(rc, f->file, f->line, "clause %s has no 'levels'",
			    f->clause_id);
	}
	for (i = 0; i < m->n_items; i++) {
		it = &m->items[i];
		f = it->first;
		it->enabled = mobj_enabled(it);
		c = merge_find(m, f->clause_id, NULL);
		if (c == NULL) {
			if (it->enabled)
				ERR(rc, f->file, f->line, "item %s/%s belongs to "
				    "clause %s, which is not defined",
				    f->clause_id, f->item_id, f->clause_id);
			it->enabled = false;
			continue;
		}
		it->parent = (size_t)(c - m->clauses);
		/* Dropping a clause drops its items. */
		if (!c->enabled)
			it->enabled = false;
		if (!it->enabled)
			continue;
		c->n_items++;
		if (it->keys[K_LABEL].n == 0)
			ERR(rc, f->file, f->line, "item %s/%s has no 'label'",
			    f->clause_id, f->item_id);
		compile_item_terms(rc, it, m);
		if (!kvlist_has_patterns(&it->keys[K_NAME]) &&
		    !kvlist_has_patterns(&it->keys[K_TITLE]) &&
		    !kvlist_has_patterns(&it->keys[K_TERMS]))
			ERR(rc, f->file, f->line, "item %s/%s has no pattern: "
			    "give 'name', 'title' or 'terms'", f->clause_id,
			    f->item_id);
	}
	for (i = 0; i < m->n_clauses; i++) {
		c = &m->clauses[i];
		if (c->enabled && c->n_items == 0)
			ERR(rc, c->first->file, c->first->line, "clause %s has "
			    "no items: add an [%s/ITEM] section",
			    c->first->clause_id, c->first->clause_id);
	}
}

/* Move the kv's codes into the ruleset's pool (once). */
static int
adopt_codes(struct ruleset_priv *priv, struct kv *kv)
{
	pcre2_code **slot;
	size_t i;

	if (kv->adopted)
		return 0;
	for (i = 0; i < kv->pats.n + kv->tpats.n; i++) {
		if ((slot = rules_vec_push(&priv->codes, &priv->n_codes,
		    sizeof(*slot))) == NULL) {
			/* Codes pushed so far are in the pool: don't free
			 * them twice. */
			priv->n_codes -= i;
			return -ENOMEM;
		}
		*slot = i < kv->pats.n ? kv->pats.v[i].code :
		    kv->tpats.v[i - kv->pats.n].code;
	}
	kv->adopted = true;
	return 0;
}

/* The patterns of kv a list of `title` patterns takes: terms give their
 * title variants there. */
static const struct rule_patterns *
kv_pats(const struct kv *kv, bool title)
{
	return title && kv->key == K_TERMS ? &kv->tpats : &kv->pats;
}

static int
build_patterns_v(struct ruleset_priv *priv, struct rule_patterns *out,
    const struct kvlist *a, const struct kvlist *b, bool title)
{
	const struct kvlist *lists[2] = { a, b };
	const struct rule_pattern *src;
	size_t total = 0, l, i, j;

	for (l = 0; l < 2; l++)
		for (i = 0; lists[l] != NULL && i < lists[l]->n; i++)
			total += kv_pats(lists[l]->v[i], title)->n;
	if (total == 0)
		return 0;
	if ((out->v = calloc(total, sizeof(*out->v))) == NULL)
		return -ENOMEM;
	for (l = 0; l < 2; l++) {
		for (i = 0; lists[l] != NULL && i < lists[l]->n; i++) {
			if (adopt_codes(priv, lists[l]->v[i]) < 0)
				return -ENOMEM;
			for (j = 0; j < kv_pats(lists[l]->v[i], title)->n;
			    j++) {
				src = &kv_pats(lists[l]->v[i], title)->v[j];
				if ((out->v[out->n].source =
				    strdup(src->source)) == NULL)
					return -ENOMEM;
				out->v[out->n].file = src->file;
				out->v[out->n].line = src->line;
				out->v[out->n].code = src->code;
				out->n++;
			}
		}
	}
	return 0;
}

static int
build_patterns(struct ruleset_priv *priv, struct rule_patterns *out,
    const struct kvlist *a, const struct kvlist *b)
{
	return build_patterns_v(priv, out, a, b, false);
}

static char *
dup_text(const struct kvlist *l, const char *dflt)
{
	const struct kv *kv = kvlist_last(l);

	if (kv != NULL)
		return strdup(kv->text);
	return dflt != NULL ? strdup(dflt) : NULL;
}

static int
build_item(struct ruleset_priv *priv, struct rule_item *ri,
    const struct mobj *it, const struct merge *m, const struct rule_clause *c)
{
	const struct kv *kv;

	ri->clause = c;
	ri->file = it->first->file;
	ri->line = it->first->line;
	if ((ri->id = strdup(it->first->item_id)) == NULL ||
	    (ri->label = dup_text(&it->keys[K_LABEL], "")) == NULL)
		return -ENOMEM;
	if (build_patterns(priv, &ri->name, &it->keys[K_NAME],
	    &it->keys[K_TERMS]) < 0 ||
	    build_patterns_v(priv, &ri->title, &it->keys[K_TITLE],
	    &it->keys[K_TERMS], true) < 0 ||
	    build_patterns(priv, &ri->content_all, &it->keys[K_CONTENT_ALL],
	    NULL) < 0 ||
	    build_patterns(priv, &ri->content_any, &it->keys[K_CONTENT_ANY],
	    NULL) < 0 ||
	    build_patterns(priv, &ri->exclude, &it->keys[K_EXCLUDE],
	    &m->defaults[K_EXCLUDE]) < 0 ||
	    build_patterns(priv, &ri->rows, &it->keys[K_ROWS], NULL) < 0 ||
	    build_patterns(priv, &ri->name_any, &it->keys[K_NAME_ANY],
	    NULL) < 0)
		return -ENOMEM;
	if ((kv = kvlist_last(&it->keys[K_TYPES])) != NULL ||
	    (kv = kvlist_last(&m->defaults[K_TYPES])) != NULL)
		ri->types = kv->mask;
	else
		ri->types = EV_TYPE_ANY_EVIDENCE;
	kv = kvlist_last(&it->keys[K_KINDS]);
	ri->kinds = kv != NULL ? kv->mask : 0;
	kv = kvlist_last(&it->keys[K_MIN_FILES]);
	ri->min_files = kv != NULL ? kv->num : 1;
	kv = kvlist_last(&it->keys[K_MAX_AGE]);
	ri->max_age = kv != NULL ? kv->age : 0;
	kv = kvlist_last(&it->keys[K_CHAPTERS]);
	ri->chapters = kv != NULL && kv->ok && kv->enabled;
	return 0;
}

/* Form order: numeric ids by value, then the others as defined. */
static int
cmp_clause_order(const void *pa, const void *pb)
{
	const struct mobj *a = *(const struct mobj *const *)pa;
	const struct mobj *b = *(const struct mobj *const *)pb;
	const char *ia = a->first->clause_id, *ib = b->first->clause_id;
	bool na = rules_is_numeric_id(ia), nb = rules_is_numeric_id(ib);
	size_t la = strlen(ia), lb = strlen(ib);
	int r;

	if (na != nb)
		return na ? -1 : 1;
	if (na) {
		/* No leading zeros, so longer means larger. */
		if (la != lb)
			return la < lb ? -1 : 1;
		if ((r = strcmp(ia, ib)) != 0)
			return r;
	}
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Literal prefilters, unless EVIDENCED_NO_PREFILTER=1 (to compare). */
static bool
prefilter_wanted(void)
{
	const char *env = getenv("EVIDENCED_NO_PREFILTER");

	return env == NULL || env[0] == '\0' || strcmp(env, "0") == 0;
}

/* The prefilter of the [ignore] patterns, in their order. */
static int
build_ignore_prefilter(struct ruleset *rs)
{
	const char **sources;
	const void **data;
	size_t i;
	int rc;

	if (rs->ignore.n == 0 || !prefilter_wanted())
		return 0;
	sources = g_new(const char *, rs->ignore.n);
	data = g_new(const void *, rs->ignore.n);
	for (i = 0; i < rs->ignore.n; i++) {
		sources[i] = rs->ignore.v[i].source;
		data[i] = &rs->ignore.v[i];
	}
	rc = prefilter_new(sources, data, rs->ignore.n, &rs->priv->ignore_pf);
	g_free(sources);
	g_free(data);
	return rc;
}

/*
 * The union "(?:p1)|(?:p2)|..." of every item's name (or title) patterns.
 * Alternatives keep their own anchors and inline options, so the union
 * matches exactly when one of them does -- unless a pattern refers to a
 * group by number, which the union renumbers: then there is no union.
 * Any failure to build one only costs speed, never a verdict.
 */
static int
build_union(struct rules_compiler *rc, struct ruleset *rs, bool title)
{
	struct rule_patterns *out = title ? &rs->any_title : &rs->any_name;
	GString *u = g_string_new(NULL);
	GPtrArray *sources = g_ptr_array_new();
	GPtrArray *members = g_ptr_array_new();
	pcre2_code *code = NULL;
	PCRE2_SIZE off;
	uint32_t backrefs;
	size_t i, j, k, n = 0;
	int err, ret = 0;

	for (i = 0; i < rs->n_clauses; i++) {
		for (j = 0; j < rs->clauses[i].n_items; j++) {
			const struct rule_item *it = &rs->clauses[i].items[j];
			const struct rule_patterns *ps = title ? &it->title :
			    &it->name;

			for (k = 0; k < ps->n; k++) {
				if (pcre2_pattern_info(ps->v[k].code,
				    PCRE2_INFO_BACKREFMAX, &backrefs) != 0 ||
				    backrefs > 0)
					goto done;
				g_string_append(u, n++ ? "|(?:" : "(?:");
				g_string_append(u, ps->v[k].source);
				g_ptr_array_add(sources, ps->v[k].source);
				g_ptr_array_add(members, &ps->v[k]);
				g_string_append_c(u, ')');
			}
		}
	}
	if (n == 0)
		goto done;
	code = pcre2_compile((PCRE2_SPTR)u->str, u->len, PCRE2_UTF |
	    PCRE2_CASELESS | PCRE2_DUPNAMES, &err, &off, NULL);
	if (code == NULL)
		goto done;
	if (!rc->no_jit)
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	if ((out->v = calloc(1, sizeof(*out->v))) == NULL ||
	    (out->v[0].source = strdup(title ? "(any title pattern)" :
	    "(any name pattern)")) == NULL) {
		free(out->v);
		out->v = NULL;
		pcre2_code_free(code);
		ret = -ENOMEM;
		goto done;
	}
	out->v[0].code = code;
	out->v[0].file = "(union)";
	out->n = 1;
	/* Literals first: most subjects hold none of them, and the rest
	 * need only the few patterns whose literals they hold. */
	if (prefilter_wanted())
		ret = prefilter_new((const char *const *)sources->pdata,
		    (const void *const *)members->pdata, sources->len,
		    title ? &rs->title_prefilter : &rs->name_prefilter);
done:
	g_ptr_array_free(sources, TRUE);
	g_ptr_array_free(members, TRUE);
	g_string_free(u, TRUE);
	return ret;
}

static int
build_ruleset(struct rules_compiler *rc, struct merge *m,
    struct ruleset **out)
{
	struct ruleset *rs;
	struct mobj **order = NULL, *mc, *it;
	struct rule_clause *c;
	const struct kv *kv;
	size_t i, j, n = 0, k, *start = NULL, *bucket = NULL;
	int ret = -ENOMEM;

	if ((rs = calloc(1, sizeof(*rs))) == NULL)
		return -ENOMEM;
	if ((rs->priv = calloc(1, sizeof(*rs->priv))) == NULL)
		goto fail;
	/* Enabled items grouped by clause, in definition order: start[c] ..
	 * start[c + 1] in bucket (a counting sort, not items x clauses). */
	if ((start = calloc(m->n_clauses + 1, sizeof(*start))) == NULL ||
	    (m->n_items > 0 && (bucket = calloc(m->n_items,
	    sizeof(*bucket))) == NULL))
		goto fail;
	for (k = 0; k < m->n_items; k++)
		if (m->items[k].enabled)
			start[m->items[k].parent + 1]++;
	for (i = 0; i < m->n_clauses; i++)
		start[i + 1] += start[i];
	for (k = 0; k < m->n_items; k++)
		if (m->items[k].enabled)
			bucket[start[m->items[k].parent]++] = k;
	/* Each start[c] now points at the end of its run: shift back. */
	for (i = m->n_clauses; i > 0; i--)
		start[i] = start[i - 1];
	start[0] = 0;
	for (i = 0; i < m->n_clauses; i++)
		n += m->clauses[i].enabled;
	if (n > 0 && ((order = calloc(n, sizeof(*order))) == NULL ||
	    (rs->clauses = calloc(n, sizeof(*rs->clauses))) == NULL))
		goto fail;
	for (i = 0, j = 0; i < m->n_clauses; i++)
		if (m->clauses[i].enabled)
			order[j++] = &m->clauses[i];
	if (n > 0)
		qsort(order, n, sizeof(*order), cmp_clause_order);

	for (i = 0; i < n; i++) {
		mc = order[i];
		c = &rs->clauses[i];
		rs->n_clauses++;
		mc->out = c;
		c->file = mc->first->file;
		c->line = mc->first->line;
		kv = kvlist_last(&mc->keys[K_LEVELS]);
		c->levels = kv != NULL ? kv->mask : 0;
		if ((c->id = strdup(mc->first->clause_id)) == NULL ||
		    (c->phase = dup_text(&mc->keys[K_PHASE], "")) == NULL ||
		    (c->text = dup_text(&mc->keys[K_TEXT], "")) == NULL ||
		    (c->proof = dup_text(&mc->keys[K_PROOF], "")) == NULL)
			goto fail;
		if (mc->keys[K_NOTE].n > 0 &&
		    (c->note = dup_text(&mc->keys[K_NOTE], NULL)) == NULL)
			goto fail;
		if (mc->n_items > 0 && (c->items = calloc(mc->n_items,
		    sizeof(*c->items))) == NULL)
			goto fail;
		for (k = start[mc - m->clauses];
		    k < start[mc - m->clauses + 1]; k++) {
			it = &m->items[bucket[k]];
			if (build_item(rs->priv, &c->items[c->n_items++], it, m,
			    c) < 0)
				goto fail;
		}
	}
	if (build_patterns(rs->priv, &rs->ignore, &m->ignore, NULL) < 0 ||
	    build_ignore_prefilter(rs) < 0)
		goto fail;
	if (build_union(rc, rs, false) < 0 || build_union(rc, rs, true) < 0)
		goto fail;
	/* The file names move: every file pointer above points into them. */
	rs->files = rc->files;
	rs->n_files = rc->n_files;
	rc->files = NULL;
	rc->n_files = 0;
	free(order);
	free(start);
	free(bucket);
	*out = rs;
	return 0;
fail:
	free(order);
	free(start);
	free(bucket);
	ruleset_free(rs);
	return ret;
}

int
rules_compiler_finish(struct rules_compiler *rc, struct ruleset **out)
{
	struct merge m;
	int ret;

	if (out != NULL)
		*out = NULL;
	if (rc == NULL || out == NULL || rc->finished)
		return -EINVAL;
	rc->finished = true;
	memset(&m, 0, sizeof(m));
	if (rc->oom || merge_sections(rc, &m) < 0) {
		ret = -ENOMEM;
		goto out;
	}
	merge_check(rc, &m);
	if (rc->oom) {
		ret = -ENOMEM;
		goto out;
	}
	if (rc->errors.n > 0) {
		ret = -EINVAL;
		goto out;
	}
	ret = build_ruleset(rc, &m, out);
out:
	merge_free(&m);
	return ret;
}
