/* SPDX-License-Identifier: AGPL-3.0-or-later */
/*
 * worker.h - the extraction worker: its protocol and its main loop.
 *
 * A worker is a separate, sandboxed process (evidenced-worker, started by
 * pool.c) that turns open descriptors into facts (inspector_run) and
 * knows nothing of rules.  It talks to its parent over one AF_UNIX
 * stream socket in frames:
 *
 *   header (32 bytes, host order): magic "EVW1", type, seq (u64),
 *          status (i32), flags (u32), payload length (u32), reserved
 *   WORKER_REQ_FILE  parent -> worker, the descriptor attached with
 *          SCM_RIGHTS to the header; payload: dev, ino, size, mtime_ns,
 *          ctime_ns (5 x 64 bits) then the share-relative name (raw bytes,
 *          no NUL); flags: WORKER_REQ_*.  Up to WORKER_BATCH_MAX requests
 *          may go in one message, their descriptors all attached to its
 *          first byte in the order of the frames: a frame takes the next
 *          one; one missing, or one left over once every frame that came
 *          took its own, is a protocol error
 *   WORKER_REP_READY worker -> parent once, when it is sandboxed
 *   WORKER_REP_FACTS worker -> parent: seq of the request, payload a
 *          facts_encode() blob.  With a progress page (below) a worker
 *          may send the replies of several quick files in one message
 *   WORKER_REP_ERROR worker -> parent: seq, status a negative errno
 *          (-ENOMEM: out of memory; the worker exits after it)
 *
 * Prefetch hints (pool_prefetch()) come apart from the frames, on a
 * SOCK_SEQPACKET socket the pool's workers share: a message is the byte
 * 'h' then one WORKER_HINT_* byte per descriptor, with up to
 * WORKER_BATCH_MAX descriptors of files that will be sent later, in
 * the same order; the worker asks the disk for as much of each as the
 * byte says and closes them, and replies nothing.  A message it cannot
 * parse (worker_hints_unpack()) is dropped whole, its descriptors
 * closed: a hint is never needed.
 *
 * Each side checks every frame as untrusted: magic, type, sizes against
 * fixed maxima, exactly one descriptor, the name NUL-free, and the facts
 * through facts_decode().  A worker that breaks the protocol is killed.
 *
 * The progress page, a shared page of the parent's, says which request
 * the worker is reading (its seq; 0 between files): when a worker dies
 * with replies not yet sent, the parent blames the file it was reading,
 * not the oldest one in flight, and sends the others again.
 */
#ifndef EVIDENCED_WORKER_H
#define EVIDENCED_WORKER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "evidenced/inspect.h"

#define WORKER_MAGIC 0x31575645u        /* "EVW1" */
#define WORKER_HDR_SIZE 32
#define WORKER_MAX_NAME 4096            /* PATH_MAX: longer names do not open */
#define WORKER_REQ_FIXED 40             /* the identity before the name */
#define WORKER_BATCH_MAX 16             /* requests (descriptors) a message */
/* Replies of quick files a worker holds back to send in one message
 * (worker_run() with a progress page); the parent keeps twice as many
 * requests in flight to it (pool.c), so that neither waits for the
 * other: a message each way per WORKER_HOLD_MAX files. */
#define WORKER_HOLD_MAX WORKER_BATCH_MAX
/* The descriptors of files served that a worker keeps open a while
 * (worker_run()): at least as many as the parent may still hold open
 * once their replies are in (its requests in flight and those it closes
 * together, pool.c), so that the last close, the one that releases the
 * file (dentry, inode, security hooks), is the worker's and not the
 * parent's, which judges every file.  Within the sandbox's
 * SANDBOX_MAX_FDS with the queue, the hints and the helpers' pipes. */
#define WORKER_KEEP 96

enum worker_frame_type {
	WORKER_REQ_FILE = 1,
	WORKER_REP_READY = 2,
	WORKER_REP_FACTS = 3,
	WORKER_REP_ERROR = 4,
};

#define WORKER_REQ_RAW 0x1              /* also send the raw text */
/* The parent already asked the disk for this file's first bytes (the
 * walk's prefetch hints): no read-ahead of it again. */
#define WORKER_REQ_PREFETCHED 0x2
/* Test-only requests, refused by a worker built without
 * EVIDENCED_TEST_HOOKS: make the worker misbehave on this file. */
#define WORKER_TEST_CRASH  0x0100       /* SIGSEGV */
#define WORKER_TEST_ALLOC  0x0200       /* allocate until refused */
#define WORKER_TEST_SPIN   0x0400       /* burn CPU forever */
#define WORKER_TEST_WRITE  0x0800       /* open a file for writing */
#define WORKER_TEST_SOCKET 0x1000       /* create a socket */
#define WORKER_TEST_SLEEP  0x2000       /* sleep 2 s, then go on */
#define WORKER_TEST_MASK   0xff00

/* How much of a hinted file to ask of the disk (pool_prefetch()), one
 * byte per descriptor: the parent knows the name, the worker what its
 * reading of such a file takes. */
enum worker_hint {
	/* Read whole, or up to what text extraction and type detection
	 * read: documents, text, and anything the name does not tell. */
	WORKER_HINT_FILE = 1,
	/* Only the first bytes type detection reads: a file whose name
	 * says its type is told by its signature and never read further
	 * (filetype_name_head_only()). */
	WORKER_HINT_HEAD = 2,
};
#define WORKER_HINT_TAG 'h'             /* a hint message's first byte */

struct worker_hdr {
	uint32_t type;
	uint64_t seq;
	int32_t status;
	uint32_t flags;
	uint32_t len;
};

/* Serialise h into buf. */
void worker_hdr_pack(const struct worker_hdr *h, uint8_t buf[WORKER_HDR_SIZE]);

/* Parse buf: 0, or -EPROTO on a bad magic or a payload over max_len. */
int worker_hdr_unpack(const uint8_t buf[WORKER_HDR_SIZE], size_t max_len,
    struct worker_hdr *h);

/* The payload of a WORKER_REQ_FILE: 0 or -ENOMEM; *len bytes in *out
 * (caller frees).  relpath longer than WORKER_MAX_NAME: -ENAMETOOLONG. */
int worker_req_pack(const struct stat *st, const char *relpath,
    uint8_t **out, size_t *len);

/* Parse a request payload (untrusted): st gets the identity (a regular
 * file), *relpath a new NUL-terminated copy.  0, -EPROTO or -ENOMEM. */
int worker_req_unpack(const uint8_t *buf, size_t len, struct stat *st,
    char **relpath);

/* Write all of buf (and the descriptor fd, -1: none, with the first
 * byte).  0 or a negative errno (-EPIPE: the peer is gone). */
int worker_send(int sock, const uint8_t *buf, size_t len, int fd);

/* The n descriptors fds (1..WORKER_BATCH_MAX; not taken) as one message
 * of prefetch hints (pool_prefetch(): the tag and hint[i], a
 * WORKER_HINT_*, for fds[i]; the descriptors with the first byte).
 * 0 or a negative errno (-EINVAL: a bad n or hint; -EAGAIN: a
 * non-blocking sock is full). */
int worker_send_hints(int sock, const int *fds, const uint8_t *hint,
    size_t n);

/*
 * Parse a hint message (untrusted): msg, len bytes of it as read, came
 * with nfd descriptors (at most WORKER_BATCH_MAX); trunc when the
 * kernel dropped some (MSG_CTRUNC: those received are the first ones,
 * in order).  0 with bytes[i] what to ask of the disk for descriptor i
 * (i < nfd), or -EPROTO: not the tag, not one known WORKER_HINT_* per
 * descriptor sent, or more than WORKER_BATCH_MAX of them.
 */
int worker_hints_unpack(const uint8_t *msg, size_t len, size_t nfd,
    bool trunc, size_t bytes[WORKER_BATCH_MAX]);

/* A header and its payload in one call. */
int worker_send_frame(int sock, const struct worker_hdr *h,
    const uint8_t *payload, int fd);

/* n frames (1..WORKER_BATCH_MAX; h[i] with payloads[i]) in one message,
 * fds[i] (NULL: none) the descriptor of frame i.  0 or a negative errno. */
int worker_send_frames(int sock, const struct worker_hdr *h,
    const uint8_t *const *payloads, const int *fds, size_t n);

/*
 * Close the n descriptors fds (owned by the caller; the array is
 * reordered): those with consecutive numbers in one close_range() each,
 * so that a batch of descriptors opened or received together costs a
 * system call or two, not one each (a system call is the dearest thing
 * a file costs on a paravirtual machine).  Only numbers in fds are
 * ever closed.
 */
void worker_close_fds(int *fds, size_t n);

/* The progress page's layout (one page, shared, written by the worker
 * only). */
struct worker_progress {
	uint64_t seq;           /* the request being read; 0: none */
};

/* Test misbehaviour, called before a file is inspected (NULL in the
 * shipped worker, where such requests are protocol errors).  A negative
 * errno is replied as the file's error and ends the loop. */
typedef int (*worker_test_hook_fn)(unsigned flags);

/*
 * The worker's loop on sock: send READY, then for each request inspect
 * the file and reply.  hints (-1: none) is the prefetch hints socket
 * (pool_prefetch(), SOCK_SEQPACKET, shared by the pool's workers): a
 * thread of the worker's takes the descriptors sent there as they come,
 * asks the disk for what their hints say (the first 64 KiB, or only
 * the first 4 KiB) and closes them; nothing is
 * replied to them.  With progress (NULL: none) it says there which
 * file it reads, and holds the replies of quick files back to send a few
 * at once; without, each reply goes when its file is done.  Returns 0
 * when the parent closed the socket, -ENOMEM after replying that memory
 * ran out, -EPROTO on a request that breaks the protocol, or another
 * negative errno when the socket fails.
 */
int worker_run(int sock, int hints, struct inspector *in,
    unsigned max_seconds,
    worker_test_hook_fn hook, struct worker_progress *progress);

#endif
