/* exit() runs the atexit() handlers and flushes the stdio buffers before it
   ends the process; _exit() ends it at once. Each child writes into a pipe
   that its parent reads, and stdout is fully buffered on purpose, so the
   result is the same on a terminal, in a pipe or in a file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static void handler(void)
{
    printf("c. the atexit() handler's printf()\n");
}

/* Fork a child whose stdout is a pipe; it ends with exit(0) or _exit(0).
   Print, in the order they arrived, the lines that reached the pipe. */
static void run_child(int use_exit)
{
    int fds[2];
    if (pipe(fds) == -1) {
        perror("pipe");
        exit(EXIT_FAILURE);
    }
    fflush(stdout);                         // (1)!
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        exit(EXIT_FAILURE);
    }
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], STDOUT_FILENO);
        close(fds[1]);
        atexit(handler);
        printf("a. printf(): waits in the stdio buffer\n");
        const char *direct = "b. write(): straight to the kernel\n";
        if (write(STDOUT_FILENO, direct, strlen(direct)) == -1)
            _exit(2);
        if (use_exit)
            exit(0);
        _exit(0);                           // (2)!
    }
    close(fds[1]);
    char received[512];
    size_t length = 0;
    ssize_t n;
    while ((n = read(fds[0], received + length, sizeof received - 1 - length)) > 0)
        length += (size_t)n;                          /* until every writer is gone */
    received[length] = '\0';
    close(fds[0]);
    waitpid(pid, NULL, 0);
    printf("child leaves with %s; the pipe received:\n", use_exit ? "exit(0)" : "_exit(0)");
    for (char *line = strtok(received, "\n"); line != NULL; line = strtok(NULL, "\n"))
        printf("    %s\n", line);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOFBF, BUFSIZ);  // (3)!
    run_child(1);
    run_child(0);
    return 0;
}
