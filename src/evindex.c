/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evindex.c - relpath -> file_record map (GLib hash tables) and the
 * problem list.  GLib's GHashTable is the well-kept map we would
 * otherwise write by hand.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/evindex.h"

struct problem {
	char *relpath;          /* owned: also the table's key */
	char *path;             /* owned, UTF-8 */
	char *what;             /* owned */
};

struct evindex {
	GHashTable *records;    /* relpath (owned by the record's facts) */
	GHashTable *problems;   /* relpath (owned by the problem) -> problem */
	/* The records that matter to a status (file_record_notable()):
	 * the same keys and values as records, owned there.  A share of
	 * 100,000 files lists a few thousand; a status reads only these. */
	GHashTable *notable;
	/* clause id (owned) -> the stamp of its last change: a cached
	 * fragment of a clause stays good until its stamp moves. */
	GHashTable *clause_stamps;
	uint64_t stamp;         /* bumped by every change */
};

static void
record_destroy(gpointer p)
{
	file_record_free(p);
}

static void
problem_destroy(gpointer p)
{
	struct problem *pr = p;

	free(pr->relpath);
	free(pr->path);
	free(pr->what);
	free(pr);
}

struct evindex *
evindex_new(void)
{
	struct evindex *idx;

	idx = calloc(1, sizeof(*idx));
	if (idx == NULL)
		return NULL;
	/* Keys live in the values themselves: no key destructor. */
	idx->records = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    record_destroy);
	idx->problems = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    problem_destroy);
	idx->notable = g_hash_table_new(g_str_hash, g_str_equal);
	idx->clause_stamps = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, g_free);
	return idx;
}

void
evindex_free(struct evindex *idx)
{
	if (idx == NULL)
		return;
	/* notable borrows from records: gone first. */
	g_hash_table_destroy(idx->notable);
	g_hash_table_destroy(idx->records);
	g_hash_table_destroy(idx->problems);
	g_hash_table_destroy(idx->clause_stamps);
	free(idx);
}

/* rec enters or leaves the index: the clauses it proves change. */
static void
touch(struct evindex *idx, const struct file_record *rec)
{
	size_t i;

	if (rec == NULL || rec->n_matches == 0)
		return;
	idx->stamp++;
	for (i = 0; i < rec->n_matches; i++) {
		const char *cid = rec->matches[i].clause_id;
		uint64_t *st = g_hash_table_lookup(idx->clause_stamps, cid);

		if (st == NULL) {
			st = g_new(uint64_t, 1);
			g_hash_table_insert(idx->clause_stamps, g_strdup(cid),
			    st);
		}
		*st = idx->stamp;
	}
}

/* Out of records, notable and the clauses it proved; not freed. */
static struct file_record *
unlink_record(struct evindex *idx, const char *relpath)
{
	struct file_record *rec = g_hash_table_lookup(idx->records, relpath);

	if (rec == NULL)
		return NULL;
	touch(idx, rec);
	g_hash_table_remove(idx->notable, relpath);
	g_hash_table_steal(idx->records, relpath);
	return rec;
}

int
evindex_put(struct evindex *idx, struct file_record *rec)
{
	const char *key = file_record_relpath(rec);

	file_record_free(unlink_record(idx, key));
	g_hash_table_insert(idx->records, (char *)key, rec);
	if (file_record_notable(rec))
		g_hash_table_insert(idx->notable, (char *)key, rec);
	touch(idx, rec);
	/* Most shares have no problem: no hash of the key for nothing. */
	if (g_hash_table_size(idx->problems) > 0)
		g_hash_table_remove(idx->problems, key);
	return 0;
}

int
evindex_remove(struct evindex *idx, const char *relpath)
{
	gboolean had_problem = g_hash_table_remove(idx->problems, relpath);
	struct file_record *rec = unlink_record(idx, relpath);

	if (rec != NULL) {
		file_record_free(rec);
		return 0;
	}
	return had_problem ? 0 : -ENOENT;
}

struct file_record *
evindex_take(struct evindex *idx, const char *relpath)
{
	return unlink_record(idx, relpath);
}

static bool
path_is_under(const char *path, const char *dir, size_t dlen)
{
	if (dlen == 0)
		return true;
	return strncmp(path, dir, dlen) == 0 &&
	    (path[dlen] == '\0' || path[dlen] == '/');
}

struct under_ctx {
	const char *dir;
	size_t dlen;
	struct evindex *idx;    /* only to remove */
};

static gboolean
under_pred(gpointer key, gpointer value, gpointer data)
{
	const struct under_ctx *u = data;

	(void)value;
	return path_is_under(key, u->dir, u->dlen);
}

static gboolean
under_unlink(gpointer key, gpointer value, gpointer data)
{
	const struct under_ctx *u = data;

	if (!path_is_under(key, u->dir, u->dlen))
		return FALSE;
	touch(u->idx, value);
	g_hash_table_remove(u->idx->notable, key);
	return TRUE;
}

size_t
evindex_remove_under(struct evindex *idx, const char *dir)
{
	struct under_ctx u = { dir, strlen(dir), idx };
	size_t n;

	n = g_hash_table_foreach_remove(idx->records, under_unlink, &u);
	n += g_hash_table_foreach_remove(idx->problems, under_pred, &u);
	return n;
}

const struct file_record *
evindex_get(const struct evindex *idx, const char *relpath)
{
	return g_hash_table_lookup(idx->records, relpath);
}

size_t
evindex_count(const struct evindex *idx)
{
	return g_hash_table_size(idx->records);
}

void
evindex_clear_problem(struct evindex *idx, const char *relpath)
{
	g_hash_table_remove(idx->problems, relpath);
}

size_t
evindex_problem_count(const struct evindex *idx)
{
	return g_hash_table_size(idx->problems);
}

int
evindex_relpaths_under(const struct evindex *idx, const char *dir,
    char ***out, size_t *n)
{
	struct under_ctx u = { dir, strlen(dir), NULL };
	GHashTableIter it;
	gpointer k, v;
	char **arr;
	size_t i = 0;

	*out = NULL;
	*n = 0;
	arr = g_new0(char *, g_hash_table_size(idx->records) + 1);
	g_hash_table_iter_init(&it, idx->records);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (under_pred(k, v, &u))
			arr[i++] = g_strdup(k);
	*out = arr;
	*n = i;
	return 0;
}

const struct file_record *
evindex_mark(struct evindex *idx, const char *relpath, unsigned mark)
{
	struct file_record *rec = g_hash_table_lookup(idx->records, relpath);

	if (rec != NULL)
		rec->walk_mark = mark;
	return rec;
}

int
evindex_unmarked_under(const struct evindex *idx, const char *dir,
    unsigned mark, char ***out, size_t *n)
{
	struct under_ctx u = { dir, strlen(dir), NULL };
	GHashTableIter it;
	gpointer k, v;
	GPtrArray *arr = g_ptr_array_new();

	g_hash_table_iter_init(&it, idx->records);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (((struct file_record *)v)->walk_mark != mark &&
		    under_pred(k, v, &u))
			g_ptr_array_add(arr, g_strdup(k));
	*n = arr->len;
	g_ptr_array_add(arr, NULL);
	*out = (char **)g_ptr_array_free(arr, FALSE);
	return 0;
}

void
evindex_strv_free(char **v)
{
	g_strfreev(v);
}

static int
cmp_record(const void *a, const void *b)
{
	const struct file_record *const *ra = a, *const *rb = b;
	/* A slim record (never notable) sorts by its raw name. */
	const char *pa = (*ra)->facts != NULL ? (*ra)->facts->path :
	    file_record_relpath(*ra);
	const char *pb = (*rb)->facts != NULL ? (*rb)->facts->path :
	    file_record_relpath(*rb);
	int c = strcmp(pa, pb);

	return c != 0 ? c : strcmp(file_record_relpath(*ra),
	    file_record_relpath(*rb));
}

int
evindex_sorted(const struct evindex *idx, const struct file_record ***out,
    size_t *n)
{
	return evindex_sorted_if(idx, NULL, out, n);
}

static int
sorted_of(GHashTable *t, bool (*keep)(const struct file_record *rec),
    const struct file_record ***out, size_t *n)
{
	GHashTableIter it;
	gpointer k, v;
	const struct file_record **arr;
	size_t i = 0, count = g_hash_table_size(t);

	*out = NULL;
	*n = 0;
	arr = calloc(count + 1, sizeof(*arr));
	if (arr == NULL)
		return -ENOMEM;
	g_hash_table_iter_init(&it, t);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (keep == NULL || keep(v))
			arr[i++] = v;
	qsort(arr, i, sizeof(*arr), cmp_record);
	*out = arr;
	*n = i;
	return 0;
}

int
evindex_sorted_if(const struct evindex *idx,
    bool (*keep)(const struct file_record *rec), const struct file_record ***out,
    size_t *n)
{
	return sorted_of(idx->records, keep, out, n);
}

int
evindex_notable_sorted(const struct evindex *idx,
    bool (*keep)(const struct file_record *rec), const struct file_record ***out,
    size_t *n)
{
	return sorted_of(idx->notable, keep, out, n);
}

uint64_t
evindex_stamp(const struct evindex *idx)
{
	return idx->stamp;
}

uint64_t
evindex_clause_stamp(const struct evindex *idx, const char *clause_id)
{
	const uint64_t *st = g_hash_table_lookup(idx->clause_stamps,
	    clause_id);

	return st != NULL ? *st : 0;
}

int
evindex_set_problem(struct evindex *idx, const char *relpath,
    const char *what)
{
	enum pathname_decoding how;
	struct problem *p;

	if ((p = calloc(1, sizeof(*p))) == NULL)
		return -ENOMEM;
	p->relpath = strdup(relpath);
	p->what = strdup(what);
	if (p->relpath == NULL || p->what == NULL ||
	    pathname_to_utf8(relpath, &p->path, &how) < 0) {
		problem_destroy(p);
		return -ENOMEM;
	}
	g_hash_table_replace(idx->problems, p->relpath, p);
	return 0;
}

static int
cmp_problem(const void *a, const void *b)
{
	const struct evindex_problem *pa = a, *pb = b;
	int c = strcmp(pa->path, pb->path);

	return c != 0 ? c : strcmp(pa->relpath, pb->relpath);
}

int
evindex_problems(const struct evindex *idx, struct evindex_problem **out,
    size_t *n)
{
	GHashTableIter it;
	gpointer k, v;
	struct evindex_problem *arr;
	size_t i = 0, count = g_hash_table_size(idx->problems);

	*out = NULL;
	*n = 0;
	arr = calloc(count + 1, sizeof(*arr));
	if (arr == NULL)
		return -ENOMEM;
	g_hash_table_iter_init(&it, idx->problems);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const struct problem *p = v;

		arr[i].relpath = p->relpath;
		arr[i].path = p->path;
		arr[i].what = p->what;
		i++;
	}
	qsort(arr, i, sizeof(*arr), cmp_problem);
	*out = arr;
	*n = i;
	return 0;
}
