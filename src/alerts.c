/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * alerts.c - transitions of clause states into alerts, with a grace
 * period, from successive status documents (see alerts.h).
 *
 * The known states are a json-c object, the same shape in memory and on
 * disk:
 *   { "clauses": { "36": { "state": "covered", "phase": "...",
 *                          "items": { "sla": { "state": "found",
 *                                              "files": ["a.docx"] } } } },
 *     "warned": { "36/sla": 1767225600 } }
 * and is written with status_write() (atomic) whenever it changes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "evidenced/alerts.h"
#include "evidenced/dates.h"
#include "evidenced/log.h"
#include "evidenced/status.h"

struct pending {
	char *to;               /* the clause state it is going to */
	time_t since;
};

struct alerts {
	char *state_file;       /* owned; NULL: not persisted */
	long grace, warning;
	struct json_object *known;      /* owned; NULL until the first doc */
	bool summary_due;       /* log the known states once */
	bool write_failed;      /* logged once */
	GHashTable *pending;    /* clause id -> struct pending */
	GHashTable *notes;      /* raw path -> cause */
	time_t next;            /* see alerts_next() */
	alerts_gone_fn gone;
	void *gone_ctx;
};

/* ---- small json helpers ---------------------------------------------- */

static struct json_object *
jget(struct json_object *o, const char *key)
{
	struct json_object *v = NULL;

	if (o == NULL || !json_object_object_get_ex(o, key, &v))
		return NULL;
	return v;
}


static struct json_object *
jobj(struct json_object *o, const char *key)
{
	struct json_object *v = jget(o, key);

	if (v == NULL || !json_object_is_type(v, json_type_object)) {
		v = json_object_new_object();
		json_object_object_add(o, key, v);
	}
	return v;
}

/* The item's "expires_at" (status.c), 0 when none. */
static time_t
item_expiry(struct json_object *item)
{
	time_t t;

	if (dates_parse_iso(status_str(item, "expires_at"), &t) < 0)
		return 0;
	return t;
}

static bool
in_list(struct json_object *arr, const char *s)
{
	size_t i;

	for (i = 0; i < status_len(arr); i++)
		if (strcmp(json_object_get_string(
		    json_object_array_get_idx(arr, i)), s) == 0)
			return true;
	return false;
}

/* ---- lifetime --------------------------------------------------------- */

static void
pending_free(void *p)
{
	struct pending *pe = p;

	free(pe->to);
	free(pe);
}

int
alerts_new(const char *state_file, long grace, long warning,
    struct alerts **out)
{
	struct alerts *a = calloc(1, sizeof(*a));

	*out = NULL;
	if (a == NULL)
		return -ENOMEM;
	a->grace = grace;
	a->warning = warning;
	a->pending = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    pending_free);
	a->notes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	if (state_file != NULL) {
		a->state_file = strdup(state_file);
		if (a->state_file == NULL) {
			alerts_free(a);
			return -ENOMEM;
		}
		/* Same checks as a status: a regular file, JSON.  Anything
		 * else is a first run. */
		a->known = json_object_from_file(state_file);
		if (a->known != NULL &&
		    !json_object_is_type(a->known, json_type_object)) {
			json_object_put(a->known);
			a->known = NULL;
		}
		a->summary_due = a->known != NULL;
	}
	*out = a;
	return 0;
}

void
alerts_free(struct alerts *a)
{
	if (a == NULL)
		return;
	json_object_put(a->known);
	g_hash_table_destroy(a->pending);
	g_hash_table_destroy(a->notes);
	free(a->state_file);
	free(a);
}

void
alerts_set_grace(struct alerts *a, long grace, long warning)
{
	a->grace = grace;
	a->warning = warning;
}

void
alerts_note(struct alerts *a, const char *path, const char *cause)
{
	g_hash_table_replace(a->notes, g_strdup(path), g_strdup(cause));
}

void
alerts_set_gone(struct alerts *a, alerts_gone_fn fn, void *ctx)
{
	a->gone = fn;
	a->gone_ctx = ctx;
}

bool
alerts_settled(const struct alerts *a)
{
	return g_hash_table_size(a->pending) == 0;
}

time_t
alerts_next(const struct alerts *a)
{
	return a->next;
}

static void
next_at(struct alerts *a, time_t t, time_t now)
{
	if (t > now && (a->next == 0 || t < a->next))
		a->next = t;
}

/* ---- alerts ----------------------------------------------------------- */

void
alerts_list_free(struct alert *list, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		free(list[i].clause);
		free(list[i].phase);
		free(list[i].item);
		free(list[i].from);
		free(list[i].to);
		free(list[i].kind);
		free(list[i].cause);
		for (j = 0; j < list[i].n_files; j++)
			free(list[i].files[j]);
		free(list[i].files);
	}
	free(list);
}

struct json_object *
alert_json(const struct alert *al)
{
	struct json_object *o = json_object_new_object(), *files;
	char buf[32];
	size_t i;

	if (o == NULL)
		return NULL;
	json_object_object_add(o, "time", json_object_new_string(
	    dates_rfc3339(al->time, buf, sizeof(buf))));
	json_object_object_add(o, "clause", json_object_new_string(al->clause));
	json_object_object_add(o, "phase", json_object_new_string(al->phase));
	json_object_object_add(o, "item", json_object_new_string(al->item));
	json_object_object_add(o, "from", json_object_new_string(al->from));
	json_object_object_add(o, "to", json_object_new_string(al->to));
	json_object_object_add(o, "kind", json_object_new_string(al->kind));
	json_object_object_add(o, "cause", json_object_new_string(al->cause));
	files = json_object_new_array();
	for (i = 0; i < al->n_files; i++)
		json_object_array_add(files,
		    json_object_new_string(al->files[i]));
	json_object_object_add(o, "files", files);
	if (al->expires_at > 0)
		json_object_object_add(o, "expires_at", json_object_new_string(
		    dates_rfc3339(al->expires_at, buf, sizeof(buf))));
	return o;
}

/* Collects alerts into the caller's growing array. */
struct out {
	struct alert **list;
	size_t *n;
	size_t cap;
	int oom;
};

static struct alert *
push(struct out *o, time_t now, const char *clause, const char *phase,
    const char *item, const char *from, const char *to, const char *kind,
    const char *cause, GPtrArray *files)
{
	struct alert *al, *grown;
	size_t i;

	if (*o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : *o->n + 8;
		grown = realloc(*o->list, o->cap * sizeof(**o->list));
		if (grown == NULL) {
			o->oom = 1;
			return NULL;
		}
		*o->list = grown;
	}
	al = &(*o->list)[(*o->n)++];
	memset(al, 0, sizeof(*al));
	al->time = now;
	al->clause = strdup(clause);
	al->phase = strdup(phase);
	al->item = strdup(item);
	al->from = strdup(from);
	al->to = strdup(to);
	al->kind = strdup(kind);
	al->cause = strdup(cause);
	if (files != NULL && files->len > 0) {
		al->files = calloc(files->len, sizeof(char *));
		if (al->files != NULL)
			for (i = 0; i < files->len; i++)
				if ((al->files[al->n_files] =
				    strdup(files->pdata[i])) != NULL)
					al->n_files++;
	}
	if (al->clause == NULL || al->phase == NULL || al->item == NULL ||
	    al->from == NULL || al->to == NULL || al->kind == NULL ||
	    al->cause == NULL || (files != NULL && files->len > 0 &&
	    al->n_files != files->len))
		o->oom = 1;
	return al;
}

/* "found" 0 < "stale" 1 < "missing" 2: a higher rank is worse. */
static int
item_rank(const char *s)
{
	return strcmp(s, "found") == 0 ? 0 : strcmp(s, "stale") == 0 ? 1 : 2;
}

/* The known shape of one clause of a status document. */
static struct json_object *
known_clause(struct json_object *c)
{
	struct json_object *k = json_object_new_object(), *items, *ev;
	size_t i, j;

	json_object_object_add(k, "state",
	    json_object_new_string(status_str(c, "state")));
	json_object_object_add(k, "phase",
	    json_object_new_string(status_str(c, "phase")));
	items = json_object_new_object();
	json_object_object_add(k, "items", items);
	ev = jget(c, "evidence");
	for (i = 0; i < status_len(ev); i++) {
		struct json_object *it = json_object_array_get_idx(ev, i);
		struct json_object *ki = json_object_new_object();
		struct json_object *files = json_object_new_array();
		struct json_object *fs = jget(it, "files");

		json_object_object_add(ki, "state",
		    json_object_new_string(status_str(it, "state")));
		for (j = 0; j < status_len(fs); j++)
			json_object_array_add(files, json_object_new_string(
			    status_file_path(json_object_array_get_idx(fs, j))));
		json_object_object_add(ki, "files", files);
		json_object_object_add(items, status_str(it, "id"), ki);
	}
	return k;
}

/*
 * Why the item it (of a status document) is no longer in state ks with
 * the files kfs (paths): the files that left (or came) go to files
 * (borrowed from kfs or it), the causes, comma-separated, to cause.
 */
static void
item_cause(GHashTable *notes, alerts_gone_fn gone, void *ctx,
    const char *ks, struct json_object *kfs, struct json_object *it,
    GPtrArray *files, GString *cause)
{
	struct json_object *fs = jget(it, "files");
	const char *is = status_str(it, "state");
	size_t j, m;

	if (item_rank(is) <= item_rank(ks)) {
		for (j = 0; j < status_len(fs); j++) {
			const char *p = status_file_path(
			    json_object_array_get_idx(fs, j));

			if (!in_list(kfs, p))
				g_ptr_array_add(files, (void *)p);
		}
		g_string_assign(cause, files->len ? "added" : "changed");
		return;
	}
	/* Files that counted and no longer do. */
	for (j = 0; j < status_len(kfs); j++) {
		const char *p = json_object_get_string(
		    json_object_array_get_idx(kfs, j));
		const char *why = NULL;
		bool still = false;

		for (m = 0; m < status_len(fs); m++)
			if (strcmp(status_file_path(
			    json_object_array_get_idx(fs, m)), p) == 0)
				still = true;
		if (still)
			continue;
		g_ptr_array_add(files, (void *)p);
		if (notes != NULL)
			why = g_hash_table_lookup(notes, p);
		if (why == NULL && gone != NULL)
			why = gone(ctx, p);
		if (why == NULL)
			why = "changed";
		if (strstr(cause->str, why) == NULL)
			g_string_append_printf(cause, "%s%s",
			    cause->len ? "," : "", why);
	}
	if (files->len == 0 && strcmp(is, "stale") == 0) {
		/* Nothing left: the files grew too old. */
		for (j = 0; j < status_len(fs); j++) {
			struct json_object *f = json_object_array_get_idx(fs,
			    j);

			if (status_file_stale(f))
				g_ptr_array_add(files,
				    (void *)status_file_path(f));
		}
		g_string_assign(cause, "expired");
	}
	if (cause->len == 0)
		g_string_assign(cause, "changed");
}

int
alerts_item_cause(const char *from, struct json_object *from_files,
    struct json_object *it, alerts_gone_fn gone, void *ctx,
    char **cause, struct json_object **files)
{
	GPtrArray *fl = g_ptr_array_new();
	GString *c = g_string_new(NULL);
	size_t i;

	item_cause(NULL, gone, ctx, from, from_files, it, fl, c);
	*files = json_object_new_array();
	for (i = 0; *files != NULL && i < fl->len; i++)
		json_object_array_add(*files,
		    json_object_new_string(fl->pdata[i]));
	g_ptr_array_free(fl, TRUE);
	*cause = strdup(c->str);
	g_string_free(c, TRUE);
	if (*cause == NULL || *files == NULL) {
		free(*cause);
		json_object_put(*files);
		*cause = NULL;
		*files = NULL;
		return -ENOMEM;
	}
	return 0;
}

/*
 * One alert per item whose state changed between the known clause k and
 * the current one c: which files left (or came) and why.
 */
static void
fire_clause(struct alerts *a, struct out *o, time_t now,
    struct json_object *k, struct json_object *c)
{
	const char *from = status_str(k, "state"), *to = status_str(c, "state");
	const char *kind = strcmp(to, "covered") == 0 ? "resolved" :
	    strcmp(from, "covered") == 0 ? "degraded" : "changed";
	struct json_object *ev = jget(c, "evidence");
	struct json_object *kitems = jget(k, "items");
	size_t i, fired = 0;

	for (i = 0; i < status_len(ev); i++) {
		struct json_object *it = json_object_array_get_idx(ev, i);
		struct json_object *ki = jget(kitems, status_str(it, "id"));
		const char *is = status_str(it, "state");
		GPtrArray *files;
		GString *cause;

		if (ki == NULL || strcmp(is, status_str(ki, "state")) == 0)
			continue;
		files = g_ptr_array_new();
		cause = g_string_new(NULL);
		item_cause(a->notes, a->gone, a->gone_ctx,
		    status_str(ki, "state"), jget(ki, "files"), it, files,
		    cause);
		push(o, now, status_str(c, "id"), status_str(c, "phase"),
		    status_str(it, "id"), from, to, kind, cause->str, files);
		fired++;
		g_ptr_array_free(files, TRUE);
		g_string_free(cause, TRUE);
	}
	if (fired == 0)
		push(o, now, status_str(c, "id"), status_str(c, "phase"), "", from, to,
		    kind, "changed", NULL);
}

static void
save(struct alerts *a)
{
	int rc;

	if (a->state_file == NULL)
		return;
	rc = status_write(a->known, a->state_file, 0600, (gid_t)-1);
	if (rc < 0 && !a->write_failed)
		log_warnx("%s: cannot write the alert states: %s (the "
		    "previous file is kept)", a->state_file, strerror(-rc));
	else if (rc == 0 && a->write_failed)
		log_info("%s: written again", a->state_file);
	a->write_failed = rc < 0;
}

/* Once after a restart: what was already not covered before it. */
static void
log_summary(struct alerts *a)
{
	struct json_object *kc = jget(a->known, "clauses");
	GString *s = g_string_new(NULL);
	size_t n = 0;

	if (kc != NULL) {
		json_object_object_foreach(kc, id, k) {
			const char *st = status_str(k, "state");

			if (strcmp(st, "covered") == 0 ||
			    strcmp(st, "not_applicable") == 0)
				continue;
			g_string_append_printf(s, "%s%s (%s)", n ? ", " : "",
			    id, st);
			n++;
		}
	}
	if (n > 0)
		log_info("alerts: %zu clauses were already not covered "
		    "before this start (not alerted again): %s", n, s->str);
	else
		log_info("alerts: every applicable clause was covered "
		    "before this start");
	g_string_free(s, TRUE);
}

/* Items that go stale within the warning: alerted once per expiry. */
static bool
warn_expiry(struct alerts *a, struct out *o, time_t now,
    struct json_object *c)
{
	struct json_object *ev = jget(c, "evidence");
	struct json_object *warned = jobj(a->known, "warned");
	bool dirty = false;
	size_t i, j;

	for (i = 0; i < status_len(ev); i++) {
		struct json_object *it = json_object_array_get_idx(ev, i);
		time_t exp = item_expiry(it);
		struct json_object *w, *fs = jget(it, "files");
		GPtrArray *files;
		struct alert *al;
		char key[256];

		if (exp == 0 || strcmp(status_str(it, "state"), "found") != 0)
			continue;
		/* Fresh while now - date <= max_age (verdict.c): stale
		 * from the second after expires_at. */
		next_at(a, exp + 1, now);
		next_at(a, exp - a->warning, now);
		if (exp - now > a->warning || exp <= now)
			continue;
		snprintf(key, sizeof(key), "%s/%s", status_str(c, "id"),
		    status_str(it, "id"));
		w = jget(warned, key);
		if (w != NULL && json_object_get_int64(w) == (int64_t)exp)
			continue;
		files = g_ptr_array_new();
		for (j = 0; j < status_len(fs); j++)
			g_ptr_array_add(files, (void *)status_file_path(
			    json_object_array_get_idx(fs, j)));
		al = push(o, now, status_str(c, "id"), status_str(c, "phase"),
		    status_str(it, "id"), status_str(c, "state"), status_str(c, "state"),
		    "expires_soon", "expires_soon", files);
		if (al != NULL)
			al->expires_at = exp;
		g_ptr_array_free(files, TRUE);
		json_object_object_add(warned, key,
		    json_object_new_int64((int64_t)exp));
		dirty = true;
	}
	return dirty;
}

int
alerts_annotate(const struct alerts *a, struct json_object *doc, time_t now)
{
	struct json_object *cl = jget(doc, "clauses");
	size_t i, j;

	for (i = 0; i < status_len(cl); i++) {
		struct json_object *ev = jget(json_object_array_get_idx(cl, i),
		    "evidence");

		for (j = 0; j < status_len(ev); j++) {
			struct json_object *it = json_object_array_get_idx(ev,
			    j);
			time_t exp = item_expiry(it);

			if (exp == 0)
				continue;
			if (json_object_object_add(it, "expires_soon",
			    json_object_new_boolean(exp > now &&
			    exp - now <= a->warning)) < 0)
				return -ENOMEM;
		}
	}
	return 0;
}

int
alerts_update(struct alerts *a, struct json_object *doc, time_t now,
    struct alert **list, size_t *n)
{
	struct json_object *cl = jget(doc, "clauses"), *kc, *fresh;
	struct out o = { list, n, *n, 0 };
	GHashTable *seen;
	GHashTableIter hi;
	gpointer key, val;
	bool dirty = false, first = a->known == NULL;
	size_t i;

	if (first) {
		a->known = json_object_new_object();
		if (a->known == NULL)
			return -ENOMEM;
		dirty = true;
	}
	if (a->summary_due) {
		a->summary_due = false;
		log_summary(a);
	}
	kc = jobj(a->known, "clauses");
	a->next = 0;
	seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i < status_len(cl); i++) {
		struct json_object *c = json_object_array_get_idx(cl, i);
		const char *id = status_str(c, "id"), *st = status_str(c, "state");
		struct json_object *k = jget(kc, id);
		struct pending *pe;

		g_hash_table_add(seen, (void *)id);
		if (warn_expiry(a, &o, now, c))
			dirty = true;
		/* New clause (first run, a reload), the same state, or a
		 * change of level: known now, nothing to say.  The same
		 * state still takes the current files: a rename moves what
		 * "the files that counted" are. */
		if (k == NULL || strcmp(status_str(k, "state"), st) == 0 ||
		    strcmp(st, "not_applicable") == 0 ||
		    strcmp(status_str(k, "state"), "not_applicable") == 0) {
			g_hash_table_remove(a->pending, id);
			fresh = known_clause(c);
			if (k == NULL || !json_object_equal(k, fresh)) {
				json_object_object_add(kc, id, fresh);
				dirty = true;
			} else
				json_object_put(fresh);
			continue;
		}
		pe = g_hash_table_lookup(a->pending, id);
		if (pe == NULL || strcmp(pe->to, st) != 0) {
			pe = calloc(1, sizeof(*pe));
			if (pe == NULL || (pe->to = strdup(st)) == NULL) {
				free(pe);
				o.oom = 1;
				continue;
			}
			pe->since = now;
			g_hash_table_replace(a->pending, g_strdup(id), pe);
		}
		if (now - pe->since < a->grace) {
			next_at(a, pe->since + a->grace, now);
			continue;
		}
		fire_clause(a, &o, now, k, c);
		json_object_object_add(kc, id, known_clause(c));
		g_hash_table_remove(a->pending, id);
		dirty = true;
	}
	/* Clauses the rules no longer have are forgotten. */
	g_hash_table_iter_init(&hi, a->pending);
	while (g_hash_table_iter_next(&hi, &key, &val))
		if (!g_hash_table_contains(seen, key))
			g_hash_table_iter_remove(&hi);
	g_hash_table_destroy(seen);
	if (g_hash_table_size(a->pending) == 0)
		g_hash_table_remove_all(a->notes);
	if (first && a->state_file != NULL)
		log_summary(a);
	if (dirty)
		save(a);
	return o.oom ? -ENOMEM : 0;
}
