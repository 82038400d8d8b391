/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_extract_ooxml.c - docx/xlsx/pptx and odt/ods/odp extraction
 * (extract_ooxml.c, extract_odf.c, zipxml.c) on the fixtures made by
 * tests/data/gen-office.py, the broken ones, custom limits, and cut or
 * damaged copies of every good fixture.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include "evidenced/extract.h"
#include "../src/extract_impl.h"

#define D "tests/data/office/"

static struct extract_result *
run_fd(int fd, const char *fmt, const struct extract_limits *lim)
{
	struct extract_limits def;
	struct extract_result *r;
	bool odf = fmt[0] == 'o';

	if (lim == NULL) {
		extract_limits_default(&def);
		lim = &def;
	}
	r = calloc(1, sizeof(*r));
	assert_non_null(r);
	r->format = fmt;
	if (odf)
		assert_int_equal(extract_odf(fd, fmt, lim, r), 0);
	else
		assert_int_equal(extract_ooxml(fd, fmt, lim, r), 0);
	/* The contract: a failure always says why. */
	if (r->status != EXTRACT_OK)
		assert_true(r->reason[0] != '\0');
	if (r->text != NULL)
		assert_int_equal(strlen(r->text), r->text_len);
	return r;
}

static struct extract_result *
run(const char *path, const char *fmt, const struct extract_limits *lim)
{
	struct extract_result *r;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		fail_msg("%s: %s (run from the repository root)", path,
		    strerror(errno));
	r = run_fd(fd, fmt, lim);
	close(fd);
	return r;
}

static const char *
has(const struct extract_result *r, const char *needle)
{
	const char *p;

	assert_non_null(r->text);
	p = strstr(r->text, needle);
	if (p == NULL)
		fail_msg("\"%s\" not in text:\n%s", needle, r->text);
	return p;
}

static void
hasnt(const struct extract_result *r, const char *needle)
{
	if (r->text != NULL && strstr(r->text, needle) != NULL)
		fail_msg("\"%s\" should not be in text:\n%s", needle, r->text);
}

static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void
reason_has(const struct extract_result *r, enum extract_status st,
    const char *needle)
{
	if (r->status != st || strstr(r->reason, needle) == NULL)
		fail_msg("want status %s with \"%s\", got %s: \"%s\"",
		    extract_status_name(st), needle,
		    extract_status_name(r->status), r->reason);
}

static void
test_docx(void **state)
{
	struct extract_result *r;
	const char *body, *hdr;

	(void)state;
	r = run(D "sla.docx", "docx", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	assert_false(r->truncated);
	body = has(r, "服务级别协议");
	/* One phrase split over three runs rejoins; paragraphs do not glue. */
	has(r, "本公司已建立信息安全管理制度，并定期评审。");
	has(r, "甲方\t乙方\n签订日期：2024年3月15日");
	has(r, "服务名称\t响应时间\n安全运维\t4小时");
	has(r, "Service Level Agreement version 2");
	has(r, "保留文字");
	/* Text box once: mc:Fallback repeats it. */
	assert_int_equal(count(r->text, "文本框：应急响应流程"), 1);
	hdr = has(r, "页眉：运维服务部");
	has(r, "页脚：内部资料");
	has(r, "脚注：依据GB/T 22239");
	has(r, "批注：请补充附件");
	assert_true(body < hdr);
	hasnt(r, "已删除文字");
	hasnt(r, "MERGEFORMAT");
	hasnt(r, "文本框 1");
	assert_string_equal(r->title, "服务级别协议");
	assert_int_equal(r->created, 1710489600);       /* 2024-03-15T08:00Z */
	assert_int_equal(r->modified, 1719743400);      /* 2024-06-30T10:30Z */
	extract_result_free(r);
}

static void
test_docx_python_docx(void **state)
{
	struct extract_result *r;

	(void)state;
	r = run(D "python-docx.docx", "docx", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	has(r, "运维服务管理手册");
	has(r, "第一章 总则：本手册适用于信息系统安全运维服务。");
	has(r, "角色\t职责\n运维经理\t审批变更");
	has(r, "受控文件");
	assert_string_equal(r->title, "运维服务管理手册");
	assert_int_equal(r->created, 1673341200);
	assert_int_equal(r->modified, 1676915100);
	extract_result_free(r);
}

static void
test_xlsx(void **state)
{
	struct extract_result *r;
	const char *names, *sst, *s1, *s2;

	(void)state;
	r = run(D "assets.xlsx", "xlsx", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	names = has(r, "资产清单\n漏洞统计");
	assert_true(names == r->text);
	/* Cells pointing into the shared strings get their string where
	 * they are, though the table is stored after the sheets: a sheet's
	 * text has its header row.  Strings no cell uses are not text. */
	sst = has(r, "资产名称\t数量\n");
	s1 = has(r, "核心交换机\t42\n漏洞扫描报告\t3.5");
	s2 = has(r, "内联字符串：补丁管理\t45.5\n高危漏洞\t已修复");
	/* Order does not follow the archive (sheet2 is stored first). */
	assert_true(names < sst && sst < s1 && s1 < s2);
	assert_int_equal(r->n_sections, 6);
	assert_string_equal(r->sections[0].heading, "资产清单");
	assert_non_null(strstr(r->text + r->sections[0].start, "资产名称"));
	assert_true((size_t)(strstr(r->text, "资产名称") - r->text) <
	    r->sections[0].end);
	assert_string_equal(r->sections[1].heading, "资产名称");
	assert_true(r->sections[1].has_data_rows);
	hasnt(r, "ろうどう");
	hasnt(r, "SUM(");
	assert_string_equal(r->title, "资产与漏洞统计");
	assert_int_equal(r->created, 1704164645);
	assert_int_equal(r->modified, 1706933106);
	extract_result_free(r);

	r = run(D "openpyxl.xlsx", "xlsx", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	has(r, "巡检记录\n备份记录");
	has(r, "张三");
	has(r, "每日全量备份");
	assert_string_equal(r->title, "运维巡检");
	assert_int_equal(r->created, 1683356889);
	extract_result_free(r);
}

/* A caption row (部门：运维部  日期：) or a row of column groups above
 * the header is not the header: with it as the header, a blank form's
 * column names were its first data row. */
static void
test_xlsx_caption(void **state)
{
	struct extract_result *r;
	static const char *const sheet[] = { "空表", "已填", "分组" };
	size_t i, j, n[3] = { 0 };

	(void)state;
	r = run(D "caption.xlsx", "xlsx", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	for (i = 0; i < r->n_sections; i++) {
		const struct doc_section *sec = &r->sections[i];

		if (sec->kind != DOC_SECTION_COLUMN)
			continue;
		if (strstr(sec->heading, "：") != NULL ||
		    strcmp(sec->heading, "故障信息") == 0)
			fail_msg("caption taken as a column: %s", sec->heading);
		for (j = 0; j < 3 && strcmp(sec->sheet, sheet[j]) != 0; j++)
			;
		assert_true(j < 3);
		n[j]++;
		/* 空表 is the blank form, 已填 and 分组 have a row each. */
		if (sec->has_data_rows != (j != 0))
			fail_msg("sheet %s, column %s: data rows %d",
			    sec->sheet, sec->heading, sec->has_data_rows);
	}
	assert_int_equal(n[0], 6);
	assert_int_equal(n[1], 6);
	assert_int_equal(n[2], 6);
	extract_result_free(r);
}

static void
test_pptx(void **state)
{
	struct extract_result *r;
	const char *s1, *s2, *s10, *n1;

	(void)state;
	r = run(D "training.pptx", "pptx", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	s1 = has(r, "安全意识培训\n2024年度");
	s2 = has(r, "第二页：应急演练\n每年两次");
	s10 = has(r, "第十页：总结");
	n1 = has(r, "备注：培训签到表见附件");
	assert_true(s1 < s2 && s2 < s10 && s10 < n1);
	assert_string_equal(r->title, "安全意识培训");
	assert_int_equal(r->created, 1711929600);
	assert_int_equal(r->modified, 1712059200);
	extract_result_free(r);
}

static void
test_odt(void **state)
{
	struct extract_result *r;

	(void)state;
	r = run(D "policy.odt", "odt", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	has(r, "信息安全方针\n本方针由信息安全委员会批准。");
	has(r, "甲方\t乙方\n第二行 结束");
	has(r, "正文");
	has(r, "批注内容");
	has(r, "等级\t第三级");
	has(r, "文本框：机房管理");
	has(r, "列表项：访问控制");
	has(r, "页眉：ODF受控文件");
	has(r, "页脚：第1页");
	hasnt(r, "审核员甲");
	hasnt(r, "2020-01-01");
	hasnt(r, "被删除的段落");
	hasnt(r, "表格1");
	assert_string_equal(r->title, "信息安全方针");
	/* No zone in ODF dates: local time, and the tests run in UTC. */
	assert_int_equal(r->created, 1714555800);
	assert_int_equal(r->modified, 1716228000);
	extract_result_free(r);
}

static void
test_ods_odp(void **state)
{
	struct extract_result *r;

	(void)state;
	r = run(D "staff.ods", "ods", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	has(r, "人员名单\n姓名\t证书\n李四\t7");
	has(r, "培训记录\n培训主题：等级保护");
	/* A million repeated empty rows are not expanded. */
	assert_true(r->text_len < 200);
	assert_string_equal(r->title, "人员名单");
	assert_int_equal(r->created, 1717228800);
	extract_result_free(r);

	r = run(D "drill.odp", "odp", NULL);
	assert_int_equal(r->status, EXTRACT_OK);
	has(r, "灾难恢复演练");
	has(r, "演讲者备注：记录恢复时间");
	has(r, "第二页：RTO与RPO");
	assert_string_equal(r->title, "灾难恢复演练");
	extract_result_free(r);
}

static void
test_broken(void **state)
{
	struct extract_result *r;
	int fd;

	(void)state;
	r = run(D "truncated.docx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "corrupt: ");
	extract_result_free(r);

	r = run(D "nodoc.docx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "not a docx: word/document.xml missing");
	/* Still read what is there. */
	assert_string_equal(r->title, "服务级别协议");
	extract_result_free(r);

	r = run(D "training.pptx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "word/document.xml missing");
	extract_result_free(r);

	r = run(D "malformed.docx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "word/document.xml: XML error");
	extract_result_free(r);

	r = run(D "laughs.docx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "DTD/entities not allowed");
	hasnt(r, "lollol");
	extract_result_free(r);

	r = run(D "empty.docx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "corrupt: ");
	extract_result_free(r);

	r = run(D "notzip.docx", "docx", NULL);
	reason_has(r, EXTRACT_CORRUPT, "corrupt: ");
	extract_result_free(r);

	r = run(D "zipcrypto.docx", "docx", NULL);
	reason_has(r, EXTRACT_ENCRYPTED, "password-protected");
	extract_result_free(r);

	r = run(D "encrypted.odt", "odt", NULL);
	reason_has(r, EXTRACT_ENCRYPTED, "password-protected");
	assert_string_equal(r->title, "加密文档");
	extract_result_free(r);

	/* A read error is not a damaged document. */
	fd = open(D, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(fd >= 0);
	r = run_fd(fd, "docx", NULL);
	reason_has(r, EXTRACT_IO, "io: ");
	extract_result_free(r);
	close(fd);

	r = run(D "nocontent.odt", "odt", NULL);
	reason_has(r, EXTRACT_CORRUPT, "not an odt: content.xml missing");
	extract_result_free(r);
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
test_bomb(void **state)
{
	struct extract_limits lim;
	struct extract_result *r;
	double t0, dt;

	(void)state;
	/* 300 MB of spaces in 300 KB: stopped by the ratio, early. */
	t0 = now_s();
	r = run(D "bomb.docx", "docx", NULL);
	dt = now_s() - t0;
	reason_has(r, EXTRACT_LIMIT, "(max_ratio)");
	has(r, "炸弹开始");
	assert_true(dt < 5.0);
	extract_result_free(r);

	extract_limits_default(&lim);
	lim.max_ratio = 100000;
	lim.max_inflated_bytes = 8 << 20;
	r = run(D "bomb.docx", "docx", &lim);
	reason_has(r, EXTRACT_LIMIT, "over 8 MiB (max_inflated_bytes)");
	extract_result_free(r);

	/* Declared size over the limit: refused before inflating. */
	lim.max_inflated_bytes = 1 << 20;
	r = run(D "bomb.docx", "docx", &lim);
	reason_has(r, EXTRACT_LIMIT, "(max_inflated_bytes)");
	extract_result_free(r);

	/* With size limits lifted, the clock must stop it or it must
	 * finish quickly. */
	lim.max_inflated_bytes = 1ULL << 40;
	lim.max_seconds = 1;
	t0 = now_s();
	r = run(D "bomb.docx", "docx", &lim);
	dt = now_s() - t0;
	if (r->status == EXTRACT_OK) {
		/* Finished in time: the text is whole, or cut at
		 * max_text_bytes (300 MB of spaces) and said to be. */
		assert_true(dt < 1.5);
		has(r, "炸弹开始");
		if (!r->truncated)
			has(r, "炸弹结束");
	} else {
		reason_has(r, EXTRACT_TIMEOUT, "(max_seconds)");
		assert_true(dt >= 0.9 && dt < 3.0);
	}
	extract_result_free(r);
}

static void
test_limits(void **state)
{
	struct extract_limits lim;
	struct extract_result *r;
	size_t i;

	(void)state;
	extract_limits_default(&lim);
	lim.max_file_bytes = 1000;
	r = run(D "sla.docx", "docx", &lim);
	reason_has(r, EXTRACT_LIMIT, "(max_file_bytes)");
	extract_result_free(r);

	extract_limits_default(&lim);
	lim.max_inflated_bytes = 2000;
	r = run(D "sla.docx", "docx", &lim);
	reason_has(r, EXTRACT_LIMIT, "over 2000 bytes (max_inflated_bytes)");
	extract_result_free(r);

	/* Text cut is not a failure, never splits a character, and parsing
	 * goes on for the metadata. */
	extract_limits_default(&lim);
	lim.max_text_bytes = 20;
	r = run(D "sla.docx", "docx", &lim);
	assert_int_equal(r->status, EXTRACT_OK);
	assert_true(r->truncated);
	/* "服务级别协议\n" is 19 bytes, the next character 3 more. */
	assert_int_equal(r->text_len, 19);
	assert_memory_equal(r->text, "服务级别协议\n", r->text_len);
	assert_string_equal(r->title, "服务级别协议");
	extract_result_free(r);

	for (i = 0; i < 5; i++) {
		lim.max_text_bytes = i;
		r = run(D "policy.odt", "odt", &lim);
		assert_int_equal(r->status, EXTRACT_OK);
		assert_true(r->truncated);
		assert_true(r->text_len <= i);
		/* Whole characters only (the heading's section mark takes
		 * its share of the budget, so maybe none at all). */
		assert_int_equal(r->text_len % 3, 0);
		extract_result_free(r);
	}
}

/* A docx whose document.xml is one start tag with an 80 MiB attribute,
 * written with libarchive into a memfd (too big for a fixture file). */
static int
big_attr_docx(void)
{
	static const char head[] = "<w:document xmlns:w=\"urn:x\"><w:p w:x=\"";
	static const char tail[] = "\"/></w:document>";
	struct archive *a;
	struct archive_entry *e;
	char *chunk;
	size_t i, mib = 80;
	int fd;

	fd = memfd_create("bigattr", MFD_CLOEXEC);
	assert_true(fd >= 0);
	chunk = malloc(1 << 20);
	assert_non_null(chunk);
	memset(chunk, 'a', 1 << 20);
	a = archive_write_new();
	assert_non_null(a);
	assert_int_equal(archive_write_set_format_zip(a), ARCHIVE_OK);
	assert_int_equal(archive_write_open_fd(a, fd), ARCHIVE_OK);
	e = archive_entry_new();
	archive_entry_set_pathname(e, "word/document.xml");
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)(sizeof(head) - 1 +
	    (mib << 20) + sizeof(tail) - 1));
	assert_int_equal(archive_write_header(a, e), ARCHIVE_OK);
	archive_write_data(a, head, sizeof(head) - 1);
	for (i = 0; i < mib; i++)
		archive_write_data(a, chunk, 1 << 20);
	archive_write_data(a, tail, sizeof(tail) - 1);
	archive_entry_free(e);
	assert_int_equal(archive_write_close(a), ARCHIVE_OK);
	archive_write_free(a);
	free(chunk);
	lseek(fd, 0, SEEK_SET);
	return fd;
}

static void
test_big_token(void **state)
{
	struct extract_limits lim;
	struct extract_result *r;
	int fd;

	(void)state;
	fd = big_attr_docx();
	r = run_fd(fd, "docx", NULL);
	reason_has(r, EXTRACT_LIMIT, "(max_ratio)");
	extract_result_free(r);

	/* Past the ratio, expat would buffer the whole attribute: the
	 * progress guard stops it. */
	extract_limits_default(&lim);
	lim.max_ratio = 1000000;
	/* Not a test of time: a loaded machine under ASan must not turn
	 * the token guard's verdict into a timeout. */
	lim.max_seconds = 3600;
	lseek(fd, 0, SEEK_SET);
	r = run_fd(fd, "docx", &lim);
	reason_has(r, EXTRACT_LIMIT, "one XML token over 32 MiB");
	extract_result_free(r);
	close(fd);
}

/* Through the dispatcher, as the scanner calls it. */
static void
test_extract_fd(void **state)
{
	struct extract_result *r;
	int fd;

	(void)state;
	fd = open(D "sla.docx", O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(extract_fd(fd, "docx", NULL, &r), 0);
	close(fd);
	assert_int_equal(r->status, EXTRACT_OK);
	assert_string_equal(r->format, "docx");
	has(r, "本公司已建立信息安全管理制度");
	assert_string_equal(r->title, "服务级别协议");
	extract_result_free(r);
}

/* Every good fixture cut at many lengths and with bytes damaged: any
 * status is fine, a crash, a leak or a silent empty failure is not. */
static void
mangle_one(const char *path, const char *fmt)
{
	struct extract_result *r;
	struct stat st;
	unsigned char *data;
	size_t step, off;
	int fd, mfd, bad = 0, ok = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &st), 0);
	data = malloc((size_t)st.st_size);
	assert_non_null(data);
	assert_int_equal(read(fd, data, (size_t)st.st_size), st.st_size);
	close(fd);
	step = (size_t)st.st_size / 40 + 1;
	for (off = 0; off < (size_t)st.st_size; off += step) {
		/* Truncated at off. */
		mfd = memfd_create("cut", MFD_CLOEXEC);
		assert_true(mfd >= 0);
		assert_int_equal(write(mfd, data, off), (ssize_t)off);
		lseek(mfd, 0, SEEK_SET);
		r = run_fd(mfd, fmt, NULL);
		r->status == EXTRACT_OK ? ok++ : bad++;
		extract_result_free(r);
		close(mfd);

		/* Eight bytes damaged at off. */
		mfd = memfd_create("flip", MFD_CLOEXEC);
		assert_true(mfd >= 0);
		data[off] ^= 0x5a;
		if (off + 7 < (size_t)st.st_size)
			data[off + 7] ^= 0xff;
		assert_int_equal(write(mfd, data, (size_t)st.st_size),
		    st.st_size);
		data[off] ^= 0x5a;
		if (off + 7 < (size_t)st.st_size)
			data[off + 7] ^= 0xff;
		lseek(mfd, 0, SEEK_SET);
		r = run_fd(mfd, fmt, NULL);
		r->status == EXTRACT_OK ? ok++ : bad++;
		extract_result_free(r);
		close(mfd);
	}
	/* Most cuts lose the central directory or the main part. */
	assert_true(bad > 30);
	free(data);
	(void)ok;
}

static void
test_mangled(void **state)
{
	(void)state;
	mangle_one(D "sla.docx", "docx");
	mangle_one(D "python-docx.docx", "docx");
	mangle_one(D "assets.xlsx", "xlsx");
	mangle_one(D "openpyxl.xlsx", "xlsx");
	mangle_one(D "training.pptx", "pptx");
	mangle_one(D "policy.odt", "odt");
	mangle_one(D "staff.ods", "ods");
	mangle_one(D "drill.odp", "odp");
	mangle_one(D "zipcrypto.docx", "docx");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_docx),
		cmocka_unit_test(test_docx_python_docx),
		cmocka_unit_test(test_xlsx),
		cmocka_unit_test(test_xlsx_caption),
		cmocka_unit_test(test_pptx),
		cmocka_unit_test(test_odt),
		cmocka_unit_test(test_ods_odp),
		cmocka_unit_test(test_broken),
		cmocka_unit_test(test_bomb),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_big_token),
		cmocka_unit_test(test_extract_fd),
		cmocka_unit_test(test_mangled),
	};

	/* ODF dates carry no zone and are local time. */
	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
