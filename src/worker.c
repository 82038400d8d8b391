/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * worker.c - the extraction worker's protocol (frames, see worker.h) and
 * its loop: receive a descriptor, inspect it, send the facts back.
 *
 * The loop owns the descriptors of the files queued and of the last few
 * served (closed in runs, worker_close_fds()); the inspector (libmagic
 * loaded before the sandbox closed) is borrowed from the worker's main.
 * With a hints socket a second thread, which touches nothing else, reads
 * the prefetch hints (worker.h).  The same framing functions, and
 * worker_close_fds(), are used by pool.c on the parent side.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "evidenced/facts.h"
#include "evidenced/filetype.h"
#include "evidenced/sandbox.h"
#include "evidenced/worker.h"

static void
put32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, sizeof(v));
}

static void
put64(uint8_t *p, uint64_t v)
{
	memcpy(p, &v, sizeof(v));
}

static uint32_t
get32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint64_t
get64(const uint8_t *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

void
worker_hdr_pack(const struct worker_hdr *h, uint8_t buf[WORKER_HDR_SIZE])
{
	put32(buf, WORKER_MAGIC);
	put32(buf + 4, h->type);
	put64(buf + 8, h->seq);
	put32(buf + 16, (uint32_t)h->status);
	put32(buf + 20, h->flags);
	put32(buf + 24, h->len);
	put32(buf + 28, 0);
}

int
worker_hdr_unpack(const uint8_t buf[WORKER_HDR_SIZE], size_t max_len,
    struct worker_hdr *h)
{
	if (get32(buf) != WORKER_MAGIC || get32(buf + 28) != 0)
		return -EPROTO;
	h->type = get32(buf + 4);
	h->seq = get64(buf + 8);
	h->status = (int32_t)get32(buf + 16);
	h->flags = get32(buf + 20);
	h->len = get32(buf + 24);
	if (h->len > max_len)
		return -EPROTO;
	return 0;
}

int
worker_req_pack(const struct stat *st, const char *relpath, uint8_t **out,
    size_t *len)
{
	size_t n = strlen(relpath);
	struct file_identity id;
	uint8_t *b;

	*out = NULL;
	if (n > WORKER_MAX_NAME)
		return -ENAMETOOLONG;
	if ((b = malloc(WORKER_REQ_FIXED + n)) == NULL)
		return -ENOMEM;
	file_identity_from_stat(&id, st);
	put64(b, id.dev);
	put64(b + 8, id.ino);
	put64(b + 16, (uint64_t)id.size);
	put64(b + 24, (uint64_t)id.mtime_ns);
	put64(b + 32, (uint64_t)id.ctime_ns);
	memcpy(b + WORKER_REQ_FIXED, relpath, n);
	*out = b;
	*len = WORKER_REQ_FIXED + n;
	return 0;
}

static void
ns_to_ts(int64_t ns, struct timespec *ts)
{
	ts->tv_sec = (time_t)(ns / 1000000000);
	ts->tv_nsec = (long)(ns % 1000000000);
	if (ts->tv_nsec < 0) {
		ts->tv_nsec += 1000000000;
		ts->tv_sec--;
	}
}

int
worker_req_unpack(const uint8_t *buf, size_t len, struct stat *st,
    char **relpath)
{
	size_t n;
	int64_t size;

	*relpath = NULL;
	if (len < WORKER_REQ_FIXED + 1 || len > WORKER_REQ_FIXED +
	    WORKER_MAX_NAME)
		return -EPROTO;
	n = len - WORKER_REQ_FIXED;
	if (memchr(buf + WORKER_REQ_FIXED, '\0', n) != NULL)
		return -EPROTO;
	size = (int64_t)get64(buf + 16);
	if (size < 0)
		return -EPROTO;
	memset(st, 0, sizeof(*st));
	st->st_mode = S_IFREG | 0444;
	st->st_dev = (dev_t)get64(buf);
	st->st_ino = (ino_t)get64(buf + 8);
	st->st_size = (off_t)size;
	ns_to_ts((int64_t)get64(buf + 24), &st->st_mtim);
	ns_to_ts((int64_t)get64(buf + 32), &st->st_ctim);
	if ((*relpath = strndup((const char *)buf + WORKER_REQ_FIXED, n)) ==
	    NULL)
		return -ENOMEM;
	return 0;
}

/* Send the iovecs (advanced in place), the nfd descriptors fds with the
 * first byte. */
static int
send_iov(int sock, struct iovec *iov, int niov, const int *fds, size_t nfd)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(WORKER_BATCH_MAX * sizeof(int))];
	} ctl;
	struct msghdr mh;
	ssize_t n;

	if (nfd > WORKER_BATCH_MAX)
		return -EINVAL;
	while (niov > 0) {
		if (iov->iov_len == 0) {
			iov++;
			niov--;
			continue;
		}
		memset(&mh, 0, sizeof(mh));
		mh.msg_iov = iov;
		mh.msg_iovlen = (size_t)niov;
		if (nfd > 0) {
			struct cmsghdr *c;

			memset(&ctl, 0, sizeof(ctl));
			mh.msg_control = ctl.buf;
			mh.msg_controllen = CMSG_SPACE(nfd * sizeof(int));
			c = CMSG_FIRSTHDR(&mh);
			c->cmsg_level = SOL_SOCKET;
			c->cmsg_type = SCM_RIGHTS;
			c->cmsg_len = CMSG_LEN(nfd * sizeof(int));
			memcpy(CMSG_DATA(c), fds, nfd * sizeof(int));
		}
		n = sendmsg(sock, &mh, MSG_NOSIGNAL);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		nfd = 0;        /* went with the first byte */
		while (n > 0 && niov > 0) {
			size_t k = (size_t)n < iov->iov_len ? (size_t)n :
			    iov->iov_len;

			iov->iov_base = (uint8_t *)iov->iov_base + k;
			iov->iov_len -= k;
			n -= (ssize_t)k;
			if (iov->iov_len == 0) {
				iov++;
				niov--;
			}
		}
	}
	return 0;
}

int
worker_send(int sock, const uint8_t *buf, size_t len, int fd)
{
	struct iovec iov = { (void *)(uintptr_t)buf, len };

	return send_iov(sock, &iov, 1, &fd, fd >= 0 ? 1 : 0);
}

int
worker_send_hints(int sock, const int *fds, const uint8_t *hint, size_t n)
{
	uint8_t msg[1 + WORKER_BATCH_MAX];
	struct iovec iov = { msg, 1 + n };
	size_t i;

	if (n == 0 || n > WORKER_BATCH_MAX)
		return -EINVAL;
	msg[0] = WORKER_HINT_TAG;
	for (i = 0; i < n; i++) {
		if (hint[i] != WORKER_HINT_FILE && hint[i] != WORKER_HINT_HEAD)
			return -EINVAL;
		msg[1 + i] = hint[i];
	}
	return send_iov(sock, &iov, 1, fds, n);
}

int
worker_send_frames(int sock, const struct worker_hdr *h,
    const uint8_t *const *payloads, const int *fds, size_t n)
{
	uint8_t hdr[WORKER_BATCH_MAX][WORKER_HDR_SIZE];
	struct iovec iov[2 * WORKER_BATCH_MAX];
	size_t i, k = 0;

	if (n == 0 || n > WORKER_BATCH_MAX)
		return -EINVAL;
	/* One sendmsg for them all: a system call (and a wake-up of the
	 * reader) per batch instead of per frame. */
	for (i = 0; i < n; i++) {
		worker_hdr_pack(&h[i], hdr[i]);
		iov[k].iov_base = hdr[i];
		iov[k++].iov_len = WORKER_HDR_SIZE;
		if (h[i].len > 0) {
			iov[k].iov_base = (void *)(uintptr_t)payloads[i];
			iov[k++].iov_len = h[i].len;
		}
	}
	return send_iov(sock, iov, (int)k, fds, fds != NULL ? n : 0);
}

int
worker_send_frame(int sock, const struct worker_hdr *h,
    const uint8_t *payload, int fd)
{
	return worker_send_frames(sock, h, &payload, fd >= 0 ? &fd : NULL, 1);
}

void
worker_close_fds(int *fds, size_t n)
{
	size_t i, j, k;
	int v;

	/* Insertion sort: n is a batch, a few dozen at most. */
	for (i = 1; i < n; i++) {
		v = fds[i];
		for (j = i; j > 0 && fds[j - 1] > v; j--)
			fds[j] = fds[j - 1];
		fds[j] = v;
	}
	for (i = 0; i < n; i = k) {
		/* fds[i..k) are consecutive numbers, each of them in fds
		 * (callers give none twice): the range holds only ours. */
		for (k = i + 1; k < n && fds[k] == fds[k - 1] + 1; k++)
			;
		if (k - i == 1 || close_range((unsigned)fds[i],
		    (unsigned)fds[k - 1], 0) < 0)
			for (j = i; j < k; j++)
				close(fds[j]);
	}
}

/*
 * The descriptors that came with the batches read, waiting for their
 * frames, in order: each frame takes the next.  A batch's descriptors
 * come with its first byte, so the frames of earlier batches still in
 * the buffer take theirs first.  Owned: closed by fdq_close().
 */
#define FDQ_MAX (2 * WORKER_BATCH_MAX)

struct fdq {
	int fd[FDQ_MAX];
	size_t head, n;
};

static void
fdq_close(struct fdq *q)
{
	for (; q->n > 0; q->n--, q->head = (q->head + 1) % FDQ_MAX)
		close(q->fd[q->head]);
}

/*
 * What came from the parent and is not yet taken apart into requests:
 * one recvmsg takes a whole batch (a message ends at a batch), instead
 * of a recvmsg per header and a read per payload.  Room for the largest
 * frame.
 */
#define RBUF_SIZE (4 * (WORKER_HDR_SIZE + WORKER_REQ_FIXED + WORKER_MAX_NAME))

struct rbuf {
	uint8_t b[RBUF_SIZE];
	size_t off, len;        /* unread: b[off .. off + len) */
};

/*
 * One recvmsg into buf (len bytes at most) with flags, the descriptors
 * that came with it into fds (*nfd of them, at most WORKER_BATCH_MAX:
 * the control buffer holds no more).  The bytes read, or a negative
 * errno; *trunc when the kernel dropped descriptors (MSG_CTRUNC).
 */
static ssize_t
recv_fds(int sock, void *buf, size_t len, int flags,
    int fds[WORKER_BATCH_MAX], size_t *nfd, bool *trunc)
{
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(WORKER_BATCH_MAX * sizeof(int))];
	} ctl;
	struct msghdr mh;
	struct iovec iov = { buf, len };
	struct cmsghdr *c;
	ssize_t n;
	size_t k, i;

	*nfd = 0;
	do {
		memset(&mh, 0, sizeof(mh));
		mh.msg_iov = &iov;
		mh.msg_iovlen = 1;
		mh.msg_control = ctl.buf;
		mh.msg_controllen = sizeof(ctl.buf);
		n = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC | flags);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	for (c = CMSG_FIRSTHDR(&mh); c != NULL; c = CMSG_NXTHDR(&mh, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (i = 0; i < k && *nfd < WORKER_BATCH_MAX; i++)
			memcpy(&fds[(*nfd)++], CMSG_DATA(c) + i * sizeof(int),
			    sizeof(int));
	}
	*trunc = (mh.msg_flags & MSG_CTRUNC) != 0;
	return n;
}

/*
 * Read what the parent sent into rb, its descriptors into q.  1, 0 at
 * EOF, -EAGAIN (flags MSG_DONTWAIT: nothing waiting), or a negative errno
 * (-EPROTO: more descriptors than a batch holds, or than can wait).
 */
static int
fill(int sock, struct rbuf *rb, struct fdq *q, int flags)
{
	int fds[WORKER_BATCH_MAX], rc = 1;
	size_t nfd, i;
	ssize_t n;
	bool trunc;

	if (rb->off > 0) {
		memmove(rb->b, rb->b + rb->off, rb->len);
		rb->off = 0;
	}
	n = recv_fds(sock, rb->b + rb->len, sizeof(rb->b) - rb->len, flags,
	    fds, &nfd, &trunc);
	if (n < 0)
		return (int)n;
	for (i = 0; i < nfd; i++) {
		if (q->n < FDQ_MAX)
			q->fd[(q->head + q->n++) % FDQ_MAX] = fds[i];
		else {
			close(fds[i]);
			rc = -EPROTO;
		}
	}
	if (trunc)
		rc = -EPROTO;
	rb->len += (size_t)n;
	return n == 0 && rc == 1 ? 0 : rc;
}

/*
 * Replies held back to go several in one message: a message is a wake-up
 * of the parent and a buffer it takes apart, and most files are done in
 * far less time than either costs.  Only with a progress page (worker.h),
 * so that a worker that dies holding some is not taken to have died on
 * the oldest.  Owned by worker_run().
 */
#define WORKER_HOLD_BYTES (64u << 10)   /* larger: sent at once */
#define WORKER_HOLD_SLOW_NS 5000000     /* a file this slow: send all */

struct hold {
	uint8_t *b;
	size_t len, cap;
	unsigned n;
};

static int
hold_flush(int sock, struct hold *o)
{
	int rc = 0;

	if (o != NULL && o->len > 0)
		rc = worker_send(sock, o->b, o->len, -1);
	if (o != NULL)
		o->len = o->n = 0;
	return rc;
}

/* Send a reply, or hold it (o not NULL) behind the others held; a large
 * one goes at once, after them. */
static int
reply(int sock, struct hold *o, const struct worker_hdr *h,
    const uint8_t *payload)
{
	size_t need;
	uint8_t *nb;
	int rc;

	if (o != NULL && h->len < WORKER_HOLD_BYTES) {
		need = o->len + WORKER_HDR_SIZE + h->len;
		if (need > o->cap && (nb = realloc(o->b, 2 * need)) != NULL) {
			o->b = nb;
			o->cap = 2 * need;
		}
		if (need <= o->cap) {
			worker_hdr_pack(h, o->b + o->len);
			if (h->len > 0)
				memcpy(o->b + o->len + WORKER_HDR_SIZE,
				    payload, h->len);
			o->len = need;
			o->n++;
			return o->n >= WORKER_HOLD_MAX ||
			    o->len >= WORKER_HOLD_BYTES ? hold_flush(sock, o) :
			    0;
		}
	}
	if ((rc = hold_flush(sock, o)) < 0)
		return rc;
	return worker_send_frame(sock, h, payload, -1);
}

static int
reply_error(int sock, struct hold *o, uint64_t seq, int err)
{
	struct worker_hdr h = { WORKER_REP_ERROR, seq, err, 0, 0 };

	return reply(sock, o, &h, NULL);
}

/* Inspect the file of one request and reply.  0, or a negative errno
 * that ends the loop. */
static int
serve(int sock, struct hold *o, struct inspector *in,
    const struct worker_hdr *h, int fd, const uint8_t *payload)
{
	struct worker_hdr rep = { WORKER_REP_FACTS, h->seq, 0, 0, 0 };
	struct file_facts *f = NULL;
	struct stat st;
	uint8_t *blob = NULL;
	size_t len = 0;
	char *relpath = NULL;
	int rc;

	if ((rc = worker_req_unpack(payload, h->len, &st, &relpath)) < 0)
		return rc;
	/* The parent may have left it O_NONBLOCK (SHARE_OPEN_NONBLOCK),
	 * its only status flag: clearing it here spares the parent a system
	 * call per file.  The offset, shared with the parent's copy, may
	 * have been moved by a worker that died on this file: each reader
	 * that reads from it seeks first (the others use pread). */
	(void)fcntl(fd, F_SETFL, 0);
	rc = inspector_run(in, fd, &st, relpath,
	    (h->flags & WORKER_REQ_RAW) ? INSPECT_RAW_TEXT : 0, &f);
	free(relpath);
	if (rc == 0)
		rc = facts_encode(f, FACTS_ENCODE_TEXT |
		    ((h->flags & WORKER_REQ_RAW) ? FACTS_ENCODE_RAW : 0), &blob,
		    &len);
	file_facts_free(f);
	if (rc == 0 && len > UINT32_MAX)
		rc = -E2BIG;
	if (rc < 0) {
		int err = reply_error(sock, o, h->seq, rc);

		/* After ENOMEM the heap is suspect: stop, be replaced. */
		return rc == -ENOMEM || err < 0 ? rc : 0;
	}
	rep.len = (uint32_t)len;
	rc = reply(sock, o, &rep, blob);
	free(blob);
	return rc;
}

/* Requests read ahead of the one in hand: the parent keeps POOL_DEPTH
 * in flight, so this many is never the limit. */
#define WORKER_AHEAD 16
/* What is asked of the disk ahead of time per queued file: the type is
 * told from the first bytes, and a note or a log is smaller. */
#define WORKER_PREFETCH_BYTES (16 << 10)
/* What is asked per hinted file (pool_prefetch(), WORKER_HINT_FILE):
 * files are read whole (text up to max_text_bytes, a document to parse
 * it), and a worker that finds a file cached only up to 16 KiB waits
 * for the disk on the rest of it (a quarter of the standard share's
 * files, nine tenths of its bytes).  Bounded all the same: the walk
 * hints up to 2048 files ahead, so at most 128 MiB asked of the disk
 * and not yet read. */
#define WORKER_HINT_BYTES (64 << 10)
/* WORKER_HINT_HEAD: what type detection reads of a file its signature
 * names (an image: three in ten files of the standard share, three
 * quarters of its bytes); the 64 KiB would be read for nothing. */
#define WORKER_HINT_HEAD_BYTES FILETYPE_PROBE_BYTES

int
worker_hints_unpack(const uint8_t *msg, size_t len, size_t nfd, bool trunc,
    size_t bytes[WORKER_BATCH_MAX])
{
	size_t i, n;

	/* A hint byte for each descriptor sent: as many as came, or more
	 * when the kernel dropped the last ones. */
	if (len < 1 || msg[0] != WORKER_HINT_TAG)
		return -EPROTO;
	n = len - 1;
	if (n > WORKER_BATCH_MAX || nfd > n || (nfd < n && !trunc))
		return -EPROTO;
	for (i = 0; i < n; i++) {
		size_t b;

		if (msg[1 + i] == WORKER_HINT_FILE)
			b = WORKER_HINT_BYTES;
		else if (msg[1 + i] == WORKER_HINT_HEAD)
			b = WORKER_HINT_HEAD_BYTES;
		else
			return -EPROTO;
		if (i < nfd)
			bytes[i] = b;
	}
	return 0;
}

struct ahead {
	struct worker_hdr h;
	int fd;
	uint8_t *payload;       /* WORKER_REQ_FIXED + WORKER_MAX_NAME */
};

/*
 * The descriptors of the last files served, still open.  The parent
 * closes its copy of a file's descriptor when it takes the reply, and
 * the last close of an open file is the one that releases it (the
 * dentry and inode references, the security hooks): held here a few
 * files longer, that cost falls to the worker, not to the parent that
 * judges every file.  All are closed once no request has come for
 * WORKER_IDLE_MS, so that no file stays open on a quiet share (a
 * deleted file's space, an unmount).  Owned.
 */
/* WORKER_KEEP (worker.h): as many as the parent may hold open after
 * their replies.  When full, the oldest half go together: received in
 * the same few messages, their numbers are mostly consecutive, and
 * worker_close_fds() closes such a run in one system call.  Besides
 * those kept, a worker holds WORKER_FDS_BESIDES at most: queued,
 * received and not yet queued, hinted, and a few of its own (stdio,
 * sockets, the helpers' pipes). */
#define WORKER_FDS_BESIDES (WORKER_AHEAD + FDQ_MAX + WORKER_BATCH_MAX + 16)
_Static_assert(WORKER_KEEP + WORKER_FDS_BESIDES <= SANDBOX_MAX_FDS,
    "a worker's descriptors do not fit its sandbox");
#define WORKER_IDLE_MS 200      /* no request this long: idle */

struct kept {
	int fd[WORKER_KEEP];    /* oldest first */
	size_t n;
	size_t cap;             /* kept at most: kept_init() */
};

/* Keep as many as RLIMIT_NOFILE leaves room for: the sandbox's limit
 * is lower than SANDBOX_MAX_FDS when the parent's hard limit was. */
static void
kept_init(struct kept *k)
{
	struct rlimit rl;

	k->n = 0;
	k->cap = WORKER_KEEP;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
	    rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < (rlim_t)WORKER_KEEP + WORKER_FDS_BESIDES)
		k->cap = rl.rlim_cur >= (rlim_t)WORKER_FDS_BESIDES + 2 ?
		    (size_t)rl.rlim_cur - WORKER_FDS_BESIDES : 2;
}

/*
 * One message of hints (pool_prefetch()) from the hints socket, if one
 * waits: each descriptor is a file the parent will send later; as much
 * of it as its hint says is asked of the disk (as take_req() does for a
 * queued file) and it is let go at once.  1 when one was taken, 0 when
 * none waits, or a negative errno (-EPIPE: the parent closed its end):
 * no more hints then.  Descriptors that did not fit (MSG_CTRUNC, near
 * the sandbox's limit) were dropped by the kernel, and a message that
 * does not parse asks for nothing: a hint is a hint.
 */
static int
take_hints(int hints)
{
	int fds[WORKER_BATCH_MAX];
	size_t nfd, i, bytes[WORKER_BATCH_MAX];
	/* A byte more than the longest message: a longer one (cut to
	 * the buffer, a datagram) then shows as too long. */
	uint8_t msg[1 + WORKER_BATCH_MAX + 1];
	ssize_t n;
	bool trunc;

	n = recv_fds(hints, msg, sizeof(msg), MSG_DONTWAIT, fds, &nfd,
	    &trunc);
	if (n < 0)
		return n == -EAGAIN ? 0 : (int)n;
	if (worker_hints_unpack(msg, (size_t)n, nfd, trunc, bytes) == 0)
		for (i = 0; i < nfd; i++)
			(void)posix_fadvise(fds[i], 0, (off_t)bytes[i],
			    POSIX_FADV_WILLNEED);
	worker_close_fds(fds, nfd);
	return n == 0 ? -EPIPE : 1;
}

/*
 * The hints thread: takes hints as they come until the channel ends or
 * worker_run() says stop (its pipe).  A thread of its own, beside the
 * one that reads files: a read ahead can wait (for the disk's queue, for
 * the inode) and that wait must not hold a file's reading up, as it
 * never held the parent's judging up when the parent's walk thread
 * asked the disk itself.  Owns nothing: hints and the pipe are
 * worker_run()'s.
 */
struct hinter {
	pthread_t th;
	int hints, stop[2];     /* the pipe: readable means stop */
};

static void *
hints_thread(void *arg)
{
	struct hinter *h = arg;
	struct pollfd pfd[2];
	int rc;

	for (;;) {
		pfd[0].fd = h->hints;
		pfd[0].events = POLLIN;
		pfd[1].fd = h->stop[0];
		pfd[1].events = POLLIN;
		pfd[0].revents = pfd[1].revents = 0;
		if (poll(pfd, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (pfd[1].revents != 0)
			break;
		while ((rc = take_hints(h->hints)) > 0)
			;
		if (rc < 0)
			break;
	}
	return NULL;
}

/* Start the hints thread on hints (-1: none): 0, or a negative errno
 * (then none runs, and hints are simply never read: each worker's
 * queued files are still read ahead by take_req()). */
static int
hinter_start(struct hinter *h, int hints)
{
	pthread_attr_t at;
	sigset_t all, old;
	int rc;

	h->hints = hints;
	h->stop[0] = h->stop[1] = -1;
	if (hints < 0)
		return 0;
	if (pipe2(h->stop, O_CLOEXEC) < 0)
		return -errno;
	if ((rc = pthread_attr_init(&at)) == 0) {
		/* It calls nothing deep: a small stack, well inside the
		 * sandbox's address space limit. */
		(void)pthread_attr_setstacksize(&at, 64 << 10);
		/* Signals (the CPU limit's SIGXCPU) go to the main
		 * thread. */
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		rc = pthread_create(&h->th, &at, hints_thread, h);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		pthread_attr_destroy(&at);
	}
	if (rc != 0) {
		close(h->stop[0]);
		close(h->stop[1]);
		h->stop[0] = h->stop[1] = -1;
		return -rc;
	}
	return 0;
}

static void
hinter_stop(struct hinter *h)
{
	if (h->stop[1] < 0)
		return;
	close(h->stop[1]);              /* readable (EOF): stop */
	pthread_join(h->th, NULL);
	close(h->stop[0]);
	h->stop[0] = h->stop[1] = -1;
}

/* Does a request come within ms?  (Also true on an error or EOF: the
 * read that follows says which.) */
static bool
request_within(int sock, int ms)
{
	struct pollfd pfd = { sock, POLLIN, 0 };
	int rc;

	while ((rc = poll(&pfd, 1, ms)) < 0 && errno == EINTR)
		;
	return rc != 0;
}

/* Keep fd (taken), closing the oldest kept when full. */
static void
kept_push(struct kept *k, int fd)
{
	size_t c = k->cap / 2;

	if (k->n >= k->cap) {
		worker_close_fds(k->fd, c);
		k->n -= c;
		memmove(k->fd, k->fd + c, k->n * sizeof(k->fd[0]));
	}
	k->fd[k->n++] = fd;
}

static void
kept_close(struct kept *k)
{
	worker_close_fds(k->fd, k->n);
	k->n = 0;
}

/*
 * The next whole request in rb into a, with its descriptor from q: 1,
 * 0 when rb holds no whole one, or -EPROTO (a bad header, a frame
 * without its descriptor, descriptors left over once every frame read
 * took its own).
 */
static int
take_req(struct rbuf *rb, struct fdq *q, struct ahead *a,
    worker_test_hook_fn hook)
{
	const uint8_t *p = rb->b + rb->off;

	if (rb->len < WORKER_HDR_SIZE)
		return rb->len == 0 && q->n > 0 ? -EPROTO : 0;
	if (worker_hdr_unpack(p, WORKER_REQ_FIXED + WORKER_MAX_NAME,
	    &a->h) < 0 || a->h.type != WORKER_REQ_FILE ||
	    ((a->h.flags & WORKER_TEST_MASK) != 0 && hook == NULL) ||
	    (a->h.flags & ~(WORKER_TEST_MASK | WORKER_REQ_RAW |
	    WORKER_REQ_PREFETCHED)) != 0)
		return -EPROTO;
	if (rb->len < WORKER_HDR_SIZE + a->h.len)
		return 0;
	if (q->n == 0)
		return -EPROTO;         /* a frame without its descriptor */
	a->fd = q->fd[q->head];
	q->head = (q->head + 1) % FDQ_MAX;
	q->n--;
	memcpy(a->payload, p + WORKER_HDR_SIZE, a->h.len);
	rb->off += WORKER_HDR_SIZE + a->h.len;
	rb->len -= WORKER_HDR_SIZE + a->h.len;
	/* Cold disks: the reads of the files queued behind this one start
	 * now, side by side, instead of one after the other (unless the
	 * walk asked for them already). */
	if (!(a->h.flags & WORKER_REQ_PREFETCHED))
		(void)posix_fadvise(a->fd, 0, WORKER_PREFETCH_BYTES,
		    POSIX_FADV_WILLNEED);
	return 1;
}

/* How often the CPU budget is renewed; see sandbox_cpu_budget(). */
#define WORKER_BUDGET_NS (250 * 1000000LL)

static int64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int
worker_run(int sock, int hints, struct inspector *in, unsigned max_seconds,
    worker_test_hook_fn hook, struct worker_progress *progress)
{
	struct worker_hdr ready = { WORKER_REP_READY, 0, 0, 0, 0 };
	struct ahead q[WORKER_AHEAD], *a;
	struct fdq fq = { { 0 }, 0, 0 };
	struct kept kept;
	struct hold held = { NULL, 0, 0, 0 }, *o = progress != NULL ? &held :
	    NULL;
	struct rbuf *rb;
	size_t head = 0, n = 0, i;
	struct hinter hinter = { .stop = { -1, -1 } };
	int64_t t0, budget_ns = INT64_MIN / 2;
	int rc, got, err = 0;
	bool looked;

	kept_init(&kept);
	for (i = 0; i < WORKER_AHEAD; i++)
		q[i].fd = -1;
	if ((rc = worker_send_frame(sock, &ready, NULL, -1)) < 0)
		return rc;
	if ((rb = calloc(1, sizeof(*rb))) == NULL)
		return -ENOMEM;
	for (i = 0; i < WORKER_AHEAD; i++)
		if ((q[i].payload = malloc(WORKER_REQ_FIXED +
		    WORKER_MAX_NAME)) == NULL) {
			rc = -ENOMEM;
			goto done;
		}
	/* Without the thread, hints are never read: a worker still reads
	 * ahead the files queued to it. */
	(void)hinter_start(&hinter, hints);
	for (;;) {
		/* Take the requests read; read more, waiting when none is
		 * queued, else only what has come and only while the queue
		 * is half empty (a look that finds nothing is a system call
		 * for nothing).  EOF: the parent wants no more answers.  An
		 * error (a parent that broke the protocol) ends the loop
		 * once the queue before it is served. */
		looked = false;
		while (err == 0 && n < WORKER_AHEAD) {
			got = take_req(rb, &fq, &q[(head + n) % WORKER_AHEAD],
			    hook);
			if (got > 0) {
				n++;
				continue;
			}
			if (got < 0 || looked || n > WORKER_AHEAD / 2) {
				err = got;
				break;
			}
			/* About to wait: what is held goes first. */
			if (n == 0 && (got = hold_flush(sock, o)) < 0) {
				err = got;
				break;
			}
			if (n == 0 && kept.n > 0 && !request_within(sock,
			    WORKER_IDLE_MS))
				kept_close(&kept);      /* idle: let go */
			got = fill(sock, rb, &fq, n == 0 ? 0 : MSG_DONTWAIT);
			if (got == -EAGAIN)
				break;
			if (got == 0) {
				rc = 0;
				goto done;
			}
			if (got < 0)
				err = got;
			looked = n > 0;
		}
		if (n == 0) {
			rc = err;
			break;
		}
		a = &q[head];
		/* Per file, not per life: the parent kills at the wall-clock
		 * limit anyway, this catches a CPU loop on its own.  Looked
		 * at every WORKER_BUDGET_NS, not per file (two system calls
		 * a file): the budget left covers what two threads can
		 * spend in that time (sandbox_cpu_budget()).  t0 also
		 * starts the file's clock for the held replies below. */
		if ((t0 = now_ns()) - budget_ns >= WORKER_BUDGET_NS) {
			(void)sandbox_cpu_budget(max_seconds);
			budget_ns = t0;
		}
		if (progress != NULL)
			__atomic_store_n(&progress->seq, a->h.seq,
			    __ATOMIC_RELEASE);
		rc = 0;
		if (hook != NULL && (a->h.flags & WORKER_TEST_MASK) != 0)
			rc = hook(a->h.flags);
		if (rc < 0)
			(void)reply_error(sock, o, a->h.seq, rc);
		else
			rc = serve(sock, o, in, &a->h, a->fd, a->payload);
		if (progress != NULL)
			__atomic_store_n(&progress->seq, 0, __ATOMIC_RELEASE);
		/* A slow file may have slow ones behind it: what is held
		 * goes now, not after them. */
		if (o != NULL && o->n > 0 && (rc < 0 ||
		    now_ns() - t0 >= WORKER_HOLD_SLOW_NS) &&
		    (got = hold_flush(sock, o)) < 0 && rc == 0)
			rc = got;
		kept_push(&kept, a->fd);
		a->fd = -1;
		head = (head + 1) % WORKER_AHEAD;
		n--;
		if (rc < 0)
			break;
	}
done:
	hinter_stop(&hinter);
	for (i = 0; i < WORKER_AHEAD; i++) {
		if (q[i].fd >= 0)
			close(q[i].fd);
		free(q[i].payload);
	}
	(void)hold_flush(sock, o);
	free(held.b);
	fdq_close(&fq);
	kept_close(&kept);
	free(rb);
	return rc;
}
