/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * extract_pdf.c - PDF text and metadata through MuPDF (libmupdf).
 *
 * MuPDF rather than poppler-glib, measured by bench/pdf_backends.sh
 * (issue 3): in process it takes about 0.65x poppler's time, a program
 * starts in half the time (poppler-glib loads cairo, X11, gio, nss: 63
 * shared libraries against 32), and it maps non-embedded Chinese fonts
 * without poppler-data.  Neither crashed, hung or leaked on 480 damaged
 * files under ASan.  The cost: Debian ships MuPDF only as a static
 * library, fonts included, so each program linking this is ~44 MB.
 *
 * The file is read into memory (at most max_file_bytes, counted while
 * reading, not trusted from fstat: files on a share change under us) and
 * handed to MuPDF with fz_open_memory().  That bounds exactly what MuPDF
 * sees and leaves it no file descriptor to seek on or keep open; the cost
 * is the file's size in memory for the duration.
 *
 * Every call has its own fz_context, so calls on different threads share
 * nothing and need no MuPDF locks.  Its allocator counts what MuPDF holds
 * and refuses more than helper_max_memory (0: no limit), the limit we
 * already give external parsers of untrusted files.  Once it has refused
 * anything the result is EXTRACT_LIMIT without text: MuPDF recovers from
 * some failed allocations by substitution, and the text is then wrong.
 *
 * Pages are read up to max_pdf_pages (the rest is cut, truncated set).
 * The wall-time limit holds inside a page too: a watchdog thread sets
 * the fz_cookie's abort flag at the deadline, and MuPDF polls it between
 * the operators of a content stream (a 22 KB page of nested FlateDecode
 * once ran 52 s past a 30 s limit with only a check between pages).
 * What MuPDF does outside interpretation (opening, repairing) is bounded
 * by the worker's hard kill (pool.c).  MuPDF prints warnings and errors of broken files to
 * stderr by default: they are routed to log_debug instead.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <mupdf/fitz.h>
#include <mupdf/pdf.h>

#include "evidenced/dates.h"
#include "evidenced/log.h"
#include "extract_impl.h"

/* What MuPDF's allocations hold; over is set once one was refused. */
struct mu_mem {
	size_t used;
	size_t max;
	bool over;
};

/* Each block carries its size in front, aligned like malloc's own. */
#define MU_MEM_HDR alignof(max_align_t)

static void *
mu_mem_malloc(void *user, size_t n)
{
	struct mu_mem *m = user;
	unsigned char *p;

	if (n > m->max - m->used || n > SIZE_MAX - MU_MEM_HDR) {
		m->over = true;
		return NULL;
	}
	if ((p = malloc(MU_MEM_HDR + n)) == NULL)
		return NULL;
	memcpy(p, &n, sizeof(n));
	m->used += n;
	return p + MU_MEM_HDR;
}

static void
mu_mem_free(void *user, void *ptr)
{
	struct mu_mem *m = user;
	unsigned char *p;
	size_t n;

	if (ptr == NULL)
		return;
	p = (unsigned char *)ptr - MU_MEM_HDR;
	memcpy(&n, p, sizeof(n));
	m->used -= n;
	free(p);
}

static void *
mu_mem_realloc(void *user, void *ptr, size_t n)
{
	struct mu_mem *m = user;
	unsigned char *p, *np;
	size_t old;

	if (ptr == NULL)
		return mu_mem_malloc(user, n);
	if (n == 0) {
		mu_mem_free(user, ptr);
		return NULL;
	}
	p = (unsigned char *)ptr - MU_MEM_HDR;
	memcpy(&old, p, sizeof(old));
	if ((n > old && n - old > m->max - m->used) ||
	    n > SIZE_MAX - MU_MEM_HDR) {
		m->over = true;
		return NULL;
	}
	if ((np = realloc(p, MU_MEM_HDR + n)) == NULL)
		return NULL;
	memcpy(np, &n, sizeof(n));
	m->used = m->used - old + n;
	return np + MU_MEM_HDR;
}

static void
mu_log_cb(void *user, const char *msg)
{
	(void)user;
	log_debug("mupdf: %s", msg);
}

static bool
is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xa0 ||
	    c == 0x3000;
}

/* UTF-8 staged in a small buffer, handed to extract_buf in chunks. */
struct page_out {
	struct extract_buf *b;
	size_t n;
	char buf[1024];
};

static int
put_rune(struct page_out *o, int c)
{
	int rc;

	if (o->n > sizeof(o->buf) - FZ_UTFMAX) {
		if ((rc = extract_buf_append(o->b, o->buf, o->n)) < 0)
			return rc;
		o->n = 0;
	}
	/* A ToUnicode map can give a lone surrogate (or anything), and
	 * fz_runetochar() encodes it as such: not UTF-8. */
	if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		c = 0xFFFD;
	o->n += (size_t)fz_runetochar(o->buf + o->n, c);
	return 0;
}

/*
 * What goes between the last char of one stext line and the first of
 * the next.  MuPDF starts a new line when a char lands far from where the
 * previous one's advance ended; with wrong /Widths (0 for some CJK
 * glyphs, as reportlab's TrueType subsets have) that is every char, and
 * "2025年3月" came out one char a line.  Poppler goes by position, and so
 * do we: the same baseline further along is the same line, with a space
 * when the gap is wider than a char and a half, and a tab when it is a
 * column gap, wider than COLUMN_GAP chars: the line is then a table row,
 * and extract_sections.c keeps its cells out of the title region.
 */
#define COLUMN_GAP 3.0f
static int
line_sep(const fz_stext_char *prev, const fz_stext_line *line)
{
	const fz_stext_char *f = line->first_char;
	float dx, dy, along, across;

	if (prev == NULL || f == NULL)
		return '\n';
	dx = f->origin.x - prev->origin.x;
	dy = f->origin.y - prev->origin.y;
	along = dx * line->dir.x + dy * line->dir.y;
	across = fabsf(dx * line->dir.y - dy * line->dir.x);
	if (across > 0.3f * prev->size || along <= 0)
		return '\n';
	if (along > COLUMN_GAP * prev->size)
		return '\t';
	if (along > 1.5f * prev->size && !is_space(prev->c) &&
	    !is_space(f->c))
		return ' ';
	return 0;
}

/*
 * One page's structured text as UTF-8, lines as above, a newline at the
 * end.  0 or -ENOMEM (from our own buffer); *any set when a non-space
 * char was seen.
 */
static int
page_text(fz_stext_page *tp, struct extract_buf *b, bool *any)
{
	struct page_out o;
	fz_stext_block *blk;
	fz_stext_line *line;
	fz_stext_char *ch, *prev = NULL;
	int sep, rc;

	o.b = b;
	o.n = 0;
	for (blk = tp->first_block; blk != NULL; blk = blk->next) {
		if (blk->type != FZ_STEXT_BLOCK_TEXT)
			continue;
		for (line = blk->u.t.first_line; line != NULL;
		    line = line->next) {
			if (line->first_char == NULL)
				continue;
			if ((sep = line_sep(prev, line)) != 0 &&
			    prev != NULL && (rc = put_rune(&o, sep)) < 0)
				return rc;
			for (ch = line->first_char; ch != NULL; ch = ch->next) {
				/* A NUL would end the text early. */
				if (ch->c <= 0)
					continue;
				if (!is_space(ch->c))
					*any = true;
				if ((rc = put_rune(&o, ch->c)) < 0)
					return rc;
				prev = ch;
			}
		}
	}
	if ((rc = put_rune(&o, '\n')) < 0)
		return rc;
	return extract_buf_append(b, o.buf, o.n);
}

/*
 * Sets cookie->abort when the deadline passes, unless stopped first.
 * Owned by one extract_pdf() call; the cookie outlives the thread.
 */
struct watchdog {
	pthread_t th;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct timespec until;          /* CLOCK_MONOTONIC */
	fz_cookie *cookie;
	bool stop;
	bool running;
};

static void *
watchdog_main(void *arg)
{
	struct watchdog *wd = arg;
	int rc = 0;

	pthread_mutex_lock(&wd->mu);
	while (!wd->stop && rc != ETIMEDOUT)
		rc = pthread_cond_timedwait(&wd->cv, &wd->mu, &wd->until);
	if (!wd->stop)
		__atomic_store_n(&wd->cookie->abort, 1, __ATOMIC_RELAXED);
	pthread_mutex_unlock(&wd->mu);
	return NULL;
}

/* Start watching; when no thread can be made, the check between pages
 * and the worker's hard kill remain. */
static void
watchdog_start(struct watchdog *wd, fz_cookie *cookie, double deadline)
{
	pthread_condattr_t ca;
	double left = deadline - extract_clock();

	memset(wd, 0, sizeof(*wd));
	wd->cookie = cookie;
	clock_gettime(CLOCK_MONOTONIC, &wd->until);
	if (left < 0)
		left = 0;
	wd->until.tv_sec += (time_t)left;
	wd->until.tv_nsec += (long)((left - (double)(time_t)left) * 1e9);
	if (wd->until.tv_nsec >= 1000000000) {
		wd->until.tv_sec++;
		wd->until.tv_nsec -= 1000000000;
	}
	if (pthread_condattr_init(&ca) != 0)
		return;
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_mutex_init(&wd->mu, NULL);
	pthread_cond_init(&wd->cv, &ca);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&wd->th, NULL, watchdog_main, wd) == 0)
		wd->running = true;
	else {
		pthread_cond_destroy(&wd->cv);
		pthread_mutex_destroy(&wd->mu);
	}
}

static void
watchdog_stop(struct watchdog *wd)
{
	if (!wd->running)
		return;
	pthread_mutex_lock(&wd->mu);
	wd->stop = true;
	pthread_cond_signal(&wd->cv);
	pthread_mutex_unlock(&wd->mu);
	pthread_join(wd->th, NULL);
	pthread_cond_destroy(&wd->cv);
	pthread_mutex_destroy(&wd->mu);
	wd->running = false;
}

/* Info dictionary string key into a fresh UTF-8 string, or NULL. */
static char *
mu_meta(fz_context *ctx, fz_document *doc, const char *key)
{
	char small[256], *s = NULL;
	int n;

	fz_var(s);
	fz_try(ctx) {
		n = fz_lookup_metadata(ctx, doc, key, small, sizeof(small));
		if (n > 0 && (size_t)n <= sizeof(small))
			s = strdup(small);
		else if (n > 0 && (s = malloc((size_t)n)) != NULL)
			fz_lookup_metadata(ctx, doc, key, s, n);
	}
	fz_catch(ctx) {
		log_debug("mupdf: %s: %s", key, fz_caught_message(ctx));
		free(s);
		s = NULL;
	}
	return s;
}

static time_t
mu_meta_date(fz_context *ctx, fz_document *doc, const char *key)
{
	char *s;
	time_t t = 0;

	if ((s = mu_meta(ctx, doc, key)) == NULL)
		return 0;
	if (dates_parse_pdf(s, &t) < 0)
		t = 0;
	free(s);
	return t;
}

/* A complete PDF ends with %%EOF (a few producers add bytes after it). */
static bool
has_eof(const unsigned char *data, size_t len)
{
	size_t tail = len < 2048 ? len : 2048;

	return memmem(data + len - tail, tail, "%%EOF", 5) != NULL;
}

/*
 * Open data[0..len) as a PDF (only PDF, never another format MuPDF could
 * sniff).  0 with *stmp and *pdfp set (drop both), or -1 with the error
 * in err.
 */
static int
mu_open(fz_context *ctx, unsigned char *data, size_t len, fz_stream **stmp,
    pdf_document **pdfp, char *err, size_t errsz)
{
	fz_stream *volatile stm = NULL;
	pdf_document *volatile pdf = NULL;

	fz_try(ctx) {
		stm = fz_open_memory(ctx, data, len);
		pdf = pdf_open_document_with_stream(ctx, stm);
	}
	fz_catch(ctx) {
		snprintf(err, errsz, "%s", fz_caught_message(ctx));
		fz_drop_stream(ctx, stm);
		return -1;
	}
	*stmp = stm;
	*pdfp = pdf;
	return 0;
}

/* Pages of an open PDF: >= 0, -1 when it needs a password, -2 with the
 * error in err. */
static int
mu_pages(fz_context *ctx, pdf_document *pdf, char *err, size_t errsz)
{
	volatile int n = 0;

	fz_try(ctx) {
		n = pdf_needs_password(ctx, pdf) ? -1 : pdf_count_pages(ctx, pdf);
	}
	fz_catch(ctx) {
		snprintf(err, errsz, "%s", fz_caught_message(ctx));
		return -2;
	}
	return n;
}

/* An outline entry: the page its section starts on. */
struct outline_mark {
	int page;
	unsigned level;
	char *title;            /* owned */
};

static void
outline_walk(fz_context *ctx, fz_document *doc, fz_outline *o,
    unsigned level, GArray *out)
{
	for (; o != NULL && out->len < DOC_SECTIONS_MAX; o = o->next) {
		struct outline_mark m;

		m.page = fz_page_number_from_location(ctx, doc, o->page);
		m.level = level;
		if (o->title != NULL && o->title[0] != '\0' && m.page >= 0 &&
		    g_utf8_validate(o->title, -1, NULL)) {
			m.title = g_strndup(o->title, DOC_SECTION_HEADING_MAX);
			g_array_append_val(out, m);
		}
		if (level < 9)
			outline_walk(ctx, doc, o->down, level + 1, out);
	}
}

static gint
outline_cmp(gconstpointer a, gconstpointer b)
{
	const struct outline_mark *x = a, *y = b;

	return x->page - y->page;
}

/*
 * The document outline (bookmarks), in page order: a PDF exported from
 * Word keeps its headings there.  Empty when there is none or MuPDF
 * cannot read it (the text's numbered headings are then used).
 */
static GArray *
mu_outline(fz_context *ctx, fz_document *doc)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(struct outline_mark));
	fz_outline *volatile ol = NULL;

	fz_try(ctx) {
		ol = fz_load_outline(ctx, doc);
		outline_walk(ctx, doc, ol, 1, v);
	}
	fz_always(ctx)
		fz_drop_outline(ctx, ol);
	fz_catch(ctx)
		log_debug("mupdf: outline: %s", fz_caught_message(ctx));
	/* Stable: entries of one page keep their outline order. */
	g_array_sort(v, outline_cmp);
	return v;
}

static void
outline_free(GArray *v)
{
	guint i;

	for (i = 0; v != NULL && i < v->len; i++)
		g_free(g_array_index(v, struct outline_mark, i).title);
	if (v != NULL)
		g_array_free(v, TRUE);
}

/* Mark the outline entries of page i at the start of its text. */
static int
outline_marks(GArray *v, guint *next, int page, struct extract_buf *b)
{
	char head[8];
	int rc;

	for (; *next < v->len; (*next)++) {
		struct outline_mark *m = &g_array_index(v,
		    struct outline_mark, *next);

		if (m->page > page)
			break;
		snprintf(head, sizeof(head), "%sT%u", EXTRACT_MARK_OPEN,
		    m->level);
		if ((rc = extract_buf_append(b, head, strlen(head))) < 0 ||
		    (rc = extract_buf_append(b, m->title,
		    strlen(m->title))) < 0 ||
		    (rc = extract_buf_append(b, EXTRACT_MARK_CLOSE, 3)) < 0)
			return rc;
	}
	return 0;
}

/* Text of page i appended to b: 0, 1 when the page is broken (the
 * error in err), or -ENOMEM.  What fz_new_stext_page_from_page() does,
 * with the cookie that can stop it. */
static int
mu_page(fz_context *ctx, fz_document *doc, int i, fz_cookie *cookie,
    struct extract_buf *b, bool *any, char *err, size_t errsz)
{
	fz_page *volatile page = NULL;
	fz_stext_page *volatile tp = NULL;
	fz_device *volatile dev = NULL;
	volatile int rc = 0;
	fz_stext_options opts;

	memset(&opts, 0, sizeof(opts));
	fz_try(ctx) {
		page = fz_load_page(ctx, doc, i);
		tp = fz_new_stext_page(ctx, fz_bound_page(ctx, page));
		dev = fz_new_stext_device(ctx, tp, &opts);
		fz_run_page_contents(ctx, page, dev, fz_identity, cookie);
		fz_close_device(ctx, dev);
		rc = page_text(tp, b, any);
	}
	fz_always(ctx) {
		fz_drop_device(ctx, dev);
		fz_drop_stext_page(ctx, tp);
		fz_drop_page(ctx, page);
	}
	fz_catch(ctx) {
		snprintf(err, errsz, "%s", fz_caught_message(ctx));
		log_debug("mupdf: page %d: %s", i + 1, err);
		return 1;
	}
	return rc;
}

int
extract_pdf(int fd, const char *format, const struct extract_limits *lim,
    struct extract_result *r)
{
	struct extract_buf b;
	struct mu_mem mem = { 0, SIZE_MAX, false };
	fz_alloc_context alloc = { &mem, mu_mem_malloc, mu_mem_realloc,
	    mu_mem_free };
	fz_context *ctx = NULL;
	fz_cookie cookie;
	struct watchdog wd;
	pdf_document *pdf = NULL;
	fz_document *doc;
	fz_stream *stm = NULL;
	unsigned char *data = NULL;
	char err[128], why[128] = "";
	char *title;
	size_t len = 0;
	double deadline;
	bool over, repaired, any = false, pages_cut = false;
	GArray *outline = NULL;
	guint next_mark = 0;
	int npages, i, bad_pages = 0, rc = 0;

	(void)format;
	deadline = extract_clock() + lim->max_seconds;
	extract_buf_init(&b, lim->max_text_bytes);
	if (lim->helper_max_memory > 0 && lim->helper_max_memory < SIZE_MAX)
		mem.max = (size_t)lim->helper_max_memory;

	if ((rc = extract_read_head(fd, lim->max_file_bytes, (char **)&data,
	    &len, &over)) < 0) {
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

	/* The store is a cache MuPDF empties when an allocation fails, so
	 * a quarter of the budget is plenty. */
	if ((ctx = fz_new_context(&alloc, NULL, mem.max / 4)) == NULL) {
		if (!mem.over) {
			rc = -ENOMEM;
			goto done;
		}
		extract_fail(r, EXTRACT_LIMIT, "limit: PDF parser memory "
		    "over %zu MiB (helper_max_memory)", mem.max >> 20);
		goto done;
	}
	fz_set_warning_callback(ctx, mu_log_cb, NULL);
	fz_set_error_callback(ctx, mu_log_cb, NULL);

	if (mu_open(ctx, data, len, &stm, &pdf, err, sizeof(err)) < 0 ||
	    (npages = mu_pages(ctx, pdf, err, sizeof(err))) == -2) {
		if (mem.over)
			extract_fail(r, EXTRACT_LIMIT, "limit: PDF parser "
			    "memory over %zu MiB (helper_max_memory)",
			    mem.max >> 20);
		else
			extract_fail(r, EXTRACT_CORRUPT, "corrupt PDF: %s",
			    err);
		goto done;
	}
	if (npages == -1) {
		extract_fail(r, EXTRACT_ENCRYPTED, "password-protected PDF");
		goto done;
	}
	doc = &pdf->super;

	if ((title = mu_meta(ctx, doc, "info:Title")) != NULL) {
		/* MuPDF decodes a UTF-16 title with a lone surrogate into
		 * bytes that are not UTF-8. */
		if (title[0] != '\0' && !g_utf8_validate(title, -1, NULL)) {
			char *valid = g_utf8_make_valid(title, -1);

			free(title);
			if ((title = strdup(valid)) == NULL)
				rc = -ENOMEM;
			g_free(valid);
			if (rc < 0)
				goto done;
		}
		if (title[0] != '\0')
			r->title = title;
		else
			free(title);
	}
	r->created = mu_meta_date(ctx, doc, "info:CreationDate");
	r->modified = mu_meta_date(ctx, doc, "info:ModDate");

	outline = mu_outline(ctx, doc);
	if (npages > 0 && (unsigned)npages > lim->max_pdf_pages) {
		npages = (int)lim->max_pdf_pages;
		pages_cut = true;
	}
	memset(&cookie, 0, sizeof(cookie));
	watchdog_start(&wd, &cookie, deadline);
	for (i = 0; i < npages && !b.truncated; i++) {
		if (extract_clock() > deadline) {
			extract_fail(r, EXTRACT_TIMEOUT, "limit: over %u s "
			    "after %d of %d pages (max_seconds)",
			    lim->max_seconds, i, npages);
			break;
		}
		if ((rc = outline_marks(outline, &next_mark, i, &b)) < 0)
			goto done;
		/* One broken page must not hide the others. */
		rc = mu_page(ctx, doc, i, &cookie, &b, &any, err, sizeof(err));
		if (__atomic_load_n(&cookie.abort, __ATOMIC_RELAXED)) {
			extract_fail(r, EXTRACT_TIMEOUT, "limit: over %u s "
			    "in page %d of %d (max_seconds)",
			    lim->max_seconds, i + 1, npages);
			break;
		}
		if (rc < 0)
			break;
		if (rc == 1 && bad_pages++ == 0)
			memcpy(why, err, sizeof(why));
		rc = 0;
	}
	watchdog_stop(&wd);
	if (rc < 0)
		goto done;
	rc = 0;
	if (mem.over) {
		/* MuPDF carries on past some failed allocations (a font it
		 * cannot load is replaced by one that maps codes to other
		 * characters), so the text is then wrong, not just short:
		 * keep none of it. */
		extract_fail(r, EXTRACT_LIMIT, "limit: PDF parser memory "
		    "over %zu MiB (helper_max_memory)", mem.max >> 20);
		goto done;
	}
	/*
	 * MuPDF repairs what poppler gives up on and reads what is left of
	 * a cut copy.  The auditor still gets a broken file, so such a file
	 * is corrupt; what text was read is kept as partial text, as the
	 * zip families do.  Damaged and textless is broken, not a scan.
	 */
	repaired = pdf_was_repaired(ctx, pdf);
	if (r->status == EXTRACT_OK) {
		if (bad_pages > 0)
			extract_fail(r, EXTRACT_CORRUPT, "corrupt PDF: %d of "
			    "%d pages unreadable: %s", bad_pages, npages, why);
		else if (repaired && !has_eof(data, len))
			extract_fail(r, EXTRACT_CORRUPT, "corrupt PDF: "
			    "truncated (no %%%%EOF at the end)");
		else if (repaired && !any)
			extract_fail(r, EXTRACT_CORRUPT, "corrupt PDF: "
			    "damaged, no text in what could be repaired");
		else if (!any)
			extract_fail(r, EXTRACT_NO_TEXT,
			    "no text layer (scanned PDF?)");
	}
	extract_buf_finish(&b, r);
	if (pages_cut)
		r->truncated = true;
	/* Outline marks, or else numbered headings in the text. */
	rc = extract_sections_finish(r, NULL, 0, true);
done:
	outline_free(outline);
	extract_buf_free(&b);
	if (ctx != NULL) {
		fz_drop_document(ctx, pdf != NULL ? &pdf->super : NULL);
		fz_drop_stream(ctx, stm);
		fz_drop_context(ctx);
	}
	free(data);
	return rc;
}
