/* fork + exec in C, with the exec error sent back to the parent through a
   close-on-exec pipe: end of file means the exec succeeded, bytes carry errno. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* A pipe whose two descriptors are closed by a successful exec. */
static int cloexec_pipe(int fds[2])
{
    if (pipe(fds) == -1)
        return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);     // (1)!
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
}

/* Start argv in a child with stdin_fd as its stdin. Return the child's PID,
   or -1 with errno set to the error that the child's exec got. */
static pid_t spawn(char *const argv[], int stdin_fd)
{
    int err[2];
    if (cloexec_pipe(err) == -1)
        return -1;
    fflush(stdout);                         // (2)!
    pid_t pid = fork();
    if (pid == -1) {
        int saved = errno;
        close(err[0]);
        close(err[1]);
        errno = saved;
        return -1;
    }
    if (pid == 0) {
        close(err[0]);
        dup2(stdin_fd, 0);                  // (3)!
        execvp(argv[0], argv);
        int code = errno;                /* the exec failed: tell the parent */
        ssize_t sent = write(err[1], &code, sizeof code);
        _exit(sent == sizeof code ? 127 : 126);
    }
    close(err[1]);
    int code;
    ssize_t got = read(err[0], &code, sizeof code);  // (4)!
    close(err[0]);
    if (got == 0)
        return pid;
    waitpid(pid, NULL, 0);                  // (5)!
    errno = got == sizeof code ? code : EIO;
    return -1;
}

int main(void)
{
    int go[2];
    if (cloexec_pipe(go) == -1) {
        perror("pipe");
        return EXIT_FAILURE;
    }
    char *const reader[] = {"sh", "-c",
                            "read line; echo \"  the new program read '$line'\"", NULL};
    pid_t pid = spawn(reader, go[0]);
    if (pid == -1) {
        perror("spawn(sh)");
        return EXIT_FAILURE;
    }
    close(go[0]);
    printf("spawn(sh) returned PID %ld: the exec succeeded\n", (long)pid);
    printf("  still running, waiting for its stdin: %s\n",
           waitpid(pid, NULL, WNOHANG) == 0 ? "yes" : "no");
    fflush(stdout);
    if (write(go[1], "go", 2) != 2)
        perror("write");
    close(go[1]);                           // (6)!
    int status;
    waitpid(pid, &status, 0);
    printf("  exited with code %d\n", WEXITSTATUS(status));

    char *const missing[] = {"no-such-command", "--help", NULL};
    if (spawn(missing, 0) == -1)
        printf("spawn(no-such-command) failed: %s (%s)\n", strerror(errno),
               errno == ENOENT ? "ENOENT" : "another error");
    return 0;
}
