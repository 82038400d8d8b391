/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * facts.c - rule-free facts about one file, and their wire format.
 *
 * The wire format is used between extraction workers and the daemon and
 * in the state database, so it is versioned and parsed defensively:
 *
 *   "EVF1" then fields: tag (1 byte), length (4 bytes, little endian),
 *   value.  Integers are 8 bytes little endian, strings are UTF-8 without
 *   NUL.  Unknown tags are skipped, so a newer writer's extra fields do
 *   not break an older reader; a field repeated or out of bounds makes
 *   the blob invalid.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "evidenced/facts.h"

static const uint8_t facts_magic[4] = { 'E', 'V', 'F', '1' };

enum facts_tag {
	TAG_RELPATH = 1,
	TAG_PATH,
	TAG_NAME_DECODING,
	TAG_DEV,
	TAG_INO,
	TAG_SIZE,
	TAG_MTIME_NS,
	TAG_CTIME_NS,
	TAG_FORMAT,
	TAG_MIME,
	TAG_TYPECLASS,
	TAG_EXTRACTED,
	TAG_TEXT_STATUS,
	TAG_TEXT_REASON,
	TAG_TRUNCATED,
	TAG_TITLE,
	TAG_CREATED,
	TAG_MODIFIED,
	TAG_TEXT_DATE,
	TAG_DATE,
	TAG_DATE_SOURCE,
	TAG_TEXT,
	TAG_RAW_TEXT,
	TAG_TEXT_LEN,           /* kept when the text itself is not sent */
	TAG_SECTIONS,           /* count, then per section: kind, level,
				   has_data_rows (1 byte each), start, end
				   (4 bytes), heading, sheet (4-byte length
				   or 0xffffffff for none, then bytes) */
	TAG_TABLES,             /* count, then per table start, end (4
				   bytes each); an older reader skips it */
	TAG_BUILD,              /* facts_build_id() of the inspector,
				   printable ASCII; an older reader skips it */
	TAG_MAX
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
file_identity_from_stat(struct file_identity *id, const struct stat *st)
{
	id->dev = (uint64_t)st->st_dev;
	id->ino = (uint64_t)st->st_ino;
	id->size = (int64_t)st->st_size;
	id->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 +
	    st->st_mtim.tv_nsec;
	id->ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000 +
	    st->st_ctim.tv_nsec;
}

bool
file_identity_equal(const struct file_identity *a,
    const struct file_identity *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	    a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

void
file_facts_drop_text(struct file_facts *f)
{
	free(f->text);
	free(f->raw_text);
	f->text = f->raw_text = NULL;
	f->raw_text_len = 0;    /* text_len stays: see facts.h */
}

void
file_facts_free(struct file_facts *f)
{
	if (f == NULL)
		return;
	free(f->relpath);
	free(f->path);
	free(f->mime);
	free(f->text_reason);
	free(f->title);
	doc_sections_free(f->sections, f->n_sections);
	free(f->tables);
	file_facts_drop_text(f);
	free(f);
}

static int
dup_str(char **dst, const char *src)
{
	*dst = NULL;
	if (src == NULL)
		return 0;
	return (*dst = strdup(src)) != NULL ? 0 : -ENOMEM;
}

static int
dup_mem(char **dst, const char *src, size_t len)
{
	*dst = NULL;
	if (src == NULL)
		return 0;
	if ((*dst = malloc(len + 1)) == NULL)
		return -ENOMEM;
	memcpy(*dst, src, len);
	(*dst)[len] = '\0';
	return 0;
}

char *
facts_section_label(const struct file_facts *f, size_t i)
{
	return doc_section_label(f->sections, i);
}

char *
doc_section_label(const struct doc_section *v, size_t i)
{
	const struct doc_section *sec = &v[i];
	size_t k, ordinal = 0;

	switch (sec->kind) {
	case DOC_SECTION_SHEET:
		return g_strdup_printf("sheet %s", sec->heading);
	case DOC_SECTION_COLUMN:
		return g_strdup_printf("sheet %s, column %s", sec->sheet,
		    sec->heading);
	case DOC_SECTION_HEADING:
		break;
	}
	for (k = 0; k <= i; k++)
		ordinal += v[k].kind == DOC_SECTION_HEADING;
	return g_strdup_printf("\u00a7%zu %s", ordinal, sec->heading);
}

int
facts_sections_copy(struct file_facts *f, const struct doc_section *v,
    size_t n)
{
	struct doc_section *c;
	size_t i;

	doc_sections_free(f->sections, f->n_sections);
	f->sections = NULL;
	f->n_sections = 0;
	if (n == 0)
		return 0;
	if ((c = calloc(n, sizeof(*c))) == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		c[i] = v[i];
		c[i].heading = c[i].sheet = NULL;
		if (dup_str(&c[i].heading, v[i].heading) < 0 ||
		    dup_str(&c[i].sheet, v[i].sheet) < 0) {
			doc_sections_free(c, i + 1);
			return -ENOMEM;
		}
	}
	f->sections = c;
	f->n_sections = n;
	return 0;
}

struct file_facts *
file_facts_dup(const struct file_facts *f, bool with_text)
{
	struct file_facts *c;

	if ((c = malloc(sizeof(*c))) == NULL)
		return NULL;
	*c = *f;
	c->relpath = c->path = c->mime = c->text_reason = c->title = NULL;
	c->text = c->raw_text = NULL;
	c->sections = NULL;
	c->n_sections = 0;
	c->tables = NULL;
	if (f->n_tables > 0 && (c->tables = g_memdup2(f->tables,
	    f->n_tables * sizeof(*f->tables))) == NULL) {
		c->n_tables = 0;
		file_facts_free(c);
		return NULL;
	}
	if (!with_text)
		c->raw_text_len = 0;
	if (facts_sections_copy(c, f->sections, f->n_sections) < 0) {
		file_facts_free(c);
		return NULL;
	}
	if (dup_str(&c->relpath, f->relpath) < 0 ||
	    dup_str(&c->path, f->path) < 0 ||
	    dup_str(&c->mime, f->mime) < 0 ||
	    dup_str(&c->text_reason, f->text_reason) < 0 ||
	    dup_str(&c->title, f->title) < 0 ||
	    (with_text && (dup_mem(&c->text, f->text, f->text_len) < 0 ||
	    dup_mem(&c->raw_text, f->raw_text, f->raw_text_len) < 0))) {
		file_facts_free(c);
		return NULL;
	}
	return c;
}

int
file_facts_rename(struct file_facts *f, const char *relpath)
{
	enum pathname_decoding how;
	char *rel, *path;
	int rc;

	if ((rel = strdup(relpath)) == NULL)
		return -ENOMEM;
	if ((rc = pathname_to_utf8(relpath, &path, &how)) < 0) {
		free(rel);
		return rc;
	}
	free(f->relpath);
	free(f->path);
	f->relpath = rel;
	f->path = path;
	f->name_decoding = how;
	return 0;
}

/* ---- encoding ------------------------------------------------------- */

static void
put_field(GByteArray *b, enum facts_tag tag, const void *val, size_t len)
{
	uint8_t hdr[5];
	uint32_t l = (uint32_t)len;

	hdr[0] = (uint8_t)tag;
	hdr[1] = (uint8_t)l;
	hdr[2] = (uint8_t)(l >> 8);
	hdr[3] = (uint8_t)(l >> 16);
	hdr[4] = (uint8_t)(l >> 24);
	g_byte_array_append(b, hdr, sizeof(hdr));
	if (len > 0)
		g_byte_array_append(b, val, (guint)len);
}

static void
put_int(GByteArray *b, enum facts_tag tag, int64_t v)
{
	uint8_t le[8];
	uint64_t u = (uint64_t)v;
	int i;

	for (i = 0; i < 8; i++)
		le[i] = (uint8_t)(u >> (8 * i));
	put_field(b, tag, le, sizeof(le));
}

static void
put_str(GByteArray *b, enum facts_tag tag, const char *s)
{
	if (s != NULL)
		put_field(b, tag, s, strlen(s));
}

static void
put_u32(GByteArray *b, uint32_t v)
{
	uint32_t le = GUINT32_TO_LE(v);

	g_byte_array_append(b, (const guint8 *)&le, sizeof(le));
}

static void
put_opt_str(GByteArray *b, const char *s)
{
	if (s == NULL) {
		put_u32(b, UINT32_MAX);
		return;
	}
	put_u32(b, (uint32_t)strlen(s));
	g_byte_array_append(b, (const guint8 *)s, (guint)strlen(s));
}

/* TAG_SECTIONS: built apart, then framed like any field. */
static void
put_sections(GByteArray *b, const struct file_facts *f)
{
	GByteArray *v = g_byte_array_new();
	size_t i;

	put_u32(v, (uint32_t)f->n_sections);
	for (i = 0; i < f->n_sections; i++) {
		const struct doc_section *sec = &f->sections[i];
		uint8_t hdr[3] = { (uint8_t)sec->kind, (uint8_t)sec->level,
		    sec->has_data_rows ? 1 : 0 };

		g_byte_array_append(v, hdr, sizeof(hdr));
		put_u32(v, (uint32_t)sec->start);
		put_u32(v, (uint32_t)sec->end);
		put_opt_str(v, sec->heading);
		put_opt_str(v, sec->sheet);
	}
	put_field(b, TAG_SECTIONS, v->data, v->len);
	g_byte_array_free(v, TRUE);
}

/* TAG_TABLES likewise. */
static void
put_tables(GByteArray *b, const struct file_facts *f)
{
	GByteArray *v = g_byte_array_new();
	size_t i;

	put_u32(v, (uint32_t)f->n_tables);
	for (i = 0; i < f->n_tables; i++) {
		put_u32(v, (uint32_t)f->tables[i].start);
		put_u32(v, (uint32_t)f->tables[i].end);
	}
	put_field(b, TAG_TABLES, v->data, v->len);
	g_byte_array_free(v, TRUE);
}

int
facts_encode(const struct file_facts *f, unsigned flags, uint8_t **buf,
    size_t *len)
{
	GByteArray *b;

	*buf = NULL;
	*len = 0;
	/* Fields are at most 4 GiB each; text is capped far below that
	 * by max_text_bytes, but never trust a caller with a wrap. */
	if ((f->text != NULL && f->text_len > UINT32_MAX) ||
	    (f->raw_text != NULL && f->raw_text_len > UINT32_MAX) ||
	    f->n_sections > DOC_SECTIONS_MAX || f->n_tables > DOC_TABLES_MAX)
		return -EINVAL;
	/* The hint only from text that is there: a decoded blob may announce
	 * a length whose text it did not carry (found by fuzz_facts). */
	b = g_byte_array_sized_new(256 + ((flags & FACTS_ENCODE_TEXT) &&
	    f->text != NULL ? (guint)f->text_len : 0));
	g_byte_array_append(b, facts_magic, sizeof(facts_magic));
	put_str(b, TAG_RELPATH, f->relpath);
	put_str(b, TAG_PATH, f->path);
	put_int(b, TAG_NAME_DECODING, f->name_decoding);
	put_int(b, TAG_DEV, (int64_t)f->id.dev);
	put_int(b, TAG_INO, (int64_t)f->id.ino);
	put_int(b, TAG_SIZE, f->id.size);
	put_int(b, TAG_MTIME_NS, f->id.mtime_ns);
	put_int(b, TAG_CTIME_NS, f->id.ctime_ns);
	put_str(b, TAG_FORMAT, f->format);
	if (f->build[0] != '\0')
		put_str(b, TAG_BUILD, f->build);
	put_str(b, TAG_MIME, f->mime);
	put_int(b, TAG_TYPECLASS, f->typeclass);
	put_int(b, TAG_EXTRACTED, f->extracted);
	put_int(b, TAG_TEXT_STATUS, f->text_status);
	put_str(b, TAG_TEXT_REASON, f->text_reason);
	put_int(b, TAG_TRUNCATED, f->text_truncated);
	put_str(b, TAG_TITLE, f->title);
	put_int(b, TAG_CREATED, f->created);
	put_int(b, TAG_MODIFIED, f->modified);
	put_int(b, TAG_TEXT_DATE, f->text_date);
	put_int(b, TAG_DATE, f->date);
	put_int(b, TAG_DATE_SOURCE, f->date_source);
	put_int(b, TAG_TEXT_LEN, (int64_t)f->text_len);
	if (f->n_sections > 0)
		put_sections(b, f);
	if (f->n_tables > 0)
		put_tables(b, f);
	if ((flags & FACTS_ENCODE_TEXT) && f->text != NULL)
		put_field(b, TAG_TEXT, f->text, f->text_len);
	if ((flags & FACTS_ENCODE_RAW) && f->raw_text != NULL)
		put_field(b, TAG_RAW_TEXT, f->raw_text, f->raw_text_len);
	*len = b->len;
	*buf = g_byte_array_free(b, FALSE);
	return 0;
}

/* ---- decoding ------------------------------------------------------- */

static int
get_int(const uint8_t *v, size_t len, int64_t *out)
{
	uint64_t u;

	if (len != 8)
		return -EINVAL;
	memcpy(&u, v, 8);
	*out = (int64_t)GUINT64_FROM_LE(u);
	return 0;
}

/* A string field: no NUL inside, valid UTF-8 unless raw bytes (a name
 * on disk may be anything but NUL and, within a component, '/'). */
static int
get_str(const uint8_t *v, size_t len, bool utf8, char **out)
{
	/* What g_utf8_validate() says of len bytes (utf8_valid() and no
	 * NUL), at a fraction of its cost on the texts workers send. */
	if (*out != NULL || memchr(v, '\0', len) != NULL ||
	    (utf8 && !utf8_valid((const char *)v, len)))
		return -EINVAL;
	if ((*out = malloc(len + 1)) == NULL)
		return -ENOMEM;
	memcpy(*out, v, len);
	(*out)[len] = '\0';
	return 0;
}

/* An integer within [lo, hi]. */
static int
get_range(const uint8_t *v, size_t len, int64_t lo, int64_t hi,
    int64_t *out)
{
	if (get_int(v, len, out) < 0 || *out < lo || *out > hi)
		return -EINVAL;
	return 0;
}

/* A reader over one field's value. */
struct sec_reader {
	const uint8_t *p;
	size_t left;
};

static int
sec_u32(struct sec_reader *r, uint32_t *v)
{
	uint32_t le;

	if (r->left < sizeof(le))
		return -EINVAL;
	memcpy(&le, r->p, sizeof(le));
	*v = GUINT32_FROM_LE(le);
	r->p += sizeof(le);
	r->left -= sizeof(le);
	return 0;
}

/* A heading or sheet name: absent (when allowed) or NUL-free UTF-8 of at
 * most DOC_SECTION_HEADING_MAX bytes. */
static int
sec_str(struct sec_reader *r, bool required, char **out)
{
	uint32_t len;
	int rc;

	*out = NULL;
	if (sec_u32(r, &len) < 0)
		return -EINVAL;
	if (len == UINT32_MAX)
		return required ? -EINVAL : 0;
	if (len > DOC_SECTION_HEADING_MAX || len > r->left)
		return -EINVAL;
	if ((rc = get_str(r->p, len, true, out)) < 0)
		return rc;
	r->p += len;
	r->left -= len;
	return 0;
}

static int
get_sections(const uint8_t *v, size_t len, struct file_facts *f)
{
	struct sec_reader r = { v, len };
	struct doc_section *secs;
	uint32_t n, i, start, end;
	int rc = -EINVAL;

	if (sec_u32(&r, &n) < 0 || n == 0 || n > DOC_SECTIONS_MAX)
		return -EINVAL;
	if ((secs = calloc(n, sizeof(*secs))) == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		struct doc_section *s = &secs[i];

		if (r.left < 3 || r.p[0] > DOC_SECTION_COLUMN ||
		    r.p[1] < 1 || r.p[1] > 9 || r.p[2] > 1)
			goto fail;
		s->kind = (enum doc_section_kind)r.p[0];
		s->level = r.p[1];
		s->has_data_rows = r.p[2] == 1;
		r.p += 3;
		r.left -= 3;
		if (sec_u32(&r, &start) < 0 || sec_u32(&r, &end) < 0 ||
		    start > end)
			goto fail;
		s->start = start;
		s->end = end;
		if ((rc = sec_str(&r, true, &s->heading)) < 0 ||
		    (rc = sec_str(&r, false, &s->sheet)) < 0)
			goto fail;
		rc = -EINVAL;
		/* Only a column names its sheet, and every column does. */
		if ((s->sheet != NULL) != (s->kind == DOC_SECTION_COLUMN))
			goto fail;
	}
	if (r.left != 0)
		goto fail;
	f->sections = secs;
	f->n_sections = n;
	return 0;
fail:
	doc_sections_free(secs, n);
	return rc;
}

/* Tables: 1..DOC_TABLES_MAX non-empty ranges in order, disjoint (that
 * they lie within the text is checked once the length is known). */
static int
get_tables(const uint8_t *v, size_t len, struct file_facts *f)
{
	struct sec_reader r = { v, len };
	struct text_range *t;
	uint32_t n, i, start, end, last = 0;

	if (sec_u32(&r, &n) < 0 || n == 0 || n > DOC_TABLES_MAX ||
	    r.left != (size_t)n * 8)
		return -EINVAL;
	if ((t = calloc(n, sizeof(*t))) == NULL)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		if (sec_u32(&r, &start) < 0 || sec_u32(&r, &end) < 0 ||
		    start >= end || start < last) {
			free(t);
			return -EINVAL;
		}
		t[i].start = start;
		t[i].end = last = end;
	}
	f->tables = t;
	f->n_tables = n;
	return 0;
}

static int
decode_field(struct file_facts *f, enum facts_tag tag, const uint8_t *v,
    size_t len)
{
	int64_t x = 0;
	int rc = 0;

	switch (tag) {
	case TAG_RELPATH:
		return get_str(v, len, false, &f->relpath);
	case TAG_PATH:
		return get_str(v, len, true, &f->path);
	case TAG_MIME:
		return get_str(v, len, true, &f->mime);
	case TAG_TEXT_REASON:
		return get_str(v, len, true, &f->text_reason);
	case TAG_TITLE:
		return get_str(v, len, true, &f->title);
	case TAG_TEXT:
		return get_str(v, len, true, &f->text);
	case TAG_SECTIONS:
		return get_sections(v, len, f);
	case TAG_TABLES:
		return get_tables(v, len, f);
	case TAG_TEXT_LEN:
		rc = get_range(v, len, 0, UINT32_MAX, &x);
		f->text_len = (size_t)x;
		break;
	case TAG_RAW_TEXT:
		if ((rc = get_str(v, len, true, &f->raw_text)) == 0)
			f->raw_text_len = len;
		return rc;
	case TAG_FORMAT:
		if (len == 0 || len >= FACTS_FORMAT_MAX ||
		    memchr(v, '\0', len) != NULL)
			return -EINVAL;
		memcpy(f->format, v, len);
		f->format[len] = '\0';
		return 0;
	case TAG_BUILD:
		if (len == 0 || len >= FACTS_BUILD_MAX)
			return -EINVAL;
		for (x = 0; x < (int64_t)len; x++)
			if (!g_ascii_isgraph(v[x]))
				return -EINVAL;
		memcpy(f->build, v, len);
		f->build[len] = '\0';
		return 0;
	case TAG_NAME_DECODING:
		rc = get_range(v, len, PATHNAME_UTF8, PATHNAME_ESCAPED, &x);
		f->name_decoding = (enum pathname_decoding)x;
		break;
	case TAG_DEV:
		rc = get_int(v, len, &x);
		f->id.dev = (uint64_t)x;
		break;
	case TAG_INO:
		rc = get_int(v, len, &x);
		f->id.ino = (uint64_t)x;
		break;
	case TAG_SIZE:
		rc = get_range(v, len, 0, INT64_MAX, &f->id.size);
		break;
	case TAG_MTIME_NS:
		rc = get_int(v, len, &f->id.mtime_ns);
		break;
	case TAG_CTIME_NS:
		rc = get_int(v, len, &f->id.ctime_ns);
		break;
	case TAG_TYPECLASS:
		rc = get_range(v, len, 1, 1u << 6, &x);
		/* Exactly one class bit. */
		if (rc == 0 && (x & (x - 1)) != 0)
			rc = -EINVAL;
		f->typeclass = (unsigned)x;
		break;
	case TAG_EXTRACTED:
		rc = get_range(v, len, 0, 1, &x);
		f->extracted = x != 0;
		break;
	case TAG_TEXT_STATUS:
		rc = get_range(v, len, EXTRACT_OK, EXTRACT_TIMEOUT, &x);
		f->text_status = (enum extract_status)x;
		break;
	case TAG_TRUNCATED:
		rc = get_range(v, len, 0, 1, &x);
		f->text_truncated = x != 0;
		break;
	case TAG_CREATED:
		rc = get_int(v, len, &x);
		f->created = (time_t)x;
		break;
	case TAG_MODIFIED:
		rc = get_int(v, len, &x);
		f->modified = (time_t)x;
		break;
	case TAG_TEXT_DATE:
		rc = get_int(v, len, &x);
		f->text_date = (time_t)x;
		break;
	case TAG_DATE:
		rc = get_int(v, len, &x);
		f->date = (time_t)x;
		break;
	case TAG_DATE_SOURCE:
		rc = get_range(v, len, DATE_SOURCE_MTIME,
		    DATE_SOURCE_METADATA, &x);
		f->date_source = (enum date_source)x;
		break;
	default:
		break;          /* a newer writer's field: skip it */
	}
	return rc;
}

/* Each field of an encoded facts to fn (tag, value); a field twice, a
 * bad magic or a field past the end is -EINVAL, fn's error stops. */
static int
each_field(const uint8_t *buf, size_t len, bool (*want)(enum facts_tag),
    struct file_facts *f)
{
	uint32_t seen = 0;
	size_t off;
	int rc;

	if (len < sizeof(facts_magic) ||
	    memcmp(buf, facts_magic, sizeof(facts_magic)) != 0)
		return -EINVAL;
	off = sizeof(facts_magic);
	while (off < len) {
		uint8_t tag;
		uint32_t flen;

		if (len - off < 5)
			return -EINVAL;
		tag = buf[off];
		flen = (uint32_t)buf[off + 1] | (uint32_t)buf[off + 2] << 8 |
		    (uint32_t)buf[off + 3] << 16 | (uint32_t)buf[off + 4] << 24;
		off += 5;
		if (flen > len - off)
			return -EINVAL;
		if (tag > 0 && tag < TAG_MAX) {
			if (seen & (1u << tag))
				return -EINVAL;
			seen |= 1u << tag;
		}
		if ((want == NULL || want((enum facts_tag)tag)) &&
		    (rc = decode_field(f, (enum facts_tag)tag, buf + off,
		    flen)) < 0)
			return rc;
		off += flen;
	}
	return 0;
}

/* What a stub needs: the name, the identity, whether it was read. */
static bool
stub_field(enum facts_tag tag)
{
	switch (tag) {
	case TAG_RELPATH:
	case TAG_DEV:
	case TAG_INO:
	case TAG_SIZE:
	case TAG_MTIME_NS:
	case TAG_CTIME_NS:
	case TAG_EXTRACTED:
	case TAG_TEXT_STATUS:
	case TAG_BUILD:
		return true;
	default:
		return false;
	}
}

int
facts_decode_stub(const uint8_t *buf, size_t len, char **relpath,
    struct file_identity *id, bool *unreadable, bool *this_build)
{
	struct file_facts f;
	int rc;

	memset(&f, 0, sizeof(f));
	*relpath = NULL;
	if ((rc = each_field(buf, len, stub_field, &f)) == 0 &&
	    (f.relpath == NULL || f.relpath[0] == '\0'))
		rc = -EINVAL;
	if (rc < 0) {
		free(f.relpath);
		return rc;
	}
	*relpath = f.relpath;
	*id = f.id;
	*unreadable = f.extracted && f.text_status != EXTRACT_OK;
	*this_build = facts_of_this_build(&f);
	return 0;
}

/*
 * The build's name comes from the Makefile: a hash of the sources that
 * make facts (the extractors, type detection, the inspector, name
 * decoding, normalisation, dates and this file), so that a change to
 * the classifier alone does not have the daemon read the share again.
 */
const char *
facts_build_id(void)
{
#ifdef EVIDENCED_FACTS_ID
	return EVIDENCED_FACTS_ID;
#else
	return "";
#endif
}

void
facts_stamp_build(struct file_facts *f)
{
	g_strlcpy(f->build, facts_build_id(), sizeof(f->build));
}

bool
facts_of_this_build(const struct file_facts *f)
{
	const char *me = facts_build_id();

	return me[0] == '\0' || strcmp(f->build, me) == 0;
}

int
facts_decode(const uint8_t *buf, size_t len, struct file_facts **out)
{
	struct file_facts *f;
	size_t off;
	int rc;

	*out = NULL;
	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -ENOMEM;
	f->typeclass = 1u << 6;         /* EV_TYPE_OTHER until told */
	strcpy(f->format, "other");
	if ((rc = each_field(buf, len, NULL, f)) < 0)
		goto fail;
	rc = -EINVAL;
	if (f->relpath == NULL || f->relpath[0] == '\0' || f->path == NULL)
		goto fail;
	/* The text and its announced length must agree. */
	if (f->text != NULL && strlen(f->text) != f->text_len)
		goto fail;
	/* Sections lie within the text. */
	for (off = 0; off < f->n_sections; off++)
		if (f->sections[off].end > f->text_len)
			goto fail;
	for (off = 0; off < f->n_tables; off++)
		if (f->tables[off].end > f->text_len)
			goto fail;
	*out = f;
	return 0;
fail:
	file_facts_free(f);
	return rc;
}
