/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract.c - the extraction dispatcher and the helpers the families share.
 *
 * extract_fd() checks what is cheap to check up front (regular file, size
 * limit), picks the family from the format filetype detection found, and
 * afterwards enforces what every family must guarantee to callers: text is
 * valid to hand on (non-NULL and NUL-terminated when OK, never longer than
 * max_text_bytes) and text_date is computed once, here.
 *
 * Empty text: a PDF that parses but yields only whitespace is
 * EXTRACT_NO_TEXT (almost always a scan, and the user can act on that); an
 * empty docx/odt/txt stays EXTRACT_OK with empty text, since "the document
 * is empty" is a true answer about it, not a failure to read it.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/dates.h"
#include "evidenced/extract.h"
#include "extract_impl.h"

typedef int (*extract_family_fn)(int, const char *,
    const struct extract_limits *, struct extract_result *);
typedef int (*extract_memo_fn)(int, const char *,
    const struct extract_limits *, struct extract_memo *,
    struct extract_result *);

static const struct {
	const char *format;     /* static: what r->format points at */
	extract_family_fn fn;   /* NULL: unsupported, reason below */
	const char *why;
	extract_memo_fn mfn;    /* the family with a memo, if it has one */
	/* The family reads from fd's offset (libarchive, a helper's stdin),
	 * so it is put back to 0 first; the others read with pread. */
	bool from_offset;
} extract_formats[] = {
	{ "docx", extract_ooxml, NULL, extract_ooxml_memo, true },
	{ "xlsx", extract_ooxml, NULL, NULL, true },
	{ "pptx", extract_ooxml, NULL, NULL, true },
	{ "odt", extract_odf, NULL, NULL, true },
	{ "ods", extract_odf, NULL, NULL, true },
	{ "odp", extract_odf, NULL, NULL, true },
	{ "pdf", extract_pdf, NULL, NULL, false },
	{ "doc", extract_ole, NULL, NULL, true },
	{ "xls", extract_ole, NULL, NULL, true },
	{ "ppt", extract_ole, NULL, NULL, true },
	{ "rtf", extract_ole, NULL, NULL, true },
	{ "wps", extract_ole, NULL, NULL, true },
	{ "et", extract_ole, NULL, NULL, true },
	{ "txt", extract_plain, NULL, NULL, false },
	{ "csv", extract_plain, NULL, NULL, false },
	{ "md", extract_plain, NULL, NULL, false },
	{ "html", extract_plain, NULL, NULL, false },
	{ "jpeg", NULL, "no text in images (scan): not extracted", NULL, false },
	{ "png", NULL, "no text in images (scan): not extracted", NULL, false },
	{ "tiff", NULL, "no text in images (scan): not extracted", NULL, false },
	{ "empty", NULL, "empty file: nothing to extract", NULL, false },
	{ "other", NULL, "unsupported file type: not extracted", NULL, false },
};

const char *
extract_status_name(enum extract_status st)
{
	switch (st) {
	case EXTRACT_OK:
		return "ok";
	case EXTRACT_UNSUPPORTED:
		return "unsupported";
	case EXTRACT_HELPER_MISSING:
		return "helper missing";
	case EXTRACT_LIMIT:
		return "limit";
	case EXTRACT_CORRUPT:
		return "corrupt";
	case EXTRACT_ENCRYPTED:
		return "encrypted";
	case EXTRACT_NO_TEXT:
		return "no text";
	case EXTRACT_IO:
		return "io error";
	case EXTRACT_TIMEOUT:
		return "timeout";
	}
	return "unknown";
}

/* Does reason begin with the word w (then ':', ' ' or its end)? */
static bool
says(const char *reason, const char *w)
{
	size_t n = strlen(w);

	return strncmp(reason, w, n) == 0 && (reason[n] == ':' ||
	    reason[n] == ' ' || reason[n] == '\0');
}

const char *
extract_reason_text(enum extract_status st, const char *reason, char *buf,
    size_t size)
{
	const char *name = extract_status_name(st);

	if (reason == NULL || reason[0] == '\0')
		snprintf(buf, size, "%s", name);
	else if (says(reason, name) ||
	    (st == EXTRACT_TIMEOUT && says(reason, "limit")))
		snprintf(buf, size, "%s", reason);
	else
		snprintf(buf, size, "%s: %s", name, reason);
	return buf;
}

void
extract_limits_default(struct extract_limits *lim)
{
	lim->max_file_bytes = 100ULL << 20;
	lim->max_inflated_bytes = 512ULL << 20;
	lim->max_ratio = 200;
	lim->max_text_bytes = 4U << 20;
	lim->max_pdf_pages = 2000;
	lim->max_seconds = 30;
	lim->helper_max_memory = 512ULL << 20;
}

void
extract_buf_init(struct extract_buf *b, size_t max)
{
	memset(b, 0, sizeof(*b));
	b->max = max;
}

/* Longest prefix of s[0..n) that does not end inside a UTF-8 sequence, so
 * a cut never leaves half a character (families append valid UTF-8). */
static size_t
utf8_cut(const char *s, size_t n)
{
	size_t i = n;

	while (i > 0 && n - i < 3 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0 && (unsigned char)s[i - 1] >= 0xC0) {
		unsigned char c = (unsigned char)s[i - 1];
		size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

		if (n - (i - 1) < need)
			return i - 1;
	}
	return n;
}

int
extract_buf_append(struct extract_buf *b, const char *s, size_t n)
{
	size_t room, want;
	char *p;

	if (b->truncated || n == 0)
		return 0;
	room = b->max > b->len ? b->max - b->len : 0;
	if (n > room) {
		n = utf8_cut(s, room);
		b->truncated = true;
		if (n == 0)
			return 0;
	}
	if (b->len + n + 1 > b->cap) {
		want = b->cap ? b->cap : 4096;
		while (want < b->len + n + 1)
			want *= 2;
		if (b->max < SIZE_MAX - 1 && want > b->max + 1)
			want = b->max + 1;
		if ((p = realloc(b->data, want)) == NULL)
			return -ENOMEM;
		b->data = p;
		b->cap = want;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

void
extract_buf_finish(struct extract_buf *b, struct extract_result *r)
{
	free(r->text);
	r->text = b->data;
	r->text_len = b->len;
	r->truncated = r->truncated || b->truncated;
	b->data = NULL;
	b->len = b->cap = 0;
}

void
extract_buf_free(struct extract_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int
extract_read_head(int fd, uint64_t max, char **out, size_t *out_len,
    bool *over)
{
	char *buf = NULL, *p;
	size_t len = 0, cap = 0;
	ssize_t n;
	int rc = 0;

	*over = false;
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((p = realloc(buf, cap + 1)) == NULL) {
				rc = -ENOMEM;
				goto fail;
			}
			buf = p;
		}
		n = pread(fd, buf + len, cap - len, (off_t)len);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			rc = -errno;
			goto fail;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > max) {
			len = (size_t)max;
			*over = true;
			break;
		}
		/* A regular file reads short only at its end: no second
		 * read to be told so (a system call a file).  Bytes written
		 * after this read are the next change's to read. */
		if (len < cap)
			break;
	}
	buf[len] = '\0';
	*out = buf;
	*out_len = len;
	return 0;
fail:
	free(buf);
	return rc;
}

double
extract_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
extract_fail(struct extract_result *r, enum extract_status st,
    const char *fmt, ...)
{
	va_list ap;

	r->status = st;
	va_start(ap, fmt);
	vsnprintf(r->reason, sizeof(r->reason), fmt, ap);
	va_end(ap);
}

void
extract_result_free(struct extract_result *r)
{
	if (r == NULL)
		return;
	free(r->text);
	free(r->title);
	doc_sections_free(r->sections, r->n_sections);
	free(r->tables);
	free(r);
}

/* Whether text has anything but ASCII whitespace. */
static bool
has_text(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
		    s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return true;
	return false;
}

/*
 * A title a tool writes when its user gave none (ReportLab's "untitled",
 * Word's 无标题 or Document1): it names nothing, and the document's
 * cover says what it is.
 */
static bool
placeholder_title(const char *t)
{
	static const char *const v[] = { "untitled", "untitled document",
	    "document", "document1", "无标题", "无标题文档", "文档1",
	    "unspecified" };
	size_t i, n;

	while (*t == ' ' || *t == '\t')
		t++;
	n = strlen(t);
	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
		n--;
	if (n == 0)
		return true;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (strlen(v[i]) == n && strncasecmp(t, v[i], n) == 0)
			return true;
	return false;
}

/* Text families whose headings are only numbers at the start of a line
 * (docx, odt and PDF find theirs, numbered, styled or outlined,
 * themselves). */
static bool
numbered_sections(const char *format)
{
	static const char *const fmts[] = { "txt", "md", "doc", "rtf",
	    "wps" };
	size_t i;

	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++)
		if (strcmp(format, fmts[i]) == 0)
			return true;
	return false;
}

/* After the text was cut: sections that start beyond it go. */
static void
clamp_sections(struct extract_result *r)
{
	size_t i, n = 0;

	for (i = 0; i < r->n_sections; i++) {
		if (r->sections[i].start >= r->text_len) {
			free(r->sections[i].heading);
			free(r->sections[i].sheet);
			continue;
		}
		if (r->sections[i].end > r->text_len)
			r->sections[i].end = r->text_len;
		r->sections[n++] = r->sections[i];
	}
	r->n_sections = n;
	for (i = n = 0; i < r->n_tables; i++) {
		if (r->tables[i].start >= r->text_len)
			continue;
		if (r->tables[i].end > r->text_len)
			r->tables[i].end = r->text_len;
		r->tables[n++] = r->tables[i];
	}
	r->n_tables = n;
}

int
extract_fd(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result **out)
{
	return extract_fd_memo(fd, format, lim, NULL, out);
}

static int extract_run(int fd, const struct stat *stp, int stat_err,
    const char *format, const struct extract_limits *lim,
    struct extract_memo *memo, struct extract_result **out);

int
extract_fd_memo(int fd, const char *format, const struct extract_limits *lim,
    struct extract_memo *memo, struct extract_result **out)
{
	struct stat st;

	/* A descriptor fstat cannot take is a file we cannot read: said
	 * in the result, not returned. */
	if (fstat(fd, &st) == -1)
		return extract_run(fd, NULL, errno, format, lim, memo, out);
	return extract_run(fd, &st, 0, format, lim, memo, out);
}

int
extract_fd_stat(int fd, const struct stat *st, const char *format,
    const struct extract_limits *lim, struct extract_memo *memo,
    struct extract_result **out)
{
	return extract_run(fd, st, 0, format, lim, memo, out);
}

/* The extraction of fd, whose fstat is *stp (NULL: fstat failed with
 * stat_err). */
static int
extract_run(int fd, const struct stat *stp, int stat_err, const char *format,
    const struct extract_limits *lim, struct extract_memo *memo,
    struct extract_result **out)
{
	struct extract_limits deflim;
	struct extract_result *r;
	extract_family_fn fn = NULL;
	extract_memo_fn mfn = NULL;
	const char *why = "unsupported file type: not extracted";
	bool from_offset = false;
	size_t i;
	time_t td;
	int rc = 0;

	*out = NULL;
	if (lim == NULL) {
		extract_limits_default(&deflim);
		lim = &deflim;
	}
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return -ENOMEM;
	r->format = "other";
	for (i = 0; format != NULL &&
	    i < sizeof(extract_formats) / sizeof(extract_formats[0]); i++) {
		if (strcmp(format, extract_formats[i].format) == 0) {
			r->format = extract_formats[i].format;
			fn = extract_formats[i].fn;
			mfn = extract_formats[i].mfn;
			why = extract_formats[i].why;
			from_offset = extract_formats[i].from_offset;
			break;
		}
	}

	if (stp == NULL) {
		extract_fail(r, EXTRACT_IO, "cannot stat: %s",
		    strerror(stat_err));
		goto done;
	}
	if (!S_ISREG(stp->st_mode)) {
		extract_fail(r, EXTRACT_UNSUPPORTED, "not a regular file");
		goto done;
	}
	if ((uint64_t)stp->st_size > lim->max_file_bytes) {
		extract_fail(r, EXTRACT_LIMIT, "limit: file size %" PRIu64
		    " bytes over %" PRIu64 " (max_file_bytes)",
		    (uint64_t)stp->st_size, lim->max_file_bytes);
		goto done;
	}
	if (fn == NULL) {
		extract_fail(r, EXTRACT_UNSUPPORTED, "%s", why);
		goto done;
	}
	if (from_offset && lseek(fd, 0, SEEK_SET) == -1) {
		extract_fail(r, EXTRACT_IO, "cannot seek: %s", strerror(errno));
		goto done;
	}
	if ((rc = mfn != NULL && memo != NULL ?
	    mfn(fd, r->format, lim, memo, r) : fn(fd, r->format, lim, r)) < 0)
		goto done;

	/* Families cut through extract_buf already; this is the guarantee
	 * for callers whatever a family did. */
	if (r->text != NULL && r->text_len > lim->max_text_bytes) {
		r->text_len = utf8_cut(r->text, lim->max_text_bytes);
		r->text[r->text_len] = '\0';
		r->truncated = true;
		clamp_sections(r);
	}
	if (r->title != NULL && placeholder_title(r->title)) {
		free(r->title);
		r->title = NULL;
	}
	/* Families without structure of their own: numbered headings. */
	if (r->sections == NULL && numbered_sections(r->format) &&
	    (rc = extract_sections_finish(r, NULL, 0, true)) < 0)
		goto done;
	if (r->status == EXTRACT_OK && strcmp(r->format, "pdf") == 0 &&
	    (r->text == NULL || !has_text(r->text, r->text_len)))
		extract_fail(r, EXTRACT_NO_TEXT,
		    "no text layer (scanned PDF?)");
	if (r->status == EXTRACT_OK && r->text == NULL) {
		if ((r->text = strdup("")) == NULL) {
			rc = -ENOMEM;
			goto done;
		}
		r->text_len = 0;
	}
	/* Dates only from text read completely and successfully: a date
	 * must not make a file look fresh when we could not read it. */
	if (r->status == EXTRACT_OK &&
	    dates_latest_in_text(r->text, r->text_len, time(NULL), &td) == 0)
		r->text_date = td;

done:
	if (rc < 0) {
		extract_result_free(r);
		return rc;
	}
	*out = r;
	return 0;
}
