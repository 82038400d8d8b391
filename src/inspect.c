/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * inspect.c - one open file to its rule-free facts.
 *
 * Owns a libmagic handle (struct filetype), the extraction limits and
 * the extraction memo (parts that documents of one template share).
 * Everything here may be run in a sandboxed worker: it reads the
 * descriptor it is given and nothing else.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidenced/filetype.h"
#include "evidenced/inspect.h"
#include "evidenced/rules.h"
#include "evidenced/textnorm.h"

struct inspector {
	struct filetype *ft;            /* owned */
	struct extract_limits limits;
	struct extract_memo *memo;      /* owned */
};

struct inspector *
inspector_new(const struct extract_limits *limits)
{
	struct inspector *in;

	if ((in = calloc(1, sizeof(*in))) == NULL)
		return NULL;
	if (limits != NULL)
		in->limits = *limits;
	else
		extract_limits_default(&in->limits);
	if ((in->ft = filetype_new()) == NULL) {
		int saved = errno;

		free(in);
		errno = saved;
		return NULL;
	}
	if (extract_memo_new(&in->memo) < 0) {
		filetype_free(in->ft);
		free(in);
		errno = ENOMEM;
		return NULL;
	}
	return in;
}

void
inspector_free(struct inspector *in)
{
	if (in == NULL)
		return;
	filetype_free(in->ft);
	extract_memo_free(in->memo);
	free(in);
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
pick_date(struct file_facts *f)
{
	f->date = (time_t)(f->id.mtime_ns / 1000000000);
	f->date_source = DATE_SOURCE_MTIME;
	if (f->text_date > 0) {
		f->date = f->text_date;
		f->date_source = DATE_SOURCE_TEXT;
	} else if (f->modified > 0 || f->created > 0) {
		f->date = f->modified > 0 ? f->modified : f->created;
		f->date_source = DATE_SOURCE_METADATA;
	}
}

static int
set_reason(struct file_facts *f, const char *reason)
{
	free(f->text_reason);
	f->text_reason = NULL;
	if (reason == NULL || reason[0] == '\0')
		return 0;
	return (f->text_reason = strdup(reason)) != NULL ? 0 : -ENOMEM;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* Where raw offset x went: offs[] is the sorted raw offsets, map[] the
 * normalised ones at the same index. */
static size_t
mapped(const size_t *raw, const size_t *map, size_t n, size_t x)
{
	const size_t *hit = bsearch(&x, raw, n, sizeof(*raw), cmp_size);

	return hit != NULL ? map[hit - raw] : 0;
}

/* The office formats' extractors end paragraphs, rows and cells with a
 * newline or tab of their own: there, unlike in a PDF's wrapped lines, a
 * break between two Chinese words separates them. */
static unsigned
office_norm_flags(const char *format)
{
	static const char *const office[] = { "docx", "xlsx", "pptx", "odt",
	    "ods", "odp" };
	size_t i;

	for (i = 0; i < sizeof(office) / sizeof(office[0]); i++)
		if (strcmp(format, office[i]) == 0)
			return TEXTNORM_HARD_BREAKS;
	return 0;
}

/* Normalise the text and carry the sections' and tables' offsets over
 * to it.  A table that normalising empties (only spaces) goes. */
static int
normalize_with_sections(struct file_facts *f, struct extract_result *er)
{
	size_t n = (er->n_sections + er->n_tables) * 2, i, k, *raw = NULL,
	    *map = NULL;
	int rc = -ENOMEM;

	if (n == 0)
		return textnorm_normalize_flags(er->text, er->text_len, &f->text,
		    &f->text_len, NULL, 0, office_norm_flags(f->format));
	if ((raw = malloc(n * sizeof(*raw))) == NULL ||
	    (map = malloc(n * sizeof(*map))) == NULL)
		goto done;
	for (i = 0; i < er->n_sections; i++) {
		raw[2 * i] = er->sections[i].start;
		raw[2 * i + 1] = er->sections[i].end;
	}
	for (i = 0, k = 2 * er->n_sections; i < er->n_tables; i++) {
		raw[k++] = er->tables[i].start;
		raw[k++] = er->tables[i].end;
	}
	qsort(raw, n, sizeof(*raw), cmp_size);
	memcpy(map, raw, n * sizeof(*map));
	if ((rc = textnorm_normalize_flags(er->text, er->text_len, &f->text,
	    &f->text_len, map, n, office_norm_flags(f->format))) < 0)
		goto done;
	/* The sections move into the facts with normalised offsets. */
	for (i = 0; i < er->n_sections; i++) {
		er->sections[i].start = mapped(raw, map, n,
		    er->sections[i].start);
		er->sections[i].end = mapped(raw, map, n, er->sections[i].end);
	}
	f->sections = er->sections;
	f->n_sections = er->n_sections;
	er->sections = NULL;
	er->n_sections = 0;
	for (i = k = 0; i < er->n_tables; i++) {
		er->tables[k].start = mapped(raw, map, n, er->tables[i].start);
		er->tables[k].end = mapped(raw, map, n, er->tables[i].end);
		if (er->tables[k].end > er->tables[k].start &&
		    (k == 0 || er->tables[k].start >= er->tables[k - 1].end))
			k++;
	}
	f->tables = k > 0 ? er->tables : NULL;
	f->n_tables = k;
	if (k == 0)
		free(er->tables);
	er->tables = NULL;
	er->n_tables = 0;
done:
	free(raw);
	free(map);
	return rc;
}

/* Copy the extraction's findings into f; take its text. */
static int
take_extraction(struct file_facts *f, struct extract_result *er,
    unsigned flags)
{
	int rc;

	f->extracted = true;
	f->text_status = er->status;
	f->text_truncated = er->truncated;
	f->created = er->created;
	f->modified = er->modified;
	f->text_date = er->text_date;
	if ((rc = set_reason(f, er->reason)) < 0)
		return rc;
	if (er->title != NULL && er->title[0] != '\0') {
		f->title = er->title;
		er->title = NULL;
	}
	if (er->text != NULL) {
		if ((rc = normalize_with_sections(f, er)) < 0)
			return rc;
		if (flags & INSPECT_RAW_TEXT) {
			f->raw_text = er->text;
			f->raw_text_len = er->text_len;
			er->text = NULL;
		}
	}
	return 0;
}

int
inspect_name_only(const char *relpath, const struct stat *st,
    struct file_facts **out)
{
	struct file_facts *f;
	int rc;

	*out = NULL;
	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -ENOMEM;
	if ((rc = file_facts_rename(f, relpath)) < 0) {
		file_facts_free(f);
		return rc;
	}
	file_identity_from_stat(&f->id, st);
	facts_stamp_build(f);
	strcpy(f->format, st->st_size == 0 ? "empty" : "other");
	f->typeclass = EV_TYPE_OTHER;
	f->text_status = EXTRACT_UNSUPPORTED;
	pick_date(f);
	*out = f;
	return 0;
}

int
inspector_run(struct inspector *in, int fd, const struct stat *st,
    const char *relpath, unsigned flags, struct file_facts **out)
{
	struct file_facts *f = NULL;
	struct extract_result *er = NULL;
	struct filetype_info ti;
	struct stat now;
	bool have_now;
	char buf[192];
	const char *base;
	int rc;

	*out = NULL;
	if ((rc = inspect_name_only(relpath, st, &f)) < 0)
		return rc;
	base = strrchr(f->path, '/');
	base = base != NULL ? base + 1 : f->path;
	/* The file as it is now, not as the caller saw it: one fstat for
	 * the type and the extraction both. */
	have_now = fstat(fd, &now) == 0;
	rc = have_now ? filetype_detect_stat(in->ft, fd, &now, base, &ti) :
	    -errno;
	if (rc < 0) {
		/* libmagic failing on one file is that file's problem. */
		filetype_from_mime("application/octet-stream", base, &ti);
		snprintf(buf, sizeof(buf), "type detection failed: %s",
		    strerror(-rc));
		if ((rc = set_reason(f, buf)) < 0)
			goto fail;
	}
	snprintf(f->format, sizeof(f->format), "%s", ti.format);
	f->typeclass = ti.typeclass;
	if (ti.mime[0] != '\0' && (f->mime = strdup(ti.mime)) == NULL) {
		rc = -ENOMEM;
		goto fail;
	}

	if (st->st_size > 0 && worth_extracting(ti.typeclass)) {
		if ((rc = have_now ? extract_fd_stat(fd, &now, ti.format,
		    &in->limits, in->memo, &er) : extract_fd_memo(fd,
		    ti.format, &in->limits, in->memo, &er)) < 0)
			goto fail;
		if ((rc = take_extraction(f, er, flags)) < 0)
			goto fail;
	} else if (st->st_size > 0 && f->text_reason == NULL) {
		snprintf(buf, sizeof(buf), "no text in %s files",
		    ev_typeclass_name(ti.typeclass));
		if ((rc = set_reason(f, buf)) < 0)
			goto fail;
	}
	pick_date(f);
	*out = f;
	f = NULL;
	rc = 0;
fail:
	extract_result_free(er);
	file_facts_free(f);
	return rc;
}
