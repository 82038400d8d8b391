/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * status.c - the status document, built from a verdict with json-c.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	struct json_object *a = json_object_new_array();

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
	const struct file_record *r = vf->rec;
	struct json_object *o = json_object_new_object();

	if (o == NULL)
		return NULL;
	add_str(o, "path", r->path);
	add_time(o, "mtime", r->mtime);
	add_time(o, "date", r->date);
	add_str(o, "date_source", date_source_name(r->date_source));
	add_str(o, "type", r->type.format);
	json_object_object_add(o, "matched_by",
	    matched_by_array(vf->match->matched_by));
	if (candidate)
		add_str(o, "reason", vf->match->reason);
	else
		json_object_object_add(o, "fresh",
		    json_object_new_boolean(vf->fresh));
	if (r->title != NULL)
		add_str(o, "title", r->title);
	return o;
}

static struct json_object *
item_json(const struct verdict_item *vi)
{
	const struct rule_item *it = vi->item;
	struct json_object *o, *files, *cands;
	size_t i;

	o = json_object_new_object();
	files = json_object_new_array();
	cands = json_object_new_array();
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
	for (i = 0; i < vi->n_candidates; i++)
		json_object_array_add(cands,
		    file_json(&vi->candidates[i], 1));
	json_object_object_add(o, "files", files);
	json_object_object_add(o, "candidates", cands);
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
	levels = json_object_new_array();
	ev = json_object_new_array();
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

/* Files whose text could not be read are problems too: never silently
 * "absent evidence". */
static int
add_unreadable(struct json_object *arr, const struct evindex *idx)
{
	const struct file_record **recs = NULL;
	size_t n = 0, i;
	char buf[256];
	int rc;

	rc = evindex_sorted(idx, &recs, &n);
	if (rc < 0)
		return rc;
	for (i = 0; i < n; i++) {
		const struct file_record *r = recs[i];
		struct json_object *p;

		if (!r->text_extracted || r->text_status == EXTRACT_OK)
			continue;
		p = json_object_new_object();
		add_str(p, "path", r->path);
		snprintf(buf, sizeof(buf), "unreadable: %s", r->text_reason[0] ?
		    r->text_reason : extract_status_name(r->text_status));
		add_str(p, "problem", buf);
		json_object_array_add(arr, p);
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
	for (i = 0; i < n; i++) {
		struct json_object *p = json_object_new_object();

		add_str(p, "path", probs[i].path);
		add_str(p, "problem", probs[i].what);
		json_object_array_add(arr, p);
	}
	free(probs);
	return add_unreadable(arr, idx);
}

int
status_build(const struct verdict *v, const struct evindex *idx,
    const char *share, struct json_object **out)
{
	struct json_object *doc, *summary, *clauses;
	size_t i;
	int rc;

	*out = NULL;
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
	clauses = json_object_new_array();
	if (clauses == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	json_object_object_add(doc, "clauses", clauses);
	for (i = 0; i < v->n_clauses; i++) {
		struct json_object *c = clause_json(&v->clauses[i]);

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

int
status_write(struct json_object *doc, const char *path)
{
	char tmp[PATH_MAX];
	const char *text;
	size_t len, off = 0;
	ssize_t w;
	int fd = -1, rc = 0;

	if (snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid()) >=
	    (int)sizeof(tmp))
		return -ENAMETOOLONG;
	text = json_object_to_json_string_ext(doc, JSON_C_TO_STRING_PRETTY |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
	len = strlen(text);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return -errno;
	while (off < len) {
		w = write(fd, text + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			rc = -errno;
			goto fail;
		}
		off += (size_t)w;
	}
	if (write(fd, "\n", 1) != 1 || fsync(fd) < 0) {
		rc = -errno;
		goto fail;
	}
	if (close(fd) < 0) {
		fd = -1;
		rc = -errno;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) < 0) {
		rc = -errno;
		goto fail;
	}
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	return rc;
}

int
status_load(const char *path, struct json_object **out, char *err,
    size_t errlen)
{
	struct json_object *doc, *ver;
	int rc;

	*out = NULL;
	if (access(path, R_OK) < 0) {
		rc = -errno;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return rc;
	}
	doc = json_object_from_file(path);
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
