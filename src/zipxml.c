/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * zipxml.c - stream the XML members of a zip container through expat.
 *
 * libarchive reads the zip from the fd (zip format only, no filters; with
 * a seekable fd it uses the central directory, otherwise or when the
 * central directory is gone it falls back to walking local headers).  Each
 * wanted member is inflated in 64 KiB chunks that go straight to
 * XML_Parse.  Between chunks we check, in this order: total inflated
 * bytes, the member's inflated/compressed ratio, and the wall clock.
 *
 * The compressed size of a member is not in libarchive's API; we take the
 * distance the reader has moved in the file while inflating the member
 * (archive_filter_bytes(a, 0)), which is the compressed bytes consumed so
 * far.  That makes the ratio check progressive: a bomb is stopped after
 * the first megabyte instead of after inflating all of it.  The ratio is
 * only judged once a member has inflated RATIO_FLOOR bytes: small parts
 * full of repeated padding legitimately exceed 200:1 and cost nothing.
 *
 * XML hardening: OOXML and ODF never use a DTD, so any DOCTYPE stops the
 * parse (no entity can then be declared, which kills billion laughs and
 * external entities at the root).  Expat's own amplification guard is
 * set as well.  Expat buffers a whole token (a 300 MB attribute value)
 * before calling us, so the parser must make progress: when no handler has
 * been called for PARSER_STALL_MAX inflated bytes, the member is refused.
 * This bounds expat's buffer per parser, without global accounting.
 */
/* Debian's expat is built with DTD support, but expat.h declares the
 * amplification guard only under XML_DTD, a macro of expat's own build.
 * Must come before any include that pulls in expat.h. */
#ifndef XML_DTD
#define XML_DTD 1
#endif

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <archive.h>
#include <archive_entry.h>
#include <expat.h>

#include "zipxml.h"

#define ZIPXML_CHUNK            (64 * 1024)
#define RATIO_FLOOR             (1024 * 1024)
#define PARSER_STALL_MAX        ((uint64_t)32 << 20)

struct zipxml_seg {
	int rank;
	unsigned long num;      /* number in the member name */
	unsigned seq;           /* archive order, breaks ties */
	struct extract_buf buf;
};

struct zipxml {
	const struct extract_limits *lim;
	struct extract_result *r;
	double deadline;        /* extract_clock() seconds */
	uint64_t file_size;
	uint64_t inflated;      /* all members so far */

	struct zipxml_seg *segs;        /* owned, nsegs of them */
	size_t nsegs, capsegs;
	size_t kept;            /* text bytes in all segments */
	bool truncated;

	/* The member being parsed. */
	XML_Parser parser;
	struct zipxml_part part;
	struct zipxml_seg *seg; /* NULL: member keeps no text */
	char pending;           /* separator owed before the next text */
	bool failed;            /* a handler or guard stopped the parser */
	bool nomem;
	uint64_t progress;      /* stream offset of the last handler call */
};

/* "512 MiB" for whole mebibytes, else "2000 bytes": limits read as set. */
static const char *
zx_size(char *buf, size_t size, uint64_t n)
{
	if (n >= (1U << 20) && n % (1U << 20) == 0)
		snprintf(buf, size, "%" PRIu64 " MiB", n >> 20);
	else
		snprintf(buf, size, "%" PRIu64 " bytes", n);
	return buf;
}

/* Record a failure unless one is already there: the first cause is the
 * one the user can act on. */
static void
zx_fail(struct zipxml *zx, enum extract_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
zx_fail(struct zipxml *zx, enum extract_status st, const char *fmt, ...)
{
	va_list ap;

	if (zx->r->status != EXTRACT_OK)
		return;
	zx->r->status = st;
	va_start(ap, fmt);
	vsnprintf(zx->r->reason, sizeof(zx->r->reason), fmt, ap);
	va_end(ap);
}

int
zipxml_new(struct zipxml **out, const struct extract_limits *lim,
    struct extract_result *r)
{
	struct zipxml *zx;

	*out = NULL;
	if ((zx = calloc(1, sizeof(*zx))) == NULL)
		return -ENOMEM;
	zx->lim = lim;
	zx->r = r;
	*out = zx;
	return 0;
}

void
zipxml_free(struct zipxml *zx)
{
	size_t i;

	if (zx == NULL)
		return;
	for (i = 0; i < zx->nsegs; i++)
		extract_buf_free(&zx->segs[i].buf);
	free(zx->segs);
	free(zx);
}

static bool
zx_timed_out(struct zipxml *zx)
{
	return extract_clock() >= zx->deadline;
}

static void
zx_stop(struct zipxml *zx)
{
	zx->failed = true;
	if (zx->parser != NULL)
		XML_StopParser(zx->parser, XML_FALSE);
}

void
zipxml_nomem(struct zipxml *zx)
{
	zx->nomem = true;
	zx_stop(zx);
}

static void
zx_append(struct zipxml *zx, const char *s, size_t n)
{
	struct extract_buf *b = &zx->seg->buf;
	size_t before = b->len;

	if (zx->truncated)
		return;
	/* The budget is shared by all segments. */
	b->max = b->len + (zx->lim->max_text_bytes > zx->kept ?
	    zx->lim->max_text_bytes - zx->kept : 0);
	if (extract_buf_append(b, s, n) < 0) {
		zipxml_nomem(zx);
		return;
	}
	zx->kept += b->len - before;
	if (b->truncated)
		zx->truncated = true;
}

void
zipxml_text(struct zipxml *zx, const char *s, size_t n)
{
	char c;

	if (zx->seg == NULL || n == 0)
		return;
	if (zx->pending != 0) {
		c = zx->pending;
		zx->pending = 0;
		if (zx->seg->buf.len > 0)
			zx_append(zx, &c, 1);
	}
	zx_append(zx, s, n);
}

size_t
zipxml_text_pos(const struct zipxml *zx)
{
	return zx->seg != NULL ? zx->seg->buf.len : 0;
}

void
zipxml_text_insert(struct zipxml *zx, size_t pos, const char *s, size_t n)
{
	struct extract_buf *b;
	size_t len;

	if (zx->seg == NULL || n == 0 || zx->truncated)
		return;
	b = &zx->seg->buf;
	if (pos > b->len)
		return;
	len = b->len;
	zx_append(zx, s, n);    /* grows the buffer, counts the budget */
	if (b->len != len + n) {
		/* Cut by the text limit: no half mark at the end. */
		if (b->len > len) {
			b->len = len;
			b->data[len] = '\0';
		}
		return;
	}
	memmove(b->data + pos + n, b->data + pos, len - pos);
	memcpy(b->data + pos, s, n);
}

void
zipxml_sep(struct zipxml *zx, char c)
{
	if (c == '\n' || zx->pending == 0 ||
	    (c == '\t' && zx->pending == ' '))
		zx->pending = c;
}

void
zipxml_sep_set(struct zipxml *zx, char c)
{
	zx->pending = c;
}

/* Expat got somewhere: it is not buffering one endless token. */
static void
zx_progress(struct zipxml *zx)
{
	XML_Index at = XML_GetCurrentByteIndex(zx->parser);

	if (at > 0)
		zx->progress = (uint64_t)at;
}

/* Comments and processing instructions are progress too. */
static void XMLCALL
zx_comment(void *ud, const XML_Char *data)
{
	(void)data;
	zx_progress(ud);
}

static void XMLCALL
zx_pi(void *ud, const XML_Char *target, const XML_Char *data)
{
	(void)target;
	(void)data;
	zx_progress(ud);
}

/* Trampolines: expat's user data is zx, handlers get the part's ud. */
static void XMLCALL
zx_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct zipxml *zx = ud;

	zx_progress(zx);

	if (zx->part.start != NULL && !zx->failed)
		zx->part.start(zx->part.ud, name, atts);
}

static void XMLCALL
zx_end(void *ud, const XML_Char *name)
{
	struct zipxml *zx = ud;

	zx_progress(zx);

	if (zx->part.end != NULL && !zx->failed)
		zx->part.end(zx->part.ud, name);
}

static void XMLCALL
zx_chars(void *ud, const XML_Char *s, int len)
{
	struct zipxml *zx = ud;

	zx_progress(zx);

	if (zx->part.chars != NULL && !zx->failed && len > 0)
		zx->part.chars(zx->part.ud, s, len);
}

static void XMLCALL
zx_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
    const XML_Char *pubid, int has_internal_subset)
{
	struct zipxml *zx = ud;

	(void)name;
	(void)sysid;
	(void)pubid;
	(void)has_internal_subset;
	zx_fail(zx, EXTRACT_CORRUPT,
	    "corrupt: XML DTD/entities not allowed in office documents");
	zx_stop(zx);
}

static void XMLCALL
zx_entity(void *ud, const XML_Char *name, int is_param,
    const XML_Char *value, int value_len, const XML_Char *base,
    const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation)
{
	(void)name; (void)is_param; (void)value; (void)value_len;
	(void)base; (void)sysid; (void)pubid; (void)notation;
	zx_doctype(ud, NULL, NULL, NULL, 0);
}

/* New text segment for the current member; 0 or -ENOMEM. */
static int
zx_new_seg(struct zipxml *zx, const char *name)
{
	struct zipxml_seg *s;
	size_t ncap;

	if (zx->nsegs == zx->capsegs) {
		ncap = zx->capsegs ? zx->capsegs * 2 : 16;
		if ((s = reallocarray(zx->segs, ncap, sizeof(*s))) == NULL)
			return -ENOMEM;
		zx->segs = s;
		zx->capsegs = ncap;
	}
	s = &zx->segs[zx->nsegs];
	s->rank = zx->part.rank;
	s->num = zipxml_name_number(name);
	s->seq = (unsigned)zx->nsegs;
	extract_buf_init(&s->buf, 0);
	zx->nsegs++;
	zx->seg = s;
	return 0;
}

/*
 * Done with the current member's segment.  Shrink it to fit, or drop it
 * when empty: a zip of a million tiny slides must not cost a million
 * 4 KiB buffers.
 */
static void
zx_seg_close(struct zipxml *zx)
{
	struct zipxml_seg *s = zx->seg;
	char *p;

	zx->seg = NULL;
	if (s == NULL)
		return;
	if (s->buf.len == 0) {
		extract_buf_free(&s->buf);
		zx->nsegs--;
		return;
	}
	if (s->buf.cap > s->buf.len + 1 &&
	    (p = realloc(s->buf.data, s->buf.len + 1)) != NULL) {
		s->buf.data = p;
		s->buf.cap = s->buf.len + 1;
	}
}

/*
 * Record libarchive's error: a system error reading the file is
 * EXTRACT_IO, anything else is a damaged zip.  Returns 1 (stop reading).
 */
static int
zx_archive_fail(struct zipxml *zx, struct archive *a, const char *what)
{
	const char *msg = archive_error_string(a);
	int e = archive_errno(a);

	if (msg == NULL)
		msg = "unknown error";
	/* ENOMEM from libarchive is not ours to propagate: a crafted size
	 * field makes it try a huge allocation, which is the file's fault. */
	if (e == EIO || e == ENXIO || e == EBADF || e == EISDIR ||
	    e == ESTALE || e == ETIMEDOUT || e == EACCES)
		zx_fail(zx, EXTRACT_IO, "io: %s: %s", what, msg);
	else
		zx_fail(zx, EXTRACT_CORRUPT, "corrupt: %s: %s", what, msg);
	return 1;
}

/* Bytes the reader has consumed from the file so far. */
static uint64_t
zx_file_pos(struct archive *a)
{
	int64_t n = archive_filter_bytes(a, 0);

	return n > 0 ? (uint64_t)n : 0;
}

/*
 * A member compared with the known ones (zipxml_part.known) before it is
 * parsed.  While the bytes read so far are a prefix of a known member,
 * nothing is parsed: they are in that member.  Once no known member
 * agrees, that prefix is parsed from it (a prefix of a member that
 * parsed cleanly cannot be an XML error) and streaming goes on, so the
 * handlers see what plain streaming would have shown them.
 */
#define KNOWN_MAX 8

struct zx_known {
	bool alive[KNOWN_MAX];
	size_t nalive;
	const char *prefix;     /* a known member agreeing so far */
	uint64_t off;           /* bytes compared */
	char *rec;              /* recording, owned, or NULL */
	size_t rec_len, rec_cap;
	bool rec_off;           /* recording given up */
};

static void
zx_known_init(struct zipxml *zx, struct zx_known *k)
{
	size_t i;

	memset(k, 0, sizeof(*k));
	for (i = 0; zx->part.known_hit != NULL && i < zx->part.nknown &&
	    i < KNOWN_MAX; i++) {
		k->alive[i] = true;
		k->nalive++;
		k->prefix = zx->part.known[i];
	}
}

/* Keep a copy of n parsed bytes while they fit record_max.  Recording
 * is an optimisation: out of memory, it is given up, nothing fails. */
static void
zx_record(struct zipxml *zx, struct zx_known *k, const char *p, size_t n)
{
	size_t cap;
	char *r;

	if (zx->part.record_max == 0 || zx->part.recorded == NULL ||
	    k->rec_off)
		return;
	if (k->rec_len + n > zx->part.record_max)
		goto give_up;
	if (k->rec_len + n > k->rec_cap) {
		cap = k->rec_cap ? k->rec_cap * 2 : ZIPXML_CHUNK;
		while (cap < k->rec_len + n)
			cap *= 2;
		if ((r = realloc(k->rec, cap)) == NULL)
			goto give_up;
		k->rec = r;
		k->rec_cap = cap;
	}
	if (n > 0)
		memcpy(k->rec + k->rec_len, p, n);
	k->rec_len += n;
	return;
give_up:
	free(k->rec);
	k->rec = NULL;
	k->rec_off = true;
}

/* Parse the prefix agreed so far; false when expat refused it (it
 * cannot, but a parser is not argued with). */
static bool
zx_known_flush(struct zipxml *zx, struct zx_known *k)
{
	size_t len = (size_t)k->off;

	k->nalive = 0;
	k->off = 0;
	if (len == 0)
		return true;
	zx_record(zx, k, k->prefix, len);
	return XML_Parse(zx->parser, k->prefix, (int)len, 0) == XML_STATUS_OK;
}

/*
 * Compare the next n bytes (n == 0: the member ended) with the known
 * members still agreeing.  1: a known member is all of it (known_hit
 * was called); 2: still agreeing, nothing to parse yet; 0: none agrees
 * any more, the agreed prefix was parsed (or failed: the parser says).
 */
static int
zx_known_step(struct zipxml *zx, struct zx_known *k, const char *chunk,
    size_t n, bool *xml_failed)
{
	size_t i;

	*xml_failed = false;
	if (k->nalive == 0)
		return 0;
	for (i = 0; i < zx->part.nknown && i < KNOWN_MAX; i++) {
		if (!k->alive[i])
			continue;
		if (n == 0 && k->off == zx->part.known_len[i]) {
			zx->part.known_hit(zx->part.ud, i);
			k->nalive = 0;
			return 1;
		}
		if (n == 0 || k->off + n > zx->part.known_len[i] ||
		    memcmp(zx->part.known[i] + k->off, chunk, n) != 0) {
			k->alive[i] = false;
			k->nalive--;
		} else {
			k->prefix = zx->part.known[i];
		}
	}
	if (k->nalive > 0) {
		k->off += n;
		return 2;
	}
	*xml_failed = !zx_known_flush(zx, k);
	return 0;
}

/*
 * Inflate one member into expat.  Returns 0 to go on with the next member,
 * 1 to stop reading the zip (failure recorded in r), -ENOMEM.
 */
static int
zx_parse_member(struct zipxml *zx, struct archive *a, const char *name,
    char *chunk)
{
	static const XML_Char nssep[] = { ' ', '\0' };
	uint64_t got = 0, start_pos, comp;
	struct zx_known k;
	bool xml_failed;
	char sz[32];
	la_ssize_t n;
	int rc = 0;

	zx->failed = false;
	zx->pending = 0;
	zx->seg = NULL;
	if (zx->part.rank >= 0 && (rc = zx_new_seg(zx, name)) < 0)
		return rc;
	if ((zx->parser = XML_ParserCreateNS(NULL, nssep[0])) == NULL)
		return -ENOMEM;
	zx->progress = 0;
	XML_SetUserData(zx->parser, zx);
	XML_SetCommentHandler(zx->parser, zx_comment);
	XML_SetProcessingInstructionHandler(zx->parser, zx_pi);
	XML_SetElementHandler(zx->parser, zx_start, zx_end);
	XML_SetCharacterDataHandler(zx->parser, zx_chars);
	XML_SetStartDoctypeDeclHandler(zx->parser, zx_doctype);
	XML_SetEntityDeclHandler(zx->parser, zx_entity);
#if defined(XML_DTD) && (XML_MAJOR_VERSION > 2 || \
    (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4))
	XML_SetParamEntityParsing(zx->parser, XML_PARAM_ENTITY_PARSING_NEVER);
	XML_SetBillionLaughsAttackProtectionMaximumAmplification(zx->parser,
	    20.0f);
	XML_SetBillionLaughsAttackProtectionActivationThreshold(zx->parser,
	    1024 * 1024);
#endif

	zx_known_init(zx, &k);
	start_pos = zx_file_pos(a);
	for (;;) {
		n = archive_read_data(a, chunk, ZIPXML_CHUNK);
		if (n < 0) {
			if (!zx_known_flush(zx, &k))
				break;
			rc = zx_archive_fail(zx, a, name);
			goto done;
		}
		got += (uint64_t)n;
		zx->inflated += (uint64_t)n;
		if (zx->inflated > zx->lim->max_inflated_bytes) {
			zx_fail(zx, EXTRACT_LIMIT, "limit: inflated size over "
			    "%s (max_inflated_bytes)", zx_size(sz, sizeof(sz),
			    zx->lim->max_inflated_bytes));
			if (!zx_known_flush(zx, &k))
				break;
			rc = 1;
			goto done;
		}
		comp = zx_file_pos(a) - start_pos;
		if (comp == 0 || comp > zx->file_size)
			comp = zx->file_size ? zx->file_size : 1;
		if (got > RATIO_FLOOR && got / comp > zx->lim->max_ratio) {
			zx_fail(zx, EXTRACT_LIMIT, "limit: %s inflates more "
			    "than %u:1 (max_ratio)", name, zx->lim->max_ratio);
			if (!zx_known_flush(zx, &k))
				break;
			rc = 1;
			goto done;
		}
		if (zx_timed_out(zx)) {
			zx_fail(zx, EXTRACT_TIMEOUT, "timeout: over %u s "
			    "(max_seconds)", zx->lim->max_seconds);
			if (!zx_known_flush(zx, &k))
				break;
			rc = 1;
			goto done;
		}
		switch (zx_known_step(zx, &k, chunk, (size_t)n, &xml_failed)) {
		case 1:
			goto done;      /* a known member: nothing to parse */
		case 2:
			continue;       /* agrees with a known one so far */
		}
		if (xml_failed)
			break;
		zx_record(zx, &k, chunk, (size_t)n);
		if (XML_Parse(zx->parser, chunk, (int)n, n == 0) !=
		    XML_STATUS_OK)
			break;
		if (n == 0) {
			if (k.rec != NULL) {
				zx->part.recorded(zx->part.ud, k.rec,
				    k.rec_len);
				k.rec = NULL;
			}
			goto done;
		}
		if (got - zx->progress > PARSER_STALL_MAX) {
			zx_fail(zx, EXTRACT_LIMIT, "limit: %s: one XML token "
			    "over %s (expat would buffer all of it)", name,
			    zx_size(sz, sizeof(sz), PARSER_STALL_MAX));
			if (!zx_known_flush(zx, &k))
				break;
			rc = 1;
			goto done;
		}
	}

	/* XML_Parse failed: a guard of ours, a handler, or bad XML. */
	if (zx->nomem) {
		rc = -ENOMEM;
	} else if (!zx->failed) {
		enum XML_Error e = XML_GetErrorCode(zx->parser);

		if (e == XML_ERROR_NO_MEMORY)
			rc = -ENOMEM;
		else if (e == XML_ERROR_AMPLIFICATION_LIMIT_BREACH)
			zx_fail(zx, EXTRACT_CORRUPT, "corrupt: XML DTD/entities "
			    "not allowed in office documents");
		else
			zx_fail(zx, EXTRACT_CORRUPT, "corrupt: %s: XML error "
			    "at line %lu: %s", name,
			    (unsigned long)XML_GetCurrentLineNumber(zx->parser),
			    XML_ErrorString(e));
	}
	/* The rest of a malformed member is skipped by the next header. */
done:
	free(k.rec);
	XML_ParserFree(zx->parser);
	zx->parser = NULL;
	zx_seg_close(zx);
	return rc;
}

int
zipxml_run(struct zipxml *zx, int fd, zipxml_want_fn want, void *ctx)
{
	struct archive *a = NULL;
	struct archive_entry *e;
	struct stat st;
	const char *name;
	char *chunk = NULL, sz[32];
	int rc = 0, ar;

	zx->deadline = extract_clock() + zx->lim->max_seconds;
	if (fstat(fd, &st) == 0 && st.st_size > 0)
		zx->file_size = (uint64_t)st.st_size;
	if (zx->file_size > zx->lim->max_file_bytes) {
		zx_fail(zx, EXTRACT_LIMIT, "limit: file size over %s "
		    "(max_file_bytes)", zx_size(sz, sizeof(sz),
		    zx->lim->max_file_bytes));
		goto done;
	}
	if ((chunk = malloc(ZIPXML_CHUNK)) == NULL ||
	    (a = archive_read_new()) == NULL) {
		rc = -ENOMEM;
		goto done;
	}
	if (archive_read_support_format_zip(a) != ARCHIVE_OK ||
	    archive_read_open_fd(a, fd, ZIPXML_CHUNK) != ARCHIVE_OK) {
		rc = zx_archive_fail(zx, a, "not a readable zip");
		goto done;
	}
	for (;;) {
		ar = archive_read_next_header(a, &e);
		if (ar == ARCHIVE_EOF)
			break;
		if (ar < ARCHIVE_WARN) {
			rc = zx_archive_fail(zx, a, "zip");
			break;
		}
		if (zx_timed_out(zx)) {
			zx_fail(zx, EXTRACT_TIMEOUT, "timeout: over %u s "
			    "(max_seconds)", zx->lim->max_seconds);
			break;
		}
		if ((name = archive_entry_pathname(e)) == NULL)
			continue;
		memset(&zx->part, 0, sizeof(zx->part));
		if (!want(ctx, name, &zx->part))
			continue;
		if (archive_entry_is_encrypted(e)) {
			zx_fail(zx, EXTRACT_ENCRYPTED, "encrypted: %s is "
			    "password-protected", name);
			break;
		}
		if (archive_entry_size_is_set(e) && archive_entry_size(e) >= 0 &&
		    (uint64_t)archive_entry_size(e) >
		    zx->lim->max_inflated_bytes) {
			zx_fail(zx, EXTRACT_LIMIT, "limit: inflated size over "
			    "%s (max_inflated_bytes)", zx_size(sz, sizeof(sz),
			    zx->lim->max_inflated_bytes));
			break;
		}
		if ((rc = zx_parse_member(zx, a, name, chunk)) != 0)
			break;
	}
done:
	if (a != NULL)
		archive_read_free(a);
	free(chunk);
	return rc < 0 ? rc : 0;
}

static int
zx_seg_cmp(const void *pa, const void *pb)
{
	const struct zipxml_seg *a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (a->num != b->num)
		return a->num < b->num ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

int
zipxml_finish(struct zipxml *zx, struct extract_result *r)
{
	struct extract_buf out;
	size_t i;
	bool first = true;

	if (zx->nsegs > 1)
		qsort(zx->segs, zx->nsegs, sizeof(*zx->segs), zx_seg_cmp);
	extract_buf_init(&out, zx->lim->max_text_bytes);
	for (i = 0; i < zx->nsegs; i++) {
		if (zx->segs[i].buf.len == 0)
			continue;
		if ((!first && extract_buf_append(&out, "\n", 1) < 0) ||
		    extract_buf_append(&out, zx->segs[i].buf.data,
		    zx->segs[i].buf.len) < 0) {
			extract_buf_free(&out);
			return -ENOMEM;
		}
		first = false;
	}
	out.truncated = out.truncated || zx->truncated;
	extract_buf_finish(&out, r);
	return 0;
}

const char *
zipxml_local(const char *name)
{
	const char *p = strrchr(name, ' ');

	return p != NULL ? p + 1 : name;
}

bool
zipxml_ns(const char *name, const char *uri)
{
	size_t n = strlen(uri);

	return strncmp(name, uri, n) == 0 && name[n] == ' ';
}

const char *
zipxml_attr(const char **atts, const char *local)
{
	size_t i;

	for (i = 0; atts != NULL && atts[i] != NULL; i += 2)
		if (strcmp(zipxml_local(atts[i]), local) == 0)
			return atts[i + 1];
	return NULL;
}

unsigned long
zipxml_name_number(const char *s)
{
	unsigned long v = 0;

	while (*s != '\0' && (*s < '0' || *s > '9'))
		s++;
	while (*s >= '0' && *s <= '9' && v < 100000000UL)
		v = v * 10 + (unsigned long)(*s++ - '0');
	return v;
}

void
zipxml_field_add(struct zipxml_field *f, const char *s, size_t n)
{
	size_t room = sizeof(f->buf) - 1 - f->len;

	if (n > room) {
		/* Cut on a character boundary. */
		n = room;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(f->buf + f->len, s, n);
	f->len += n;
	f->buf[f->len] = '\0';
}

const char *
zipxml_field_str(struct zipxml_field *f)
{
	char *s = f->buf, *e;

	f->buf[f->len] = '\0';
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r'))
		*--e = '\0';
	return s;
}
