// System calls Swift's Glibc module does not import, wrapped for NotebookKit.
#ifndef COURSE_CSYSTEM_H
#define COURSE_CSYSTEM_H

/// Swaps two paths in one step (renameat2 with RENAME_EXCHANGE, Linux 3.15+): 0, or -1 with errno set
/// (ENOENT when either path is missing, EINVAL or ENOSYS where the file system or the kernel cannot).
int course_exchange_paths(const char *first, const char *second);

#endif
