/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * scanner.c - the one-file pipeline: name, type, text, date, verdict.
 *
 * Owns a libmagic handle (through struct filetype) and borrows the
 * ruleset.  Nothing here decides clause states: that is verdict.c, over
 * every record in the evidence index.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/log.h"
#include "evidenced/scanner.h"
#include "evidenced/textnorm.h"
#include "evidenced/walker.h"

struct scanner {
	const struct ruleset *rs;       /* borrowed */
	struct filetype *ft;            /* owned */
	struct rule_matcher *mt;        /* owned */
	struct extract_limits limits;
	unsigned flags;
};

const char *
date_source_name(enum date_source s)
{
	switch (s) {
	case DATE_SOURCE_TEXT:
		return "text";
	case DATE_SOURCE_METADATA:
		return "metadata";
	case DATE_SOURCE_MTIME:
		break;
	}
	return "mtime";
}

void
file_record_free(struct file_record *r)
{
	if (r == NULL)
		return;
	free(r->path);
	free(r->title);
	free(r->matches);
	free(r->raw_text);
	free(r->norm_text);
	free(r);
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
	if (limits != NULL)
		sc->limits = *limits;
	else
		extract_limits_default(&sc->limits);
	sc->ft = filetype_new();
	sc->mt = rule_matcher_new();
	if (sc->ft == NULL || sc->mt == NULL) {
		int saved = sc->ft == NULL ? errno : ENOMEM;

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
	filetype_free(sc->ft);
	rule_matcher_free(sc->mt);
	free(sc);
}

bool
scanner_ignores(struct scanner *sc, const char *relpath)
{
	char *path = NULL, *norm = NULL;
	enum pathname_decoding how;
	size_t nlen;
	bool ign = false;

	if (pathname_to_utf8(relpath, &path, &how) == 0 &&
	    textnorm_normalize(path, strlen(path), &norm, &nlen) == 0)
		ign = ruleset_is_ignored(sc->rs, sc->mt, norm, NULL);
	free(path);
	free(norm);
	return ign;
}

static bool
worth_extracting(unsigned typeclass)
{
	return (typeclass & (EV_TYPE_DOCUMENT | EV_TYPE_SPREADSHEET |
	    EV_TYPE_PRESENTATION | EV_TYPE_PDF | EV_TYPE_TEXT)) != 0;
}

/*
 * The document's own date beats the file system's: a record of a drill
 * held in 2023 copied to the share today is still a 2023 record.  A date
 * written in the text is what the auditor reads, so it comes first; then
 * the metadata; mtime only when the document says nothing.
 */
static void
pick_date(struct file_record *rec, const struct extract_result *er)
{
	rec->date = rec->mtime;
	rec->date_source = DATE_SOURCE_MTIME;
	if (er == NULL)
		return;
	if (er->text_date > 0) {
		rec->date = er->text_date;
		rec->date_source = DATE_SOURCE_TEXT;
	} else if (er->modified > 0 || er->created > 0) {
		rec->date = er->modified > 0 ? er->modified : er->created;
		rec->date_source = DATE_SOURCE_METADATA;
	}
}

/* Copy extraction facts into rec; take the text for normalisation. */
static int
take_extraction(struct file_record *rec, struct extract_result *er,
    char **norm_title)
{
	size_t tlen;
	int rc;

	rec->text_extracted = true;
	rec->text_status = er->status;
	memcpy(rec->text_reason, er->reason, sizeof(rec->text_reason));
	rec->text_reason[sizeof(rec->text_reason) - 1] = '\0';
	rec->text_truncated = er->truncated;
	pick_date(rec, er);
	if (er->title != NULL && er->title[0] != '\0') {
		rec->title = strdup(er->title);
		if (rec->title == NULL)
			return -ENOMEM;
		rc = textnorm_normalize(er->title, strlen(er->title),
		    norm_title, &tlen);
		if (rc < 0)
			return rc;
	}
	if (er->text != NULL) {
		rc = textnorm_normalize(er->text, er->text_len,
		    &rec->norm_text, &rec->norm_text_len);
		if (rc < 0)
			return rc;
	}
	return 0;
}

int
scanner_scan_file(struct scanner *sc, int rootfd, const char *relpath,
    struct file_record **out)
{
	struct file_record *rec = NULL;
	struct extract_result *er = NULL;
	struct classify_input in;
	struct stat st;
	char *norm_path = NULL, *norm_title = NULL;
	const char *base;
	size_t plen;
	int fd = -1, rc;

	*out = NULL;
	rc = share_open_file(rootfd, relpath, &fd, &st);
	if (rc < 0)
		return rc;

	rec = calloc(1, sizeof(*rec));
	if (rec == NULL) {
		rc = -ENOMEM;
		goto fail;
	}
	rc = pathname_to_utf8(relpath, &rec->path, &rec->name_decoding);
	if (rc < 0)
		goto fail;
	rec->size = st.st_size;
	rec->mtime = st.st_mtime;
	rec->date = st.st_mtime;
	rec->date_source = DATE_SOURCE_MTIME;
	rec->text_status = EXTRACT_UNSUPPORTED;

	rc = textnorm_normalize(rec->path, strlen(rec->path), &norm_path,
	    &plen);
	if (rc < 0)
		goto fail;
	if (ruleset_is_ignored(sc->rs, sc->mt, norm_path, &rec->ignored_by))
		goto done;

	base = strrchr(rec->path, '/');
	base = base != NULL ? base + 1 : rec->path;
	rc = filetype_detect_fd(sc->ft, fd, base, &rec->type);
	if (rc < 0) {
		/* libmagic failing on one file is that file's problem. */
		filetype_from_mime("application/octet-stream", base,
		    &rec->type);
		snprintf(rec->text_reason, sizeof(rec->text_reason),
		    "type detection failed: %s", strerror(-rc));
	}

	if (st.st_size > 0 && worth_extracting(rec->type.typeclass)) {
		rc = extract_fd(fd, rec->type.format, &sc->limits, &er);
		if (rc < 0)
			goto fail;
		rc = take_extraction(rec, er, &norm_title);
		if (rc < 0)
			goto fail;
		if (sc->flags & SCANNER_KEEP_TEXT) {
			rec->raw_text = er->text;
			rec->raw_text_len = er->text_len;
			er->text = NULL;
		}
	} else if (st.st_size > 0) {
		snprintf(rec->text_reason, sizeof(rec->text_reason),
		    "no text in %s files", ev_typeclass_name(
		    rec->type.typeclass));
	}

	memset(&in, 0, sizeof(in));
	in.path = norm_path;
	in.title = norm_title;
	in.text = rec->norm_text;
	in.text_len = rec->norm_text_len;
	in.typeclass = rec->type.typeclass;
	in.empty = st.st_size == 0;
	in.text_status = rec->text_status;
	in.text_reason = rec->text_reason;
	rc = classify_file(sc->rs, sc->mt, &in, (sc->flags & SCANNER_NEAR_CONTENT) ?
	    CLASSIFY_NEAR_CONTENT : 0, &rec->matches, &rec->n_matches);
	if (rc < 0)
		goto fail;
	if (!(sc->flags & SCANNER_KEEP_TEXT)) {
		free(rec->norm_text);
		rec->norm_text = NULL;
		rec->norm_text_len = 0;
	}
done:
	*out = rec;
	rec = NULL;
	rc = 0;
fail:
	if (fd >= 0)
		close(fd);
	extract_result_free(er);
	free(norm_path);
	free(norm_title);
	file_record_free(rec);
	return rc;
}
