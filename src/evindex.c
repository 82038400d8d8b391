/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * evindex.c - path -> file_record map (GLib hash tables) and the problem
 * list.  GLib's GHashTable is the well-kept map we would otherwise write
 * by hand (GLib also serves UTF-8 helpers elsewhere).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/evindex.h"

struct evindex {
	GHashTable *records;    /* char *path (owned by the record) -> record */
	GHashTable *problems;   /* char *path (owned) -> char *what (owned) */
};

static void
record_destroy(gpointer p)
{
	file_record_free(p);
}

struct evindex *
evindex_new(void)
{
	struct evindex *idx;

	idx = calloc(1, sizeof(*idx));
	if (idx == NULL)
		return NULL;
	/* Keys of records live in the record itself: no key destructor. */
	idx->records = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    record_destroy);
	idx->problems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	return idx;
}

void
evindex_free(struct evindex *idx)
{
	if (idx == NULL)
		return;
	g_hash_table_destroy(idx->records);
	g_hash_table_destroy(idx->problems);
	free(idx);
}

int
evindex_put(struct evindex *idx, struct file_record *rec)
{
	/* g_hash_table_replace also replaces the key, which points into the
	 * new record: the old record (and its key) is destroyed safely. */
	g_hash_table_replace(idx->records, rec->path, rec);
	g_hash_table_remove(idx->problems, rec->path);
	return 0;
}

int
evindex_remove(struct evindex *idx, const char *path)
{
	gboolean had_problem = g_hash_table_remove(idx->problems, path);

	if (g_hash_table_remove(idx->records, path))
		return 0;
	return had_problem ? 0 : -ENOENT;
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
};

static gboolean
under_pred(gpointer key, gpointer value, gpointer data)
{
	const struct under_ctx *u = data;

	(void)value;
	return path_is_under(key, u->dir, u->dlen);
}

size_t
evindex_remove_under(struct evindex *idx, const char *dir)
{
	struct under_ctx u = { dir, strlen(dir) };
	size_t n;

	n = g_hash_table_foreach_remove(idx->records, under_pred, &u);
	n += g_hash_table_foreach_remove(idx->problems, under_pred, &u);
	return n;
}

const struct file_record *
evindex_get(const struct evindex *idx, const char *path)
{
	return g_hash_table_lookup(idx->records, path);
}

size_t
evindex_count(const struct evindex *idx)
{
	return g_hash_table_size(idx->records);
}

static int
cmp_record(const void *a, const void *b)
{
	const struct file_record *const *ra = a, *const *rb = b;

	return strcmp((*ra)->path, (*rb)->path);
}

int
evindex_sorted(const struct evindex *idx, const struct file_record ***out,
    size_t *n)
{
	GHashTableIter it;
	gpointer k, v;
	const struct file_record **arr;
	size_t i = 0, count = g_hash_table_size(idx->records);

	*out = NULL;
	*n = 0;
	arr = calloc(count + 1, sizeof(*arr));
	if (arr == NULL)
		return -ENOMEM;
	g_hash_table_iter_init(&it, idx->records);
	while (g_hash_table_iter_next(&it, &k, &v))
		arr[i++] = v;
	qsort(arr, i, sizeof(*arr), cmp_record);
	*out = arr;
	*n = i;
	return 0;
}

int
evindex_set_problem(struct evindex *idx, const char *path, const char *what)
{
	g_hash_table_replace(idx->problems, g_strdup(path), g_strdup(what));
	return 0;
}

static int
cmp_problem(const void *a, const void *b)
{
	const struct evindex_problem *pa = a, *pb = b;

	return strcmp(pa->path, pb->path);
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
		arr[i].path = k;
		arr[i].what = v;
		i++;
	}
	qsort(arr, i, sizeof(*arr), cmp_problem);
	*out = arr;
	*n = i;
	return 0;
}
