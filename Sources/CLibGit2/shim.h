#ifndef PARAMGUARD_CLIBGIT2_SHIM_H
#define PARAMGUARD_CLIBGIT2_SHIM_H

#include <git2.h>
#include <stddef.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */
static inline int paramguard_disable_strict_hash_verification(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

static inline int paramguard_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/* memmem is not exported through Swift's Glibc module. */
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);

#endif
