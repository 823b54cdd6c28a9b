/* A forked child inherits its parent's atexit() handlers: exit() runs them,
   _exit() does not. The parent waits for each child before it goes on, so
   the lines come out in this order on a terminal, in a pipe or in a file. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static void say_goodbye(void)
{
    printf("atexit handler ran in PID %ld\n", (long)getpid());
}

static pid_t fork_or_die(void)
{
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        exit(EXIT_FAILURE);
    }
    return pid;
}

int main(void)
{
    if (atexit(say_goodbye) != 0) {
        fputs("atexit failed\n", stderr);
        return EXIT_FAILURE;
    }

    pid_t first = fork_or_die();
    if (first == 0) {
        printf("child %ld leaves with exit(0)\n", (long)getpid());
        exit(0);                 /* runs the inherited handler, then flushes stdout */
    }
    waitpid(first, NULL, 0);

    pid_t second = fork_or_die();
    if (second == 0) {
        printf("child %ld leaves with _exit(0)\n", (long)getpid());
        fflush(stdout);
        _exit(0);                /* leaves at once: no handler, no flush */
    }
    waitpid(second, NULL, 0);

    printf("parent %ld returns from main()\n", (long)getpid());
    return 0;                    /* the same as exit(0): the handler runs */
}
