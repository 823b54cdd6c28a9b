/* posix_spawn(): create a process and run a program in it, in one call. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    int fds[2];
    if (pipe(fds) == -1) {
        perror("pipe");
        return EXIT_FAILURE;
    }
    posix_spawn_file_actions_t actions;     // (1)!
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);

    char *const argv[] = {"sh", "-c", "echo \"$$ $PPID $GREETING\"; exit 3", NULL};
    char *const envp[] = {"GREETING=hello", NULL};
    pid_t pid;
    int error = posix_spawn(&pid, "/bin/sh", &actions, NULL, argv, envp);  // (2)!
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        fprintf(stderr, "posix_spawn: %s\n", strerror(error));
        return EXIT_FAILURE;
    }
    close(fds[1]);                          // (3)!

    char line[256] = "";
    FILE *pipe_in = fdopen(fds[0], "r");
    if (pipe_in == NULL || fgets(line, sizeof line, pipe_in) == NULL)
        line[0] = '\0';
    if (pipe_in != NULL)
        fclose(pipe_in);
    long child_pid = 0, child_ppid = 0;
    char greeting[64] = "";
    sscanf(line, "%ld %ld %63s", &child_pid, &child_ppid, greeting);
    int status;
    waitpid(pid, &status, 0);               // (4)!

    printf("parent: my PID is %ld, posix_spawn() returned %ld\n",
           (long)getpid(), (long)pid);
    printf("child : $$ = %ld, $PPID = %ld, GREETING = %s\n",
           child_pid, child_ppid, greeting);
    printf("child exit code: %d\n", WEXITSTATUS(status));
    return 0;
}
