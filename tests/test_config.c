/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * test_config.c - the configuration file: values, sizes, and every kind
 * of mistake reported with its line.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evidenced/config.h"

static char path[] = "/tmp/evidenced-conf-XXXXXX";

static void
write_conf(const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int
load(const char *text, struct ev_config *cfg, char *err, size_t errlen)
{
	write_conf(text);
	config_init(cfg);
	return config_load(path, cfg, err, errlen);
}

static void
test_sizes(void **state)
{
	unsigned long long v;

	(void)state;
	assert_int_equal(config_parse_size("4096", &v), 0);
	assert_int_equal(v, 4096);
	assert_int_equal(config_parse_size("512k", &v), 0);
	assert_int_equal(v, 512ULL << 10);
	assert_int_equal(config_parse_size("100M", &v), 0);
	assert_int_equal(v, 100ULL << 20);
	assert_int_equal(config_parse_size("4MiB", &v), 0);
	assert_int_equal(v, 4ULL << 20);
	assert_int_equal(config_parse_size("1G", &v), 0);
	assert_int_equal(v, 1ULL << 30);
	assert_int_equal(config_parse_size("", &v), -EINVAL);
	assert_int_equal(config_parse_size("-1", &v), -EINVAL);
	assert_int_equal(config_parse_size("10X", &v), -EINVAL);
	assert_int_equal(config_parse_size("99999999999999999999G", &v),
	    -EINVAL);
}

static void
test_good(void **state)
{
	struct ev_config cfg;
	char err[512];

	(void)state;
	assert_int_equal(load("# comment\n[scan]\nshare = /srv/资质材料\n"
	    "level = 1\nrules = /r\nsite_rules = /s\nstatus = /st.json\n"
	    "[limits]\nmax_file_size = 1M\nmax_inflated_size = 2M\n"
	    "max_ratio = 50\nmax_text_size = 64K\nmax_pdf_pages = 10\n"
	    "max_seconds = 5\nhelper_max_memory = 256M\n", &cfg, err,
	    sizeof(err)), 0);
	assert_string_equal(cfg.share, "/srv/资质材料");
	assert_int_equal(cfg.level, 1);
	assert_string_equal(cfg.rules, "/r");
	assert_string_equal(cfg.site_rules, "/s");
	assert_string_equal(cfg.status, "/st.json");
	assert_int_equal(cfg.limits.max_file_bytes, 1 << 20);
	assert_int_equal(cfg.limits.max_inflated_bytes, 2 << 20);
	assert_int_equal(cfg.limits.max_ratio, 50);
	assert_int_equal(cfg.limits.max_text_bytes, 64 << 10);
	assert_int_equal(cfg.limits.max_pdf_pages, 10);
	assert_int_equal(cfg.limits.max_seconds, 5);
	assert_int_equal(cfg.limits.helper_max_memory, 256ULL << 20);
	config_free(&cfg);

	/* Unset keys keep the defaults. */
	assert_int_equal(load("[limits]\nmax_seconds = 9\n", &cfg, err,
	    sizeof(err)), 0);
	assert_int_equal(cfg.limits.max_seconds, 9);
	assert_int_equal(cfg.limits.max_text_bytes, 4U << 20);
	assert_null(cfg.share);
	assert_int_equal(cfg.level, 0);
	assert_int_equal(cfg.settle_ms, 200);
	assert_int_equal(cfg.rescan_interval, 3600);
	config_free(&cfg);

	assert_int_equal(load("[daemon]\nstate_dir = /var/lib/x\n"
	    "pid_file = /run/x.pid\nsettle_ms = 50\nstatus_interval_ms = 0\n"
	    "rescan_interval = 15m\n", &cfg, err, sizeof(err)), 0);
	assert_string_equal(cfg.state_dir, "/var/lib/x");
	assert_string_equal(cfg.pid_file, "/run/x.pid");
	assert_int_equal(cfg.settle_ms, 50);
	assert_int_equal(cfg.status_interval_ms, 0);
	assert_int_equal(cfg.rescan_interval, 900);
	config_free(&cfg);
}

/* [workers]: one per CPU unless told; 0 (in process) is a choice. */
static void
test_workers(void **state)
{
	struct ev_config cfg;
	char err[512];

	(void)state;
	assert_int_equal(load("[scan]\nlevel = 1\n", &cfg, err, sizeof(err)),
	    0);
	assert_int_equal(cfg.workers, (unsigned)sysconf(_SC_NPROCESSORS_ONLN));
	assert_null(cfg.worker_user);
	config_free(&cfg);
	assert_int_equal(load("[workers]\nworkers = 0\nuser = svc\n", &cfg,
	    err, sizeof(err)), 0);
	assert_int_equal(cfg.workers, 0);
	assert_string_equal(cfg.worker_user, "svc");
	config_free(&cfg);
	assert_int_equal(load("[workers]\nworkers = 3\n", &cfg, err,
	    sizeof(err)), 0);
	assert_int_equal(cfg.workers, 3);
	config_free(&cfg);
}

static void
expect_error(const char *text, const char *want)
{
	struct ev_config cfg;
	char err[512];

	assert_int_equal(load(text, &cfg, err, sizeof(err)), -EINVAL);
	if (strstr(err, want) == NULL)
		fail_msg("error '%s' lacks '%s'", err, want);
	config_free(&cfg);
}

static void
test_errors(void **state)
{
	char want[600], line[300];
	struct ev_config cfg;
	char err[512];

	(void)state;
	expect_error("[limits]\n\nmax_file_szie = 1M\n",
	    ":3: unknown key 'max_file_szie' in [limits]");
	expect_error("[scan]\nlevel = 4\n", ":2: level = 4 is out of range");
	expect_error("[limits]\nmax_file_size = lots\n",
	    ":2: max_file_size = 'lots' is not a size");
	expect_error("[limits]\nmax_seconds = 1.5\n",
	    ":2: max_seconds = '1.5' is not a whole number");
	expect_error("[deamon]\nx = 1\n", ":2: unknown section [deamon]");
	expect_error("[daemon]\nx = 1\n", ":2: unknown key 'x' in [daemon]");
	expect_error("[daemon]\nrescan_interval = 5 minutes\n",
	    ":2: rescan_interval = '5 minutes' is not a duration");
	expect_error("[daemon]\nsettle_ms = -1\n", ":2: settle_ms");
	expect_error("[workers]\nworkers = 65\n", ":2: workers = 65 is out of "
	    "range");
	expect_error("[workers]\ncount = 2\n", ":2: unknown key 'count' in "
	    "[workers]");
	expect_error("[scan]\nshare\n", ":2: syntax error");
	/* The first problem wins, whichever kind. */
	expect_error("[scan]\nshare\nlevel = 9\n", ":2: syntax error");
	expect_error("[scan]\nlevel = 9\nshare\n", ":2: level = 9");
	/* A line inih would split is refused, not misread. */
	memset(line, 'a', sizeof(line) - 1);
	line[sizeof(line) - 1] = '\0';
	snprintf(want, sizeof(want), "[scan]\nshare = /%s\n", line);
	expect_error(want, ":2: line longer than");

	unlink(path);
	config_init(&cfg);
	assert_int_equal(config_load(path, &cfg, err, sizeof(err)), -ENOENT);
	config_free(&cfg);
}

static void
test_status_keys(void **state)
{
	struct ev_config cfg;
	char err[512];

	(void)state;
	/* Defaults: group-readable, group unchanged. */
	assert_int_equal(load("[scan]\n", &cfg, err, sizeof(err)), 0);
	assert_int_equal(cfg.status_mode, 0640);
	assert_int_equal(cfg.status_gid, (gid_t)-1);
	assert_null(cfg.status_group);
	config_free(&cfg);

	assert_int_equal(load("[scan]\nstatus_mode = 0604\n"
	    "status_group = root\n", &cfg, err, sizeof(err)), 0);
	assert_int_equal(cfg.status_mode, 0604);
	assert_int_equal(cfg.status_gid, 0);
	assert_string_equal(cfg.status_group, "root");
	config_free(&cfg);
	assert_int_equal(load("[scan]\nstatus_group = 4242\n", &cfg, err,
	    sizeof(err)), 0);
	assert_int_equal(cfg.status_gid, 4242);
	config_free(&cfg);

	expect_error("[scan]\nstatus_mode = 0648\n",
	    ":2: status_mode = '0648' is not an octal mode");
	expect_error("[scan]\nstatus_mode = rw-r-----\n",
	    ":2: status_mode = 'rw-r-----' is not an octal mode");
	expect_error("[scan]\nstatus_mode = 01640\n",
	    ":2: status_mode = '01640' is not an octal mode");
	expect_error("[scan]\n\nstatus_mode = 0666\n",
	    ":3: status_mode = 0666 would let anyone rewrite");
	expect_error("[scan]\nstatus_group = no-such-group-here\n",
	    ":2: status_group = 'no-such-group-here': no such group");
}

/* A FIFO as the configuration is an error at once, not a hang: nobody
 * ever opens its writing end here, so a blocking open would never
 * return (cmocka's harness would hang, failing the test run). */
static void
test_alerts_keys(void **state)
{
	struct ev_config cfg;
	char err[512];

	(void)state;
	assert_int_equal(load("", &cfg, err, sizeof(err)), 0);
	assert_int_equal(cfg.alert_grace, 60);
	assert_int_equal(cfg.expiry_warning, 30 * 86400);
	assert_int_equal(cfg.alert_timeout, 10);
	assert_null(cfg.alert_command);
	assert_null(cfg.report_file);
	assert_int_equal(cfg.alert_log_max, 10 << 20);
	assert_int_equal(cfg.alert_log_keep, 5);
	assert_int_equal(cfg.history_days, 730);
	config_free(&cfg);

	assert_int_equal(load("[alerts]\nalert_log_max = 512K\n"
	    "alert_log_keep = 2\n[daemon]\nhistory_days = 0\n", &cfg, err,
	    sizeof(err)), 0);
	assert_int_equal(cfg.alert_log_max, 512 << 10);
	assert_int_equal(cfg.alert_log_keep, 2);
	assert_int_equal(cfg.history_days, 0);
	config_free(&cfg);
	expect_error("[alerts]\nalert_log_keep = 0\n", ":2: alert_log_keep");
	expect_error("[alerts]\nalert_log_max = big\n", ":2: alert_log_max "
	    "= 'big' is not a size");
	expect_error("[daemon]\nhistory_days = -1\n", ":2: history_days");

	assert_int_equal(load("[alerts]\ngrace = 2m\nexpiry_warning = 7d\n"
	    "alert_command = /bin/hook --x\nalert_timeout = 30s\n"
	    "mail_to = qa@example.com\nmetrics_file = /tmp/e.prom\n"
	    "report_file = /srv/自评估表.xlsx\nreport_format = xlsx\n"
	    "share_url = file://fs/资质/\n", &cfg, err, sizeof(err)), 0);
	assert_int_equal(cfg.alert_grace, 120);
	assert_int_equal(cfg.expiry_warning, 7 * 86400);
	assert_int_equal(cfg.alert_timeout, 30);
	assert_string_equal(cfg.alert_command, "/bin/hook --x");
	assert_string_equal(cfg.mail_to, "qa@example.com");
	assert_string_equal(cfg.metrics_file, "/tmp/e.prom");
	assert_string_equal(cfg.report_file, "/srv/自评估表.xlsx");
	assert_string_equal(cfg.report_format, "xlsx");
	assert_string_equal(cfg.share_url, "file://fs/资质/");
	config_free(&cfg);

	expect_error("[alerts]\nreport_format = pdf\n",
	    ":2: report_format = 'pdf' is not md, csv, html or xlsx");
	expect_error("[alerts]\ngrace = soon\n", ":2: grace = 'soon' is not "
	    "a duration");
	expect_error("[alerts]\nalert_timeout = 0\n", ":2: alert_timeout");
	expect_error("[alerts]\nmail = x\n", ":2: unknown key 'mail' in "
	    "[alerts]");
}

static void
test_fifo(void **state)
{
	char dir[] = "/tmp/evidenced-conf-fifo-XXXXXX", fifo[64], err[512];
	struct ev_config cfg;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(fifo, sizeof(fifo), "%s/evidenced.conf", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	config_init(&cfg);
	alarm(10);
	assert_int_equal(config_load(fifo, &cfg, err, sizeof(err)), -EINVAL);
	alarm(0);
	assert_non_null(strstr(err, "evidenced.conf: not a regular file"));
	/* A directory likewise. */
	assert_int_equal(config_load(dir, &cfg, err, sizeof(err)), -EINVAL);
	assert_non_null(strstr(err, "not a regular file"));
	config_free(&cfg);
	unlink(fifo);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_status_keys),
		cmocka_unit_test(test_alerts_keys),
		cmocka_unit_test(test_fifo),
		cmocka_unit_test(test_workers),
	};
	int fd = mkstemp(path), rc;

	if (fd < 0)
		return 1;
	close(fd);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	unlink(path);
	return rc;
}
