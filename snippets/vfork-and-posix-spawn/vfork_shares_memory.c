/* What a child writes to memory, and whether its parent sees it: after fork()
   the child writes its own copy; after vfork() it writes the parent's memory,
   here a variable in the parent's stack frame. POSIX leaves the vfork() case
   undefined; this is what Linux does. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    volatile int shared = 0;                // (1)!

    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        return EXIT_FAILURE;
    }
    if (pid == 0) {
        shared = 1;                        /* into its own copy-on-write copy */
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("fork() : the child set shared = 1, the parent then sees shared = %d\n",
           shared);

    shared = 0;
    pid = vfork();                          // (2)!
    if (pid == -1) {
        perror("vfork");
        return EXIT_FAILURE;
    }
    if (pid == 0) {
        shared = 2;                         // (3)!
        _exit(0);                           // (4)!
    }
    printf("vfork(): the child set shared = 2, the parent then sees shared = %d\n",
           shared);
    waitpid(pid, NULL, 0);                  // (5)!
    return 0;
}
