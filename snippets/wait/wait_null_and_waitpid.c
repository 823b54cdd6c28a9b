/* wait(NULL) reaps whichever child ends and throws its status away;
   waitpid() waits for a given child, and with WNOHANG returns 0 at once
   if that child is still running. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* The state letter of a process: field 3 of /proc/<pid>/stat. */
static char state_of(pid_t pid)
{
    char path[64], line[512];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return '?';
    char *ok = fgets(line, sizeof line, f);
    fclose(f);
    char *paren = ok ? strrchr(line, ')') : NULL;  /* the name may contain ')' */
    return paren ? paren[2] : '?';
}

static pid_t fork_or_die(void)
{
    pid_t pid = fork();
    if (pid == -1) {
        fprintf(stderr, "fork failed: %s\n", strerror(errno));  // (1)!
        exit(EXIT_FAILURE);
    }
    return pid;
}

int main(void)
{
    /* 1. wait(NULL): block until any child has ended, reap it, discard its status. */
    pid_t pid = fork_or_die();
    if (pid == 0) {
        while (state_of(getppid()) != 'S')  // (2)!
            ;
        printf("child : my parent is asleep (state S): it is blocked in wait(NULL)\n");
        fflush(stdout);
        _exit(7);
    }
    pid_t got = wait(NULL);                 // (3)!
    printf("parent: fork() returned %ld, wait(NULL) returned %ld\n",
           (long)pid, (long)got);

    /* 2. waitpid() with WNOHANG: look, but do not block. */
    int go[2];
    if (pipe(go) == -1) {
        perror("pipe");
        return EXIT_FAILURE;
    }
    pid = fork_or_die();
    if (pid == 0) {
        char byte;
        close(go[1]);
        _exit(read(go[0], &byte, 1) == 1 ? 0 : 1);  /* runs until the parent writes */
    }
    close(go[0]);
    int status;
    printf("waitpid(pid, &status, WNOHANG) while the child runs: %ld\n",
           (long)waitpid(pid, &status, WNOHANG));  // (4)!
    if (write(go[1], "x", 1) != 1)                    /* now let it finish */
        perror("write");
    close(go[1]);
    got = waitpid(pid, &status, 0);                   /* blocks until it has ended */
    printf("waitpid(pid, &status, 0) after releasing it: %ld, status 0x%04x, "
           "the same child: %s\n", (long)got, (unsigned)status, got == pid ? "yes" : "no");
    return 0;
}
