/* exec replaces the program, not the process: same PID, same parent. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    printf("parent        : PID %ld\n", (long)getpid());
    fflush(stdout);                         // (1)!
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        return EXIT_FAILURE;
    }
    if (pid == 0) {
        printf("child, before : PID %ld, PPID %ld, calls execv\n",
               (long)getpid(), (long)getppid());
        fflush(stdout);
        char *argv[] = {"sh", "-c",         // (2)!
                        "echo \"new program   : PID $$, PPID $PPID, exits with 7\"; exit 7",
                        NULL};
        execv("/bin/sh", argv);
        perror("execv");                    // (3)!
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status))
        printf("parent        : waitpid(%ld) -> exit code %d\n",
               (long)pid, WEXITSTATUS(status));
    return 0;
}
