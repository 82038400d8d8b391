/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * status.c - the status document, built from a verdict with json-c.
 */
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <json-c/printbuf.h>

#include "evidenced/dates.h"
#include "evidenced/status.h"

static int
add_str(struct json_object *o, const char *key, const char *val)
{
	struct json_object *s = json_object_new_string(val != NULL ? val : "");

	if (s == NULL)
		return -ENOMEM;
	json_object_object_add(o, key, s);
	return 0;
}

static int
add_time(struct json_object *o, const char *key, time_t t)
{
	char buf[32];

	return add_str(o, key, dates_rfc3339(t, buf, sizeof(buf)));
}

static struct json_object *
matched_by_array(unsigned by)
{
	/* Sized to fit: json-c's default array has 32 slots, and a large
	 * share's status holds thousands of these. */
	struct json_object *a = json_object_new_array_ext(3);

	if (a == NULL)
		return NULL;
	if (by & MATCH_NAME)
		json_object_array_add(a, json_object_new_string("name"));
	if (by & MATCH_TITLE)
		json_object_array_add(a, json_object_new_string("title"));
	if (by & MATCH_TYPE)
		json_object_array_add(a, json_object_new_string("type"));
	if (by & MATCH_CONTENT)
		json_object_array_add(a, json_object_new_string("content"));
	return a;
}

static struct json_object *
file_json(const struct verdict_file *vf, int candidate)
{
	const struct file_facts *r = vf->rec->facts;
	struct json_object *o = json_object_new_object();

	if (o == NULL)
		return NULL;
	add_str(o, "path", r->path);
	add_time(o, "mtime", (time_t)(r->id.mtime_ns / 1000000000));
	add_time(o, "date", r->date);
	add_str(o, "date_source", date_source_name(r->date_source));
	add_str(o, "type", r->format);
	json_object_object_add(o, "matched_by",
	    matched_by_array(vf->match->matched_by));
	if (vf->match->section != NULL)
		add_str(o, "section", vf->match->section);
	if (candidate)
		add_str(o, "reason", vf->match->reason);
	else
		json_object_object_add(o, "fresh",
		    json_object_new_boolean(vf->fresh));
	if (r->title != NULL)
		add_str(o, "title", r->title);
	return o;
}

static int
cmp_time_desc(const void *x, const void *y)
{
	time_t a = *(const time_t *)x, b = *(const time_t *)y;

	return a < b ? 1 : a > b ? -1 : 0;
}

/*
 * When a found item with a max_age goes stale by the clock alone: when
 * fewer than min_files of its files are fresh, i.e. at the min_files-th
 * latest expiry of its fresh files.  Per file, "expires_at" too.  Lets
 * the daemon and monitoring warn before it happens.
 */
static void
add_expiry(struct json_object *o, struct json_object *files,
    const struct verdict_item *vi)
{
	const struct rule_item *it = vi->item;
	time_t *exp;
	size_t i, n = 0;

	if (it->max_age <= 0 || vi->state != ITEM_FOUND ||
	    (exp = calloc(vi->n_files + 1, sizeof(*exp))) == NULL)
		return;
	for (i = 0; i < vi->n_files; i++) {
		time_t d = vi->files[i].rec->facts->date;

		if (d <= 0)
			continue;
		add_time(json_object_array_get_idx(files, i), "expires_at",
		    d + (time_t)it->max_age);
		if (vi->files[i].fresh)
			exp[n++] = d + (time_t)it->max_age;
	}
	qsort(exp, n, sizeof(*exp), cmp_time_desc);
	if (it->min_files > 0 && n >= it->min_files)
		add_time(o, "expires_at", exp[it->min_files - 1]);
	free(exp);
}

static struct json_object *
item_json(const struct verdict_item *vi)
{
	const struct rule_item *it = vi->item;
	struct json_object *o, *files, *cands;
	size_t i;

	o = json_object_new_object();
	files = json_object_new_array_ext((int)vi->n_files + 1);
	cands = json_object_new_array_ext(vi->n_candidates <
	    STATUS_MAX_CANDIDATES ? (int)vi->n_candidates + 1 :
	    STATUS_MAX_CANDIDATES);
	if (o == NULL || files == NULL || cands == NULL) {
		json_object_put(o);
		json_object_put(files);
		json_object_put(cands);
		return NULL;
	}
	add_str(o, "id", it->id);
	add_str(o, "label", it->label);
	add_str(o, "state", item_state_name(vi->state));
	json_object_object_add(o, "min_files",
	    json_object_new_int((int)it->min_files));
	if (it->max_age > 0)
		json_object_object_add(o, "max_age_days",
		    json_object_new_int64(it->max_age / 86400));
	for (i = 0; i < vi->n_files; i++)
		json_object_array_add(files, file_json(&vi->files[i], 0));
	add_expiry(o, files, vi);
	for (i = 0; i < vi->n_candidates && i < STATUS_MAX_CANDIDATES; i++)
		json_object_array_add(cands,
		    file_json(&vi->candidates[i], 1));
	json_object_object_add(o, "files", files);
	json_object_object_add(o, "candidates", cands);
	json_object_object_add(o, "candidates_omitted", json_object_new_int64(
	    (int64_t)(vi->n_candidates - i)));
	return o;
}

static struct json_object *
clause_json(const struct verdict_clause *vc)
{
	const struct rule_clause *c = vc->clause;
	struct json_object *o, *levels, *ev;
	size_t i;
	int l;

	o = json_object_new_object();
	levels = json_object_new_array_ext(EV_LEVEL_MAX);
	ev = json_object_new_array_ext((int)vc->n_items + 1);
	if (o == NULL || levels == NULL || ev == NULL) {
		json_object_put(o);
		json_object_put(levels);
		json_object_put(ev);
		return NULL;
	}
	add_str(o, "id", c->id);
	add_str(o, "phase", c->phase);
	add_str(o, "text", c->text);
	add_str(o, "proof", c->proof);
	if (c->note != NULL)
		add_str(o, "note", c->note);
	for (l = EV_LEVEL_MIN; l <= EV_LEVEL_MAX; l++)
		if (c->levels & EV_LEVEL_BIT(l))
			json_object_array_add(levels, json_object_new_int(l));
	json_object_object_add(o, "levels", levels);
	add_str(o, "state", clause_state_name(vc->state));
	for (i = 0; i < vc->n_items; i++)
		json_object_array_add(ev, item_json(&vc->items[i]));
	json_object_object_add(o, "evidence", ev);
	return o;
}

static void
add_problem(struct json_object *arr, const char *path, const char *what)
{
	struct json_object *p = json_object_new_object();

	add_str(p, "path", path);
	add_str(p, "problem", what);
	json_object_array_add(arr, p);
}

static bool
has_problem(const struct file_record *rec)
{
	return (rec->facts->extracted && rec->facts->text_status !=
	    EXTRACT_OK) || rec->match_limit != NULL;
}

/* Files whose text could not be read, or on which a pattern hit the
 * match limit, are problems too: never silently "absent evidence". */
static int
add_unreadable(struct json_object *arr, const struct evindex *idx)
{
	const struct file_record **recs = NULL;
	size_t n = 0, i;
	char buf[512], why[256];
	int rc;

	rc = evindex_notable_sorted(idx, has_problem, &recs, &n);
	if (rc < 0)
		return rc;
	for (i = 0; i < n; i++) {
		const struct file_facts *f = recs[i]->facts;

		if (f->extracted && f->text_status != EXTRACT_OK) {
			snprintf(buf, sizeof(buf), "unreadable: %s",
			    extract_reason_text(f->text_status,
			    f->text_reason, why, sizeof(why)));
			add_problem(arr, f->path, buf);
		}
		/* Its match counted as "no match": the file may be evidence
		 * the verdict missed, so someone must look. */
		if (recs[i]->match_limit != NULL) {
			snprintf(buf, sizeof(buf), "match limit: %s too costly "
			    "on this file, counted as no match",
			    recs[i]->match_limit);
			add_problem(arr, f->path, buf);
		}
	}
	free(recs);
	return 0;
}

static int
add_problems(struct json_object *doc, const struct evindex *idx)
{
	struct evindex_problem *probs = NULL;
	struct json_object *arr;
	size_t n = 0, i;
	int rc;

	arr = json_object_new_array();
	if (arr == NULL)
		return -ENOMEM;
	json_object_object_add(doc, "problems", arr);
	if (idx == NULL)
		return 0;
	rc = evindex_problems(idx, &probs, &n);
	if (rc < 0)
		return rc;
	for (i = 0; i < n; i++)
		add_problem(arr, probs[i].path, probs[i].what);
	free(probs);
	return add_unreadable(arr, idx);
}

/* ---- clause cache ----------------------------------------------------- */

struct cached_clause {
	const struct rule_clause *clause;  /* identity check, not owned */
	struct json_object *frag;       /* one reference owned */
	uint64_t stamp;                 /* evindex_stamp() when built */
	time_t built;                   /* verdict time when built */
	time_t until;                   /* the next expiry among its files */
};

struct status_cache {
	int level;
	size_t n;
	struct cached_clause *clauses;  /* owned, in verdict order */
};

struct status_cache *
status_cache_new(void)
{
	return calloc(1, sizeof(struct status_cache));
}

void
status_cache_clear(struct status_cache *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++)
		json_object_put(c->clauses[i].frag);
	free(c->clauses);
	c->clauses = NULL;
	c->n = 0;
}

void
status_cache_free(struct status_cache *c)
{
	status_cache_clear(c);
	free(c);
}

/* When vc's fragment goes out of date by the clock alone: a counting
 * file of an item with a max_age turns stale just after date + max_age
 * (freshness, the item's and the clause's states, "fresh" all follow). */
static time_t
clause_until(const struct verdict_clause *vc, time_t now)
{
	time_t until = (time_t)INT64_MAX, exp;
	size_t i, j;

	for (i = 0; i < vc->n_items; i++) {
		const struct verdict_item *vi = &vc->items[i];

		if (vi->item->max_age <= 0)
			continue;
		for (j = 0; j < vi->n_files; j++) {
			/* Fresh while now - date <= max_age: stale from
			 * the second after. */
			exp = vi->files[j].rec->facts->date +
			    (time_t)vi->item->max_age + 1;
			if (exp > now && exp < until)
				until = exp;
		}
	}
	return until;
}

/*
 * Most of a large document is its file entries, and a cached clause
 * keeps them unchanged from one document to the next.  So a cached
 * clause holds each entry frozen: one JSON string (the path, for
 * readers) that prints the entry's whole compact text
 * (json_object_set_serializer), which it keeps with the two other
 * fields the daemon's own readers use (status_file_*()).  A rewrite
 * costs a copy, not a new serialisation, and an entry a fraction of
 * json-c's object (each object has a 16-slot table, ~700 bytes).
 * Entries are complete when frozen (add_expiry has run) and print
 * compactly whatever flags the document is printed with.
 */
struct frozen {
	size_t len;             /* of text */
	const char *date;       /* "date", "" when none: in text's buffer */
	signed char fresh;      /* "fresh": 1, 0, or -1 when absent */
	char text[];            /* then the date, NUL-terminated */
};

static int
print_frozen(struct json_object *o, struct printbuf *pb, int level,
    int flags)
{
	const struct frozen *f = json_object_get_userdata(o);

	(void)level;
	(void)flags;
	return printbuf_memappend(pb, f->text, (int)f->len);
}

static void
free_frozen(struct json_object *o, void *userdata)
{
	(void)o;
	free(userdata);
}

/*
 * The compact text of o, without leaving a print buffer on o: json-c
 * keeps the buffer of the last serialisation in the object printed, so
 * printing o itself would keep one per file entry (and a document-sized
 * one on each document) for as long as the object lives.  A throw-away
 * array holding o is printed instead, and its "[" "]" skipped.  The
 * text lives until w is put.
 */
static const char *
print_through(struct json_object *o, struct json_object **w, size_t *len)
{
	const char *t;

	if ((*w = json_object_new_array_ext(1)) == NULL)
		return NULL;
	json_object_array_add(*w, json_object_get(o));
	t = json_object_to_json_string_length(*w, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE, len);
	if (t == NULL || *len < 2)
		return NULL;
	*len -= 2;
	return t + 1;
}

/* The frozen form of the file entry o (borrowed), or NULL (ENOMEM). */
static struct json_object *
freeze(struct json_object *o)
{
	struct json_object *w = NULL, *fo = NULL, *fr;
	struct frozen *f = NULL;
	const char *t, *date = status_str(o, "date");
	size_t len, dlen = strlen(date);

	if ((t = print_through(o, &w, &len)) != NULL &&
	    (f = malloc(sizeof(*f) + len + dlen + 2)) != NULL &&
	    (fo = json_object_new_string(status_str(o, "path"))) != NULL) {
		f->len = len;
		memcpy(f->text, t, len);
		f->text[len] = '\0';
		memcpy(f->text + len + 1, date, dlen + 1);
		f->date = f->text + len + 1;
		f->fresh = json_object_object_get_ex(o, "fresh", &fr) ?
		    (signed char)json_object_get_boolean(fr) : -1;
		json_object_set_serializer(fo, print_frozen, f, free_frozen);
		f = NULL;
	}
	free(f);
	json_object_put(w);
	return fo;
}

static const struct frozen *
frozen_of(struct json_object *f)
{
	return json_object_is_type(f, json_type_string) ?
	    json_object_get_userdata(f) : NULL;
}

const char *
status_file_path(struct json_object *f)
{
	return json_object_is_type(f, json_type_string) ?
	    json_object_get_string(f) : status_str(f, "path");
}

const char *
status_file_date(struct json_object *f)
{
	const struct frozen *fz = frozen_of(f);

	return fz != NULL ? fz->date : status_str(f, "date");
}

bool
status_file_stale(struct json_object *f)
{
	const struct frozen *fz = frozen_of(f);
	struct json_object *fr;

	if (fz != NULL)
		return fz->fresh == 0;
	return json_object_object_get_ex(f, "fresh", &fr) &&
	    !json_object_get_boolean(fr);
}

/* Freeze every file entry of clause c (files and candidates). */
static int
freeze_files(struct json_object *c)
{
	struct json_object *ev = NULL, *list;
	static const char *const keys[] = { "files", "candidates" };
	size_t i, j, k;

	if (!json_object_object_get_ex(c, "evidence", &ev))
		return 0;
	for (i = 0; i < json_object_array_length(ev); i++) {
		struct json_object *it = json_object_array_get_idx(ev, i);

		for (k = 0; k < 2; k++) {
			if (!json_object_object_get_ex(it, keys[k], &list))
				continue;
			for (j = 0; j < json_object_array_length(list); j++) {
				struct json_object *fo = freeze(
				    json_object_array_get_idx(list, j));

				if (fo == NULL)
					return -ENOMEM;
				json_object_array_put_idx(list, j, fo);
			}
		}
	}
	return 0;
}

/* The fragment of clause i: the cached one while it holds, else new. */
static struct json_object *
clause_fragment(struct status_cache *c, const struct verdict *v, size_t i,
    const struct evindex *idx)
{
	const struct verdict_clause *vc = &v->clauses[i];
	struct cached_clause *cc;
	struct json_object *o;

	if (c == NULL)
		return clause_json(vc);
	cc = &c->clauses[i];
	if (cc->frag != NULL && cc->clause == vc->clause &&
	    evindex_clause_stamp(idx, vc->clause->id) <= cc->stamp &&
	    v->now >= cc->built && v->now < cc->until)
		return json_object_get(cc->frag);
	if ((o = clause_json(vc)) == NULL)
		return NULL;
	if (freeze_files(o) < 0) {
		json_object_put(o);
		return NULL;
	}
	json_object_put(cc->frag);
	cc->clause = vc->clause;
	cc->frag = json_object_get(o);
	cc->stamp = evindex_stamp(idx);
	cc->built = v->now;
	cc->until = clause_until(vc, v->now);
	return o;
}

/* A cache of another ruleset's shape or another level starts over. */
static int
cache_fit(struct status_cache *c, const struct verdict *v)
{
	if (c->n == v->n_clauses && c->level == v->level)
		return 0;
	status_cache_clear(c);
	c->clauses = calloc(v->n_clauses + 1, sizeof(*c->clauses));
	if (c->clauses == NULL)
		return -ENOMEM;
	c->n = v->n_clauses;
	c->level = v->level;
	return 0;
}

int
status_build(const struct verdict *v, const struct evindex *idx,
    const char *share, struct json_object **out)
{
	return status_build_cached(v, idx, share, NULL, out);
}

int
status_build_cached(const struct verdict *v, const struct evindex *idx,
    const char *share, struct status_cache *cache, struct json_object **out)
{
	struct json_object *doc, *summary, *clauses;
	size_t i;
	int rc;

	*out = NULL;
	if (cache != NULL && (idx == NULL || cache_fit(cache, v) < 0))
		return idx == NULL ? -EINVAL : -ENOMEM;
	doc = json_object_new_object();
	if (doc == NULL)
		return -ENOMEM;
	json_object_object_add(doc, "version",
	    json_object_new_int(STATUS_VERSION));
	add_time(doc, "generated_at", v->now);
	add_str(doc, "share", share);
	json_object_object_add(doc, "level", json_object_new_int(v->level));
	summary = json_object_new_object();
	for (i = 0; i < CLAUSE_STATE_COUNT; i++)
		json_object_object_add(summary,
		    clause_state_name((enum clause_state)i),
		    json_object_new_int((int)v->count[i]));
	json_object_object_add(doc, "summary", summary);
	json_object_object_add(doc, "files_indexed", json_object_new_int64(
	    idx != NULL ? (int64_t)evindex_count(idx) : 0));
	clauses = json_object_new_array_ext((int)v->n_clauses + 1);
	if (clauses == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	json_object_object_add(doc, "clauses", clauses);
	for (i = 0; i < v->n_clauses; i++) {
		struct json_object *c = clause_fragment(cache, v, i, idx);

		if (c == NULL) {
			rc = -ENOMEM;
			goto fail;
		}
		json_object_array_add(clauses, c);
	}
	rc = add_problems(doc, idx);
	if (rc < 0)
		goto fail;
	*out = doc;
	return 0;
fail:
	json_object_put(doc);
	return rc;
}

/* Write all of text to fd.  0 or negative errno. */
static int
write_all(int fd, const char *text, size_t len)
{
	size_t off = 0;
	ssize_t w;

	while (off < len) {
		w = write(fd, text + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		off += (size_t)w;
	}
	return 0;
}

/* The compact text of o (print_through) onto out. */
static int
append_printed(GString *out, struct json_object *o)
{
	struct json_object *w = NULL;
	const char *t;
	size_t len;

	if ((t = print_through(o, &w, &len)) != NULL)
		g_string_append_len(out, t, (gssize)len);
	json_object_put(w);
	return t != NULL ? 0 : -ENOMEM;
}

/* Write out and empty it once it holds more than limit bytes. */
static int
spill(int fd, GString *out, size_t limit)
{
	int rc = 0;

	if (out->len > limit) {
		rc = write_all(fd, out->str, out->len);
		g_string_truncate(out, 0);
	}
	return rc;
}

/*
 * doc as json-c prints it compactly, written a member and a clause at a
 * time: printing the whole document at once takes a buffer the size of
 * the document (megabytes at 100,000 files, the process's peak), and
 * json-c prints nothing incrementally.
 */
static int
write_doc(int fd, struct json_object *doc)
{
	GString *out = g_string_sized_new(1 << 16);
	struct json_object *k;
	bool first = true;
	size_t i;
	int rc = 0;

	g_string_append_c(out, '{');
	json_object_object_foreach(doc, key, val) {
		if (!first)
			g_string_append_c(out, ',');
		first = false;
		k = json_object_new_string(key);
		rc = k != NULL ? append_printed(out, k) : -ENOMEM;
		json_object_put(k);
		g_string_append_c(out, ':');
		if (rc == 0 && json_object_is_type(val, json_type_array)) {
			g_string_append_c(out, '[');
			for (i = 0; rc == 0 &&
			    i < json_object_array_length(val); i++) {
				if (i > 0)
					g_string_append_c(out, ',');
				rc = append_printed(out,
				    json_object_array_get_idx(val, i));
				if (rc == 0)
					rc = spill(fd, out, 1 << 16);
			}
			g_string_append_c(out, ']');
		} else if (rc == 0)
			rc = val != NULL ? append_printed(out, val) :
			    (g_string_append(out, "null"), 0);
		if (rc == 0)
			rc = spill(fd, out, 1 << 16);
		if (rc < 0)
			break;
	}
	g_string_append_c(out, '}');
	if (rc == 0)
		rc = write_all(fd, out->str, out->len);
	g_string_free(out, TRUE);
	return rc;
}

/* fsync the directory holding path, so that the rename survives a crash. */
static int
sync_dir_of(const char *path)
{
	char *dir = g_path_get_dirname(path);
	int fd, rc = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	g_free(dir);
	if (fd < 0)
		return -errno;
	if (fsync(fd) < 0 && errno != EINVAL)
		rc = -errno;
	close(fd);
	return rc;
}

/*
 * The temporary file gets an unguessable name from mkostemp(), which
 * creates it with O_CREAT|O_EXCL: a name planted in advance (a symlink
 * to /etc/shadow in a directory others can write) makes it try another
 * name, never follow the link.  Mode and group are set on the descriptor
 * before any byte is written, so the document is never readable by more
 * than the configuration allows, whatever the umask.
 */
int
status_write(struct json_object *doc, const char *path, mode_t mode,
    gid_t gid)
{
	char *dir = NULL, *base = NULL, *tmp = NULL;
	int fd = -1, rc;

	if (path == NULL || path[0] == '\0')
		return -EINVAL;
	dir = g_path_get_dirname(path);
	base = g_path_get_basename(path);
	tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	if (strlen(tmp) >= PATH_MAX) {
		rc = -ENAMETOOLONG;
		goto out;
	}
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		rc = -errno;
		goto out;
	}
	if (fchmod(fd, mode & 07777) < 0 ||
	    (gid != (gid_t)-1 && fchown(fd, (uid_t)-1, gid) < 0)) {
		rc = -errno;
		goto fail;
	}
	/* Compact: at 100,000 files the document is megabytes, rewritten
	 * after every settled change; `evidencectl status --json` prints
	 * it indented for people. */
	if ((rc = write_doc(fd, doc)) < 0 ||
	    (rc = write_all(fd, "\n", 1)) < 0)
		goto fail;
	if (fsync(fd) < 0) {
		rc = -errno;
		goto fail;
	}
	rc = close(fd);
	fd = -1;
	if (rc < 0 || rename(tmp, path) < 0) {
		rc = -errno;
		goto fail;
	}
	rc = sync_dir_of(path);
	goto out;
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
out:
	g_free(tmp);
	g_free(base);
	g_free(dir);
	return rc;
}

const char *
status_str(struct json_object *o, const char *key)
{
	struct json_object *v = NULL;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return "";
	return json_object_get_string(v);
}

struct json_object *
status_arr(struct json_object *o, const char *key)
{
	struct json_object *v = NULL;

	if (o == NULL || !json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_array))
		return NULL;
	return v;
}

size_t
status_len(struct json_object *a)
{
	return a != NULL && json_object_is_type(a, json_type_array) ?
	    json_object_array_length(a) : 0;
}

int
status_load(const char *path, struct json_object **out, char *err,
    size_t errlen)
{
	struct json_object *doc, *ver;
	struct stat st;
	int fd, rc;

	*out = NULL;
	/* O_NONBLOCK + fstat: a FIFO named as the status is an error, not a
	 * read that waits forever for a writer. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0) {
		rc = -errno;
		snprintf(err, errlen, "%s: %s", path, strerror(-rc));
		if (fd >= 0)
			close(fd);
		return rc;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: not a regular file", path);
		close(fd);
		return -EINVAL;
	}
	doc = json_object_from_fd(fd);
	close(fd);
	if (doc == NULL) {
		const char *why = json_util_get_last_err();

		snprintf(err, errlen, "%s: not valid JSON: %s", path,
		    why != NULL ? why : "parse error");
		return -EINVAL;
	}
	if (!json_object_object_get_ex(doc, "version", &ver) ||
	    !json_object_is_type(ver, json_type_int) ||
	    json_object_get_int(ver) < 1 ||
	    json_object_get_int(ver) > STATUS_VERSION ||
	    !json_object_object_get_ex(doc, "clauses", NULL)) {
		snprintf(err, errlen, "%s: not an evidenced status document "
		    "(version %d expected)", path, STATUS_VERSION);
		json_object_put(doc);
		return -EINVAL;
	}
	*out = doc;
	return 0;
}
