/* A child that has exited but is not yet reaped is a zombie: state Z.
   Reaping it removes it from the process table. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        return EXIT_FAILURE;
    }
    if (pid == 0)
        _exit(0);

    /* Block until the child has exited, but do not reap it (WNOWAIT). */
    siginfo_t info;
    waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT);

    char path[64], line[512];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    FILE *f = fopen(path, "r");
    if (f == NULL || fgets(line, sizeof line, f) == NULL) {
        perror(path);
        return EXIT_FAILURE;
    }
    fclose(f);
    char *paren = strrchr(line, ')');    /* field 3 comes after "(comm) " */
    printf("exited, not reaped: %s field 3 = %c\n", path, paren[2]);

    waitpid(pid, NULL, 0);
    f = fopen(path, "r");
    printf("after waitpid()   : fopen(%s) fails with %s\n", path,
           f == NULL && errno == ENOENT ? "ENOENT" : "something else");
    if (f != NULL)
        fclose(f);
    return 0;
}
