/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * scanner.c - the one-file pipeline: name, ignore, facts, judgement.
 *
 * Owns an inspector (libmagic, extraction limits) and a pattern matcher,
 * and borrows the ruleset.  Nothing here decides clause states: that is
 * verdict.c, over every record in the evidence index.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "evidenced/inspect.h"
#include "evidenced/scanner.h"
#include "evidenced/textnorm.h"
#include "evidenced/walker.h"

struct scanner {
	const struct ruleset *rs;       /* borrowed */
	struct inspector *in;           /* owned */
	struct rule_matcher *mt;        /* owned */
	unsigned flags;
};

void
file_record_free(struct file_record *r)
{
	if (r == NULL)
		return;
	file_facts_free(r->facts);
	if (r->stub != NULL)
		free(r->stub->relpath);
	free(r->stub);
	free(r->ignored_by);
	free(r->match_limit);
	file_matches_free(r->matches, r->n_matches);
	free(r);
}

bool
file_record_notable(const struct file_record *r)
{
	return r->n_matches > 0 || r->match_limit != NULL ||
	    (r->facts != NULL && r->facts->extracted &&
	    r->facts->text_status != EXTRACT_OK);
}

const char *
file_record_relpath(const struct file_record *r)
{
	return r->facts != NULL ? r->facts->relpath : r->stub->relpath;
}

const struct file_identity *
file_record_id(const struct file_record *r)
{
	return r->facts != NULL ? &r->facts->id : &r->stub->id;
}

char *
file_record_path_dup(const struct file_record *r)
{
	enum pathname_decoding how;
	char *p = NULL, *g;

	if (r->facts != NULL)
		return g_strdup(r->facts->path);
	if (pathname_to_utf8(r->stub->relpath, &p, &how) < 0)
		return NULL;
	g = g_strdup(p);
	free(p);
	return g;
}

int
file_record_slim(struct file_record *r)
{
	struct file_stub *s;

	if (r->facts == NULL)
		return 0;
	if (file_record_notable(r))
		return -EINVAL;
	if ((s = malloc(sizeof(*s))) == NULL)
		return -ENOMEM;
	/* The facts' own name moves to the stub: no copy. */
	s->relpath = r->facts->relpath;
	s->id = r->facts->id;
	r->facts->relpath = NULL;
	file_facts_free(r->facts);
	r->facts = NULL;
	r->stub = s;
	return 0;
}

void
file_record_unslim(struct file_record *r, struct file_facts *f)
{
	if (r->stub != NULL)
		free(r->stub->relpath);
	free(r->stub);
	r->stub = NULL;
	file_facts_free(r->facts);
	r->facts = f;
}

struct scanner *
scanner_new(const struct ruleset *rs, const struct extract_limits *limits,
    unsigned flags)
{
	struct scanner *sc;

	sc = calloc(1, sizeof(*sc));
	if (sc == NULL)
		return NULL;
	sc->rs = rs;
	sc->flags = flags;
	sc->in = inspector_new(limits);
	sc->mt = rule_matcher_new();
	if (sc->in == NULL || sc->mt == NULL) {
		int saved = sc->in == NULL ? errno : ENOMEM;

		scanner_free(sc);
		errno = saved;
		return NULL;
	}
	return sc;
}

void
scanner_free(struct scanner *sc)
{
	if (sc == NULL)
		return;
	inspector_free(sc->in);
	rule_matcher_free(sc->mt);
	free(sc);
}

/* The [ignore] pattern of rs relpath (raw bytes) matches, or NULL. */
static const char *
ignored_by_rs(const struct ruleset *rs, struct rule_matcher *mt,
    const char *relpath)
{
	char *path = NULL, *norm = NULL;
	enum pathname_decoding how;
	const char *why = NULL;
	size_t nlen = strlen(relpath);

	/* A name that is UTF-8 with no backslash (pathname_to_utf8()
	 * gives it back as it is) and normal already (textnorm.h) is
	 * asked as it is: most names, two copies fewer. */
	if (memchr(relpath, '\\', nlen) == NULL &&
	    textnorm_is_normal(relpath, nlen)) {
		if (!ruleset_is_ignored(rs, mt, relpath, &why))
			why = NULL;
	} else if (pathname_to_utf8(relpath, &path, &how) == 0 &&
	    textnorm_normalize(path, strlen(path), &norm, &nlen) == 0 &&
	    !ruleset_is_ignored(rs, mt, norm, &why))
		why = NULL;
	free(path);
	free(norm);
	return why;
}

static const char *
ignored_by(struct scanner *sc, const char *relpath)
{
	return ignored_by_rs(sc->rs, sc->mt, relpath);
}

bool
scanner_path_ignored(const struct ruleset *rs, struct rule_matcher *mt,
    const char *relpath)
{
	return ignored_by_rs(rs, mt, relpath) != NULL;
}

bool
scanner_ignores(struct scanner *sc, const char *relpath)
{
	return ignored_by(sc, relpath) != NULL;
}

/* Judge f (taken), whose [ignore] verdict is why. */
static int
judge(struct scanner *sc, struct file_facts *f, const char *why,
    struct file_record **out)
{
	struct file_record *rec;
	int rc;

	*out = NULL;
	if ((rec = calloc(1, sizeof(*rec))) == NULL) {
		file_facts_free(f);
		return -ENOMEM;
	}
	rec->facts = f;
	if (why != NULL) {
		if ((rec->ignored_by = strdup(why)) == NULL) {
			rc = -ENOMEM;
			goto fail;
		}
	} else {
		const struct rule_pattern *lim;

		(void)rule_matcher_take_limit(sc->mt);
		rc = classify_facts(sc->rs, sc->mt, f,
		    (sc->flags & SCANNER_NEAR_CONTENT) ?
		    CLASSIFY_NEAR_CONTENT : 0, &rec->matches,
		    &rec->n_matches);
		if (rc < 0)
			goto fail;
		lim = rule_matcher_take_limit(sc->mt);
		if (lim != NULL && asprintf(&rec->match_limit, "/%s/ (%s:%d)",
		    lim->source, lim->file, lim->line) < 0) {
			rec->match_limit = NULL;
			rc = -ENOMEM;
			goto fail;
		}
	}
	if (!(sc->flags & SCANNER_KEEP_TEXT))
		file_facts_drop_text(f);
	*out = rec;
	return 0;
fail:
	file_record_free(rec);
	return rc;
}

int
scanner_judge(struct scanner *sc, struct file_facts *f,
    struct file_record **out)
{
	return judge(sc, f, ignored_by(sc, f->relpath), out);
}

int
scanner_judge_kept(struct scanner *sc, struct file_facts *f,
    struct file_record **out)
{
	return judge(sc, f, NULL, out);
}

int
scanner_scan_file(struct scanner *sc, int rootfd, const char *relpath,
    struct file_record **out)
{
	struct file_facts *f = NULL;
	const char *why;
	struct stat st;
	int fd = -1, rc;

	*out = NULL;
	rc = share_open_file(rootfd, relpath, &fd, &st);
	if (rc < 0)
		return rc;
	/* An ignored file (recycle bin, lock file) is never parsed. */
	why = ignored_by(sc, relpath);
	if (why != NULL)
		rc = inspect_name_only(relpath, &st, &f);
	else
		rc = inspector_run(sc->in, fd, &st, relpath,
		    (sc->flags & SCANNER_RAW_TEXT) ? INSPECT_RAW_TEXT : 0, &f);
	close(fd);
	if (rc < 0)
		return rc;
	return judge(sc, f, why, out);
}
