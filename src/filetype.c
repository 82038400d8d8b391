/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * filetype.c - what a file is: libmagic on the content first, the
 * extension only to break ties inside a generic container type.
 *
 * The verdict depends on this: a file counted as a "document" must be one.
 * So content wins whenever it is specific (a PDF named .docx is a PDF, a
 * zip with no word/ part is not a docx), and the extension is trusted
 * only where libmagic can honestly not tell (OLE2 without a known stream,
 * a zip libarchive could not list).
 *
 * libmagic's full tests are slow (hundreds of signature and regex tests
 * per file), and most files on a share are plain text, images and office
 * files whose first bytes say what they are: fast_detect() answers those
 * as libmagic would, and anything it is not sure of goes to libmagic.
 * test_filetype.c and tests/blackbox/t_fasttype.sh hold it to that.
 *
 * Not thread-safe: one struct filetype per thread (libmagic cookies are
 * not shareable).
 */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <magic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/filetype.h"
#include "evidenced/log.h"

/* libmagic reads at most this much; every signature we care about is in
 * the first few KB, and less means less exposure to its parsers. */
#define FILETYPE_BYTES_MAX      (1024 * 1024)
#define FILETYPE_ENCODING_MAX   (64 * 1024)
/* Entries of a zip listed before giving up on finding the parts. */
#define FILETYPE_ZIP_ENTRIES    2048

/* Bytes read for the cheap decisions: libmagic's own text/encoding test
 * looks at this much (FILETYPE_ENCODING_MAX), so the text check sees what
 * it would have seen. */
#define FILETYPE_HEAD_BYTES     FILETYPE_ENCODING_MAX

struct filetype {
	magic_t magic;
	int flags;                      /* as given to magic_open() */
	bool full_magic;                /* EVIDENCED_FULL_MAGIC: no fast path */
	unsigned char head[FILETYPE_HEAD_BYTES];  /* scratch of one detection */
};

struct format_class {
	const char *format;
	unsigned typeclass;
};

static const struct format_class formats[] = {
	{ "docx", EV_TYPE_DOCUMENT },
	{ "xlsx", EV_TYPE_SPREADSHEET },
	{ "pptx", EV_TYPE_PRESENTATION },
	{ "odt", EV_TYPE_DOCUMENT },
	{ "ods", EV_TYPE_SPREADSHEET },
	{ "odp", EV_TYPE_PRESENTATION },
	{ "doc", EV_TYPE_DOCUMENT },
	{ "xls", EV_TYPE_SPREADSHEET },
	{ "ppt", EV_TYPE_PRESENTATION },
	{ "pdf", EV_TYPE_PDF },
	{ "rtf", EV_TYPE_DOCUMENT },
	{ "wps", EV_TYPE_DOCUMENT },
	{ "et", EV_TYPE_SPREADSHEET },
	{ "txt", EV_TYPE_TEXT },
	{ "csv", EV_TYPE_SPREADSHEET },
	{ "md", EV_TYPE_TEXT },
	{ "html", EV_TYPE_TEXT },
	{ "jpeg", EV_TYPE_IMAGE },
	{ "png", EV_TYPE_IMAGE },
	{ "tiff", EV_TYPE_IMAGE },
	{ "empty", EV_TYPE_OTHER },
	{ "other", EV_TYPE_OTHER },
};

/* Extensions that name a zip-based office format, and what they name. */
static const struct {
	const char *ext;
	const char *format;
} zip_exts[] = {
	{ "docx", "docx" }, { "docm", "docx" }, { "dotx", "docx" },
	{ "dotm", "docx" },
	{ "xlsx", "xlsx" }, { "xlsm", "xlsx" }, { "xltx", "xlsx" },
	{ "xltm", "xlsx" },
	{ "pptx", "pptx" }, { "pptm", "pptx" }, { "potx", "pptx" },
	{ "ppsx", "pptx" },
	{ "odt", "odt" }, { "ott", "odt" },
	{ "ods", "ods" }, { "ots", "ods" },
	{ "odp", "odp" }, { "otp", "odp" },
};

/* Extensions of OLE2 office files; WPS Office's own are kept apart. */
static const struct {
	const char *ext;
	const char *format;
} ole_exts[] = {
	{ "doc", "doc" }, { "dot", "doc" }, { "wps", "wps" },
	{ "xls", "xls" }, { "xlt", "xls" }, { "et", "et" },
	{ "ppt", "ppt" }, { "pps", "ppt" }, { "pot", "ppt" },
	{ "dps", "ppt" },
};

/* MIME prefixes libmagic uses for the zip-based formats. */
static const struct {
	const char *prefix;
	const char *format;
} zip_mimes[] = {
	{ "application/vnd.openxmlformats-officedocument.wordprocessingml",
	    "docx" },
	{ "application/vnd.ms-word.", "docx" },
	{ "application/vnd.openxmlformats-officedocument.spreadsheetml",
	    "xlsx" },
	{ "application/vnd.ms-excel.", "xlsx" },
	{ "application/vnd.openxmlformats-officedocument.presentationml",
	    "pptx" },
	{ "application/vnd.ms-powerpoint.", "pptx" },
	{ "application/vnd.oasis.opendocument.text", "odt" },
	{ "application/vnd.oasis.opendocument.spreadsheet", "ods" },
	{ "application/vnd.oasis.opendocument.presentation", "odp" },
};

/* OLE2 containers libmagic could not (or did not) look inside. */
static const char *const ole_generic_mimes[] = {
	"application/CDFV2",
	"application/CDFV2-corrupt",
	"application/x-ole-storage",
	"application/vnd.ms-office",
};

static void
set_format(struct filetype_info *out, const char *format)
{
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (strcmp(formats[i].format, format) == 0) {
			out->format = formats[i].format;
			out->typeclass = formats[i].typeclass;
			return;
		}
	}
	out->format = "other";
	out->typeclass = EV_TYPE_OTHER;
}

/* The extension of a base name without the dot, or "". */
static const char *
name_ext(const char *name)
{
	const char *dot;

	if (name == NULL || (dot = strrchr(name, '.')) == NULL ||
	    dot == name)
		return "";
	return dot + 1;
}

static const char *
zip_ext_format(const char *ext)
{
	size_t i;

	for (i = 0; i < sizeof(zip_exts) / sizeof(zip_exts[0]); i++)
		if (strcasecmp(ext, zip_exts[i].ext) == 0)
			return zip_exts[i].format;
	return NULL;
}

static const char *
ole_ext_format(const char *ext)
{
	size_t i;

	for (i = 0; i < sizeof(ole_exts) / sizeof(ole_exts[0]); i++)
		if (strcasecmp(ext, ole_exts[i].ext) == 0)
			return ole_exts[i].format;
	return NULL;
}

static bool
is_ole_generic(const char *mime)
{
	size_t i;

	for (i = 0; i < sizeof(ole_generic_mimes) /
	    sizeof(ole_generic_mimes[0]); i++)
		if (strcasecmp(mime, ole_generic_mimes[i]) == 0)
			return true;
	return false;
}

/* Extensions of the types the signatures below (signatures[]) tell
 * from the first bytes, and that no extractor reads: fast_detect()
 * reads FILETYPE_PROBE_BYTES of such a file and nothing more.  (PDF and
 * RTF are read whole to extract them; zip and OLE2 are listed.) */
static const char *const head_only_exts[] = {
	"jpg", "jpeg", "jpe", "jfif", "png", "gif", "tif", "tiff",
};

bool
filetype_name_head_only(const char *name)
{
	const char *base, *ext;
	size_t i;

	if (name == NULL)
		return false;
	base = strrchr(name, '/');
	ext = name_ext(base != NULL ? base + 1 : name);
	for (i = 0; i < sizeof(head_only_exts) / sizeof(head_only_exts[0]);
	    i++)
		if (strcasecmp(ext, head_only_exts[i]) == 0)
			return true;
	return false;
}

static bool
is_text_ext(const char *ext)
{
	return strcasecmp(ext, "txt") == 0 || strcasecmp(ext, "csv") == 0 ||
	    strcasecmp(ext, "md") == 0 || strcasecmp(ext, "markdown") == 0 ||
	    strcasecmp(ext, "htm") == 0 || strcasecmp(ext, "html") == 0;
}

/* Plain text by content: its extension picks the text flavour. */
static const char *
text_format(const char *mime, const char *ext)
{
	if (strcasecmp(ext, "csv") == 0)
		return "csv";
	if (strcasecmp(ext, "md") == 0 || strcasecmp(ext, "markdown") == 0)
		return "md";
	if (strcasecmp(ext, "txt") == 0)
		return "txt";
	if (strcasecmp(ext, "htm") == 0 || strcasecmp(ext, "html") == 0)
		return "html";
	/* Other text (source code, XML, logs) is not "a text document"
	 * unless libmagic calls it plain. */
	return strcmp(mime, "text/plain") == 0 ? "txt" : "other";
}

void
filetype_from_mime(const char *mime, const char *name,
    struct filetype_info *out)
{
	const char *ext = name_ext(name), *f;
	size_t i;

	if (mime == NULL)
		mime = "application/octet-stream";
	if (out->mime != mime) {
		strncpy(out->mime, mime, sizeof(out->mime) - 1);
		out->mime[sizeof(out->mime) - 1] = '\0';
	}

	for (i = 0; i < sizeof(zip_mimes) / sizeof(zip_mimes[0]); i++) {
		if (strncasecmp(mime, zip_mimes[i].prefix,
		    strlen(zip_mimes[i].prefix)) == 0) {
			set_format(out, zip_mimes[i].format);
			return;
		}
	}
	if (strcasecmp(mime, "application/zip") == 0 ||
	    strcasecmp(mime, "application/octet-stream") == 0) {
		/* A generic zip (or bytes libmagic gave up on) named like
		 * an office file: the extension is all we have. */
		if ((f = zip_ext_format(ext)) != NULL)
			set_format(out, f);
		else if (strcasecmp(mime, "application/octet-stream") == 0 &&
		    is_text_ext(ext))
			/* UTF-16 without a BOM, or text libmagic could
			 * not read: the text extractor decides. */
			set_format(out, text_format("text/plain", ext));
		else
			set_format(out, "other");
		return;
	}
	if (strcasecmp(mime, "application/msword") == 0) {
		set_format(out, strcasecmp(ext, "wps") == 0 ? "wps" : "doc");
		return;
	}
	if (strcasecmp(mime, "application/vnd.ms-excel") == 0) {
		set_format(out, strcasecmp(ext, "et") == 0 ? "et" : "xls");
		return;
	}
	if (strcasecmp(mime, "application/vnd.ms-powerpoint") == 0) {
		set_format(out, "ppt");
		return;
	}
	if (is_ole_generic(mime)) {
		/* Thumbs.db and Outlook .msg are OLE2 too: without an
		 * office extension this is not a document. */
		set_format(out, (f = ole_ext_format(ext)) != NULL ? f :
		    "other");
		return;
	}
	if (strcasecmp(mime, "application/pdf") == 0) {
		set_format(out, "pdf");
		return;
	}
	if (strcasecmp(mime, "text/rtf") == 0 ||
	    strcasecmp(mime, "application/rtf") == 0) {
		set_format(out, "rtf");
		return;
	}
	if (strcasecmp(mime, "text/html") == 0) {
		set_format(out, "html");
		return;
	}
	if (strcasecmp(mime, "text/csv") == 0) {
		/* libmagic's CSV test is a heuristic; a .txt or .md with
		 * commas stays text rather than becoming a spreadsheet. */
		f = text_format("text/plain", ext);
		set_format(out, strcmp(f, "txt") == 0 &&
		    strcasecmp(ext, "txt") != 0 ? "csv" : f);
		return;
	}
	if (strncasecmp(mime, "text/", 5) == 0) {
		set_format(out, text_format(mime, ext));
		return;
	}
	/* A mail saved as .txt or .eml (a weekly report sent round, a
	 * notice forwarded) is a text document: its headers are text. */
	if (strcasecmp(mime, "message/rfc822") == 0 ||
	    strcasecmp(mime, "message/news") == 0) {
		set_format(out, text_format("text/plain", ext));
		return;
	}
	if (strcasecmp(mime, "image/jpeg") == 0) {
		set_format(out, "jpeg");
		return;
	}
	if (strcasecmp(mime, "image/png") == 0) {
		set_format(out, "png");
		return;
	}
	if (strcasecmp(mime, "image/tiff") == 0) {
		set_format(out, "tiff");
		return;
	}
	if (strcasecmp(mime, "inode/x-empty") == 0 ||
	    strcasecmp(mime, "application/x-empty") == 0) {
		set_format(out, "empty");
		return;
	}
	set_format(out, "other");
}

enum zip_probe {
	ZIP_UNKNOWN = 0,        /* could not list it: no opinion */
	ZIP_NOT_OFFICE,         /* a readable zip with no office parts */
	ZIP_DOCX,
	ZIP_XLSX,
	ZIP_PPTX,
	ZIP_ODT,
	ZIP_ODS,
	ZIP_ODP,
};

static enum zip_probe
odf_mimetype(struct archive *a)
{
	static const struct {
		const char *mime;
		enum zip_probe kind;
	} odf[] = {
		{ "application/vnd.oasis.opendocument.text", ZIP_ODT },
		{ "application/vnd.oasis.opendocument.spreadsheet", ZIP_ODS },
		{ "application/vnd.oasis.opendocument.presentation",
		    ZIP_ODP },
	};
	char buf[128];
	la_ssize_t n;
	size_t i;

	/* Read only the first 127 bytes however big the entry says it is. */
	n = archive_read_data(a, buf, sizeof(buf) - 1);
	if (n <= 0)
		return ZIP_NOT_OFFICE;
	buf[n] = '\0';
	for (i = 0; i < sizeof(odf) / sizeof(odf[0]); i++)
		if (strncmp(buf, odf[i].mime, strlen(odf[i].mime)) == 0)
			return odf[i].kind;
	return ZIP_NOT_OFFICE;
}

/*
 * List the zip's central directory (never decompressing more than the ODF
 * "mimetype" entry's first bytes) for the parts that make it an office
 * file.  fd's offset is moved; the caller restores it.
 */
static enum zip_probe
zip_probe(int fd)
{
	struct archive *a;
	struct archive_entry *ae;
	const char *path;
	enum zip_probe res = ZIP_UNKNOWN, odf = ZIP_NOT_OFFICE;
	bool content_types = false, word = false, xl = false, ppt = false;
	int i, r;

	if (lseek(fd, 0, SEEK_SET) < 0)
		return ZIP_UNKNOWN;
	if ((a = archive_read_new()) == NULL)
		return ZIP_UNKNOWN;
	if (archive_read_support_format_zip_seekable(a) != ARCHIVE_OK ||
	    archive_read_open_fd(a, fd, 64 * 1024) != ARCHIVE_OK)
		goto done;
	for (i = 0; i < FILETYPE_ZIP_ENTRIES; i++) {
		r = archive_read_next_header(a, &ae);
		if (r == ARCHIVE_EOF)
			break;
		if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
			goto done;
		if ((path = archive_entry_pathname(ae)) == NULL)
			continue;
		if (strcmp(path, "[Content_Types].xml") == 0)
			content_types = true;
		else if (strncmp(path, "word/", 5) == 0)
			word = true;
		else if (strncmp(path, "xl/", 3) == 0)
			xl = true;
		else if (strncmp(path, "ppt/", 4) == 0)
			ppt = true;
		else if (strcmp(path, "mimetype") == 0)
			odf = odf_mimetype(a);
	}
	if (i == FILETYPE_ZIP_ENTRIES)
		goto done;
	if (content_types && word)
		res = ZIP_DOCX;
	else if (content_types && xl)
		res = ZIP_XLSX;
	else if (content_types && ppt)
		res = ZIP_PPTX;
	else
		res = odf;
done:
	archive_read_free(a);
	return res;
}

/*
 * libmagic's DOS .COM test matches any file whose first byte is 0xb8,
 * 0xe9 or 0xeb: in GBK and Big5 those are lead bytes (GBK "根据..." is
 * b8 f9 ..., the usual first words of a Chinese policy), so Chinese
 * text comes back as application/x-dosexec.  Ask again with the magic
 * database off: libmagic's own text/encoding test then decides.  0 with
 * *is_text set, or a negative errno.
 */
static int
text_second_opinion(struct filetype *ft, int fd, bool *is_text)
{
	const char *m;
	int rc = 0;

	*is_text = false;
	if (lseek(fd, 0, SEEK_SET) < 0)
		return -errno;
	if (magic_setflags(ft->magic, ft->flags | MAGIC_NO_CHECK_SOFT) < 0)
		return -EINVAL;
	if ((m = magic_descriptor(ft->magic, fd)) != NULL)
		*is_text = strncmp(m, "text/", 5) == 0;
	else
		rc = -EIO;
	if (magic_setflags(ft->magic, ft->flags) < 0 && rc == 0)
		rc = -EINVAL;
	return rc;
}

/* Canonical MIME types of the formats the zip listing finds. */
static const char *const zip_probe_mime[] = {
	[ZIP_NOT_OFFICE] = "application/zip",
	[ZIP_DOCX] = "application/vnd.openxmlformats-officedocument."
	    "wordprocessingml.document",
	[ZIP_XLSX] = "application/vnd.openxmlformats-officedocument."
	    "spreadsheetml.sheet",
	[ZIP_PPTX] = "application/vnd.openxmlformats-officedocument."
	    "presentationml.presentation",
	[ZIP_ODT] = "application/vnd.oasis.opendocument.text",
	[ZIP_ODS] = "application/vnd.oasis.opendocument.spreadsheet",
	[ZIP_ODP] = "application/vnd.oasis.opendocument.presentation",
};

/*
 * Signatures libmagic answers with one MIME type whatever follows them
 * (checked against the full tests in test_filetype.c).  Zip and OLE2 are
 * not here: their type depends on what is inside.
 */
static const struct {
	const char *magic;
	size_t len;
	const char *mime;
} signatures[] = {
	{ "%PDF-", 5, "application/pdf" },
	{ "\xff\xd8\xff", 3, "image/jpeg" },
	{ "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16, "image/png" },
	{ "GIF87a", 6, "image/gif" },
	{ "GIF89a", 6, "image/gif" },
	{ "II*\0", 4, "image/tiff" },
	{ "MM\0*", 4, "image/tiff" },
	{ "{\\rtf", 5, "text/rtf" },
};

static const unsigned char ole_magic[8] = {
	0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1
};

/*
 * libmagic's text test (encoding.c, text_chars[]): a control character
 * other than BEL..CR and ESC, or DEL, makes a buffer binary; any byte
 * from 0x80 up leaves it text (UTF-8, GBK, Big5 and Latin-1 alike).
 */
static bool
is_text_byte(unsigned char c)
{
	if (c >= 0x20)
		return c != 0x7f;
	return (c >= 0x07 && c <= 0x0d) || c == 0x1b;
}

/*
 * Text that none of libmagic's ~400 text tests (scripts, markup, mail,
 * source code, troff, diffs, subtitles, netpbm, ...) can name: those key
 * on '<' anywhere, on punctuation or a word at the start of a line, or on
 * commas (its CSV test).  A line here may start with a blank, a digit or
 * a non-ASCII character only -- a dated log line, a Chinese sentence.
 * What does not qualify goes to libmagic as before: this only has to be
 * right when it says yes.
 */
static bool
text_is_unremarkable(const unsigned char *p, size_t n, bool text_ext)
{
	bool line_start = true;
	size_t i = 0;

	/* libmagic's text tests see the text after a UTF-8 BOM. */
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	for (; i < n; i++) {
		unsigned char c = p[i];

		if (c == '<')
			return false;
		/* The CSV test only matters where the extension does not
		 * already say which text this is. */
		if (c == ',' && !text_ext)
			return false;
		if (c == '-' && i + 2 < n && p[i + 1] == '-' &&
		    p[i + 2] == '>')
			return false;       /* subtitles: "00:01 --> 00:02" */
		if (c == '\n' || c == '\r') {
			line_start = true;
			continue;
		}
		if (!line_start || c == ' ' || c == '\t')
			continue;
		line_start = false;
		if (c < 0x80 && (c < '0' || c > '9'))
			return false;       /* punctuation, a word, a control */
	}
	return true;
}

/* Keep fd's offset in *pos (-1: not kept yet) before it is moved. */
static int
keep_offset(int fd, off_t *pos)
{
	if (*pos < 0 && (*pos = lseek(fd, 0, SEEK_CUR)) < 0)
		return -errno;
	return 0;
}

/*
 * The cheap decisions: known signatures in the first bytes, plain text
 * by a byte scan, zip by its listing.  1 with *out set when decided, 0
 * when libmagic must look, or a negative errno.  Reads with pread; only
 * the zip and OLE2 readers move fd's offset, kept in *pos first.
 */
static int
fast_detect(struct filetype *ft, int fd, const struct stat *st,
    const char *name, struct filetype_info *out, off_t *pos)
{
	const char *ext = name_ext(name);
	const char *m;
	enum zip_probe zp;
	bool decided;
	ssize_t got;
	size_t n, i;

	/* The signatures are in the first bytes; only text needs more. */
	got = pread(fd, ft->head, FILETYPE_PROBE_BYTES, 0);
	if (got < 0)
		return -errno;
	n = (size_t)got;
	/* libmagic has answers of its own for a file of a byte or two:
	 * leave the tiny ones to it. */
	if (n < 16 || (off_t)n > st->st_size)
		return 0;
	for (i = 0; i < sizeof(signatures) / sizeof(signatures[0]); i++) {
		if (n >= signatures[i].len && memcmp(ft->head,
		    signatures[i].magic, signatures[i].len) == 0) {
			filetype_from_mime(signatures[i].mime, name, out);
			return 1;
		}
	}
	if (memcmp(ft->head, "PK\3\4", 4) == 0) {
		/* The listing decides as it would after libmagic; a zip it
		 * cannot list leaves libmagic's reading of the first local
		 * headers to decide, as before. */
		if (keep_offset(fd, pos) < 0)
			return -errno;
		zp = zip_probe(fd);
		if (zp == ZIP_UNKNOWN)
			return 0;
		filetype_from_mime(zip_probe_mime[zp], name, out);
		if (zp == ZIP_NOT_OFFICE)
			set_format(out, "other");
		return 1;
	}
	if (memcmp(ft->head, ole_magic, sizeof(ole_magic)) == 0) {
		/* libmagic's CDF reader runs before its signature tests and
		 * names the application from the streams: ask it alone. */
		if (keep_offset(fd, pos) < 0 || lseek(fd, 0, SEEK_SET) < 0)
			return -errno;
		if (magic_setflags(ft->magic, ft->flags |
		    MAGIC_NO_CHECK_SOFT) < 0)
			return -EINVAL;
		m = magic_descriptor(ft->magic, fd);
		/* Nothing from the CDF reader: the signature tests decide. */
		decided = m != NULL &&
		    strcmp(m, "application/octet-stream") != 0 &&
		    strncmp(m, "text/", 5) != 0;
		if (decided)
			filetype_from_mime(m, name, out);
		if (magic_setflags(ft->magic, ft->flags) < 0)
			return -EINVAL;
		return decided;
	}
	/* UTF-16/32 with a BOM: libmagic's encoding test and the text
	 * tests on the converted text decide. */
	if ((ft->head[0] == 0xff && ft->head[1] == 0xfe) ||
	    (ft->head[0] == 0xfe && ft->head[1] == 0xff))
		return 0;
	for (i = 0; i < n; i++)
		if (!is_text_byte(ft->head[i]))
			return 0;
	if (n == FILETYPE_PROBE_BYTES && st->st_size > (off_t)n) {
		got = pread(fd, ft->head + n, sizeof(ft->head) - n, (off_t)n);
		if (got < 0)
			return -errno;
		for (i = n; i < n + (size_t)got; i++)
			if (!is_text_byte(ft->head[i]))
				return 0;
		n += (size_t)got;
	}
	if (!text_is_unremarkable(ft->head, n, is_text_ext(ext)))
		return 0;
	filetype_from_mime("text/plain", name, out);
	return 1;
}

struct filetype *
filetype_new(void)
{
	struct filetype *ft;
	const char *env;
	int flags, saved;
	size_t bytes_max = FILETYPE_BYTES_MAX;
	size_t enc_max = FILETYPE_ENCODING_MAX;

	if ((ft = calloc(1, sizeof(*ft))) == NULL)
		return NULL;
	/*
	 * No decompression (and never a forked decompressor), none of the
	 * checks that cost time on binaries and mean nothing for evidence.
	 * CDF stays on: it is what tells .doc from .xls.  Text and encoding
	 * checks stay on: they tell text from binary.
	 */
	flags = MAGIC_MIME_TYPE | MAGIC_ERROR | MAGIC_NO_CHECK_COMPRESS |
	    MAGIC_NO_COMPRESS_FORK | MAGIC_NO_CHECK_TAR | MAGIC_NO_CHECK_ELF |
	    MAGIC_NO_CHECK_APPTYPE | MAGIC_NO_CHECK_TOKENS |
	    MAGIC_NO_CHECK_JSON;
	ft->flags = flags;
	/* The switch that proves the fast path changes nothing: the same
	 * scan with and without it must give the same status. */
	ft->full_magic = (env = getenv("EVIDENCED_FULL_MAGIC")) != NULL &&
	    strcmp(env, "0") != 0 && env[0] != '\0';
	if ((ft->magic = magic_open(flags)) == NULL)
		goto fail;
	if (magic_load(ft->magic, NULL) != 0) {
		log_warnx("libmagic: cannot load the magic database: %s",
		    magic_error(ft->magic));
		errno = ENOENT;
		goto fail;
	}
	if (magic_setparam(ft->magic, MAGIC_PARAM_BYTES_MAX,
	    &bytes_max) != 0 ||
	    magic_setparam(ft->magic, MAGIC_PARAM_ENCODING_MAX,
	    &enc_max) != 0) {
		errno = EINVAL;
		goto fail;
	}
	return ft;
fail:
	saved = errno;
	if (ft->magic != NULL)
		magic_close(ft->magic);
	free(ft);
	errno = saved;
	return NULL;
}

void
filetype_free(struct filetype *ft)
{
	if (ft == NULL)
		return;
	magic_close(ft->magic);
	free(ft);
}

int
filetype_detect_fd(struct filetype *ft, int fd, const char *name,
    struct filetype_info *out)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return -errno;
	return filetype_detect_stat(ft, fd, &st, name, out);
}

int
filetype_detect_stat(struct filetype *ft, int fd, const struct stat *stp,
    const char *name, struct filetype_info *out)
{
	static const char *const probe_as[] = {
		[ZIP_DOCX] = "docx", [ZIP_XLSX] = "xlsx", [ZIP_PPTX] = "pptx",
		[ZIP_ODT] = "odt", [ZIP_ODS] = "ods", [ZIP_ODP] = "odp",
	};
	const char *mime;
	enum zip_probe zp;
	bool is_text;
	off_t pos = -1;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	set_format(out, "other");
	if (!S_ISREG(stp->st_mode))
		return -EINVAL;
	if (stp->st_size == 0) {
		strcpy(out->mime, "inode/x-empty");
		set_format(out, "empty");
		return 0;
	}
	if (!ft->full_magic) {
		memset(out->mime, 0, sizeof(out->mime));
		if ((rc = fast_detect(ft, fd, stp, name, out, &pos)) < 0)
			goto done;
		if (rc > 0) {
			rc = 0;
			goto done;
		}
		memset(out, 0, sizeof(*out));
		set_format(out, "other");
	}
	/* libmagic reads from the current offset and puts it back; we
	 * want it to see the start, and the caller its own offset. */
	if ((rc = keep_offset(fd, &pos)) < 0)
		return rc;
	if (lseek(fd, 0, SEEK_SET) < 0)
		return -errno;
	if ((mime = magic_descriptor(ft->magic, fd)) == NULL &&
	    magic_error(ft->magic) != NULL) {
		log_warnx("libmagic: %s: %s", name != NULL ? name : "?",
		    magic_error(ft->magic));
		rc = magic_errno(ft->magic) > 0 ? -magic_errno(ft->magic) :
		    -EIO;
		goto done;
	}
	/* libmagic 5.44 fails without a reason on a UTF-32 BOM followed
	 * by code points over U+10FFFF ("file --mime-type": "ERROR:
	 * (null)"): no answer, as for bytes it gives up on. */
	if (mime == NULL)
		mime = "application/octet-stream";
	strncpy(out->mime, mime, sizeof(out->mime) - 1);
	out->mime[sizeof(out->mime) - 1] = '\0';

	if (strcmp(out->mime, "application/x-dosexec") == 0) {
		if ((rc = text_second_opinion(ft, fd, &is_text)) < 0)
			goto done;
		if (is_text) {
			/* Keep libmagic's first answer in mime: it
			 * explains the detour when debugging. */
			set_format(out, text_format("text/plain",
			    name_ext(name)));
			goto done;
		}
	}

	/*
	 * A zip libmagic could not place (its OOXML test only looks at the
	 * first few entries), or bytes it gave up on: list the zip.  Its
	 * parts decide; only a zip we cannot list falls back on the name.
	 */
	if (strcmp(out->mime, "application/zip") == 0 ||
	    strcmp(out->mime, "application/octet-stream") == 0) {
		zp = zip_probe(fd);
		if (zp >= ZIP_DOCX) {
			set_format(out, probe_as[zp]);
			goto done;
		}
		if (zp == ZIP_NOT_OFFICE) {
			set_format(out, "other");
			goto done;
		}
	}
	filetype_from_mime(out->mime, name, out);
done:
	if (pos >= 0 && lseek(fd, pos, SEEK_SET) < 0 && rc == 0)
		rc = -errno;
	return rc;
}
