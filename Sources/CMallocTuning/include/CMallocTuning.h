#ifndef KEAPNRF_CMALLOC_TUNING_H
#define KEAPNRF_CMALLOC_TUNING_H

/// Sets glibc's allocator to serve blocks below `mmap_threshold` bytes from its arenas and to hand freed memory
/// back to the kernel only when more than `trim_threshold` bytes are free at an arena's top (mallopt's
/// M_MMAP_THRESHOLD and M_TRIM_THRESHOLD). Returns 1 when both were set, 0 otherwise (also on other C libraries).
int keapnrf_malloc_keep_freed_memory(int mmap_threshold, int trim_threshold);

#endif
