/*
 * extract_pdf.c - PDF text and metadata through poppler-glib.
 *
 * The file is read into memory (at most max_file_bytes, counted while
 * reading, not trusted from fstat: files on a share change under us) and
 * handed to poppler_document_new_from_bytes().  That bounds exactly what
 * poppler sees, needs no GIO stream, and leaves poppler no file
 * descriptor to seek on or keep open; the cost is the file's size in
 * memory for the duration (100 MiB at the default limit).
 *
 * Pages are read up to max_pdf_pages (the rest is cut, truncated set) and
 * the wall-time limit is checked between pages; one pathological page can
 * still run long, since poppler cannot be interrupted in process.
 * poppler reports syntax errors of broken files through g_log: they are
 * routed to log_debug, not to the daemon's stderr.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <poppler.h>

#include "evidenced/log.h"
#include "extract_impl.h"

static void
pdf_log_handler(const gchar *domain, GLogLevelFlags level, const gchar *msg,
    gpointer data)
{
	(void)level;
	(void)data;
	log_debug("%s: %s", domain ? domain : "poppler", msg);
}

static gpointer
pdf_log_init(gpointer data)
{
	(void)data;
	g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL |
	    G_LOG_FLAG_RECURSION, pdf_log_handler, NULL);
	return NULL;
}

static double
now_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Whole file from offset 0, at most max bytes; *over if it has more. */
static int
read_all(int fd, uint64_t max, char **out, size_t *out_len, bool *over)
{
	char *buf = NULL, *p;
	size_t len = 0, cap = 0;
	ssize_t n;
	int rc = 0;

	*over = false;
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((p = realloc(buf, cap)) == NULL) {
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
	}
	*out = buf;
	*out_len = len;
	return 0;
fail:
	free(buf);
	return rc;
}

static time_t
dt_unix(GDateTime *dt)
{
	time_t t;

	if (dt == NULL)
		return 0;
	t = (time_t)g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t;
}

int
extract_pdf(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	static GOnce log_once = G_ONCE_INIT;
	struct extract_buf b;
	PopplerDocument *doc = NULL;
	PopplerPage *page;
	GBytes *bytes = NULL;
	GError *err = NULL;
	char *data = NULL, *text;
	gchar *title;
	size_t len = 0;
	double deadline;
	bool over, any = false, pages_cut = false;
	int npages, i, rc = 0;

	(void)format;
	g_once(&log_once, pdf_log_init, NULL);
	deadline = now_mono() + lim->max_seconds;
	extract_buf_init(&b, lim->max_text_bytes);

	if ((rc = read_all(fd, lim->max_file_bytes, &data, &len, &over)) < 0) {
		if (rc == -ENOMEM)
			goto done;
		extract_fail(r, EXTRACT_IO, "read error: %s", strerror(-rc));
		rc = 0;
		goto done;
	}
	if (over) {
		extract_fail(r, EXTRACT_LIMIT, "limit: file larger than %llu "
		    "bytes (max_file_bytes)",
		    (unsigned long long)lim->max_file_bytes);
		goto done;
	}
	/* GBytes owns data from here on. */
	bytes = g_bytes_new_with_free_func(data, len, free, data);
	data = NULL;
	doc = poppler_document_new_from_bytes(bytes, NULL, &err);
	if (doc == NULL) {
		if (err != NULL && g_error_matches(err, POPPLER_ERROR,
		    POPPLER_ERROR_ENCRYPTED))
			extract_fail(r, EXTRACT_ENCRYPTED,
			    "password-protected PDF");
		else
			extract_fail(r, EXTRACT_CORRUPT, "corrupt PDF: %s",
			    err != NULL ? err->message : "cannot open");
		goto done;
	}

	if ((title = poppler_document_get_title(doc)) != NULL) {
		if (title[0] != '\0' && (r->title = strdup(title)) == NULL)
			rc = -ENOMEM;
		g_free(title);
		if (rc < 0)
			goto done;
	}
	r->created = dt_unix(poppler_document_get_creation_date_time(doc));
	r->modified = dt_unix(
	    poppler_document_get_modification_date_time(doc));

	npages = poppler_document_get_n_pages(doc);
	if (npages > 0 && (unsigned)npages > lim->max_pdf_pages) {
		npages = (int)lim->max_pdf_pages;
		pages_cut = true;
	}
	for (i = 0; i < npages && !b.truncated; i++) {
		if (now_mono() > deadline) {
			extract_fail(r, EXTRACT_TIMEOUT, "limit: over %u s "
			    "after %d of %d pages (max_seconds)",
			    lim->max_seconds, i,
			    poppler_document_get_n_pages(doc));
			break;
		}
		if ((page = poppler_document_get_page(doc, i)) == NULL)
			continue;
		text = poppler_page_get_text(page);
		g_object_unref(page);
		if (text == NULL)
			continue;
		if (text[strspn(text, " \t\r\n\f\v")] != '\0')
			any = true;
		rc = extract_buf_append(&b, text, strlen(text));
		if (rc == 0)
			rc = extract_buf_append(&b, "\n", 1);
		g_free(text);
		if (rc < 0)
			goto done;
	}
	if (r->status == EXTRACT_OK && !any)
		extract_fail(r, EXTRACT_NO_TEXT, "no text layer (scanned PDF?)");
	extract_buf_finish(&b, r);
	if (pages_cut)
		r->truncated = true;
done:
	extract_buf_free(&b);
	if (doc != NULL)
		g_object_unref(doc);
	if (bytes != NULL)
		g_bytes_unref(bytes);
	if (err != NULL)
		g_error_free(err);
	free(data);
	return rc;
}
