/* The shape of every fork() in C: check for failure, let the child leave
   through _exit() whatever happens in it, and reap it in the parent. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int child_work(void)
{
    printf("child %ld: working\n", (long)getpid());
    return 0;                            /* the child's exit status */
}

int main(void)
{
    pid_t pid = fork();
    if (pid == -1) {                        // (1)!
        fprintf(stderr, "fork failed: %s\n", strerror(errno));
        return EXIT_FAILURE;
    }
    if (pid == 0) {
        int status = child_work();
        fflush(stdout);                     // (2)!
        _exit(status);                      // (3)!
    }

    int status;
    if (waitpid(pid, &status, 0) == -1) {   // (4)!
        perror("waitpid");
        return EXIT_FAILURE;
    }
    if (WIFEXITED(status))
        printf("parent: child %ld exited with code %d\n",
               (long)pid, WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        printf("parent: child %ld was killed by signal %d\n",
               (long)pid, WTERMSIG(status));
    return 0;
}
